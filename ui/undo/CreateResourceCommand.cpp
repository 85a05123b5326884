#include "undo/CreateResourceCommand.h"

#include "undo/PatchBody.h"

namespace muster {

namespace {

QString describe(const CommandTarget& target)
{
    if (target.resourceType == QLatin1String("User"))
        return DirectoryCommand::tr("Create user %1").arg(target.label);
    if (target.resourceType == QLatin1String("Group"))
        return DirectoryCommand::tr("Create group %1").arg(target.label);
    return DirectoryCommand::tr("Create %1").arg(target.label);
}

} // namespace

CreateResourceCommand::CreateResourceCommand(std::shared_ptr<Directory> directory, OperationContext context,
                                             UndoLedger* ledger, CommandTarget created, QString password)
    : DirectoryCommand(std::move(directory), std::move(context), ledger, describe(created))
    , m_target(std::move(created))
    , m_password(std::move(password))
{
    remember(m_target);
}

CreateResourceCommand::~CreateResourceCommand()
{
    m_password.fill(u'\0');
}

void CreateResourceCommand::undo()
{
    QString message;
    if (!removeTarget(m_target, true, message))
        drop(message);
}

void CreateResourceCommand::reapply()
{
    QString message;
    if (!restoreTarget(m_target, false, message)) {
        drop(message);
        return;
    }
    if (!m_password.isEmpty() &&
        !patchTarget(m_target, PatchBody::replace(QStringLiteral("password"), m_password), false, message)) {
        drop(message);
    }
}

} // namespace muster
