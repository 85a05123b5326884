#include "undo/EditResourceCommand.h"

#include "undo/PatchBody.h"

namespace muster {

EditResourceCommand::EditResourceCommand(std::shared_ptr<Directory> directory, OperationContext context,
                                         UndoLedger* ledger, CommandTarget target, QJsonObject before,
                                         QJsonObject after, const QString& text)
    : DirectoryCommand(std::move(directory), std::move(context), ledger,
                       text.isEmpty() ? DirectoryCommand::tr("Edit %1").arg(target.label) : text)
    , m_target(std::move(target))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    remember(m_target);
}

void EditResourceCommand::undo()
{
    step(m_after, m_before, true);
}

void EditResourceCommand::reapply()
{
    step(m_before, m_after, false);
}

void EditResourceCommand::step(const QJsonObject& from, const QJsonObject& to, bool undoing)
{
    const ResourceType* type = directory().registry().resourceType(m_target.resourceType);
    if (!type) {
        drop(DirectoryCommand::tr("%1 is of a resource type the directory no longer has.")
                 .arg(m_target.label));
        return;
    }
    QString message;
    if (!patchTarget(m_target, PatchBody::between(directory().registry(), *type, from, to), undoing, message))
        drop(message);
}

} // namespace muster
