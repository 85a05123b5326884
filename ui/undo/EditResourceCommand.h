#pragma once

#include "undo/DirectoryCommand.h"

#include <QJsonObject>

namespace muster {

// An edit of a user's or group's attributes. Undo sends the PATCH that turns the new representation
// back into the previous one, redo the one that turns it into the new one again, each only if the
// resource still has the version the previous step left (If-Match). A password set by the edit stays:
// the directory keeps only its hash, so the previous one cannot come back.
class EditResourceCommand final : public DirectoryCommand {
public:
    // `before` and `after`: the representations before and after the edit (as the Directory returns
    // them); `target.version` the version after it.
    EditResourceCommand(std::shared_ptr<Directory> directory, OperationContext context, UndoLedger* ledger,
                        CommandTarget target, QJsonObject before, QJsonObject after,
                        const QString& text = {});

    void undo() override;
    const CommandTarget& target() const { return m_target; }

protected:
    void reapply() override;

private:
    void step(const QJsonObject& from, const QJsonObject& to, bool undoing);

    CommandTarget m_target;
    QJsonObject m_before;
    QJsonObject m_after;
};

} // namespace muster
