#include "undo/DirectoryCommand.h"

#include "undo/PatchBody.h"
#include "undo/UndoLedger.h"

namespace muster {

DirectoryCommand::DirectoryCommand(std::shared_ptr<Directory> directory, OperationContext context,
                                   UndoLedger* ledger, const QString& text)
    : QUndoCommand(text)
    , m_directory(std::move(directory))
    , m_context(std::move(context))
    , m_ledger(ledger)
{}

void DirectoryCommand::redo()
{
    if (!m_pushed) {
        m_pushed = true;
        return;
    }
    reapply();
}

void DirectoryCommand::remember(const CommandTarget& target)
{
    if (m_ledger)
        m_ledger->setVersion(m_context.tenant, target.resourceType, target.id, target.version);
}

std::optional<quint64> DirectoryCommand::expectedVersion(const CommandTarget& target) const
{
    if (m_ledger) {
        if (const auto version = m_ledger->version(m_context.tenant, target.resourceType, target.id))
            return version;
    }
    return target.version;
}

void DirectoryCommand::record(CommandTarget& target, quint64 version)
{
    target.version = version;
    remember(target);
}

void DirectoryCommand::drop(const QString& message)
{
    setObsolete(true);
    report(message);
}

void DirectoryCommand::report(const QString& message)
{
    if (m_ledger)
        m_ledger->reportDropped(message);
}

QString DirectoryCommand::problem(const ScimError& error, const CommandTarget& target, bool undoing) const
{
    switch (error.status) {
    case 412:
        return undoing ? tr("%1 was changed by someone else after \"%2\". Undoing it now would overwrite "
                            "their change, so it stays as it is and leaves the undo history.")
                             .arg(target.label, text())
                       : tr("%1 was changed by someone else since \"%2\" was undone. Redoing it now would "
                            "overwrite their change, so it leaves the undo history.")
                             .arg(target.label, text());
    case 404:
        return undoing ? tr("%1 no longer exists, so \"%2\" cannot be undone.").arg(target.label, text())
                       : tr("%1 no longer exists, so \"%2\" cannot be redone.").arg(target.label, text());
    case 409:
        return tr("%1 cannot come back: %2").arg(target.label, error.detail);
    default:
        return undoing ? tr("Undoing \"%1\" failed: %2").arg(text(), error.detail)
                       : tr("Redoing \"%1\" failed: %2").arg(text(), error.detail);
    }
}

bool DirectoryCommand::removeTarget(CommandTarget& target, bool undoing, QString& message)
{
    const Status removed =
        m_directory->remove(m_context, target.resourceType, target.id, expectedVersion(target));
    if (!removed)
        message = problem(removed.error(), target, undoing);
    return removed.ok();
}

bool DirectoryCommand::restoreTarget(CommandTarget& target, bool undoing, QString& message)
{
    const auto restored = m_directory->restoreDeleted(m_context, target.resourceType, target.id);
    if (!restored) {
        message = problem(restored.error(), target, undoing);
        return false;
    }
    record(target, restored->version);
    return true;
}

bool DirectoryCommand::patchTarget(CommandTarget& target, const QJsonObject& body, bool undoing,
                                   QString& message, bool checkVersion)
{
    if (PatchBody::isEmpty(body))
        return true;
    const std::optional<quint64> expected = expectedVersion(target);
    const auto patched =
        m_directory->patch(m_context, target.resourceType, target.id, body,
                           checkVersion ? expected : std::nullopt, ResourceStore::ReadMembers::Omit);
    if (!patched) {
        message = problem(patched.error(), target, undoing);
        return false;
    }
    // Without a version check the step may have come after someone else's change: then the version it
    // leaves is not the app's alone, and later checked steps must still notice that change.
    if (checkVersion || !expected || patched->version <= *expected + 1)
        record(target, patched->version);
    return true;
}

} // namespace muster
