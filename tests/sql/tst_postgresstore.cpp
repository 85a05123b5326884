#include "PostgresTestDatabase.h"
#include "StoreConformance.h"
#include "schema/SchemaUrns.h"
#include "store/sql/DatabaseUrl.h"
#include "store/sql/SqlMigrations.h"
#include "store/sql/SqlStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace muster;

namespace {

const QString User = QStringLiteral("User");
const QString Default = ResourceStore::DefaultTenant;

Resource userResource(const QString& id, const QString& userName, quint64 version = 1)
{
    QJsonObject json{
        {QStringLiteral("schemas"), QJsonArray{urns::User}},
        {QStringLiteral("id"), id},
        {QStringLiteral("userName"), userName},
        {QStringLiteral("meta"), QJsonObject{{QStringLiteral("resourceType"), User},
                                             {QStringLiteral("version"), Resource::etagFor(version)}}}};
    return Resource{
        id, User, version, json, {UniqueKey{QStringLiteral("userName"), userName.toCaseFolded()}}};
}

WriteBatch batchOf(const WriteOperation& operation)
{
    WriteBatch batch;
    batch.operations = {operation};
    AuditEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.actor = QStringLiteral("test:postgres");
    entry.action = QStringLiteral("write");
    entry.resourceType = operation.resource.resourceType;
    entry.resourceId = operation.resource.id;
    batch.audit = {entry};
    return batch;
}

// The scratch database of this run, made on the fixture's server; empty without a server.
QString& scratchUrl()
{
    static QString url;
    return url;
}

// A schema of its own for each store (or pair of stores), so that every test starts empty.
QString newSchema()
{
    static std::atomic<int> next{0};
    return QStringLiteral("s%1").arg(++next);
}

Result<std::unique_ptr<SqlStore>> openStore(std::shared_ptr<const SchemaRegistry> registry,
                                            const QString& schema, int maxConnections = 20)
{
    SqlStoreOptions options;
    options.dialect = SqlDialect::Postgres;
    options.postgresUrl = scratchUrl();
    options.postgresSchema = schema;
    options.maxConnections = maxConnections;
    options.connectionWaitMs = 60000;
    return SqlStore::open(std::move(registry), options);
}

// Runs `work(i)` on `threads` threads that start together, and waits for all of them.
template <typename Work>
void runTogether(int threads, Work work)
{
    QSemaphore ready, go;
    QList<QThread*> running;
    for (int i = 0; i < threads; ++i) {
        running.append(QThread::create([&, i] {
            ready.release();
            go.acquire();
            work(i);
        }));
    }
    for (QThread* thread : std::as_const(running))
        thread->start();
    ready.acquire(threads);
    go.release(threads);
    for (QThread* thread : std::as_const(running)) {
        thread->wait();
        delete thread;
    }
}

} // namespace

// Several servers on one PostgreSQL database: two SqlStore instances on one schema stand for two
// muster-server processes, each with its own connections.
class TestPostgresScaleOut : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<SchemaRegistry> m_registry = SchemaRegistry::builtIn();
    std::unique_ptr<SqlStore> m_first;
    std::unique_ptr<SqlStore> m_second;
    QString m_schema;

private slots:
    void initTestCase()
    {
        if (scratchUrl().isEmpty())
            QSKIP("No PostgreSQL test server: run through ctest, on a machine with PostgreSQL installed");
    }

    void init()
    {
        const QString schema = newSchema();
        m_schema = schema;
        auto first = openStore(m_registry, schema);
        QVERIFY2(first.ok(), qPrintable(first ? QString() : first.error().detail));
        auto second = openStore(m_registry, schema);
        QVERIFY2(second.ok(), qPrintable(second ? QString() : second.error().detail));
        m_first = std::move(first).value();
        m_second = std::move(second).value();
    }

    void cleanup()
    {
        m_first.reset();
        m_second.reset();
    }

    void migrationsAppliedOnceNewerRefused()
    {
        // The schema of init() was migrated by the first store; the second found it current.
        const Result<DatabaseUrl> url = DatabaseUrl::parse(scratchUrl());
        QVERIFY(url.ok());
        const QString name = QStringLiteral("tst_postgresstore-raw");
        {
            QSqlDatabase database = QSqlDatabase::addDatabase(url->driverName(), name);
            url->applyTo(database);
            QVERIFY2(database.open(), qPrintable(database.lastError().text()));
            const QString schema = m_schema;
            const auto scalar = [&](const QString& sql) {
                QSqlQuery query(database);
                if (!query.exec(sql) || !query.next()) {
                    qWarning() << sql << query.lastError().text();
                    return QVariant();
                }
                return query.value(0);
            };
            const int latest = SqlMigrations::latestVersion(SqlDialect::Postgres);
            QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM %1.schema_version").arg(schema)).toInt(),
                     latest);
            QCOMPARE(scalar(QStringLiteral("SELECT MAX(version) FROM %1.schema_version").arg(schema)).toInt(),
                     latest);
            QVERIFY(m_first->apply(
                Default,
                batchOf({WriteOperation::Kind::Create,
                         userResource(QStringLiteral("a1"), QStringLiteral("alice")), std::nullopt})));
            cleanup();
            QSqlQuery bump(database);
            QVERIFY(
                bump.exec(QStringLiteral("INSERT INTO %1.schema_version (version, applied_at, description) "
                                         "VALUES (%2, 'later', 'from the future')")
                              .arg(schema)
                              .arg(latest + 1)));
            const auto refused = openStore(m_registry, schema);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().detail.contains(QStringLiteral("newer")),
                     qPrintable(refused.error().detail));
            QCOMPARE(scalar(QStringLiteral("SELECT MAX(version) FROM %1.schema_version").arg(schema)).toInt(),
                     latest + 1);
            QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM %1.resources").arg(schema)).toInt(), 1);
        }
        QSqlDatabase::removeDatabase(name);
    }

    void lostConnectionsAreOpenedAgain()
    {
        QVERIFY(m_first->apply(
            Default, batchOf({WriteOperation::Kind::Create,
                              userResource(QStringLiteral("a1"), QStringLiteral("alice")), std::nullopt})));
        // The server ends every session of this database (as a restart or a failover would), the test's
        // own connection aside.
        const Result<DatabaseUrl> url = DatabaseUrl::parse(scratchUrl());
        QVERIFY(url.ok());
        const QString name = QStringLiteral("tst_postgresstore-terminate");
        {
            QSqlDatabase database = QSqlDatabase::addDatabase(url->driverName(), name);
            url->applyTo(database);
            QVERIFY(database.open());
            QSqlQuery terminate(database);
            QVERIFY2(terminate.exec(
                         QStringLiteral("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                        "WHERE datname = current_database() AND pid <> pg_backend_pid()")),
                     qPrintable(terminate.lastError().text()));
            QVERIFY(terminate.next());
            QVERIFY(terminate.value(0).toInt() >= 2);
        }
        QSqlDatabase::removeDatabase(name);
        // The first call on a dead connection fails as unavailable; the next one has a new connection.
        const std::optional<Resource> first = m_first->get(Default, User, QStringLiteral("a1"));
        const std::optional<Resource> again = m_first->get(Default, User, QStringLiteral("a1"));
        QVERIFY(again);
        Q_UNUSED(first);
        const Status written = m_second->apply(
            Default, batchOf({WriteOperation::Kind::Create,
                              userResource(QStringLiteral("b1"), QStringLiteral("bob")), std::nullopt}));
        if (!written)
            QCOMPARE(written.error().status, 503);
        QVERIFY(m_second->apply(
            Default, batchOf({WriteOperation::Kind::Create,
                              userResource(QStringLiteral("c1"), QStringLiteral("carol")), std::nullopt})));
        QCOMPARE(m_first->count(Default, User), written ? 3 : 2);
    }

    void keyValueConnectionString()
    {
        // libpq's key/value form reaches the same database as the URL.
        const Result<DatabaseUrl> url = DatabaseUrl::parse(scratchUrl());
        QVERIFY(url.ok());
        SqlStoreOptions options;
        options.dialect = SqlDialect::Postgres;
        options.postgresUrl = QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
                                  .arg(url->host)
                                  .arg(url->port)
                                  .arg(url->databaseName, url->user);
        options.postgresSchema = m_schema;
        QVERIFY(m_first->apply(
            Default, batchOf({WriteOperation::Kind::Create,
                              userResource(QStringLiteral("a1"), QStringLiteral("alice")), std::nullopt})));
        const auto opened = SqlStore::open(m_registry, options);
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().detail));
        QVERIFY((*opened)->get(Default, User, QStringLiteral("a1")));
    }

    void unreachableServerIsUnavailable()
    {
        SqlStoreOptions options;
        options.dialect = SqlDialect::Postgres;
        options.postgresUrl = QStringLiteral("postgres://muster@127.0.0.1:1/nothing?connect_timeout=2");
        const auto opened = SqlStore::open(m_registry, options);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().status, 503);
        options.postgresSchema = QStringLiteral("bad; DROP SCHEMA public");
        const auto invalid = SqlStore::open(m_registry, options);
        QVERIFY(!invalid.ok());
        QCOMPARE(invalid.error().status, 400);
    }

    void writeThroughOneIsVisibleThroughTheOther()
    {
        QVERIFY(m_first->apply(
            Default, batchOf({WriteOperation::Kind::Create,
                              userResource(QStringLiteral("a1"), QStringLiteral("alice")), std::nullopt})));
        const std::optional<Resource> seen = m_second->get(Default, User, QStringLiteral("a1"));
        QVERIFY(seen);
        QCOMPARE(seen->json.value(QStringLiteral("userName")).toString(), QStringLiteral("alice"));
        QVERIFY(m_second->createTenant(QStringLiteral("acme")));
        QVERIFY(m_first->hasTenant(QStringLiteral("acme")));
        QVERIFY(m_second->apply(
            Default, batchOf({WriteOperation::Kind::Replace,
                              userResource(QStringLiteral("a1"), QStringLiteral("alicia"), 2), 1})));
        QCOMPARE(m_first->get(Default, User, QStringLiteral("a1"))->version, 2u);
        // The unique key moved with the rename, in both.
        const Status taken = m_first->apply(
            Default, batchOf({WriteOperation::Kind::Create,
                              userResource(QStringLiteral("b1"), QStringLiteral("ALICIA")), std::nullopt}));
        QCOMPARE(taken.ok() ? 0 : taken.error().status, 409);
        QVERIFY(m_first->apply(
            Default, batchOf({WriteOperation::Kind::Create,
                              userResource(QStringLiteral("b1"), QStringLiteral("alice")), std::nullopt})));
        const QList<AuditEntry> viaFirst = m_first->auditLog(Default, 0, 100);
        const QList<AuditEntry> viaSecond = m_second->auditLog(Default, 0, 100);
        QCOMPARE(viaSecond.size(), 3);
        QCOMPARE(viaFirst.size(), 3);
        for (qsizetype i = 0; i < viaFirst.size(); ++i) {
            QCOMPARE(viaFirst.at(i).sequence, viaSecond.at(i).sequence);
            QCOMPARE(viaFirst.at(i).resourceId, viaSecond.at(i).resourceId);
        }
    }

    void concurrentCreatesOfTheSameUserNames()
    {
        constexpr int Creates = 200;
        constexpr int UserNames = 20;
        std::atomic<int> created{0};
        std::atomic<int> conflicts{0};
        std::atomic<int> others{0};
        runTogether(Creates, [&](int i) {
            SqlStore& store = i % 2 ? *m_first : *m_second;
            const Status status =
                store.apply(Default, batchOf({WriteOperation::Kind::Create,
                                              userResource(QStringLiteral("u%1").arg(i),
                                                           QStringLiteral("user%1").arg(i % UserNames)),
                                              std::nullopt}));
            if (status)
                created.fetch_add(1);
            else if (status.error().status == 409 && status.error().scimType == ScimType::Uniqueness)
                conflicts.fetch_add(1);
            else {
                qWarning() << "create:" << status.error().status << status.error().detail;
                others.fetch_add(1);
            }
        });
        QCOMPARE(others.load(), 0);
        QCOMPARE(created.load(), UserNames);
        QCOMPARE(conflicts.load(), Creates - UserNames);
        QCOMPARE(m_first->count(Default, User), UserNames);
        QCOMPARE(m_second->auditLog(Default, 0, 1000).size(), UserNames);
    }

    void conflictingConditionalUpdatesHaveOneWinner()
    {
        constexpr int Rounds = 10;
        constexpr int Contenders = 8;
        const QString id = QStringLiteral("contested");
        QVERIFY(m_first->apply(Default, batchOf({WriteOperation::Kind::Create,
                                                 userResource(id, QStringLiteral("v1")), std::nullopt})));
        for (quint64 version = 1; version <= Rounds; ++version) {
            std::atomic<int> winners{0};
            std::atomic<int> stale{0};
            std::atomic<int> others{0};
            runTogether(Contenders, [&](int i) {
                SqlStore& store = i % 2 ? *m_first : *m_second;
                const Status status = store.apply(
                    Default, batchOf({WriteOperation::Kind::Replace,
                                      userResource(id, QStringLiteral("v%1-by-%2").arg(version + 1).arg(i),
                                                   version + 1),
                                      version}));
                if (status)
                    winners.fetch_add(1);
                else if (status.error().status == 412)
                    stale.fetch_add(1);
                else
                    others.fetch_add(1);
            });
            QCOMPARE(winners.load(), 1);
            QCOMPARE(stale.load(), Contenders - 1);
            QCOMPARE(others.load(), 0);
            QCOMPARE(m_second->get(Default, User, id)->version, version + 1);
        }
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (PostgresTestDatabase::url())
        scratchUrl() = PostgresTestDatabase::createScratchDatabase(QStringLiteral("sqlstore"));

    int failures = 0;
    if (!scratchUrl().isEmpty()) {
        StoreConformance conformance(
            [](std::shared_ptr<const SchemaRegistry> registry) -> std::unique_ptr<ResourceStore> {
                auto opened = openStore(std::move(registry), newSchema());
                if (!opened) {
                    qWarning() << "SqlStore::open:" << opened.error().detail;
                    return nullptr;
                }
                return std::move(opened).value();
            },
            QStringLiteral("SqlStore(PostgreSQL)"));
        failures += QTest::qExec(&conformance, argc, argv);
    }
    TestPostgresScaleOut scaleOut;
    failures += QTest::qExec(&scaleOut, argc, argv);
    if (!scratchUrl().isEmpty())
        PostgresTestDatabase::dropScratchDatabase(scratchUrl());
    return std::min(failures, 127);
}

#include "tst_postgresstore.moc"
