#pragma once

#include "directory/Directory.h"
#include "transfer/ImportItem.h"
#include "transfer/ImportOutcome.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <memory>

namespace muster {

// How an import treats what the file names but the directory lacks.
struct ImportOptions {
    bool createMissingGroups = false; // groups named in a users CSV file
};

// Imports items into one tenant, one at a time, or (dry run) says what it would do without writing.
// Both modes take the same decisions, so that the dry run shows what the import will do:
// - an item matches an existing resource by externalId, else by userName (users) or displayName
//   (groups); matched, it is updated (Merge: the attributes given; Replace: the whole resource),
//   otherwise created;
// - it is skipped when it cannot be read, when the core rejects it (required attributes, types, ...),
//   when its keys match two different resources, or when an earlier item of the file has its
//   userName, displayName or externalId, or matched the same resource;
// - a user's group names (CSV) add it to those groups; a missing group is created when the options
//   say so, else left out with a warning;
// - a group's members (JSON) that refer to resources of the same file by their id there are mapped to
//   the ids here; references to nothing known are left out with a warning.
// Items must come in file order with users first (ScimJsonReader does that). Not thread-safe: one
// importer is used by one thread.
class DirectoryImporter final {
    Q_DECLARE_TR_FUNCTIONS(DirectoryImporter)

public:
    enum class Mode { DryRun, Apply };
    using Options = ImportOptions;

    DirectoryImporter(std::shared_ptr<Directory> directory, OperationContext context, Mode mode,
                      Options options = {});

    // Lets members refer to groups that come later in the file: such members are added by finish().
    void expectItems(const QList<ImportItem>& items);
    ImportOutcome process(const ImportItem& item);
    // Adds the members that referred to groups later in the file; returns an outcome for each group
    // where that failed.
    QList<ImportOutcome> finish();

    // The attributes of a Merge item applied to a resource's JSON: top-level values replaced, "name"
    // and extension objects merged by sub-attribute, a single e-mail address or phone number replacing
    // the value of the primary (else the first work) element.
    static QJsonObject merged(QJsonObject current, const QJsonObject& changes);

private:
    struct GroupPlan {
        QStringList toCreate; // names
        QStringList toJoin;   // ids of existing groups
        QStringList joinNew;  // names of groups created by this import
        QStringList notes;
        bool warning = false;
    };
    struct MemberPlan {
        QJsonArray members;   // resolved (ids here), for the write
        QStringList deferred; // source ids of groups later in the file
        QStringList notes;
        bool warning = false;
    };

    bool dryRun() const { return m_mode == Mode::DryRun; }
    std::optional<Resource> findOne(const QString& resourceType, const QString& attribute,
                                    const QString& value) const;
    std::optional<QString> groupIdByName(const QString& name);
    GroupPlan planGroups(const ImportItem& item, const std::optional<Resource>& existing);
    MemberPlan planMembers(const QJsonArray& members, const QJsonObject& asWritten);
    QStringList changedAttributes(const ResourceType& type, const QJsonObject& before,
                                  const QJsonObject& after) const;
    void applyGroups(ImportOutcome& outcome, const GroupPlan& plan);

    std::shared_ptr<Directory> m_directory;
    OperationContext m_context;
    Mode m_mode;
    Options m_options;

    // Keys taken by earlier items, by resource type: folded name or externalId -> line.
    QHash<QString, QHash<QString, int>> m_names;
    QHash<QString, QHash<QString, int>> m_externalIds;
    QHash<QString, int> m_claimedIds;         // existing resources matched, -> line
    QHash<QString, QString> m_groupIdsByName; // folded displayName -> id ("" once created in a dry run)
    QHash<QString, QString> m_idsBySourceId;  // id in the file -> id here ("" for one created in a dry run)
    QSet<QString> m_expectedGroupSourceIds;
    struct DeferredMember {
        int line;
        QString groupId;
        QString groupName;
        QString memberSourceId;
    };
    QList<DeferredMember> m_deferred;
};

} // namespace muster
