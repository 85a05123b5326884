#include "StoreConformance.h"
#include "directory/Directory.h"
#include "query/FilterParser.h"
#include "schema/SchemaUrns.h"
#include "store/sql/SqlMigrations.h"
#include "store/sql/SqlStore.h"
#include "store/sql/SqlStoreIndexHint.h"
#include "store/sql/SqliteFunctions.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <thread>

using namespace muster;

namespace {

const QString User = QStringLiteral("User");
const QString Group = QStringLiteral("Group");
const QString Default = ResourceStore::DefaultTenant;

Resource userResource(const QString& id, const QString& userName, quint64 version = 1)
{
    QJsonObject json{{QStringLiteral("schemas"), QJsonArray{urns::User}},
                     {QStringLiteral("id"), id},
                     {QStringLiteral("userName"), userName},
                     {QStringLiteral("meta"),
                      QJsonObject{{QStringLiteral("resourceType"), User},
                                  {QStringLiteral("created"), QStringLiteral("2024-01-01T00:00:00Z")},
                                  {QStringLiteral("lastModified"), QStringLiteral("2024-01-01T00:00:00Z")},
                                  {QStringLiteral("version"), Resource::etagFor(version)}}}};
    return Resource{
        id, User, version, json, {UniqueKey{QStringLiteral("userName"), userName.toCaseFolded()}}};
}

Resource groupResource(const QString& id, const QString& displayName, const QStringList& members = {})
{
    QJsonArray elements;
    for (const QString& member : members)
        elements.append(QJsonObject{{QStringLiteral("value"), member}, {QStringLiteral("type"), User}});
    QJsonObject json{
        {QStringLiteral("schemas"), QJsonArray{urns::Group}},
        {QStringLiteral("id"), id},
        {QStringLiteral("displayName"), displayName},
        {QStringLiteral("meta"), QJsonObject{{QStringLiteral("resourceType"), Group},
                                             {QStringLiteral("version"), Resource::etagFor(1)}}}};
    if (!elements.isEmpty())
        json.insert(QStringLiteral("members"), elements);
    return Resource{
        id, Group, 1, json, {UniqueKey{QStringLiteral("displayName"), displayName.toCaseFolded()}}};
}

WriteOperation create(const Resource& resource)
{
    return {WriteOperation::Kind::Create, resource, std::nullopt};
}

WriteOperation removal(const QString& type, const QString& id)
{
    Resource resource;
    resource.id = id;
    resource.resourceType = type;
    return {WriteOperation::Kind::Remove, resource, std::nullopt};
}

WriteBatch batchOf(const QList<WriteOperation>& operations)
{
    WriteBatch batch;
    batch.operations = operations;
    for (const WriteOperation& operation : operations) {
        AuditEntry entry;
        entry.time = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
        entry.actor = QStringLiteral("test:sqlite");
        entry.action = QStringLiteral("create");
        entry.resourceType = operation.resource.resourceType;
        entry.resourceId = operation.resource.id;
        entry.versionAfter = operation.resource.version;
        batch.audit.append(entry);
    }
    return batch;
}

Result<QueryResult> runQuery(const ResourceStore& store, const QString& tenant, const QString& type,
                             const QString& filter)
{
    Query query;
    query.resourceType = type;
    if (!filter.isEmpty()) {
        auto parsed = FilterParser::parse(filter);
        if (!parsed)
            return parsed.error();
        query.filter = *parsed;
    }
    return store.query(tenant, query);
}

QString detailOf(const Status& status)
{
    return status ? QString() : status.error().detail;
}

// Reads a database file directly, on a connection of its own that is removed afterwards.
class RawDatabase {
public:
    explicit RawDatabase(const QString& file)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        database.setDatabaseName(file);
        // The userName index is in muster_utf16 order: checks and writes need the collation.
        if (database.open() && !SqliteFunctions::install(database))
            qWarning("cannot install the SQL functions on %s", qPrintable(file));
    }
    ~RawDatabase() { QSqlDatabase::removeDatabase(m_name); }
    Q_DISABLE_COPY_MOVE(RawDatabase)

    QVariant scalar(const QString& sql, const QVariantList& values = {}) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.prepare(sql);
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next()) {
            qWarning() << sql << query.lastError().text();
            return {};
        }
        return query.value(0);
    }
    // SQLite's plan for `sql`: the detail of each step, joined by "; ".
    QString plan(const QString& sql, const QVariantList& values) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (!query.exec()) {
            qWarning() << sql << query.lastError().text();
            return {};
        }
        QStringList steps;
        while (query.next())
            steps.append(query.value(3).toString());
        return steps.join(QStringLiteral("; "));
    }
    bool execute(const QString& sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql)) {
            qWarning() << sql << query.lastError().text();
            return false;
        }
        return true;
    }

private:
    QString m_name;
};

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

Q_DECLARE_METATYPE(muster::SqlStoreOptions::Synchronous)

// What SqlStore promises on SQLite beyond the conformance suite: persistence, migrations, WAL,
// backups, connections per thread, transactions, and bound parameters.
class TestSqliteStore : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<SchemaRegistry> m_registry = SchemaRegistry::builtIn();
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newFile() { return m_dir.filePath(QStringLiteral("specific-%1.db").arg(++m_files)); }

    std::unique_ptr<SqlStore> open(const QString& file, SqlStoreOptions options = {})
    {
        options.sqliteFile = file;
        auto opened = SqlStore::open(m_registry, options);
        if (!opened) {
            qWarning() << "open failed:" << opened.error().detail;
            return nullptr;
        }
        return std::move(opened).value();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void reopenPersistsEverything_data()
    {
        QTest::addColumn<SqlStoreOptions::Synchronous>("synchronous");
        QTest::addRow("synchronous NORMAL") << SqlStoreOptions::Synchronous::Normal;
        QTest::addRow("synchronous FULL") << SqlStoreOptions::Synchronous::Full;
    }

    void reopenPersistsEverything()
    {
        QFETCH(SqlStoreOptions::Synchronous, synchronous);
        SqlStoreOptions options;
        options.synchronous = synchronous;
        const QString file = newFile();
        const QString acme = QStringLiteral("acme");
        {
            auto store = open(file, options);
            QVERIFY(store);
            QVERIFY(store->createTenant(acme));
            QVERIFY(store->apply(
                Default, batchOf({create(userResource(QStringLiteral("a1"), QStringLiteral("alice"))),
                                  create(userResource(QStringLiteral("b1"), QStringLiteral("bob"))),
                                  create(groupResource(QStringLiteral("g1"), QStringLiteral("Admins"),
                                                       {QStringLiteral("b1"), QStringLiteral("a1")}))})));
            QVERIFY(store->apply(
                acme, batchOf({create(userResource(QStringLiteral("a1"), QStringLiteral("anna")))})));
        }
        auto store = open(file, options);
        QVERIFY(store);
        QCOMPARE(store->tenants(), (QStringList{acme, Default}));
        QCOMPARE(store->count(Default, User), 2);
        QCOMPARE(store->get(Default, User, QStringLiteral("a1"))->json,
                 userResource(QStringLiteral("a1"), QStringLiteral("alice")).json);
        QCOMPARE(
            store->get(acme, User, QStringLiteral("a1"))->json.value(QStringLiteral("userName")).toString(),
            QStringLiteral("anna"));
        const std::optional<Resource> group = store->get(Default, Group, QStringLiteral("g1"));
        QVERIFY(group);
        QCOMPARE(group->json, groupResource(QStringLiteral("g1"), QStringLiteral("Admins"),
                                            {QStringLiteral("b1"), QStringLiteral("a1")})
                                  .json);
        QCOMPARE(group->uniqueKeys, groupResource(QStringLiteral("g1"), QStringLiteral("Admins")).uniqueKeys);
        QCOMPARE(store->groupsWithMember(Default, QStringLiteral("a1")), QStringList{QStringLiteral("g1")});
        const QList<AuditEntry> audit = store->auditLog(Default, 0, 100);
        QCOMPARE(audit.size(), 3);
        QCOMPARE(audit.last().resourceId, QStringLiteral("g1"));
        QCOMPARE(audit.last().time, QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC));
        // Unique keys and audit sequences carry on where they were.
        const Status taken = store->apply(
            Default, batchOf({create(userResource(QStringLiteral("c1"), QStringLiteral("ALICE")))}));
        QCOMPARE(taken.ok() ? 0 : taken.error().status, 409);
        QVERIFY(store->apply(Default,
                             batchOf({create(userResource(QStringLiteral("c1"), QStringLiteral("carol")))})));
        QCOMPARE(store->auditLog(Default, audit.last().sequence, 10).size(), 1);
        QVERIFY(store->auditLog(Default, 0, 10).last().sequence > audit.last().sequence);
    }

    void migrationsAppliedOnceAndRecorded()
    {
        const QString file = newFile();
        for (int i = 0; i < 3; ++i)
            QVERIFY(open(file));
        RawDatabase raw(file);
        const int latest = SqlMigrations::latestVersion(SqlDialect::Sqlite);
        QVERIFY(latest >= 1);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), latest);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(DISTINCT version) FROM schema_version")).toInt(),
                 latest);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(), latest);
        QVERIFY(!raw.scalar(QStringLiteral("SELECT applied_at FROM schema_version WHERE version = 1"))
                     .toString()
                     .isEmpty());
        // The default tenant was created once, by the first migration.
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM tenants")).toInt(), 1);
        // The indexes that serve the common lookups exist; those that only cost writes are gone.
        const auto indexes = [&](const QString& index) {
            return raw
                .scalar(
                    QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = ?"),
                    {index})
                .toInt();
        };
        for (const QString& index :
             {QStringLiteral("resources_user_name"), QStringLiteral("resources_external_id"),
              QStringLiteral("resources_display_name"), QStringLiteral("resources_last_modified"),
              QStringLiteral("members_member")})
            QCOMPARE(indexes(index), 1);
        QCOMPARE(indexes(QStringLiteral("resources_created")), 0);
    }

    void memberLookupsUseTheMemberIndex_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QVariantList>("values");
        // The shapes of SqlStore's reads of a member's groups: groupsWithMember, and the groups read ahead
        // with a resource.
        QTest::addRow("groups of a member")
            << QStringLiteral("SELECT group_id FROM members WHERE tenant = ? AND member_id = ?")
            << QVariantList{Default, QStringLiteral("u7")};
        QTest::addRow("groups read with the resource")
            << QStringLiteral(
                   "SELECT r.version, (SELECT json_group_array(m.group_id) FROM members m WHERE "
                   "m.tenant = r.tenant AND m.member_id = r.id) FROM resources r WHERE r.tenant = ? "
                   "AND r.type = ? AND r.id = ?")
            << QVariantList{Default, User, QStringLiteral("u7")};
    }

    // A member's groups are found through the member index, never by walking every membership of the
    // tenant (which SQLite chose, without statistics, before schema version 3).
    void memberLookupsUseTheMemberIndex()
    {
        QFETCH(QString, sql);
        QFETCH(QVariantList, values);
        const QString file = newFile();
        {
            auto store = open(file);
            QVERIFY(store);
            WriteBatch batch;
            QStringList members;
            for (int i = 0; i < 40; ++i) {
                members.append(QStringLiteral("u%1").arg(i));
                batch.operations.append(
                    create(userResource(members.last(), QStringLiteral("User%1").arg(i))));
            }
            for (int g = 0; g < 5; ++g)
                batch.operations.append(create(
                    groupResource(QStringLiteral("g%1").arg(g), QStringLiteral("G%1").arg(g), members)));
            QVERIFY(store->apply(Default, batch));
            QCOMPARE(store->groupsWithMember(Default, QStringLiteral("u7")).size(), 5);
        }
        RawDatabase raw(file);
        const QString planText = raw.plan(sql, values);
        QVERIFY2(
            planText.contains(QStringLiteral("COVERING INDEX members_member (tenant=? AND member_id=?)")),
            qPrintable(planText));
    }

    // A database of schema version 1 (as earlier builds left it) is brought to the latest version on open:
    // the userName index in sort order, no created index, an empty userName no key.
    void versionOneIsMigrated()
    {
        const QString file = newFile();
        {
            auto store = open(file);
            QVERIFY(store);
            QVERIFY(store->apply(Default,
                                 batchOf({create(userResource(QStringLiteral("b1"), QStringLiteral("Bob"))),
                                          create(userResource(QStringLiteral("a1"), QStringLiteral("al"))),
                                          create(userResource(QStringLiteral("e1"), QStringLiteral("e")))})));
        }
        {
            RawDatabase raw(file);
            for (const char* statement :
                 {"DROP INDEX resources_user_name",
                  "CREATE INDEX resources_user_name ON resources (tenant, type, user_name) WHERE user_name "
                  "IS NOT NULL",
                  "CREATE INDEX resources_created ON resources (tenant, type, created)",
                  "UPDATE resources SET user_name = '', json = json_set(json, '$.userName', '') WHERE id = "
                  "'e1'",
                  "DROP INDEX members_member", "CREATE INDEX members_member ON members (tenant, member_id)",
                  "DELETE FROM schema_version WHERE version > 1"})
                QVERIFY(raw.execute(QString::fromLatin1(statement)));
        }
        auto store = open(file);
        QVERIFY(store);
        RawDatabase raw(file);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(),
                 SqlMigrations::latestVersion(SqlDialect::Sqlite));
        QCOMPARE(
            raw.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'resources_created'"))
                .toInt(),
            0);
        QVERIFY(raw.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'members_member'"))
                    .toString()
                    .contains(QStringLiteral("group_id")));
        QVERIFY(raw.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'resources_user_name'"))
                    .toString()
                    .contains(QStringLiteral("COLLATE muster_utf16")));
        QVERIFY(
            raw.scalar(QStringLiteral("SELECT user_name IS NULL FROM resources WHERE id = 'e1'")).toBool());
        Query query;
        query.resourceType = User;
        query.sort = SortSpec{*AttributePath::parse(QStringLiteral("userName")), SortOrder::Ascending};
        const auto sorted = store->query(Default, query);
        QVERIFY(sorted.ok());
        QStringList ids;
        for (const Resource& resource : sorted->resources)
            ids.append(resource.id);
        QCOMPARE(ids, (QStringList{QStringLiteral("a1"), QStringLiteral("b1"), QStringLiteral("e1")}));
        QCOMPARE(runQuery(*store, Default, User, QStringLiteral("userName eq \"BOB\""))->totalResults, 1);
    }

    void userNameIndexServesSortAndLookup_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QString>("plan");      // must appear in EXPLAIN QUERY PLAN
        QTest::addColumn<QString>("notInPlan"); // must not
        QTest::addRow("sortBy userName")
            << QString() << false << QStringLiteral("r USING INDEX resources_user_name (tenant=? AND type=?)")
            << QStringLiteral("TEMP B-TREE");
        // Ties (equal folded userNames) go by id ascending: only they need sorting.
        QTest::addRow("sortBy userName descending")
            << QString() << true << QStringLiteral("r USING INDEX resources_user_name (tenant=? AND type=?)")
            << QStringLiteral("USE TEMP B-TREE FOR ORDER BY");
        QTest::addRow("userName eq") << QStringLiteral("userName eq \"USER7\"") << false
                                     << QStringLiteral(
                                            "SEARCH r USING INDEX resources_user_name (tenant=? AND "
                                            "type=? AND user_name=?)")
                                     << QStringLiteral("SCAN");
    }

    // The statements SqlStore runs for a page sorted by userName and for a userName lookup, planned by
    // SQLite on a populated database: the index gives the order, no sorter sees every user.
    void userNameIndexServesSortAndLookup()
    {
        QFETCH(QString, filter);
        QFETCH(bool, descending);
        QFETCH(QString, plan);
        QFETCH(QString, notInPlan);
        const QString file = newFile();
        auto store = open(file);
        QVERIFY(store);
        WriteBatch batch;
        for (int i = 0; i < 300; ++i)
            batch.operations.append(
                create(userResource(QStringLiteral("id%1").arg(i), QStringLiteral("User%1").arg(i))));
        batch.operations.append(create(groupResource(QStringLiteral("g1"), QStringLiteral("G"))));
        const Status applied = store->apply(Default, batch);
        QVERIFY2(applied.ok(), qPrintable(detailOf(applied)));

        const ResourceType& type = *m_registry->resourceType(User);
        const SqlStoreIndexHint hint(*m_registry, type, false, SqlDialect::Sqlite);
        const SortSpec sort{*AttributePath::parse(QStringLiteral("userName")),
                            descending ? SortOrder::Descending : SortOrder::Ascending};
        QString sql = QStringLiteral("SELECT r.id, r.version, r.json, r.unique_keys FROM resources r WHERE "
                                     "r.tenant = ? AND r.type = ?");
        QVariantList bindings{Default, User};
        SqlFragment order{QStringLiteral("r.id"), {}};
        if (filter.isEmpty()) {
            order = hint.orderBy(sort);
            QVERIFY(!order.sql.isEmpty());
        } else {
            const SqlFragment condition = hint.condition(**FilterParser::parse(filter), Default);
            QVERIFY(!condition.sql.isEmpty());
            sql += QStringLiteral(" AND ") + condition.sql;
            bindings += condition.bindings;
            order.sql = QStringLiteral("+r.id"); // as SqlStore orders hinted filters without a sortBy
        }
        sql += QStringLiteral(" ORDER BY %1 LIMIT 100 OFFSET 0").arg(order.sql);

        const QString planText = RawDatabase(file).plan(sql, bindings);
        QVERIFY2(planText.contains(plan), qPrintable(planText));
        QVERIFY2(!planText.contains(notInPlan), qPrintable(planText));

        // And the store's own answer is in that order.
        Query query;
        query.resourceType = User;
        query.sort = sort;
        query.count = 3;
        const auto page = store->query(Default, query);
        QVERIFY(page.ok());
        QStringList ids;
        for (const Resource& resource : page->resources)
            ids.append(resource.id);
        const QStringList expected =
            descending ? QStringList{QStringLiteral("id99"), QStringLiteral("id98"), QStringLiteral("id97")}
                       : QStringList{QStringLiteral("id0"), QStringLiteral("id1"), QStringLiteral("id10")};
        QCOMPARE(ids, expected);
        QCOMPARE(page->totalResults, 300);
    }

    void newerSchemaIsRefusedAndLeftUntouched()
    {
        const QString file = newFile();
        {
            auto store = open(file);
            QVERIFY(store);
            QVERIFY(store->apply(
                Default, batchOf({create(userResource(QStringLiteral("a1"), QStringLiteral("alice")))})));
        }
        const int newer = SqlMigrations::latestVersion(SqlDialect::Sqlite) + 1;
        {
            RawDatabase raw(file);
            QVERIFY(
                raw.execute(QStringLiteral("INSERT INTO schema_version (version, applied_at, description) "
                                           "VALUES (%1, '2099-01-01', 'from the future')")
                                .arg(newer)));
        }
        const QByteArray before = fileHash(file);
        QVERIFY(!before.isEmpty());

        SqlStoreOptions options;
        options.sqliteFile = file;
        const auto opened = SqlStore::open(m_registry, options);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().detail.contains(QString::number(newer)), qPrintable(opened.error().detail));
        QVERIFY2(opened.error().detail.contains(QStringLiteral("newer")), qPrintable(opened.error().detail));
        QCOMPARE(fileHash(file), before);
        RawDatabase raw(file);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(), newer);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM resources")).toInt(), 1);
    }

    // SqliteWalVfs gathers a transaction's WAL frames and writes them at the commit: another connection
    // (on SQLite's own VFS) sees every commit at once, also of transactions larger than what is gathered
    // at a time, and the file stays intact.
    void commitsReachOtherConnections()
    {
        const QString file = newFile();
        auto store = open(file);
        QVERIFY(store);
        RawDatabase raw(file);
        const QString padding(2000, u'x');
        WriteBatch large;
        for (int i = 0; i < 1500; ++i) {
            Resource user = userResource(QStringLiteral("big%1").arg(i), QStringLiteral("big%1").arg(i));
            user.json.insert(QStringLiteral("title"), padding);
            large.operations.append(create(user));
        }
        QVERIFY(store->apply(Default, large));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM resources")).toInt(), 1500);
        for (int i = 0; i < 20; ++i) {
            QVERIFY(store->apply(Default, batchOf({create(userResource(QStringLiteral("one%1").arg(i),
                                                                       QStringLiteral("one%1").arg(i)))})));
            QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM resources")).toInt(), 1501 + i);
        }
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA quick_check")).toString(), QStringLiteral("ok"));
        store.reset();
        auto reopened = open(file);
        QVERIFY(reopened);
        QCOMPARE(reopened->count(Default, User), 1520);
        QCOMPARE(reopened->get(Default, User, QStringLiteral("big1499"))->json.value(QStringLiteral("title")),
                 QJsonValue(padding));
    }

    // Parsed rows are kept per version: a second read is a hit, and a change made through another store
    // on the same file (another process) is read in its new version, never the cached one.
    void rowCacheIsNeverStale()
    {
        const QString file = newFile();
        auto reader = open(file);
        auto writer = open(file);
        QVERIFY(reader && writer);
        QVERIFY(writer->apply(Default,
                              batchOf({create(userResource(QStringLiteral("r1"), QStringLiteral("rita")))})));
        const auto hits = [&reader] {
            const QByteArray text = reader->metricsText();
            const qsizetype at = text.indexOf("\nmuster_store_row_cache_hits_total ");
            return at < 0 ? -1 : text.mid(at + 35, text.indexOf('\n', at + 1) - at - 35).toInt();
        };
        QCOMPARE(reader->get(Default, User, QStringLiteral("r1"))->json.value(QStringLiteral("userName")),
                 QJsonValue(QStringLiteral("rita")));
        QCOMPARE(hits(), 0);
        QCOMPARE(reader->get(Default, User, QStringLiteral("r1"))->version, 1u);
        QCOMPARE(hits(), 1);

        Resource renamed = userResource(QStringLiteral("r1"), QStringLiteral("renata"), 2);
        QVERIFY(writer->apply(Default, batchOf({{WriteOperation::Kind::Replace, renamed, 1}})));
        const std::optional<Resource> read = reader->get(Default, User, QStringLiteral("r1"));
        QCOMPARE(read->version, 2u);
        QCOMPARE(read->json.value(QStringLiteral("userName")), QJsonValue(QStringLiteral("renata")));
        QCOMPARE(read->uniqueKeys, renamed.uniqueKeys);
        // Lists share the cache.
        Query all;
        all.resourceType = User;
        QCOMPARE(reader->query(Default, all)->resources.first().json.value(QStringLiteral("userName")),
                 QJsonValue(QStringLiteral("renata")));
        QCOMPARE(hits(), 2);
    }

    // A connection that reads a resource again while nothing committed answers without a statement
    // (KnownVersions); any commit in between, by whoever, makes the next read ask the database, and the
    // answer is what the database holds.
    void unchangedReadsNeedNoStatement_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<bool>("renamed");
        QTest::addColumn<QStringList>("groups");
        QTest::addRow("nothing") << QString() << false << QStringList{QStringLiteral("g1")};
        QTest::addRow("another store renames it")
            << QStringLiteral("other") << true << QStringList{QStringLiteral("g1")};
        QTest::addRow("the reading store renames it")
            << QStringLiteral("same") << true << QStringList{QStringLiteral("g1")};
        QTest::addRow("a connection of its own renames it")
            << QStringLiteral("raw") << true << QStringList{QStringLiteral("g1")};
        QTest::addRow("another store adds it to a group")
            << QStringLiteral("group") << false << QStringList{QStringLiteral("g1"), QStringLiteral("g2")};
        QTest::addRow("another store writes another resource")
            << QStringLiteral("unrelated") << false << QStringList{QStringLiteral("g1")};
    }
    void unchangedReadsNeedNoStatement()
    {
        QFETCH(QString, change);
        QFETCH(bool, renamed);
        QFETCH(QStringList, groups);
        const QString file = newFile();
        auto reader = open(file);
        auto writer = open(file);
        QVERIFY(reader && writer);
        QVERIFY(
            writer->apply(Default, batchOf({create(userResource(QStringLiteral("k1"), QStringLiteral("kim"))),
                                            create(groupResource(QStringLiteral("g1"), QStringLiteral("G1"),
                                                                 {QStringLiteral("k1")}))})));
        // Read it the way Directory does: the resource, then its groups.
        const auto read = [&reader] {
            std::optional<Resource> resource = reader->get(Default, User, QStringLiteral("k1"));
            const QStringList groups = reader->groupsWithMember(Default, QStringLiteral("k1"));
            return std::pair{resource, groups};
        };
        QVERIFY(read().first);
        const quint64 before = reader->unchangedReads();
        auto [again, groupsAgain] = read();
        QCOMPARE(reader->unchangedReads(), before + 1);
        QCOMPARE(again->json.value(QStringLiteral("userName")), QJsonValue(QStringLiteral("kim")));
        QCOMPARE(groupsAgain, QStringList{QStringLiteral("g1")});

        const Resource renaming = userResource(QStringLiteral("k1"), QStringLiteral("kira"), 2);
        if (change == QLatin1String("other")) {
            QVERIFY(writer->apply(Default, batchOf({{WriteOperation::Kind::Replace, renaming, 1}})));
        } else if (change == QLatin1String("same")) {
            QVERIFY(reader->apply(Default, batchOf({{WriteOperation::Kind::Replace, renaming, 1}})));
        } else if (change == QLatin1String("raw")) {
            // Another program on the same file, on a connection of its own.
            const RawDatabase raw(file);
            QVERIFY(raw.execute(QStringLiteral("UPDATE resources SET json = json_set(json, '$.userName', "
                                               "'kira'), version = 2 WHERE id = 'k1'")));
            renamed = true;
        } else if (change == QLatin1String("group")) {
            QVERIFY(writer->apply(Default,
                                  batchOf({create(groupResource(QStringLiteral("g2"), QStringLiteral("G2"),
                                                                {QStringLiteral("k1")}))})));
        } else if (change == QLatin1String("unrelated")) {
            QVERIFY(writer->apply(
                Default, batchOf({create(userResource(QStringLiteral("k2"), QStringLiteral("kai")))})));
        }

        auto [after, groupsAfter] = read();
        QVERIFY(after);
        QCOMPARE(reader->unchangedReads(), before + (change.isEmpty() ? 2 : 1));
        QCOMPARE(after->json.value(QStringLiteral("userName")),
                 QJsonValue(renamed ? QStringLiteral("kira") : QStringLiteral("kim")));
        QCOMPARE(groupsAfter, groups);
        // Known again from here on.
        QCOMPARE(read().first->json, after->json);
        QCOMPARE(reader->unchangedReads(), before + (change.isEmpty() ? 3 : 2));
    }

    // Inside a transaction a read sees the transaction's own writes, which no commit announced yet.
    void readsInATransactionSeeItsWrites()
    {
        auto store = open(newFile());
        QVERIFY(store);
        QVERIFY(store->apply(Default,
                             batchOf({create(userResource(QStringLiteral("t1"), QStringLiteral("tom")))})));
        QVERIFY(store->get(Default, User, QStringLiteral("t1")));
        QVERIFY(store->get(Default, User, QStringLiteral("t1")));
        const quint64 before = store->unchangedReads();
        QVERIFY(before > 0);
        {
            auto transaction = store->beginTransaction(Default);
            QVERIFY(transaction);
            QVERIFY(store->apply(
                Default, batchOf({{WriteOperation::Kind::Replace,
                                   userResource(QStringLiteral("t1"), QStringLiteral("tim"), 2), 1}})));
            const std::optional<Resource> inside = store->get(Default, User, QStringLiteral("t1"));
            QCOMPARE(inside->version, 2u);
            QCOMPARE(inside->json.value(QStringLiteral("userName")), QJsonValue(QStringLiteral("tim")));
            // Rolled back when it ends uncommitted.
        }
        const std::optional<Resource> after = store->get(Default, User, QStringLiteral("t1"));
        QCOMPARE(after->version, 1u);
        QCOMPARE(after->json.value(QStringLiteral("userName")), QJsonValue(QStringLiteral("tom")));
        QCOMPARE(store->unchangedReads(), before);
        QCOMPARE(store->get(Default, User, QStringLiteral("t1"))->json, after->json);
        QCOMPARE(store->unchangedReads(), before + 1);
    }

    // Pages and totals come from what a connection learned of the same list (SqlPagePositions) as long as
    // the database is as it was: after writes through another store on the file, through the reading
    // store itself, and a restored backup, every page of every list is what a fresh read gives.
    void pagesAndTotalsFollowEveryWrite()
    {
        const QString file = newFile();
        const QString backup = m_dir.filePath(QStringLiteral("pages-backup.db"));
        auto reader = open(file);
        auto writer = open(file);
        QVERIFY(reader && writer);
        QStringList ids;
        const auto add = [&ids](ResourceStore& store, int from, int to) {
            WriteBatch batch;
            for (int i = from; i < to; ++i) {
                const QString id = QStringLiteral("u%1").arg(i, 3, 10, QLatin1Char('0'));
                batch.operations.append(create(userResource(id, QStringLiteral("name") + id)));
                ids.append(id);
            }
            return bool(store.apply(Default, batch));
        };
        const auto remove = [&ids](ResourceStore& store, const QStringList& gone) {
            WriteBatch batch;
            for (const QString& id : gone) {
                batch.operations.append(removal(User, id));
                ids.removeOne(id);
            }
            return bool(store.apply(Default, batch));
        };
        // Every page of `size` twice over (the second walk uses what the first learned), then pages at
        // offsets that no walk started at; each against the ids expected, with the total.
        const auto pagesAreRight = [&reader, &ids](const QString& filter, const QString& prefix) {
            QStringList expected;
            for (const QString& id : std::as_const(ids)) {
                if (id.startsWith(prefix))
                    expected.append(id);
            }
            expected.sort();
            for (const qsizetype size : {7, 7, 5}) {
                for (qsizetype start = size == 5 ? 3 : 0; start < expected.size() + 2; start += size) {
                    Query query;
                    query.resourceType = User;
                    if (!filter.isEmpty())
                        query.filter = *FilterParser::parse(filter);
                    query.startIndex = start + 1;
                    query.count = int(size);
                    const Result<QueryResult> page = reader->query(Default, query);
                    if (!page || page->totalResults != expected.size())
                        return false;
                    QStringList got;
                    for (const Resource& resource : page->resources)
                        got.append(resource.id);
                    if (got != expected.mid(start, size)) {
                        qWarning() << "page at" << start << "of" << filter << got
                                   << expected.mid(start, size);
                        return false;
                    }
                }
            }
            return true;
        };
        const QString someFilter = QStringLiteral("userName sw \"nameu01\"");

        QVERIFY(add(*writer, 0, 40));
        QVERIFY(pagesAreRight(QString(), QString()));
        QVERIFY(pagesAreRight(someFilter, QStringLiteral("u01")));
        QVERIFY(reader->backupTo(backup));
        const QStringList atBackup = ids;

        // Another store (another process) writes: before, between and after the pages learned.
        QVERIFY(remove(*writer, {QStringLiteral("u000"), QStringLiteral("u013"), QStringLiteral("u021")}));
        QVERIFY(add(*writer, 100, 105));
        QVERIFY(pagesAreRight(QString(), QString()));
        QVERIFY(pagesAreRight(someFilter, QStringLiteral("u01")));

        // The reading store writes itself.
        QVERIFY(remove(*reader, {QStringLiteral("u001"), QStringLiteral("u015")}));
        QVERIFY(add(*reader, 200, 203));
        QVERIFY(pagesAreRight(QString(), QString()));
        QVERIFY(pagesAreRight(someFilter, QStringLiteral("u01")));

        // A backup restored through the reading store.
        QVERIFY(reader->restoreFrom(backup));
        ids = atBackup;
        QVERIFY(pagesAreRight(QString(), QString()));
        QVERIFY(pagesAreRight(someFilter, QStringLiteral("u01")));
    }

    // A get reads the resource's groups with it, for the groupsWithMember call that follows; a write in
    // between, through the same store or another, is never hidden by what was read ahead.
    void groupsReadWithTheirMember()
    {
        const QString file = newFile();
        auto store = open(file);
        auto other = open(file);
        QVERIFY(store && other);
        QVERIFY(
            store->apply(Default, batchOf({create(userResource(QStringLiteral("u1"), QStringLiteral("una"))),
                                           create(groupResource(QStringLiteral("g1"), QStringLiteral("G1"),
                                                                {QStringLiteral("u1")})),
                                           create(groupResource(QStringLiteral("g0"), QStringLiteral("G0"),
                                                                {QStringLiteral("u1")}))})));
        const QStringList both{QStringLiteral("g0"), QStringLiteral("g1")};
        QVERIFY(store->get(Default, User, QStringLiteral("u1")));
        QCOMPARE(store->groupsWithMember(Default, QStringLiteral("u1")), both);
        QCOMPARE(store->groupsWithMember(Default, QStringLiteral("u1")), both);

        // The same store writes between the get and the question.
        QVERIFY(store->get(Default, User, QStringLiteral("u1")));
        QVERIFY(store->apply(Default, batchOf({removal(Group, QStringLiteral("g0"))})));
        QCOMPARE(store->groupsWithMember(Default, QStringLiteral("u1")), QStringList{QStringLiteral("g1")});

        // Read ahead for another member, or another tenant, answers nothing of it.
        QVERIFY(store->apply(Default,
                             batchOf({create(userResource(QStringLiteral("u2"), QStringLiteral("udo")))})));
        QVERIFY(store->get(Default, User, QStringLiteral("u2")));
        QCOMPARE(store->groupsWithMember(Default, QStringLiteral("u1")), QStringList{QStringLiteral("g1")});
        QVERIFY(store->createTenant(QStringLiteral("acme")));
        QVERIFY(store->get(Default, User, QStringLiteral("u1")));
        QCOMPARE(store->groupsWithMember(QStringLiteral("acme"), QStringLiteral("u1")), QStringList{});

        // Another store's write after the question is seen by the next one.
        QCOMPARE(store->groupsWithMember(Default, QStringLiteral("u1")), QStringList{QStringLiteral("g1")});
        QVERIFY(other->apply(Default, batchOf({removal(Group, QStringLiteral("g1"))})));
        QCOMPARE(store->groupsWithMember(Default, QStringLiteral("u1")), QStringList{});
    }

    // A removed resource leaves the row cache with it: a directory that keeps creating and deleting
    // must not fill the cache with rows that are gone.
    void removeLeavesNoCachedRow()
    {
        auto store = open(newFile());
        QVERIFY(store);
        const auto entries = [&store] {
            const QByteArray text = store->metricsText();
            const qsizetype at = text.indexOf("\nmuster_store_row_cache_entries ");
            return at < 0 ? -1 : text.mid(at + 32, text.indexOf('\n', at + 1) - at - 32).toInt();
        };
        const Resource gone = userResource(QStringLiteral("d1"), QStringLiteral("dora"));
        QVERIFY(store->apply(Default, batchOf({create(gone), create(userResource(QStringLiteral("k1"),
                                                                                 QStringLiteral("kim")))})));
        QVERIFY(store->get(Default, User, QStringLiteral("d1")));
        QVERIFY(store->get(Default, User, QStringLiteral("k1")));
        QCOMPARE(entries(), 2);
        QVERIFY(store->apply(Default, batchOf({{WriteOperation::Kind::Remove, gone, 1}})));
        QCOMPARE(entries(), 1);
        QVERIFY(!store->get(Default, User, QStringLiteral("d1")));
        QCOMPARE(entries(), 1);
    }

    void walModeAndDefaults()
    {
        const QString file = newFile();
        auto store = open(file);
        QVERIFY(store);
        QVERIFY(store->apply(Default,
                             batchOf({create(userResource(QStringLiteral("a1"), QStringLiteral("alice")))})));
        RawDatabase raw(file);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QVERIFY(QFile::exists(file + QStringLiteral("-wal")));
        QCOMPARE(store->sqliteFile(), file);
    }

    void defaultFileLocation()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString expected =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/muster.db");
        QFile::remove(expected);
        {
            auto opened = SqlStore::open(m_registry);
            QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().detail));
            QCOMPARE((*opened)->sqliteFile(), expected);
            QVERIFY(QFile::exists(expected));
        }
        QFile::remove(expected);
        QFile::remove(expected + QStringLiteral("-wal"));
        QFile::remove(expected + QStringLiteral("-shm"));
        QStandardPaths::setTestModeEnabled(false);
    }

    void backupAndRestoreRoundTrip()
    {
        const QString file = newFile();
        const QString backup = m_dir.filePath(QStringLiteral("backup.db"));
        auto store = open(file);
        QVERIFY(store);
        QVERIFY(store->apply(Default,
                             batchOf({create(userResource(QStringLiteral("a1"), QStringLiteral("alice"))),
                                      create(groupResource(QStringLiteral("g1"), QStringLiteral("G"),
                                                           {QStringLiteral("a1")}))})));

        // A backup while another thread keeps writing is still one consistent state.
        std::atomic<bool> writing{true};
        std::atomic<int> written{0};
        QThread* writer = QThread::create([&] {
            for (int i = 0; writing.load() && i < 2000; ++i) {
                if (store->apply(Default, batchOf({create(userResource(QStringLiteral("w%1").arg(i),
                                                                       QStringLiteral("writer%1").arg(i)))})))
                    written.fetch_add(1);
            }
        });
        writer->start();
        while (written.load() < 20)
            QThread::msleep(1);
        const Status backedUp = store->backupTo(backup);
        writing.store(false);
        writer->wait();
        delete writer;
        QVERIFY2(backedUp.ok(), qPrintable(detailOf(backedUp)));

        // A backup replaces an older one.
        QVERIFY(store->apply(
            Default, batchOf({create(userResource(QStringLiteral("late"), QStringLiteral("late")))})));
        const qint64 usersAtBackup = [&] {
            RawDatabase raw(backup);
            return raw.scalar(QStringLiteral("SELECT COUNT(*) FROM resources WHERE type = 'User'"))
                .toLongLong();
        }();
        QVERIFY(usersAtBackup >= 21);
        const qint64 usersNow = store->count(Default, User);
        QVERIFY(usersNow > usersAtBackup);
        store.reset();

        // Restored over the live file: the state of the backup, members, keys and audit included.
        const Status restored = SqlStore::restore(backup, file);
        QVERIFY2(restored.ok(), qPrintable(detailOf(restored)));
        store = open(file);
        QVERIFY(store);
        QCOMPARE(store->count(Default, User), usersAtBackup);
        QVERIFY(!store->get(Default, User, QStringLiteral("late")));
        QCOMPARE(store->get(Default, Group, QStringLiteral("g1"))
                     ->json.value(QStringLiteral("members"))
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(store->auditLog(Default, 0, 100000).size(), usersAtBackup + 1);
        const Status taken = store->apply(
            Default, batchOf({create(userResource(QStringLiteral("x"), QStringLiteral("ALICE")))}));
        QCOMPARE(taken.ok() ? 0 : taken.error().status, 409);
        QVERIFY(store->apply(
            Default, batchOf({create(userResource(QStringLiteral("late"), QStringLiteral("late")))})));
        store.reset();

        // Restored into a new file too.
        const QString copy = m_dir.filePath(QStringLiteral("restored.db"));
        QVERIFY(SqlStore::restore(backup, copy));
        QCOMPARE(open(copy)->count(Default, User), usersAtBackup);
    }

    void restoreRefusesWhatIsNoBackup()
    {
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.db"));
        {
            QFile file(garbage);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(8192, 'x'));
        }
        const QString target = newFile();
        QVERIFY(open(target));
        const QByteArray before = fileHash(target);
        QVERIFY(!SqlStore::restore(garbage, target));
        QVERIFY(!SqlStore::restore(m_dir.filePath(QStringLiteral("missing.db")), target));
        // A SQLite file that is not Muster's.
        const QString foreign = m_dir.filePath(QStringLiteral("foreign.db"));
        {
            RawDatabase raw(foreign);
            QVERIFY(raw.execute(QStringLiteral("CREATE TABLE t (x INTEGER)")));
        }
        const Status refused = SqlStore::restore(foreign, target);
        QVERIFY(!refused);
        QVERIFY2(refused.error().detail.contains(QStringLiteral("not a Muster database")),
                 qPrintable(refused.error().detail));
        QCOMPARE(fileHash(target), before);
    }

    void restoreWhileServing()
    {
        const QString file = newFile();
        const QString backup = m_dir.filePath(QStringLiteral("online-backup.db"));
        auto store = open(file);
        QVERIFY(store);
        WriteBatch seed;
        for (int i = 0; i < 200; ++i)
            seed.operations.append(
                create(userResource(QStringLiteral("u%1").arg(i), QStringLiteral("user%1").arg(i))));
        seed.operations.append(
            create(groupResource(QStringLiteral("g"), QStringLiteral("G"), {QStringLiteral("u1")})));
        QVERIFY(store->apply(Default, seed));
        QVERIFY(store->backupTo(backup));

        // After the backup: one user gone, one added, the group emptied.
        QVERIFY(store->apply(Default,
                             batchOf({removal(User, QStringLiteral("u0")),
                                      create(userResource(QStringLiteral("new"), QStringLiteral("new")))})));
        auto otherStore = open(file); // another store of the same file, as a second server would have
        QVERIFY(otherStore);

        // Readers on other threads never fail and see 200 or 201 users: the old or the new state, whole.
        std::atomic<bool> reading{true};
        std::atomic<int> failures{0};
        std::atomic<int> reads{0};
        QThread* reader = QThread::create([&] {
            while (reading.load()) {
                const qint64 users = otherStore->count(Default, User);
                if (users != 200)
                    failures.fetch_add(1);
                reads.fetch_add(1);
            }
        });
        reader->start();
        while (reads.load() < 10)
            QThread::msleep(1);
        const Status restored = store->restoreFrom(backup);
        while (reads.load() < 20)
            QThread::msleep(1);
        reading.store(false);
        reader->wait();
        delete reader;
        QVERIFY2(restored.ok(), qPrintable(detailOf(restored)));
        QCOMPARE(failures.load(), 0);

        for (ResourceStore* s :
             {static_cast<ResourceStore*>(store.get()), static_cast<ResourceStore*>(otherStore.get())}) {
            QVERIFY(s->get(Default, User, QStringLiteral("u0")));
            QVERIFY(!s->get(Default, User, QStringLiteral("new")));
            QCOMPARE(s->count(Default, User), 200);
            QVERIFY(s->isMember(Default, QStringLiteral("g"), QStringLiteral("u1")));
        }
        // Still one database in WAL mode that takes writes, keys included.
        QCOMPARE(RawDatabase(file).scalar(QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        const Status taken = store->apply(
            Default, batchOf({create(userResource(QStringLiteral("x"), QStringLiteral("USER1")))}));
        QCOMPARE(taken.ok() ? 0 : taken.error().status, 409);
        QVERIFY(otherStore->apply(
            Default, batchOf({create(userResource(QStringLiteral("new"), QStringLiteral("new")))})));
        QVERIFY(store->get(Default, User, QStringLiteral("new")));

        // What is no backup changes nothing.
        const QString foreign = m_dir.filePath(QStringLiteral("online-foreign.db"));
        {
            RawDatabase raw(foreign);
            QVERIFY(raw.execute(QStringLiteral("CREATE TABLE t (x INTEGER)")));
        }
        QVERIFY(!store->restoreFrom(foreign));
        QVERIFY(!store->restoreFrom(m_dir.filePath(QStringLiteral("missing.db"))));
        QVERIFY(!store->restoreFrom(file));
        QCOMPARE(store->count(Default, User), 201);
    }

    void directoryBackupAndRestore()
    {
        const QString backup = m_dir.filePath(QStringLiteral("directory-backup.db"));
        auto store = open(newFile());
        QVERIFY(store);
        DirectoryOptions options;
        options.passwordStrength = PasswordHasher::Strength::Fast;
        Directory directory(m_registry, std::shared_ptr<ResourceStore>(std::move(store)), options);
        const OperationContext context{Default, QStringLiteral("test")};
        const QJsonObject body{{QStringLiteral("schemas"), QJsonArray{urns::User}},
                               {QStringLiteral("userName"), QStringLiteral("ann")}};
        const auto ann = directory.create(context, User, body);
        QVERIFY(ann.ok());
        QVERIFY(directory.backup(backup));
        QVERIFY(directory.remove(context, User, ann->id));

        QSignalSpy restored(&directory, &Directory::restored);
        QVERIFY(directory.restore(backup));
        QCOMPARE(restored.count(), 1);
        QCOMPARE(directory.get(context, User, ann->id)->version, ann->version);
        QVERIFY(!directory.restore(m_dir.filePath(QStringLiteral("nothing.db"))));
        QCOMPARE(restored.count(), 1);
    }

    void readersWhileOneWrites()
    {
        const QString file = newFile();
        auto store = open(file);
        QVERIFY(store);
        QList<WriteOperation> initial;
        for (int i = 0; i < 100; ++i)
            initial.append(
                create(userResource(QStringLiteral("s%1").arg(i), QStringLiteral("stable%1").arg(i))));
        QVERIFY(store->apply(Default, batchOf(initial)));

        constexpr int Readers = 6;
        constexpr int Writes = 400;
        std::atomic<bool> writing{true};
        std::atomic<int> failures{0};
        std::atomic<int> reads{0};
        std::atomic<int> peakConnections{0};
        QList<QThread*> threads;
        threads.append(QThread::create([&] {
            for (int i = 0; i < Writes; ++i) {
                if (!store->apply(Default, batchOf({create(userResource(QStringLiteral("n%1").arg(i),
                                                                        QStringLiteral("new%1").arg(i)))})))
                    failures.fetch_add(1);
            }
            writing.store(false);
        }));
        for (int r = 0; r < Readers; ++r) {
            threads.append(QThread::create([&, r] {
                qint64 lastCount = 0;
                for (int i = 0; writing.load() || i < 10; ++i) {
                    const int k = (i * 7 + r) % 100;
                    const auto got = store->get(Default, User, QStringLiteral("s%1").arg(k));
                    const auto found =
                        runQuery(*store, Default, User, QStringLiteral("userName eq \"STABLE%1\"").arg(k));
                    const qint64 count = store->count(Default, User);
                    if (!got || !found || found->totalResults != 1 || count < lastCount || count < 100)
                        failures.fetch_add(1);
                    lastCount = count;
                    reads.fetch_add(1);
                    peakConnections.store(std::max(peakConnections.load(), store->openConnections()));
                }
            }));
        }
        for (QThread* thread : std::as_const(threads))
            thread->start();
        for (QThread* thread : std::as_const(threads)) {
            QVERIFY(thread->wait(120000));
            delete thread;
        }
        QCOMPARE(failures.load(), 0);
        QVERIFY(reads.load() > Readers * 10);
        QCOMPARE(store->count(Default, User), 100 + Writes);
        // One connection per thread while they ran; closed as each thread finished.
        QVERIFY2(peakConnections.load() > 2, qPrintable(QString::number(peakConnections.load())));
        QCOMPARE(store->openConnections(), 1);
    }

    void connectionLimitMakesThreadsWait()
    {
        const QString file = newFile();
        SqlStoreOptions options;
        options.maxConnections = 2;
        options.connectionWaitMs = 300;
        auto store = open(file, options);
        QVERIFY(store);
        QCOMPARE(store->openConnections(), 1); // this thread's, from opening

        // A second thread takes the last connection and keeps it until it finishes.
        QSemaphore holding, finish;
        QThread* holder = QThread::create([&] {
            store->count(Default, User);
            holding.release();
            finish.acquire();
        });
        holder->start();
        holding.acquire();
        QCOMPARE(store->openConnections(), 2);

        Status third;
        QElapsedTimer timer;
        QThread* waiter = QThread::create([&] {
            timer.start();
            third = store->apply(
                Default, batchOf({create(userResource(QStringLiteral("a1"), QStringLiteral("alice")))}));
        });
        waiter->start();
        QVERIFY(waiter->wait(10000));
        delete waiter;
        QVERIFY(!third);
        QCOMPARE(third.error().status, 503);
        QVERIFY(timer.elapsed() >= 250);

        // Once the holder finishes, its connection is closed and another thread gets one.
        finish.release();
        QVERIFY(holder->wait(10000));
        delete holder;
        QCOMPARE(store->openConnections(), 1);
        Status later;
        QThread* again = QThread::create([&] {
            later = store->apply(
                Default, batchOf({create(userResource(QStringLiteral("a1"), QStringLiteral("alice")))}));
        });
        again->start();
        QVERIFY(again->wait(10000));
        delete again;
        QVERIFY2(later.ok(), qPrintable(detailOf(later)));
        QVERIFY(store->get(Default, User, QStringLiteral("a1")));
    }

    void connectionsCloseWithTheirThreadsAndTheStore()
    {
        const auto storeConnections = [] {
            QStringList names = QSqlDatabase::connectionNames();
            names.removeIf(
                [](const QString& name) { return !name.startsWith(QLatin1String("muster-sql-")); });
            names.sort();
            return names;
        };
        const QStringList before = storeConnections();
        auto store = open(newFile());
        QVERIFY(store);
        QCOMPARE(storeConnections().size(), before.size() + 1);

        // A thread that is no QThread closes its connection as it ends (thread_local).
        std::thread plain([&] { store->count(Default, User); });
        plain.join();
        QCOMPARE(store->openConnections(), 1);
        QCOMPARE(storeConnections().size(), before.size() + 1);

        // Destroying the store closes the connections of threads that are still alive.
        QSemaphore holding, finish;
        QThread* holder = QThread::create([&] {
            store->count(Default, User);
            holding.release();
            finish.acquire();
        });
        holder->start();
        holding.acquire();
        QCOMPARE(store->openConnections(), 2);
        QCOMPARE(storeConnections().size(), before.size() + 2);
        store.reset();
        QCOMPARE(storeConnections(), before);
        finish.release();
        QVERIFY(holder->wait(10000));
        delete holder;
        QCOMPARE(storeConnections(), before);
    }

    void storesOfOneFileWriteInTurn()
    {
        // Two stores on one file (as the GUI and an import would be) write from many threads at once.
        const QString file = newFile();
        auto first = open(file);
        auto second = open(file);
        QVERIFY(first && second);
        constexpr int Threads = 8;
        constexpr int Writes = 50;
        std::atomic<int> failures{0};
        QList<QThread*> threads;
        for (int t = 0; t < Threads; ++t) {
            threads.append(QThread::create([&, t] {
                SqlStore& store = t % 2 ? *first : *second;
                for (int i = 0; i < Writes; ++i) {
                    const QString id = QStringLiteral("t%1-%2").arg(t).arg(i);
                    if (!store.apply(Default, batchOf({create(userResource(id, id))})))
                        failures.fetch_add(1);
                }
            }));
        }
        for (QThread* thread : std::as_const(threads))
            thread->start();
        for (QThread* thread : std::as_const(threads)) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        QCOMPARE(failures.load(), 0);
        QCOMPARE(first->count(Default, User), Threads * Writes);
        QCOMPARE(second->auditLog(Default, 0, 100000).size(), Threads * Writes);
    }

    void anotherProcessHoldingTheWriteLock()
    {
        // A connection of its own stands for another process: it holds SQLite's write lock for a while.
        const QString file = newFile();
        SqlStoreOptions patient;
        patient.busyTimeoutMs = 5000;
        auto store = open(file, patient);
        QVERIFY(store);
        SqlStoreOptions impatient;
        impatient.busyTimeoutMs = 100;
        auto hasty = open(file, impatient);
        QVERIFY(hasty);

        RawDatabase other(file);
        QVERIFY(other.execute(QStringLiteral("BEGIN IMMEDIATE")));
        const Status refused =
            hasty->apply(Default, batchOf({create(userResource(QStringLiteral("h1"), QStringLiteral("h")))}));
        QVERIFY(!refused);
        QCOMPARE(refused.error().status, 503);
        // Readers do not wait for a writer.
        QCOMPARE(store->count(Default, User), 0);

        Status waited;
        QThread* writer = QThread::create([&] {
            waited = store->apply(
                Default, batchOf({create(userResource(QStringLiteral("a1"), QStringLiteral("alice")))}));
        });
        writer->start();
        QThread::msleep(300);
        QVERIFY(other.execute(QStringLiteral("COMMIT")));
        QVERIFY(writer->wait(10000));
        delete writer;
        QVERIFY2(waited.ok(), qPrintable(detailOf(waited)));
        QVERIFY(store->get(Default, User, QStringLiteral("a1")));
        QVERIFY(!store->get(Default, User, QStringLiteral("h1")));
    }

    void indexedValuesFollowTheirResource()
    {
        const QString file = newFile();
        auto store = open(file);
        QVERIFY(store);
        QVERIFY(store->createTenant(QStringLiteral("acme")));
        const auto withEmails = [](const QString& id, const QStringList& emails, quint64 version) {
            Resource resource = userResource(id, id, version);
            QJsonArray array;
            for (const QString& email : emails)
                array.append(QJsonObject{{QStringLiteral("value"), email}});
            resource.json.insert(QStringLiteral("emails"), array);
            return resource;
        };
        const auto rows = [&] {
            RawDatabase raw(file);
            return raw.scalar(QStringLiteral("SELECT COUNT(*) FROM resource_values")).toInt();
        };
        const auto found = [&](const QString& email) {
            const auto result =
                runQuery(*store, Default, User, QStringLiteral("emails.value eq \"%1\"").arg(email));
            return result ? result->totalResults : -1;
        };
        QVERIFY(store->apply(
            Default,
            batchOf({create(withEmails(
                QStringLiteral("a1"),
                {QStringLiteral("A@x.org"), QStringLiteral("a@X.org"), QStringLiteral("b@x.org")}, 1))})));
        QVERIFY(store->apply(
            QStringLiteral("acme"),
            batchOf({create(withEmails(QStringLiteral("a1"), {QStringLiteral("c@x.org")}, 1))})));
        QCOMPARE(rows(), 3); // one per distinct address and tenant
        QCOMPARE(found(QStringLiteral("B@X.ORG")), 1);

        QVERIFY(store->apply(
            Default, batchOf({{WriteOperation::Kind::Replace,
                               withEmails(QStringLiteral("a1"), {QStringLiteral("d@x.org")}, 2), 1}})));
        QCOMPARE(rows(), 2);
        QCOMPARE(found(QStringLiteral("b@x.org")), 0);
        QCOMPARE(found(QStringLiteral("d@x.org")), 1);

        WriteOperation remove{WriteOperation::Kind::Remove, userResource(QStringLiteral("a1"), {}), 2};
        QVERIFY(store->apply(Default, batchOf({remove})));
        QCOMPARE(rows(), 1);
        QVERIFY(store->removeTenant(QStringLiteral("acme")));
        QCOMPARE(rows(), 0);
    }

    void failedBatchLeavesNoRow()
    {
        const QString file = newFile();
        auto store = open(file);
        QVERIFY(store);
        QVERIFY(store->apply(Default,
                             batchOf({create(userResource(QStringLiteral("a1"), QStringLiteral("alice")))})));
        const auto rows = [&] {
            RawDatabase raw(file);
            QStringList counts;
            for (const QString& table : {QStringLiteral("resources"), QStringLiteral("unique_keys"),
                                         QStringLiteral("resource_values"), QStringLiteral("members"),
                                         QStringLiteral("audit"), QStringLiteral("tenants")})
                counts.append(table + u'=' +
                              raw.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table).toString());
            counts.append(raw.scalar(QStringLiteral("SELECT MAX(sequence) FROM audit")).toString());
            return counts;
        };
        const QStringList before = rows();
        // Three writes that succeed on their own, then one that fails: the transaction is rolled back.
        const Status failed = store->apply(
            Default,
            batchOf({create(userResource(QStringLiteral("b1"), QStringLiteral("bob"))),
                     create(groupResource(QStringLiteral("g1"), QStringLiteral("G"), {QStringLiteral("b1")})),
                     create(userResource(QStringLiteral("c1"), QStringLiteral("carol"))),
                     create(userResource(QStringLiteral("d1"), QStringLiteral("BOB")))}));
        QCOMPARE(failed.ok() ? 0 : failed.error().status, 409);
        QCOMPARE(rows(), before);
        // The store goes on working on the same connection.
        QVERIFY(store->apply(Default,
                             batchOf({create(userResource(QStringLiteral("b1"), QStringLiteral("bob")))})));
    }

    void hostileValuesAreBound_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("statement injection") << QStringLiteral("'); DROP TABLE resources; --");
        QTest::addRow("or true") << QStringLiteral("x' OR '1'='1");
        QTest::addRow("double quotes") << QStringLiteral("\" OR \"\"=\"");
        QTest::addRow("placeholder") << QStringLiteral("? ?1 :name $1");
        QTest::addRow("comment and semicolon") << QStringLiteral("a; /* b */ -- c");
        QTest::addRow("backslashes and percent") << QStringLiteral("\\'%_\\");
        QTest::addRow("unicode") << QStringLiteral("Ünïcødé 名前 \U0001F600");
        QTest::addRow("U+0000") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") + QChar(0);
    }

    void hostileValuesAreBound()
    {
        QFETCH(QString, text);
        const QString file = newFile();
        auto store = open(file);
        QVERIFY(store);
        QVERIFY(store->createTenant(text));
        const Resource user = userResource(text, text);
        const Resource group = groupResource(text, text, {text});
        for (const QString& tenant : {Default, text}) {
            const Status created = store->apply(tenant, batchOf({create(user), create(group)}));
            QVERIFY2(created.ok(), qPrintable(detailOf(created)));
            const std::optional<Resource> got = store->get(tenant, User, text);
            QVERIFY(got);
            QCOMPARE(got->json, user.json);
            QCOMPARE(store->get(tenant, Group, text)->json, group.json);
            QVERIFY(store->isMember(tenant, text, text));
            QCOMPARE(store->groupsWithMember(tenant, text), QStringList{text});
            const QString quoted = QString(text)
                                       .replace(u'\\', QStringLiteral("\\\\"))
                                       .replace(u'"', QStringLiteral("\\\""))
                                       .replace(QChar(0), QStringLiteral("\\u0000"));
            const auto found =
                runQuery(*store, tenant, User, QStringLiteral("userName eq \"%1\"").arg(quoted));
            QVERIFY2(found.ok(), qPrintable(found ? QString() : found.error().detail));
            QCOMPARE(found->totalResults, 1);
            QCOMPARE(found->resources.first().id, text);
            const auto byId = runQuery(*store, tenant, Group, QStringLiteral("id eq \"%1\"").arg(quoted));
            QVERIFY(byId.ok());
            QCOMPARE(byId->totalResults, 1);
        }
        QVERIFY(store->tenants().contains(text));
        QCOMPARE(store->count(Default, User), 1);
        QVERIFY(store->removeTenant(text));
        QCOMPARE(store->count(Default, User), 1);
        RawDatabase raw(file);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM resources")).toInt(), 2);
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    int stores = 0;
    StoreConformance conformance(
        [&](std::shared_ptr<const SchemaRegistry> registry) -> std::unique_ptr<ResourceStore> {
            SqlStoreOptions options;
            options.sqliteFile = dir.filePath(QStringLiteral("conformance-%1.db").arg(++stores));
            auto opened = SqlStore::open(std::move(registry), options);
            if (!opened) {
                qWarning() << "SqlStore::open:" << opened.error().detail;
                return nullptr;
            }
            return std::move(opened).value();
        },
        QStringLiteral("SqlStore(SQLite)"));
    TestSqliteStore specific;
    int failures = QTest::qExec(&conformance, argc, argv);
    failures += QTest::qExec(&specific, argc, argv);
    return std::min(failures, 127);
}

#include "tst_sqlitestore.moc"
