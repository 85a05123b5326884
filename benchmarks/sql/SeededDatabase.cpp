#include "SeededDatabase.h"

#include "BenchUsers.h"
#include "store/sql/DatabaseUrl.h"
#include "store/sql/SqlMigrations.h"
#include "store/sql/SqlStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

namespace muster {

namespace {

constexpr int SeedBatchSize = 1000;

// Progress goes to stderr: QtTest's report on stdout stays clean for tools that read it.
void note(const QString& text)
{
    QTextStream(stderr) << "seed: " << text << Qt::endl;
}

// The schema's statements decide whether an old seed still fits: the migration step is still edited in
// place during development, so its version number alone would not tell.
QString schemaHash(SqlDialect dialect)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const QList<SqlMigration> steps = SqlMigrations::steps(dialect);
    for (const SqlMigration& step : steps) {
        for (const QString& statement : step.statements)
            hash.addData(statement.toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex().left(8));
}

// Writes users 0..size-1 in batches of one transaction each.
Status seed(SqlStore& store, const SchemaRegistry& registry, int size)
{
    const ResourceCanonicalizer canonicalizer(registry, *registry.resourceType(benchusers::UserType));
    QElapsedTimer timer;
    timer.start();
    const int step = std::max(SeedBatchSize, size / 10);
    for (int start = 0; start < size; start += SeedBatchSize) {
        WriteBatch batch;
        for (int index = start; index < std::min(size, start + SeedBatchSize); ++index)
            batch.operations.append(
                {WriteOperation::Kind::Create, benchusers::storedUser(canonicalizer, index), std::nullopt});
        if (Status applied = store.apply(ResourceStore::DefaultTenant, batch); !applied)
            return applied;
        if ((start + SeedBatchSize) % step == 0)
            note(QStringLiteral("%1 of %2 users, %3 s")
                     .arg(start + SeedBatchSize)
                     .arg(size)
                     .arg(timer.elapsed() / 1000.0));
    }
    note(QStringLiteral("seeded %1 users in %2 s").arg(size).arg(timer.elapsed() / 1000.0));
    return {};
}

void removeSqliteFiles(const QString& file)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(file + suffix);
}

// A URL of the server of `serverUrl`, naming database `name` instead.
Result<QString> postgresUrlFor(const QString& serverUrl, const QString& name)
{
    Result<DatabaseUrl> url = DatabaseUrl::parse(serverUrl);
    if (!url)
        return url.error();
    if (url->dialect != SqlDialect::Postgres)
        return ScimError::badRequest(ScimType::InvalidValue,
                                     QStringLiteral("%1 is no PostgreSQL URL").arg(url->redacted()));
    url->databaseName = name;
    return url->toString();
}

// Runs statements on the database that `serverUrl` names, on a connection of their own; `found` (if
// given) tells whether the last statement returned a row.
Status runOnServer(const QString& serverUrl, const QStringList& statements, const QVariantList& values = {},
                   bool* found = nullptr)
{
    const Result<DatabaseUrl> url = DatabaseUrl::parse(serverUrl);
    if (!url)
        return url.error();
    const QString connectionName = QStringLiteral("muster-bench-admin");
    Status status;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(url->driverName(), connectionName);
        url->applyTo(database);
        if (!database.open()) {
            status = ScimError::internal(
                QStringLiteral("Cannot connect to %1: %2").arg(url->redacted(), database.lastError().text()));
        }
        // IF EXISTS and the like answer with notices, which libpq would print.
        if (status && url->dialect == SqlDialect::Postgres)
            QSqlQuery(database).exec(QStringLiteral("SET client_min_messages = warning"));
        for (const QString& statement : statements) {
            if (!status)
                break;
            // PostgreSQL cannot prepare DDL nor VACUUM: statements without values go as they are.
            QSqlQuery query(database);
            bool executed = false;
            if (values.isEmpty()) {
                executed = query.exec(statement);
            } else {
                query.prepare(statement);
                for (const QVariant& value : values)
                    query.addBindValue(value);
                executed = query.exec();
            }
            if (!executed) {
                status = ScimError::internal(
                    QStringLiteral("%1 failed: %2").arg(statement, query.lastError().text()));
                break;
            }
            if (found)
                *found = query.next();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return status;
}

} // namespace

QString SeededDatabase::cacheFolder()
{
    const QString configured = qEnvironmentVariable("MUSTER_BENCH_CACHE");
    return configured.isEmpty() ? QCoreApplication::applicationDirPath() + QStringLiteral("/bench-cache")
                                : configured;
}

QString SeededDatabase::seedName(SqlDialect dialect, int size)
{
    return QStringLiteral("users_%1_d%2_s%3").arg(size).arg(benchusers::DataVersion).arg(schemaHash(dialect));
}

Result<QString> SeededDatabase::sqliteSeed(int size)
{
    const QString folder = cacheFolder();
    if (!QDir().mkpath(folder))
        return ScimError::internal(QStringLiteral("Cannot create %1").arg(folder));
    const QString file = folder + u'/' + seedName(SqlDialect::Sqlite, size) + QStringLiteral(".db");
    if (QFileInfo::exists(file))
        return file;

    // Seeded under another name and renamed when complete, so that an interrupted run leaves no seed
    // that looks whole.
    const QString partial = file + QStringLiteral(".seeding");
    removeSqliteFiles(partial);
    note(QStringLiteral("seeding %1 (once; kept for later runs)").arg(file));
    {
        const std::shared_ptr<SchemaRegistry> registry = SchemaRegistry::builtIn();
        SqlStoreOptions options;
        options.sqliteFile = partial;
        auto store = SqlStore::open(registry, options);
        if (!store)
            return store.error();
        if (Status seeded = seed(**store, *registry, size); !seeded)
            return seeded.error();
    } // closing the last connection checkpoints the WAL into the file
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    if (!QFile::rename(partial, file))
        return ScimError::internal(QStringLiteral("Cannot rename %1 to %2").arg(partial, file));
    return file;
}

Result<SqlStoreOptions> SeededDatabase::sqliteCopy(int size)
{
    const Result<QString> seeded = sqliteSeed(size);
    if (!seeded)
        return seeded.error();
    SqlStoreOptions options;
    options.sqliteFile = QStringLiteral("%1/work-%2-%3.db")
                             .arg(cacheFolder())
                             .arg(size)
                             .arg(QCoreApplication::applicationPid());
    removeSqliteFiles(options.sqliteFile);
    if (!QFile::copy(*seeded, options.sqliteFile))
        return ScimError::internal(QStringLiteral("Cannot copy %1 to %2").arg(*seeded, options.sqliteFile));
    return options;
}

Result<SqlStoreOptions> SeededDatabase::postgresCopy(const QString& serverUrl, int size)
{
    const QString name = QStringLiteral("muster_bench_") + seedName(SqlDialect::Postgres, size);
    bool exists = false;
    if (Status checked = runOnServer(
            serverUrl, {QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?")}, {name}, &exists);
        !checked)
        return checked.error();
    if (!exists) {
        const QString partial = name + QStringLiteral("_seeding");
        note(QStringLiteral("seeding the database %1").arg(name));
        if (Status created =
                runOnServer(serverUrl, {QStringLiteral("DROP DATABASE IF EXISTS %1").arg(partial),
                                        QStringLiteral("CREATE DATABASE %1").arg(partial)});
            !created)
            return created.error();
        const Result<QString> partialUrl = postgresUrlFor(serverUrl, partial);
        if (!partialUrl)
            return partialUrl.error();
        {
            const std::shared_ptr<SchemaRegistry> registry = SchemaRegistry::builtIn();
            SqlStoreOptions options;
            options.dialect = SqlDialect::Postgres;
            options.postgresUrl = *partialUrl;
            auto store = SqlStore::open(registry, options);
            if (!store)
                return store.error();
            if (Status seeded = seed(**store, *registry, size); !seeded)
                return seeded.error();
        }
        // As autovacuum would have left it: visibility map set (index-only scans) and statistics fresh.
        if (Status vacuumed = runOnServer(*partialUrl, {QStringLiteral("VACUUM ANALYZE")}); !vacuumed)
            return vacuumed.error();
        if (Status renamed =
                runOnServer(serverUrl, {QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(partial, name)});
            !renamed)
            return renamed.error();
    }

    const QString copy = QStringLiteral("%1_work_%2").arg(name).arg(QCoreApplication::applicationPid());
    if (Status created =
            runOnServer(serverUrl, {QStringLiteral("DROP DATABASE IF EXISTS %1").arg(copy),
                                    QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(copy, name)});
        !created)
        return created.error();
    const Result<QString> copyUrl = postgresUrlFor(serverUrl, copy);
    if (!copyUrl)
        return copyUrl.error();
    SqlStoreOptions options;
    options.dialect = SqlDialect::Postgres;
    options.postgresUrl = *copyUrl;
    return options;
}

Status SeededDatabase::removeCopy(const SqlStoreOptions& copy, const QString& serverUrl)
{
    if (copy.dialect == SqlDialect::Sqlite) {
        removeSqliteFiles(copy.sqliteFile);
        return {};
    }
    const Result<DatabaseUrl> url = DatabaseUrl::parse(copy.postgresUrl);
    if (!url)
        return url.error();
    return runOnServer(serverUrl,
                       {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(url->databaseName)});
}

} // namespace muster
