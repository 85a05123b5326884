#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace muster {

// What the import does (dry run) or did with one item.
struct ImportOutcome {
    Q_DECLARE_TR_FUNCTIONS(ImportOutcome)

public:
    enum class Action {
        Create,
        Update,
        Unchanged, // matched a resource that already has these values
        Skip,      // not imported: the row is invalid or a duplicate (known before writing)
        Fail,      // the directory refused the write
    };

    int line = 0;
    QString resourceType;
    QString name; // userName or displayName
    QString id;   // the resource's id, once it exists
    Action action = Action::Skip;
    QStringList changed;  // attributes an update changes
    QStringList messages; // why it is skipped or failed, and notes (groups, members)
    bool warning = false; // imported, but something was left out (a missing group)
    QStringList sourceFields;

    bool imported() const { return action == Action::Create || action == Action::Update; }
    bool problem() const { return action == Action::Skip || action == Action::Fail || warning; }

    // "Create" / "Would create", ...: the wording of a dry run differs from that of a done import.
    static QString actionName(Action action, bool dryRun);
    // The stable English keyword used in CSV reports: "create", "update", "unchanged", "skip", "fail".
    static QString actionKeyword(Action action);
};

} // namespace muster

Q_DECLARE_METATYPE(muster::ImportOutcome)
