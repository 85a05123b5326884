#include "undo/SetActiveCommand.h"

#include "undo/PatchBody.h"

namespace muster {

namespace {

QString describe(const QList<SetActiveCommand::Change>& changes, bool active)
{
    if (changes.size() == 1) {
        return active ? DirectoryCommand::tr("Enable %1").arg(changes.first().user.label)
                      : DirectoryCommand::tr("Disable %1").arg(changes.first().user.label);
    }
    return active ? DirectoryCommand::tr("Enable %n user(s)", nullptr, int(changes.size()))
                  : DirectoryCommand::tr("Disable %n user(s)", nullptr, int(changes.size()));
}

} // namespace

SetActiveCommand::SetActiveCommand(std::shared_ptr<Directory> directory, OperationContext context,
                                   UndoLedger* ledger, QList<Change> changes, bool active)
    : DirectoryCommand(std::move(directory), std::move(context), ledger, describe(changes, active))
    , m_changes(std::move(changes))
    , m_active(active)
{
    for (const Change& change : std::as_const(m_changes))
        remember(change.user);
}

void SetActiveCommand::undo()
{
    step(true);
}

void SetActiveCommand::reapply()
{
    step(false);
}

void SetActiveCommand::step(bool undoing)
{
    const QString active = QStringLiteral("active");
    QStringList problems;
    QList<Change> kept;
    for (Change change : std::as_const(m_changes)) {
        const QJsonObject body = !undoing                   ? PatchBody::replace(active, m_active)
                                 : change.previous.isBool() ? PatchBody::replace(active, change.previous)
                                                            : PatchBody::remove(active);
        QString message;
        if (patchTarget(change.user, body, undoing, message))
            kept.append(change);
        else
            problems.append(message);
    }
    m_changes = kept;
    if (m_changes.isEmpty())
        drop(problems.join(u'\n'));
    else if (!problems.isEmpty())
        report(problems.join(u'\n'));
}

} // namespace muster
