#include "transfer/ImportOutcome.h"

namespace muster {

QString ImportOutcome::actionName(Action action, bool dryRun)
{
    switch (action) {
    case Action::Create:
        return dryRun ? tr("Would create") : tr("Created");
    case Action::Update:
        return dryRun ? tr("Would update") : tr("Updated");
    case Action::Unchanged:
        return tr("Unchanged");
    case Action::Skip:
        return dryRun ? tr("Would skip") : tr("Skipped");
    case Action::Fail:
        return tr("Failed");
    }
    return {};
}

QString ImportOutcome::actionKeyword(Action action)
{
    switch (action) {
    case Action::Create:
        return QStringLiteral("create");
    case Action::Update:
        return QStringLiteral("update");
    case Action::Unchanged:
        return QStringLiteral("unchanged");
    case Action::Skip:
        return QStringLiteral("skip");
    case Action::Fail:
        return QStringLiteral("fail");
    }
    return {};
}

} // namespace muster
