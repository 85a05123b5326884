#include "directory/Directory.h"
#include "schema/SchemaUrns.h"
#include "store/MemoryStore.h"
#include "store/sql/SqlStore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace muster;

namespace {

// The HTTP status of a directory answer: 200 when it succeeded.
template <typename T>
int statusOf(const Result<T>& result)
{
    return result ? 200 : result.error().status;
}

const QString User = QStringLiteral("User");
const QString Group = QStringLiteral("Group");

QJsonObject user(const QString& userName, const QJsonObject& extra = {})
{
    QJsonObject json{{QStringLiteral("schemas"), QJsonArray{urns::User}},
                     {QStringLiteral("userName"), userName}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

QJsonObject group(const QString& displayName, const QStringList& memberIds = {})
{
    QJsonArray members;
    for (const QString& id : memberIds)
        members.append(QJsonObject{{QStringLiteral("value"), id}});
    QJsonObject json{{QStringLiteral("schemas"), QJsonArray{urns::Group}},
                     {QStringLiteral("displayName"), displayName}};
    if (!members.isEmpty())
        json.insert(QStringLiteral("members"), members);
    return json;
}

QStringList referencedIds(const QJsonObject& json, const QString& attribute)
{
    QStringList ids;
    for (const QJsonValue& element : json.value(attribute).toArray())
        ids.append(element.toObject().value(QStringLiteral("value")).toString());
    return ids;
}

QStringList deletedIds(const QList<DeletedResource>& deleted)
{
    QStringList ids;
    for (const DeletedResource& resource : deleted)
        ids.append(resource.id);
    return ids;
}

} // namespace

// Deleted resources kept in the audit log and restored with their ids (Directory::recentlyDeleted and
// restoreDeleted), on every kind of store that keeps the log.
class TestDirectoryTrash : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_files;
    int m_fileCount = 0;
    const OperationContext m_context{ResourceStore::DefaultTenant, QStringLiteral("test:alice")};

    std::unique_ptr<Directory> makeDirectory(DirectoryOptions options = {})
    {
        QFETCH_GLOBAL(QString, store);
        options.passwordStrength = PasswordHasher::Strength::Fast;
        auto registry = SchemaRegistry::builtIn();
        std::shared_ptr<ResourceStore> resourceStore;
        if (store == QLatin1String("sqlite")) {
            SqlStoreOptions sqlOptions;
            sqlOptions.sqliteFile = m_files.filePath(QStringLiteral("trash-%1.db").arg(++m_fileCount));
            auto opened = SqlStore::open(registry, sqlOptions);
            if (!opened) {
                qWarning() << "open failed:" << opened.error().detail;
                return nullptr;
            }
            resourceStore = std::move(opened).value();
        } else {
            resourceStore = std::make_shared<MemoryStore>(registry);
        }
        return std::make_unique<Directory>(registry, resourceStore, options);
    }

    static QString createdId(const Result<Resource>& created)
    {
        if (!created) {
            qWarning() << "write failed:" << created.error().detail;
            return {};
        }
        return created->id;
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("store");
        QTest::addRow("memory") << QStringLiteral("memory");
        QTest::addRow("sqlite") << QStringLiteral("sqlite");
    }

    void initTestCase() { QVERIFY(m_files.isValid()); }

    void deleteKeepsTheResourceWithoutItsPassword()
    {
        auto directory = makeDirectory();
        QVERIFY(directory);
        const QString userId = createdId(
            directory->create(m_context, User,
                              user(QStringLiteral("bjensen"),
                                   {{QStringLiteral("password"), QStringLiteral("t1meMa$heen")},
                                    {QStringLiteral("displayName"), QStringLiteral("Barbara Jensen")}})));
        QVERIFY(!userId.isEmpty());
        const QString groupId =
            createdId(directory->create(m_context, Group, group(QStringLiteral("Staff"), {userId})));
        QVERIFY(!groupId.isEmpty());

        QVERIFY(directory->remove(m_context, User, userId));
        const QList<AuditEntry> log = directory->auditLog(m_context);
        QCOMPARE(log.last().action, QStringLiteral("delete"));
        const QJsonObject removed = log.last().changes.value(QStringLiteral("removed")).toObject();
        QCOMPARE(removed.value(QStringLiteral("userName")).toString(), QStringLiteral("bjensen"));
        QVERIFY(!removed.contains(QStringLiteral("password")));
        QCOMPARE(log.last().changes.value(QStringLiteral("groups")).toArray(), QJsonArray{groupId});

        const QList<DeletedResource> deleted = directory->recentlyDeleted(m_context);
        QCOMPARE(deleted.size(), 1);
        QCOMPARE(deleted.first().id, userId);
        QCOMPARE(deleted.first().resourceType, User);
        QCOMPARE(deleted.first().deletedBy, m_context.actor);
        QCOMPARE(deleted.first().label(), QStringLiteral("Barbara Jensen"));
        QCOMPARE(deleted.first().groupIds, QStringList{groupId});
        QCOMPARE(deleted.first().version, 1u);
        QVERIFY(deleted.first().deletedAt.isValid());
    }

    void restoreBringsBackTheUserWithItsIdAndGroups()
    {
        auto directory = makeDirectory();
        QVERIFY(directory);
        const QJsonObject enterprise{{QStringLiteral("department"), QStringLiteral("Tour Operations")}};
        const auto created = directory->create(
            m_context, User,
            user(QStringLiteral("bjensen"),
                 {{QStringLiteral("password"), QStringLiteral("t1meMa$heen")},
                  {QStringLiteral("emails"),
                   QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("b@x.org")},
                                          {QStringLiteral("primary"), true}}}},
                  {QStringLiteral("schemas"), QJsonArray{urns::User, urns::EnterpriseUser}},
                  {urns::EnterpriseUser, enterprise}}));
        QVERIFY(created);
        const QString userId = created->id;
        QVERIFY(directory->patch(
            m_context, User, userId,
            QJsonObject{{QStringLiteral("schemas"), QJsonArray{urns::PatchOp}},
                        {QStringLiteral("Operations"),
                         QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                                {QStringLiteral("path"), QStringLiteral("title")},
                                                {QStringLiteral("value"), QStringLiteral("Boss")}}}}}));
        const QString kept =
            createdId(directory->create(m_context, Group, group(QStringLiteral("Kept"), {userId})));
        const QString gone =
            createdId(directory->create(m_context, Group, group(QStringLiteral("Gone"), {userId})));
        const QString outer =
            createdId(directory->create(m_context, Group, group(QStringLiteral("Outer"), {kept})));
        QVERIFY(!kept.isEmpty() && !gone.isEmpty() && !outer.isEmpty());
        const auto before = directory->get(m_context, User, userId);
        QVERIFY(before);

        QVERIFY(directory->remove(m_context, User, userId));
        QVERIFY(directory->remove(m_context, Group, gone));
        QCOMPARE(statusOf(directory->get(m_context, User, userId)), 404);
        QVERIFY(!referencedIds(directory->get(m_context, Group, kept)->json, QStringLiteral("members"))
                     .contains(userId));

        QSignalSpy changes(directory.get(), &Directory::resourceChanged);
        const auto restored = directory->restoreDeleted(m_context, User, userId);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().detail));
        QCOMPARE(restored->id, userId);
        QCOMPARE(restored->version, before->version + 1);
        QVERIFY(!restored->json.contains(QStringLiteral("password")));

        const auto read = directory->get(m_context, User, userId);
        QVERIFY(read);
        for (const QString& attribute :
             {QStringLiteral("userName"), QStringLiteral("emails"), QStringLiteral("title"),
              QStringLiteral("schemas"), urns::EnterpriseUser}) {
            QCOMPARE(read->json.value(attribute), before->json.value(attribute));
        }
        const QJsonObject meta = read->json.value(QStringLiteral("meta")).toObject();
        QCOMPARE(meta.value(QStringLiteral("created")),
                 before->json.value(QStringLiteral("meta")).toObject().value(QStringLiteral("created")));
        QCOMPARE(meta.value(QStringLiteral("version")).toString(), Resource::etagFor(before->version + 1));
        // The password went with the delete.
        QVERIFY(!directory->verifyPassword(m_context, userId, QStringLiteral("t1meMa$heen")));

        // Back in the group that still exists (and so, indirectly, in its parent), not in the deleted one.
        QCOMPARE(referencedIds(read->json, QStringLiteral("groups")), (QStringList{kept, outer}));
        const auto keptGroup = directory->get(m_context, Group, kept);
        QVERIFY(referencedIds(keptGroup->json, QStringLiteral("members")).contains(userId));
        QCOMPARE(directory->memberCount(m_context, kept), 1);

        // Listeners hear of the user's return and of the group that changed.
        QCOMPARE(changes.size(), 2);
        const auto first = changes.at(0).at(0).value<ResourceChange>();
        QCOMPARE(first.kind, ResourceChange::Kind::Created);
        QCOMPARE(first.id, userId);
        const auto second = changes.at(1).at(0).value<ResourceChange>();
        QCOMPARE(second.kind, ResourceChange::Kind::Updated);
        QCOMPARE(second.id, kept);

        const QList<AuditEntry> log = directory->auditLog(m_context);
        QCOMPARE(log.at(log.size() - 2).action, QStringLiteral("restore"));
        QCOMPARE(log.at(log.size() - 2).resourceId, userId);
        QCOMPARE(log.last().action, QStringLiteral("update"));
        QCOMPARE(log.last().resourceId, kept);

        // Restored, it is no longer among the deleted; the deleted group still is.
        QCOMPARE(deletedIds(directory->recentlyDeleted(m_context)), QStringList{gone});
    }

    void restoreBringsBackAGroupWithItsMembers()
    {
        auto directory = makeDirectory();
        QVERIFY(directory);
        const QString stays = createdId(directory->create(m_context, User, user(QStringLiteral("stays"))));
        const QString leaves = createdId(directory->create(m_context, User, user(QStringLiteral("leaves"))));
        const QString child = createdId(directory->create(m_context, Group, group(QStringLiteral("Child"))));
        const QString team = createdId(
            directory->create(m_context, Group, group(QStringLiteral("Team"), {stays, leaves, child})));
        const QString parent =
            createdId(directory->create(m_context, Group, group(QStringLiteral("Parent"), {team})));
        QVERIFY(!team.isEmpty() && !parent.isEmpty());

        QVERIFY(directory->remove(m_context, Group, team));
        QVERIFY(directory->remove(m_context, User, leaves));
        const QList<DeletedResource> deleted = directory->recentlyDeleted(m_context);
        QCOMPARE(deletedIds(deleted), (QStringList{leaves, team}));
        QCOMPARE(deleted.at(1).memberIds, (QStringList{stays, leaves, child}));
        QCOMPARE(deleted.at(1).groupIds, QStringList{parent});

        const auto restored = directory->restoreDeleted(m_context, Group, team);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().detail));
        QCOMPARE(restored->id, team);
        QCOMPARE(referencedIds(restored->json, QStringLiteral("members")), (QStringList{stays, child}));
        const QJsonArray members =
            directory->get(m_context, Group, team)->json.value(QStringLiteral("members")).toArray();
        QCOMPARE(members.size(), 2);
        QCOMPARE(members.at(0).toObject().value(QStringLiteral("type")).toString(), User);
        QCOMPARE(members.at(0).toObject().value(QStringLiteral("display")).toString(),
                 QStringLiteral("stays"));
        QCOMPARE(members.at(1).toObject().value(QStringLiteral("type")).toString(), Group);
        QVERIFY(referencedIds(directory->get(m_context, Group, parent)->json, QStringLiteral("members"))
                    .contains(team));
        QCOMPARE(referencedIds(directory->get(m_context, User, stays)->json, QStringLiteral("groups")),
                 (QStringList{team, parent}));
    }

    void restoreLeavesOutAMembershipThatWouldCloseACycle()
    {
        auto directory = makeDirectory();
        QVERIFY(directory);
        const QString child = createdId(directory->create(m_context, Group, group(QStringLiteral("Child"))));
        const QString middle =
            createdId(directory->create(m_context, Group, group(QStringLiteral("Middle"), {child})));
        const QString top =
            createdId(directory->create(m_context, Group, group(QStringLiteral("Top"), {middle})));
        QVERIFY(directory->remove(m_context, Group, middle));
        // Without Middle, Top may join Child; Middle back in Top would make Top > Middle > Child > Top.
        QVERIFY(directory->patch(
            m_context, Group, child,
            QJsonObject{
                {QStringLiteral("schemas"), QJsonArray{urns::PatchOp}},
                {QStringLiteral("Operations"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("op"), QStringLiteral("add")},
                     {QStringLiteral("path"), QStringLiteral("members")},
                     {QStringLiteral("value"), QJsonArray{QJsonObject{{QStringLiteral("value"), top}}}}}}}}));

        const auto restored = directory->restoreDeleted(m_context, Group, middle);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().detail));
        QCOMPARE(referencedIds(restored->json, QStringLiteral("members")), QStringList{child});
        QVERIFY(!directory->get(m_context, Group, top)->json.contains(QStringLiteral("members")));
    }

    void recentlyDeletedIsNewestFirst()
    {
        auto directory = makeDirectory();
        QVERIFY(directory);
        QStringList ids;
        for (const QString& name : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")})
            ids.append(createdId(directory->create(m_context, User, user(name))));
        for (const QString& id : std::as_const(ids))
            QVERIFY(directory->remove(m_context, User, id));
        QCOMPARE(deletedIds(directory->recentlyDeleted(m_context)), (QStringList{ids[2], ids[1], ids[0]}));
        QCOMPARE(deletedIds(directory->recentlyDeleted(m_context, 2)), (QStringList{ids[2], ids[1]}));
        QVERIFY(directory->recentlyDeleted(m_context, 0).isEmpty());

        QVERIFY(directory->restoreDeleted(m_context, User, ids[1]));
        QCOMPARE(deletedIds(directory->recentlyDeleted(m_context)), (QStringList{ids[2], ids[0]}));
        // Deleted again, it comes first, once, with its latest version.
        QVERIFY(directory->remove(m_context, User, ids[1]));
        const QList<DeletedResource> deleted = directory->recentlyDeleted(m_context);
        QCOMPARE(deletedIds(deleted), (QStringList{ids[1], ids[2], ids[0]}));
        QCOMPARE(deleted.first().version, 2u);
        const auto again = directory->restoreDeleted(m_context, User, ids[1]);
        QVERIFY(again);
        QCOMPARE(again->version, 3u);
    }

    void recentlyDeletedReadsBackThroughALongLog()
    {
        auto directory = makeDirectory();
        QVERIFY(directory);
        const QString early = createdId(directory->create(m_context, User, user(QStringLiteral("early"))));
        QVERIFY(directory->remove(m_context, User, early));
        const QString groupId = createdId(directory->create(m_context, Group, group(QStringLiteral("Busy"))));
        // More entries than one window of the log holds.
        for (int i = 0; i < 1200; ++i) {
            QVERIFY(directory->patch(
                m_context, Group, groupId,
                QJsonObject{{QStringLiteral("schemas"), QJsonArray{urns::PatchOp}},
                            {QStringLiteral("Operations"),
                             QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                                    {QStringLiteral("path"), QStringLiteral("externalId")},
                                                    {QStringLiteral("value"), QString::number(i)}}}}}));
        }
        QCOMPARE(deletedIds(directory->recentlyDeleted(m_context)), QStringList{early});
        QVERIFY(directory->restoreDeleted(m_context, User, early));
    }

    void lookBackIsBounded()
    {
        DirectoryOptions options;
        options.deletedLookBack = 5;
        auto directory = makeDirectory(options);
        QVERIFY(directory);
        const QString old = createdId(directory->create(m_context, User, user(QStringLiteral("old"))));
        QVERIFY(directory->remove(m_context, User, old));
        for (int i = 0; i < 6; ++i)
            QVERIFY(directory->create(m_context, User, user(QStringLiteral("new%1").arg(i))));
        QVERIFY(directory->recentlyDeleted(m_context).isEmpty());
        QCOMPARE(statusOf(directory->restoreDeleted(m_context, User, old)), 404);
    }

    void restoreErrors()
    {
        auto directory = makeDirectory();
        QVERIFY(directory);
        const QString id = createdId(directory->create(m_context, User, user(QStringLiteral("taken"))));
        const QString present =
            createdId(directory->create(m_context, User, user(QStringLiteral("present"))));
        QVERIFY(directory->remove(m_context, User, id));
        // Its userName went to someone else meanwhile.
        QVERIFY(directory->create(m_context, User, user(QStringLiteral("TAKEN"))));
        const auto clash = directory->restoreDeleted(m_context, User, id);
        QVERIFY(!clash);
        QCOMPARE(statusOf(clash), 409);
        QCOMPARE(clash.error().scimType, ScimType::Uniqueness);
        QVERIFY2(clash.error().detail.contains(QStringLiteral("userName")), qPrintable(clash.error().detail));
        // Nothing half-done: still deleted, still listed.
        QCOMPARE(statusOf(directory->get(m_context, User, id)), 404);
        QCOMPARE(deletedIds(directory->recentlyDeleted(m_context)), QStringList{id});

        const auto exists = directory->restoreDeleted(m_context, User, present);
        QCOMPARE(statusOf(exists), 409);
        QCOMPARE(statusOf(directory->restoreDeleted(m_context, User, QStringLiteral("no-such-id"))), 404);
        // A user's id is no group's.
        QCOMPARE(statusOf(directory->restoreDeleted(m_context, Group, id)), 404);
        QCOMPARE(statusOf(directory->restoreDeleted(m_context, QStringLiteral("Printer"), id)), 404);
    }

    void tenantsAreApart()
    {
        auto directory = makeDirectory();
        QVERIFY(directory);
        QVERIFY(directory->createTenant(QStringLiteral("acme")));
        const OperationContext acme{QStringLiteral("acme"), QStringLiteral("test:alice")};
        const QString id = createdId(directory->create(acme, User, user(QStringLiteral("x"))));
        QVERIFY(directory->remove(acme, User, id));
        QCOMPARE(deletedIds(directory->recentlyDeleted(acme)), QStringList{id});
        QVERIFY(directory->recentlyDeleted(m_context).isEmpty());
        QCOMPARE(statusOf(directory->restoreDeleted(m_context, User, id)), 404);
        QVERIFY(directory->restoreDeleted(acme, User, id));
        QVERIFY(directory->recentlyDeleted({QStringLiteral("unknown"), QString()}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDirectoryTrash)
#include "tst_directorytrash.moc"
