#include "undo/DeleteResourcesCommand.h"

namespace muster {

namespace {

QString describe(DeleteResourcesCommand::Kind kind, const QList<CommandTarget>& targets)
{
    const bool remove = kind == DeleteResourcesCommand::Kind::Delete;
    if (targets.size() == 1) {
        return remove ? DirectoryCommand::tr("Delete %1").arg(targets.first().label)
                      : DirectoryCommand::tr("Restore %1").arg(targets.first().label);
    }
    return remove ? DirectoryCommand::tr("Delete %n resource(s)", nullptr, int(targets.size()))
                  : DirectoryCommand::tr("Restore %n resource(s)", nullptr, int(targets.size()));
}

} // namespace

DeleteResourcesCommand::DeleteResourcesCommand(std::shared_ptr<Directory> directory, OperationContext context,
                                               UndoLedger* ledger, Kind kind, QList<CommandTarget> targets)
    : DirectoryCommand(std::move(directory), std::move(context), ledger, describe(kind, targets))
    , m_kind(kind)
    , m_targets(std::move(targets))
{
    for (const CommandTarget& target : std::as_const(m_targets))
        remember(target);
}

void DeleteResourcesCommand::undo()
{
    step(m_kind == Kind::Restore, true);
}

void DeleteResourcesCommand::reapply()
{
    step(m_kind == Kind::Delete, false);
}

void DeleteResourcesCommand::step(bool remove, bool undoing)
{
    // The order does not matter: a restored user rejoins the groups that exist, and a restored group
    // gets back the members that exist.
    QStringList problems;
    QList<CommandTarget> kept;
    for (CommandTarget target : std::as_const(m_targets)) {
        QString message;
        const bool done =
            remove ? removeTarget(target, undoing, message) : restoreTarget(target, undoing, message);
        if (done)
            kept.append(target);
        else
            problems.append(message);
    }
    m_targets = kept;
    if (m_targets.isEmpty())
        drop(problems.join(u'\n'));
    else if (!problems.isEmpty())
        report(problems.join(u'\n')); // the others took the step and stay in the command
}

} // namespace muster
