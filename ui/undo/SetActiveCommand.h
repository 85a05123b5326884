#pragma once

#include "undo/DirectoryCommand.h"

#include <QJsonValue>

namespace muster {

// Users enabled or disabled ("active"); undo gives each its previous value back (none, if it had
// none), each step only if the user still has the version the last one left (If-Match).
class SetActiveCommand final : public DirectoryCommand {
public:
    struct Change {
        CommandTarget user;  // with the version after the change
        QJsonValue previous; // "active" before: true, false or undefined
    };

    SetActiveCommand(std::shared_ptr<Directory> directory, OperationContext context, UndoLedger* ledger,
                     QList<Change> changes, bool active);

    void undo() override;
    const QList<Change>& changes() const { return m_changes; }

protected:
    void reapply() override;

private:
    void step(bool undoing);

    QList<Change> m_changes;
    bool m_active;
};

} // namespace muster
