#pragma once

#include "undo/DirectoryCommand.h"

#include <QStringList>

namespace muster {

// Members added to and removed from a group, applied as one PATCH of member ids (a large group's list
// is neither read nor rewritten). Undo sends the inverse PATCH. Unlike attribute edits it needs no
// If-Match: it touches only the members it names, so it cannot overwrite anyone else's change.
class MembershipCommand final : public DirectoryCommand {
public:
    MembershipCommand(std::shared_ptr<Directory> directory, OperationContext context, UndoLedger* ledger,
                      CommandTarget group, QStringList added, QStringList removed);

    void undo() override;
    const CommandTarget& group() const { return m_group; }
    const QStringList& added() const { return m_added; }
    const QStringList& removed() const { return m_removed; }

protected:
    void reapply() override;

private:
    CommandTarget m_group;
    QStringList m_added;
    QStringList m_removed;
};

} // namespace muster
