#include "undo/MembershipCommand.h"

#include "undo/PatchBody.h"

namespace muster {

MembershipCommand::MembershipCommand(std::shared_ptr<Directory> directory, OperationContext context,
                                     UndoLedger* ledger, CommandTarget group, QStringList added,
                                     QStringList removed)
    : DirectoryCommand(std::move(directory), std::move(context), ledger,
                       DirectoryCommand::tr("Change members of %1").arg(group.label))
    , m_group(std::move(group))
    , m_added(std::move(added))
    , m_removed(std::move(removed))
{
    remember(m_group);
}

void MembershipCommand::undo()
{
    QString message;
    if (!patchTarget(m_group, PatchBody::members(m_removed, m_added), true, message, false))
        drop(message);
}

void MembershipCommand::reapply()
{
    QString message;
    if (!patchTarget(m_group, PatchBody::members(m_added, m_removed), false, message, false))
        drop(message);
}

} // namespace muster
