#include "store/sql/SqlStore.h"

#include "schema/SchemaUrns.h"
#include "store/sql/DatabaseUrl.h"
#include "store/sql/PostgresChangeNotifier.h"
#include "store/sql/SqlConnection.h"
#include "store/sql/SqlConnectionPool.h"
#include "store/sql/SqlMigrations.h"
#include "store/sql/SqlQueryTranslator.h"
#include "store/sql/SqlStoreIndexHint.h"
#include "store/sql/SqliteBackup.h"
#include "store/sql/SqliteFunctions.h"
#include "store/sql/SqliteText.h"
#include "store/sql/SqliteWalVfs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSqlError>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <mutex>
#include <optional>
#include <utility>

Q_LOGGING_CATEGORY(lcSqlStore, "muster.store.sql")

namespace muster {

namespace {

const QString Members = QStringLiteral("members");
const QString Value = QStringLiteral("value");

// A batch this large refreshes PostgreSQL's planner statistics after it.
constexpr qsizetype BulkOperations = 1000;
// Rows of resource_values inserted by one statement.
constexpr qsizetype MaxValueRows = 8;
// How long a tenant seen in the database is taken to exist without asking again: another process or server
// on the same database may remove it meanwhile (this store forgets it at once when it removes it itself).
constexpr std::chrono::seconds KnownTenantLifetime{5};

// JSON as the json columns keep it: compact UTF-8, in SQLite with U+0000 as SqliteText stores it.
QByteArray jsonText(const QJsonDocument& document, SqlDialect dialect)
{
    QByteArray text = document.toJson(QJsonDocument::Compact);
    return dialect == SqlDialect::Sqlite ? SqliteText::storedJson(std::move(text)) : text;
}

QByteArray jsonText(const QJsonObject& object, SqlDialect dialect)
{
    return jsonText(QJsonDocument(object), dialect);
}

QJsonDocument parsed(const SqlStatement& row, int column)
{
    return QJsonDocument::fromJson(SqliteText::readableJson(row.utf8(column)));
}

// A resource's unique keys as stored beside it: [["userName","alice"], ...], in the Directory's order.
QByteArray uniqueKeysText(const QList<UniqueKey>& keys, SqlDialect dialect)
{
    QJsonArray array;
    for (const UniqueKey& key : keys)
        array.append(QJsonArray{key.attribute, key.value});
    return jsonText(QJsonDocument(array), dialect);
}

QList<UniqueKey> uniqueKeysFrom(const SqlStatement& row, int column)
{
    QList<UniqueKey> keys;
    const QJsonArray array = parsed(row, column).array();
    keys.reserve(array.size());
    for (const QJsonValue pair : array)
        keys.append(UniqueKey{pair[0].toString(), pair[1].toString()});
    return keys;
}

// Whether `path` may name a group's members; a path that does not resolve counts as yes, so that a doubt
// never hides the members from whatever reads them.
bool namesMembers(const SchemaRegistry& registry, const ResourceType& type, const AttributePath& path)
{
    const auto resolved = registry.resolve(type, path);
    return !resolved || !resolved->attribute ||
           (!resolved->inExtension && resolved->attribute->name == Members);
}

// Whether the caller's projection may return a group's members: a store may leave out what the
// projection removes anyway (see Query::projection), and members are the costly part of a group.
bool projectionKeepsMembers(const SchemaRegistry& registry, const ResourceType& type,
                            const ProjectionSpec& projection)
{
    const auto names = [&](const QString& text) {
        const auto path = AttributePath::parse(text);
        return !path || namesMembers(registry, type, *path);
    };
    if (!projection.attributes.isEmpty())
        return std::any_of(projection.attributes.cbegin(), projection.attributes.cend(), names);
    return std::none_of(projection.excludedAttributes.cbegin(), projection.excludedAttributes.cend(),
                        [&](const QString& text) {
                            const auto path = AttributePath::parse(text);
                            if (!path || !path->subAttribute.isEmpty())
                                return false;
                            const auto resolved = registry.resolve(type, *path);
                            return resolved && resolved->attribute && !resolved->inExtension &&
                                   !resolved->subAttribute && resolved->attribute->name == Members;
                        });
}

// SQLite's "database is busy/locked" and a lost PostgreSQL connection are worth trying again later: 503.
ScimError databaseError(const QString& what, const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    const bool unavailable = error.type() == QSqlError::ConnectionError || code == QLatin1String("5") ||
                             code == QLatin1String("6") || code.startsWith(QLatin1String("08")) ||
                             code == QLatin1String("57P01") || code == QLatin1String("53300");
    const QString detail = QStringLiteral("Database error while %1: %2").arg(what, error.text());
    // A full disk (SQLITE_FULL, PostgreSQL's disk_full) is 507, not worth retrying soon as a 503 says.
    if (code == QLatin1String("13") || code == QLatin1String("53100"))
        return ScimError{507, ScimType::None, detail};
    // libpq reports a connection that broke during a statement without a SQLSTATE, and sometimes without
    // any text at all.
    const QString text = error.databaseText();
    const bool connectionLost =
        code.isEmpty() && (text.isEmpty() || text.contains(u"connection", Qt::CaseInsensitive) ||
                           text.contains(u"server", Qt::CaseInsensitive));
    if (unavailable || connectionLost)
        return ScimError{503, ScimType::None, detail};
    return ScimError::internal(detail);
}

// PostgreSQL aborted the transaction to resolve a deadlock or a serialization conflict.
bool isRetryable(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("40P01") || code == QLatin1String("40001");
}

ScimError unknownTenant(const QString& tenant)
{
    return ScimError::notFound(QStringLiteral("Unknown tenant \"%1\"").arg(tenant));
}

// The process-wide writer lock of one SQLite file: writers of every store on the file take turns here
// instead of polling SQLite's lock, and readers never take it.
std::shared_ptr<QMutex> writerMutexFor(const QString& file)
{
    static QMutex registryMutex;
    static QHash<QString, std::weak_ptr<QMutex>> mutexes;
    QMutexLocker locker(&registryMutex);
    std::shared_ptr<QMutex> mutex = mutexes.value(file).lock();
    if (!mutex) {
        mutex = std::make_shared<QMutex>();
        mutexes.insert(file, mutex);
    }
    return mutex;
}

QString defaultSqliteFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/muster.db");
}

Status setUpSqlite(QSqlDatabase& database, const SqlStoreOptions& options)
{
    // Through SqliteWalVfs, which a URI file name names.
    QUrl uri = QUrl::fromLocalFile(options.sqliteFile);
    uri.setQuery(QStringLiteral("vfs=") + QLatin1String(SqliteWalVfs::install()));
    database.setDatabaseName(uri.toString(QUrl::FullyEncoded));
    database.setConnectOptions(
        QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1;QSQLITE_OPEN_URI").arg(options.busyTimeoutMs));
    if (!database.open())
        return databaseError(QStringLiteral("opening %1").arg(options.sqliteFile), database.lastError());
    const QStringList pragmas{
        QStringLiteral("PRAGMA journal_mode = WAL"),
        options.synchronous == SqlStoreOptions::Synchronous::Full
            ? QStringLiteral("PRAGMA synchronous = FULL")
            : QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(options.busyTimeoutMs),
        // Pages read through a memory map instead of a read() call each, and a larger page cache.
        QStringLiteral("PRAGMA mmap_size = 268435456"),
        QStringLiteral("PRAGMA cache_size = -16384"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        // A checkpoint every 10,000 WAL pages (about 40 MB) instead of 1,000: the pages every write
        // touches (the right-hand leaves of the indexes) reach the database file once per checkpoint, and
        // a checkpoint syncs twice.
        QStringLiteral("PRAGMA wal_autocheckpoint = 10000"),
    };
    for (const QString& pragma : pragmas) {
        QSqlQuery query(database);
        if (!query.exec(pragma))
            return databaseError(QStringLiteral("setting up the connection (%1)").arg(pragma),
                                 query.lastError());
    }
    // The functions translated filters call (muster_fold, ...), which SQLite keeps per connection.
    return SqliteFunctions::install(database);
}

Status setUpPostgres(QSqlDatabase& database, const SqlStoreOptions& options)
{
    QString where = QStringLiteral("%1:%2").arg(options.hostName).arg(options.port);
    if (!options.postgresUrl.isEmpty()) {
        const Result<DatabaseUrl> url = DatabaseUrl::parse(options.postgresUrl);
        if (!url)
            return url.error();
        if (url->dialect != SqlDialect::Postgres) {
            return ScimError::badRequest(ScimType::InvalidValue,
                                         QStringLiteral("%1 is no PostgreSQL database").arg(url->redacted()));
        }
        url->applyTo(database);
        where = url->redacted();
    } else {
        database.setHostName(options.hostName);
        database.setPort(options.port);
        database.setDatabaseName(options.databaseName);
        database.setUserName(options.userName);
        database.setPassword(options.password);
        database.setConnectOptions(options.connectOptions);
    }
    if (!database.open())
        return databaseError(QStringLiteral("connecting to PostgreSQL at %1").arg(where),
                             database.lastError());
    QStringList settings{QStringLiteral("SET application_name = 'muster'")};
    if (!options.postgresSchema.isEmpty()) {
        // An identifier cannot be bound; the name was checked against a strict pattern in open().
        settings.append(QStringLiteral("SET search_path TO %1").arg(options.postgresSchema));
    }
    for (const QString& setting : std::as_const(settings)) {
        QSqlQuery query(database);
        if (!query.exec(setting))
            return databaseError(QStringLiteral("setting up the connection (%1)").arg(setting),
                                 query.lastError());
    }
    return {};
}

// Whether `file` is an intact Muster database (SQLite) that this build can open, read on a read-only
// connection of its own.
Status checkBackup(const QString& file)
{
    const QString name =
        QStringLiteral("muster-restore-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    database.setDatabaseName(file);
    database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!database.open()) {
        ScimError error =
            databaseError(QStringLiteral("opening the backup %1").arg(file), database.lastError());
        database = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return error;
    }
    // Its indexes may use the collation muster_utf16.
    Status functions = SqliteFunctions::install(database);
    SqlConnection connection(name, std::exchange(database, QSqlDatabase()), SqlDialect::Sqlite, 8);
    if (!functions)
        return functions;
    SqlStatement* query = connection.run(QStringLiteral("PRAGMA quick_check"));
    const QString verdict = query && query->next() ? query->value(0).toString() : connection.error().text();
    if (query)
        query->finish();
    if (verdict != QLatin1String("ok")) {
        return ScimError::badRequest(
            ScimType::InvalidValue,
            QStringLiteral("%1 is not an intact SQLite database: %2").arg(file, verdict));
    }
    const Result<int> version = SqlMigrations::currentVersion(connection);
    const int latest = SqlMigrations::latestVersion(SqlDialect::Sqlite);
    if (!version || *version == 0)
        return ScimError::badRequest(ScimType::InvalidValue,
                                     QStringLiteral("%1 is not a Muster database").arg(file));
    if (*version > latest) {
        return ScimError::badRequest(
            ScimType::InvalidValue,
            QStringLiteral("%1 has schema version %2, newer than version %3 that this Muster knows")
                .arg(file)
                .arg(*version)
                .arg(latest));
    }
    return {};
}

// The stores with a StoreTransaction open on the calling thread.
QList<const void*>& transactionsOpenHere()
{
    thread_local QList<const void*> stores;
    return stores;
}

bool transactionOpenHere(const void* store)
{
    const QList<const void*>& stores = transactionsOpenHere();
    return !stores.isEmpty() && stores.contains(store);
}

ScimError connectionLostInTransaction()
{
    return ScimError{503, ScimType::None,
                     QStringLiteral("The database connection was lost during the transaction; nothing of it "
                                    "was stored")};
}

} // namespace

// A write transaction in progress on one connection, for one tenant.
struct SqlStore::Session {
    SqlConnection& connection;
    const QString& tenant;
    QSqlError lastError; // of the statement that failed, to tell a deadlock from other failures

    // Runs a statement; nullptr on failure.
    SqlStatement* run(const QString& sql, const QVariantList& values = {})
    {
        SqlStatement* query = connection.run(sql, values);
        if (!query)
            lastError = connection.error();
        return query;
    }
    ScimError failure(const QString& what) const { return databaseError(what, lastError); }
};

SqlStore::SqlStore(std::shared_ptr<const SchemaRegistry> registry, SqlStoreOptions options)
    : m_registry(std::move(registry))
    , m_options(std::move(options))
    , m_rows(std::make_unique<VersionedCache<ParsedRow>>(m_options.rowCacheBytes))
{
    const QList<const ResourceType*> types = m_registry->resourceTypes();
    for (const ResourceType* type : types) {
        if (type->schema.compare(urns::Group, Qt::CaseInsensitive) == 0)
            m_groupTypes.insert(type->name);
    }
    const SqlStoreOptions settings = m_options;
    const bool sqlite = m_options.dialect == SqlDialect::Sqlite;
    m_pool = std::make_unique<SqlConnectionPool>(
        sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), m_options.dialect,
        [settings, sqlite](QSqlDatabase& database) {
            return sqlite ? setUpSqlite(database, settings) : setUpPostgres(database, settings);
        },
        m_options.maxConnections, m_options.connectionWaitMs, m_options.statementCacheSize);
}

SqlStore::~SqlStore() = default;

Result<std::unique_ptr<SqlStore>> SqlStore::open(std::shared_ptr<const SchemaRegistry> registry,
                                                 SqlStoreOptions options)
{
    if (options.dialect == SqlDialect::Sqlite) {
        if (options.sqliteFile.isEmpty())
            options.sqliteFile = defaultSqliteFile();
        options.sqliteFile = QFileInfo(options.sqliteFile).absoluteFilePath();
        const QString folder = QFileInfo(options.sqliteFile).absolutePath();
        if (!QDir().mkpath(folder))
            return ScimError::internal(QStringLiteral("Cannot create the folder %1").arg(folder));
    } else if (!options.postgresSchema.isEmpty()) {
        static const QRegularExpression identifier(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
        if (!identifier.match(options.postgresSchema).hasMatch()) {
            return ScimError::badRequest(
                ScimType::InvalidValue,
                QStringLiteral("\"%1\" is not a valid schema name: lowercase letters, "
                               "digits and '_', starting with a letter")
                    .arg(options.postgresSchema));
        }
    }
    std::unique_ptr<SqlStore> store(new SqlStore(std::move(registry), std::move(options)));
    const Result<SqlConnection*> connection = store->connection();
    if (!connection)
        return connection.error();
    const QString& schema = store->m_options.postgresSchema;
    if (!schema.isEmpty()) {
        SqlStatement* exists =
            (*connection)->run(QStringLiteral("SELECT 1 FROM pg_namespace WHERE nspname = ?"), {schema});
        if (!exists)
            return databaseError(QStringLiteral("looking for the schema %1").arg(schema),
                                 (*connection)->error());
        const bool found = exists->next();
        exists->finish();
        // Two servers starting together may race to create it: the loser finds it there on its second try.
        const QString create = QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(schema);
        if (!found && !(*connection)->execute(create) && !(*connection)->execute(create))
            return databaseError(QStringLiteral("creating the schema %1").arg(schema),
                                 (*connection)->error());
    }
    if (Status migrated = SqlMigrations::apply(**connection); !migrated)
        return migrated.error();
    if (store->m_options.dialect == SqlDialect::Sqlite) {
        // The file exists now, so the canonical path names it whatever way it was reached.
        store->m_writerMutex = writerMutexFor(QFileInfo(store->m_options.sqliteFile).canonicalFilePath());
    }
    return store;
}

int SqlStore::openConnections() const
{
    return m_pool->openConnections();
}

Result<SqlConnection*> SqlStore::connection() const
{
    return m_pool->connection();
}

QString SqlStore::typeName(const QString& resourceType) const
{
    const ResourceType* type = m_registry->resourceType(resourceType);
    return type ? type->name : resourceType;
}

Result<bool> SqlStore::tenantExists(SqlConnection& connection, const QString& tenant) const
{
    const quint64 generation = m_tenantGeneration.load();
    SqlStatement* query = connection.run(QStringLiteral("SELECT 1 FROM tenants WHERE name = ?"), {tenant});
    if (!query)
        return databaseError(QStringLiteral("reading tenants"), connection.error());
    const bool exists = query->next();
    query->finish();
    if (exists) {
        std::unique_lock locker(m_knownTenantsLock);
        if (generation == m_tenantGeneration.load())
            m_knownTenants.insert(tenant, std::chrono::steady_clock::now());
    }
    return exists;
}

bool SqlStore::tenantKnown(const QString& tenant) const
{
    std::shared_lock locker(m_knownTenantsLock);
    const auto seen = m_knownTenants.constFind(tenant);
    return seen != m_knownTenants.cend() && std::chrono::steady_clock::now() - *seen < KnownTenantLifetime;
}

void SqlStore::forgetTenants(const QString& tenant) const
{
    std::unique_lock locker(m_knownTenantsLock);
    ++m_tenantGeneration;
    if (tenant.isEmpty())
        m_knownTenants.clear();
    else
        m_knownTenants.remove(tenant);
}

Status SqlStore::createTenant(const QString& tenant)
{
    if (tenant.isEmpty())
        return ScimError::badRequest(ScimType::InvalidValue, QStringLiteral("A tenant needs a name"));
    const Result<SqlConnection*> connection = this->connection();
    if (!connection)
        return connection.error();
    std::optional<QMutexLocker<QMutex>> writer;
    if (m_writerMutex)
        writer.emplace(m_writerMutex.get());
    SqlStatement* query =
        (*connection)
            ->run(QStringLiteral("INSERT INTO tenants (name) VALUES (?) ON CONFLICT DO NOTHING"), {tenant});
    if (!query)
        return databaseError(QStringLiteral("creating a tenant"), (*connection)->error());
    query->finish();
    // Known from now on (also when it existed already).
    std::unique_lock locker(m_knownTenantsLock);
    m_knownTenants.insert(tenant, std::chrono::steady_clock::now());
    return {};
}

Status SqlStore::removeTenant(const QString& tenant)
{
    if (tenant == DefaultTenant) {
        return ScimError::badRequest(ScimType::InvalidValue,
                                     QStringLiteral("The default tenant cannot be removed"));
    }
    const Result<SqlConnection*> connection = this->connection();
    if (!connection)
        return connection.error();
    std::optional<QMutexLocker<QMutex>> writer;
    if (m_writerMutex)
        writer.emplace(m_writerMutex.get());
    // The foreign keys remove the tenant's resources, members and audit log with it; unique keys and
    // indexed values have none.
    SqlConnection& sql = **connection;
    sql.groupsReadAhead().drop();
    const bool sqlite = m_options.dialect == SqlDialect::Sqlite;
    if (!sql.execute(sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN")))
        return databaseError(QStringLiteral("starting a transaction"), sql.error());
    int removed = 0;
    for (const QString& statement : {QStringLiteral("DELETE FROM unique_keys WHERE tenant = ?"),
                                     QStringLiteral("DELETE FROM resource_values WHERE tenant = ?"),
                                     QStringLiteral("DELETE FROM tenants WHERE name = ?")}) {
        SqlStatement* query = sql.run(statement, {tenant});
        if (!query) {
            ScimError error = databaseError(QStringLiteral("removing a tenant"), sql.error());
            sql.execute(QStringLiteral("ROLLBACK"));
            return error;
        }
        removed = query->numRowsAffected();
        query->finish();
    }
    const bool ended = sql.execute(removed ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    forgetTenants(tenant);
    if (!ended)
        return databaseError(QStringLiteral("removing a tenant"), sql.error());
    if (removed == 0)
        return unknownTenant(tenant);
    return {};
}

QStringList SqlStore::tenants() const
{
    const Result<SqlConnection*> connection = this->connection();
    if (!connection) {
        qCWarning(lcSqlStore) << connection.error().detail;
        return {};
    }
    SqlStatement* query = (*connection)->run(QStringLiteral("SELECT name FROM tenants"));
    if (!query) {
        qCWarning(lcSqlStore) << (*connection)->error().text();
        return {};
    }
    QStringList names;
    while (query->next())
        names.append(query->value(0).toString());
    query->finish();
    names.sort();
    return names;
}

bool SqlStore::hasTenant(const QString& tenant) const
{
    if (tenantKnown(tenant))
        return true;
    // A lookup that fails (the database unreachable) is no answer: the caller goes on to the operation,
    // which needs the database too and reports its failure (503). A "no" would turn an outage into
    // 404 "Unknown tenant", which an identity provider takes for a configuration error.
    const Result<SqlConnection*> connection = this->connection();
    if (!connection)
        return true;
    const Result<bool> exists = tenantExists(**connection, tenant);
    return !exists || *exists;
}

Status SqlStore::apply(const QString& tenant, const WriteBatch& batch)
{
    const Result<SqlConnection*> connection = this->connection();
    if (!connection)
        return connection.error();
    // Inside a StoreTransaction the thread holds the writer lock already, and the batch is a savepoint.
    const bool inTransaction = transactionOpenHere(this);
    if (inTransaction && !(*connection)->inStoreTransaction())
        return connectionLostInTransaction();
    std::optional<QMutexLocker<QMutex>> writer;
    if (m_writerMutex && !inTransaction)
        writer.emplace(m_writerMutex.get());
    for (int attempt = 0;; ++attempt) {
        bool retry = false;
        Status status = applyOnce(**connection, tenant, batch, retry);
        if (status && m_options.dialect == SqlDialect::Postgres && !inTransaction &&
            batch.operations.size() >= BulkOperations) {
            // After an import the planner's statistics describe a much smaller table until autovacuum
            // comes by, and it may pick a poor index meanwhile.
            if (!(*connection)->execute(QStringLiteral("ANALYZE resources, unique_keys, members")))
                qCWarning(lcSqlStore) << "ANALYZE after a bulk write:" << (*connection)->error().text();
        }
        if (status || !retry || attempt >= m_options.deadlockRetries)
            return status;
    }
}

// A StoreTransaction on one thread's connection. SQLite: the file's writer lock is held from the BEGIN
// IMMEDIATE to the end, the same order apply() takes them in.
class SqlStore::Transaction final : public StoreTransaction {
public:
    Transaction(const SqlStore& store, SqlConnection& connection)
        : m_store(store)
        , m_connection(&connection)
    {}
    ~Transaction() override
    {
        if (m_ended)
            return;
        if (const Status rolledBack = end(QStringLiteral("ROLLBACK")); !rolledBack)
            qCWarning(lcSqlStore) << "Ending a transaction:" << rolledBack.error().detail;
    }
    Q_DISABLE_COPY_MOVE(Transaction)

    Status begin()
    {
        if (m_store.m_writerMutex)
            m_store.m_writerMutex->lock();
        const bool sqlite = m_store.m_options.dialect == SqlDialect::Sqlite;
        if (!m_connection->execute(sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"))) {
            ScimError error = // not const: returned by move
                databaseError(QStringLiteral("starting a transaction"), m_connection->error());
            if (m_store.m_writerMutex)
                m_store.m_writerMutex->unlock();
            m_ended = true;
            return error;
        }
        m_connection->setInStoreTransaction(true);
        transactionsOpenHere().append(&m_store);
        return {};
    }

    Status commit() override
    {
        if (m_ended)
            return ScimError::internal(QStringLiteral("The transaction has ended already"));
        return end(QStringLiteral("COMMIT"));
    }

    Status checkpoint() override
    {
        if (m_ended)
            return ScimError::internal(QStringLiteral("The transaction has ended already"));
        // Each batch is a subtransaction: PostgreSQL keeps 64 of them per transaction in memory, beyond
        // that every visibility check of the transaction looks them up on disk (pg_subtrans).
        constexpr int PostgresBatchesPerCommit = 50;
        if (m_store.m_options.dialect != SqlDialect::Postgres || ++m_batches < PostgresBatchesPerCommit)
            return {};
        m_batches = 0;
        if (Status committed = end(QStringLiteral("COMMIT")); !committed)
            return committed;
        m_ended = false;
        // What came before is stored; when no new transaction begins, later batches stand alone.
        if (Status begun = begin(); !begun)
            qCWarning(lcSqlStore) << "Continuing without a transaction:" << begun.error().detail;
        return {};
    }

private:
    Status end(const QString& statement)
    {
        m_ended = true;
        transactionsOpenHere().removeOne(&m_store);
        // A connection the database closed meanwhile has been replaced: its transaction is gone.
        const Result<SqlConnection*> current = m_store.connection();
        Status status;
        if (!current || *current != m_connection || !m_connection->inStoreTransaction()) {
            status = connectionLostInTransaction();
        } else {
            m_connection->setInStoreTransaction(false);
            if (!m_connection->execute(statement)) {
                status = databaseError(QStringLiteral("committing"), m_connection->error());
                m_connection->execute(QStringLiteral("ROLLBACK"));
            }
        }
        if (!status || statement != QLatin1String("COMMIT")) {
            // Rows read inside the transaction may carry versions that never reached the database, and
            // that later writes will use again.
            m_store.m_rows->clear();
        }
        if (m_store.m_writerMutex)
            m_store.m_writerMutex->unlock();
        return status;
    }

    const SqlStore& m_store;
    SqlConnection* m_connection;
    bool m_ended = false;
    int m_batches = 0; // since the last commit
};

Result<std::unique_ptr<StoreTransaction>> SqlStore::beginTransaction(const QString&)
{
    const Result<SqlConnection*> connection = this->connection();
    if (!connection)
        return connection.error();
    if (transactionOpenHere(this))
        return ScimError::internal(QStringLiteral("A transaction is open on this thread already"));
    auto transaction = std::make_unique<Transaction>(*this, **connection);
    if (Status begun = transaction->begin(); !begun)
        return begun.error();
    return std::unique_ptr<StoreTransaction>(std::move(transaction));
}

Status SqlStore::applyOnce(SqlConnection& connection, const QString& tenant, const WriteBatch& batch,
                           bool& retry) const
{
    const bool sqlite = m_options.dialect == SqlDialect::Sqlite;
    connection.groupsReadAhead().drop();
    Session session{connection, tenant, {}};
    // In a StoreTransaction the batch is a savepoint, undone alone when it fails.
    const bool savepoint = connection.inStoreTransaction();
    // SQLite: BEGIN IMMEDIATE takes the write lock now, so that the transaction never has to upgrade a
    // read lock (which could fail with SQLITE_BUSY halfway through).
    const QString begin = savepoint ? QStringLiteral("SAVEPOINT muster_batch")
                                    : (sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    if (!connection.execute(begin))
        return databaseError(QStringLiteral("starting a transaction"), connection.error());
    // The tenant, locked against removal until the commit (FOR KEY SHARE). SQLite has one writer anyway,
    // and its foreign keys refuse rows of a tenant that is gone: a tenant known here is not asked for
    // again, unless the batch fails.
    // In a StoreTransaction on PostgreSQL, the first batch's audit entry locked the tenant's row until
    // the end (FOR UPDATE), which is more than FOR KEY SHARE would.
    const bool tenantChecked = !(sqlite || savepoint) || !tenantKnown(tenant);
    const auto rollback = [&](const Status& status) -> Status {
        if (savepoint) {
            connection.execute(QStringLiteral("ROLLBACK TO SAVEPOINT muster_batch"));
            connection.execute(QStringLiteral("RELEASE SAVEPOINT muster_batch"));
        } else {
            connection.execute(QStringLiteral("ROLLBACK"));
        }
        retry = isRetryable(session.lastError);
        if (!tenantChecked) {
            const Result<bool> exists = tenantExists(connection, tenant);
            if (exists && !*exists) {
                forgetTenants(tenant);
                return unknownTenant(tenant);
            }
        }
        return status;
    };

    SqlStatement* query = nullptr;
    if (tenantChecked) {
        query = session.run(sqlite ? QStringLiteral("SELECT 1 FROM tenants WHERE name = ?")
                                   : QStringLiteral("SELECT 1 FROM tenants WHERE name = ? FOR KEY SHARE"),
                            {tenant});
        if (!query)
            return rollback(session.failure(QStringLiteral("reading the tenant")));
        const bool exists = query->next();
        query->finish();
        if (!exists)
            return rollback(unknownTenant(tenant));
    }

    for (const WriteOperation& operation : batch.operations) {
        if (Status written = write(session, operation); !written)
            return rollback(written);
    }

    if (!batch.audit.isEmpty()) {
        // The audit log continues its tenant's sequence. SQLite has one writer at a time, so the last
        // entry tells the next number; PostgreSQL counts in the tenant's row, whose lock, held to the
        // commit, also keeps the numbers in commit order for readers that follow the log.
        query =
            sqlite
                ? session.run(QStringLiteral("SELECT COALESCE(MAX(sequence), 0) FROM audit WHERE tenant = ?"),
                              {tenant})
                : session.run(QStringLiteral("UPDATE tenants SET last_sequence = last_sequence + ? "
                                             "WHERE name = ? RETURNING last_sequence - ?"),
                              {qint64(batch.audit.size()), tenant, qint64(batch.audit.size())});
        if (!query)
            return rollback(session.failure(QStringLiteral("numbering the audit log")));
        qint64 sequence = query->next() ? query->value(0).toLongLong() : 0;
        query->finish();
        for (const AuditEntry& entry : batch.audit) {
            query = session.run(
                QStringLiteral("INSERT INTO audit (tenant, sequence, time, actor, action, resource_type, "
                               "resource_id, version_before, version_after, changes) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {tenant, ++sequence,
                 entry.time.isValid() ? QVariant(entry.time.toMSecsSinceEpoch()) : QVariant(), entry.actor,
                 entry.action, entry.resourceType, entry.resourceId, qint64(entry.versionBefore),
                 qint64(entry.versionAfter), jsonText(entry.changes, m_options.dialect)});
            if (!query)
                return rollback(session.failure(QStringLiteral("writing the audit log")));
            query->finish();
        }
    }

    if (!connection.execute(savepoint ? QStringLiteral("RELEASE SAVEPOINT muster_batch")
                                      : QStringLiteral("COMMIT"))) {
        session.lastError = connection.error();
        return rollback(session.failure(QStringLiteral("committing")));
    }
    return {};
}

Status SqlStore::write(Session& session, const WriteOperation& operation) const
{
    const Resource& resource = operation.resource;
    const QString type = typeName(resource.resourceType);
    if (type.isEmpty() || resource.id.isEmpty()) {
        return ScimError::badRequest(ScimType::InvalidValue,
                                     QStringLiteral("A stored resource needs a resource type and an id"));
    }
    if (Status members = operation.checkMembers(isGroupType(type), type); !members)
        return members;
    const QString& tenant = session.tenant;
    const bool jsonb = m_options.dialect == SqlDialect::Postgres;
    const QString jsonParameter = jsonb ? QStringLiteral("CAST(? AS jsonb)") : QStringLiteral("?");

    // A group's JSON is stored without its members, which have rows of their own.
    QJsonObject json = resource.json;
    if (isGroupType(type))
        json.remove(Members);
    const QVariantList columns{qint64(resource.version),
                               jsonText(json, m_options.dialect),
                               uniqueKeysText(resource.uniqueKeys, m_options.dialect),
                               SqlStoreIndexHint::userNameKey(json),
                               SqlStoreIndexHint::externalIdKey(json),
                               isGroupType(type) ? SqlStoreIndexHint::displayNameKey(json) : QVariant(),
                               SqlStoreIndexHint::createdKey(json),
                               SqlStoreIndexHint::lastModifiedKey(json)};
    if (jsonb) {
        // jsonb has no U+0000 (nor has PostgreSQL's text): refuse it rather than fail in the database.
        const QByteArray text = columns.at(1).toByteArray();
        if (SqliteText::storedJson(text) != text)
            return ScimError::badRequest(ScimType::InvalidValue,
                                         QStringLiteral("PostgreSQL cannot store the character U+0000"));
    }

    // Replace, Update and Remove: the current row first (locked in PostgreSQL until the commit), for its
    // version and the unique keys it holds. The UPDATE or DELETE checks the version again itself.
    std::optional<quint64> current;
    QList<UniqueKey> heldKeys;
    QList<std::pair<QString, QString>> heldValues;
    SqlStatement* query = nullptr;
    if (operation.kind != WriteOperation::Kind::Create) {
        query = session.run(jsonb ? QStringLiteral("SELECT version, unique_keys, json FROM resources "
                                                   "WHERE tenant = ? AND type = ? AND id = ? FOR UPDATE")
                                  : QStringLiteral("SELECT version, unique_keys, json FROM resources "
                                                   "WHERE tenant = ? AND type = ? AND id = ?"),
                            {tenant, type, resource.id});
        if (!query)
            return session.failure(QStringLiteral("reading %1 \"%2\"").arg(type, resource.id));
        if (query->next()) {
            current = query->value(0).toULongLong();
            heldKeys = uniqueKeysFrom(*query, 1);
            // Only a resource with e-mail addresses has rows in resource_values to take back.
            if (query->utf8(2).contains("\"emails\""))
                heldValues = SqlStoreIndexHint::multiValuedKeys(parsed(*query, 2).object());
        }
        query->finish();
        if (!current)
            return ScimError::notFound(QStringLiteral("%1 \"%2\" not found").arg(type, resource.id));
    }
    const auto changed = [&] {
        return ScimError::preconditionFailed(
            QStringLiteral("%1 \"%2\" has changed: its version is now %3")
                .arg(type, resource.id, Resource::etagFor(current.value_or(0))));
    };
    if (current && operation.expectedVersion && *operation.expectedVersion != *current)
        return changed();

    switch (operation.kind) {
    case WriteOperation::Kind::Create:
        query =
            session.run(QStringLiteral("INSERT INTO resources (tenant, type, id, version, json, unique_keys, "
                                       "user_name, external_id, display_name, created, last_modified) "
                                       "VALUES (?, ?, ?, ?, %1, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                            .arg(jsonParameter),
                        QVariantList{tenant, type, resource.id} + columns);
        break;
    case WriteOperation::Kind::Replace:
    case WriteOperation::Kind::Update:
        query = session.run(
            QStringLiteral("UPDATE resources SET version = ?, json = %1, unique_keys = ?, "
                           "user_name = ?, external_id = ?, display_name = ?, created = ?, "
                           "last_modified = ? WHERE tenant = ? AND type = ? AND id = ? AND version = ?")
                .arg(jsonParameter),
            columns + QVariantList{tenant, type, resource.id, qint64(*current)});
        break;
    case WriteOperation::Kind::Remove:
        // The foreign key removes a group's members with it.
        query = session.run(
            QStringLiteral("DELETE FROM resources WHERE tenant = ? AND type = ? AND id = ? AND version = ?"),
            {tenant, type, resource.id, qint64(*current)});
        break;
    }
    if (!query)
        return session.failure(QStringLiteral("writing %1 \"%2\"").arg(type, resource.id));
    const int affected = query->numRowsAffected();
    query->finish();
    if (affected == 0) {
        if (operation.kind == WriteOperation::Kind::Create) {
            return ScimError::conflict(
                ScimType::Uniqueness, QStringLiteral("%1 id \"%2\" is already taken").arg(type, resource.id));
        }
        return changed();
    }

    // The keys it held are free again (those it keeps are claimed again below).
    for (const UniqueKey& key : std::as_const(heldKeys)) {
        query = session.run(
            QStringLiteral("DELETE FROM unique_keys "
                           "WHERE tenant = ? AND type = ? AND attribute = ? AND value = ? AND id = ?"),
            {tenant, type, key.attribute, key.value, resource.id});
        if (!query)
            return session.failure(QStringLiteral("releasing unique keys"));
        query->finish();
    }
    for (const auto& [attribute, key] : std::as_const(heldValues)) {
        query = session.run(
            QStringLiteral("DELETE FROM resource_values "
                           "WHERE tenant = ? AND type = ? AND attribute = ? AND value_key = ? AND id = ?"),
            {tenant, type, attribute, key, resource.id});
        if (!query)
            return session.failure(QStringLiteral("releasing indexed values"));
        query->finish();
    }
    if (operation.kind == WriteOperation::Kind::Remove) {
        // Should the transaction roll back after all, the next read only misses.
        m_rows->remove({tenant, type, resource.id, {}});
        return {};
    }

    // E-mail addresses, looked up by value as often as userNames.
    // One statement for up to MaxValueRows of them (a statement costs more than a row).
    const QList<std::pair<QString, QString>> values = SqlStoreIndexHint::multiValuedKeys(json);
    for (qsizetype first = 0; first < values.size(); first += MaxValueRows) {
        const qsizetype rows = std::min(MaxValueRows, values.size() - first);
        QString insert =
            QStringLiteral("INSERT INTO resource_values (tenant, type, attribute, value_key, id) VALUES ");
        QVariantList bindings;
        bindings.reserve(rows * 5);
        for (qsizetype row = 0; row < rows; ++row) {
            const auto& [attribute, key] = values.at(first + row);
            insert += row == 0 ? QLatin1String("(?, ?, ?, ?, ?)") : QLatin1String(", (?, ?, ?, ?, ?)");
            bindings << tenant << type << attribute << key << resource.id;
        }
        query = session.run(insert + QLatin1String(" ON CONFLICT DO NOTHING"), bindings);
        if (!query)
            return session.failure(QStringLiteral("indexing values"));
        query->finish();
    }

    // Unique keys: the primary key of unique_keys is the judge, also between servers.
    for (const UniqueKey& key : resource.uniqueKeys) {
        query = session.run(QStringLiteral("INSERT INTO unique_keys (tenant, type, attribute, value, id) "
                                           "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                            {tenant, type, key.attribute, key.value, resource.id});
        if (!query)
            return session.failure(QStringLiteral("claiming unique keys"));
        const bool claimed = query->numRowsAffected() > 0;
        query->finish();
        if (claimed)
            continue;
        query = session.run(QStringLiteral("SELECT id FROM unique_keys "
                                           "WHERE tenant = ? AND type = ? AND attribute = ? AND value = ?"),
                            {tenant, type, key.attribute, key.value});
        if (!query)
            return session.failure(QStringLiteral("reading unique keys"));
        const QString owner = query->next() ? query->value(0).toString() : QString();
        query->finish();
        if (owner != resource.id) {
            return ScimError::conflict(ScimType::Uniqueness,
                                       QStringLiteral("%1 \"%2\" is already taken by another %3")
                                           .arg(key.attribute, key.value, type));
        }
    }

    if (isGroupType(type))
        return writeMembers(session, operation, type);
    return {};
}

Status SqlStore::writeMembers(Session& session, const WriteOperation& operation, const QString& type) const
{
    const QString& tenant = session.tenant;
    const QString& groupId = operation.resource.id;
    qint64 position = 0;
    QJsonArray joining;
    if (operation.kind == WriteOperation::Kind::Update) {
        for (const QString& memberId : operation.memberChanges.removed) {
            SqlStatement* query = session.run(
                QStringLiteral("DELETE FROM members WHERE tenant = ? AND group_id = ? AND member_id = ?"),
                {tenant, groupId, memberId});
            if (!query)
                return session.failure(QStringLiteral("removing members"));
            query->finish();
        }
        if (operation.memberChanges.added.isEmpty())
            return {};
        SqlStatement* query =
            session.run(QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM members "
                                       "WHERE tenant = ? AND group_type = ? AND group_id = ?"),
                        {tenant, type, groupId});
        if (!query)
            return session.failure(QStringLiteral("reading members"));
        position = query->next() ? query->value(0).toLongLong() : 0;
        query->finish();
        joining = operation.memberChanges.added;
    } else {
        if (operation.kind == WriteOperation::Kind::Replace) {
            SqlStatement* query = session.run(
                QStringLiteral("DELETE FROM members WHERE tenant = ? AND group_type = ? AND group_id = ?"),
                {tenant, type, groupId});
            if (!query)
                return session.failure(QStringLiteral("replacing members"));
            query->finish();
        }
        joining = operation.resource.json.value(Members).toArray();
    }

    // A member already there keeps its place and takes the new element (see WriteOperation::Kind).
    const QString insert =
        m_options.dialect == SqlDialect::Postgres
            ? QStringLiteral("INSERT INTO members (tenant, group_type, group_id, member_id, "
                             "member_key, position, json) VALUES (?, ?, ?, ?, ?, ?, CAST(? AS "
                             "jsonb)) ON CONFLICT (tenant, group_id, member_id) DO UPDATE SET "
                             "json = excluded.json")
            : QStringLiteral("INSERT INTO members (tenant, group_type, group_id, member_id, "
                             "member_key, position, json) VALUES (?, ?, ?, ?, ?, ?, ?) ON "
                             "CONFLICT (tenant, group_id, member_id) DO UPDATE SET json = "
                             "excluded.json");
    for (const QJsonValue element : std::as_const(joining)) {
        const QJsonObject member = element.toObject();
        const QString memberId = member.value(Value).toString();
        SqlStatement* query =
            session.run(insert, {tenant, type, groupId, memberId, SqlStoreIndexHint::memberKey(memberId),
                                 ++position, jsonText(member, m_options.dialect)});
        if (!query)
            return session.failure(QStringLiteral("adding members"));
        query->finish();
    }
    return {};
}

Result<QJsonArray> SqlStore::readMembers(SqlConnection& connection, const QString& tenant,
                                         const QString& type, const QString& groupId) const
{
    SqlStatement* query =
        connection.run(QStringLiteral("SELECT json FROM members WHERE tenant = ? AND group_type = ? "
                                      "AND group_id = ? ORDER BY position"),
                       {tenant, type, groupId});
    if (!query)
        return databaseError(QStringLiteral("reading members"), connection.error());
    QJsonArray members;
    while (query->next())
        members.append(parsed(*query, 0).object());
    query->finish();
    return members;
}

namespace {

// The group ids of a JSON array (SQLite's json_group_array, PostgreSQL's json_agg, NULL for none), sorted
// as groupsWithMember returns them.
QStringList groupIdsFrom(const QByteArray& json)
{
    QStringList ids;
    // Most resources are in no group: every get reads this, so the empty array is no JSON to parse.
    if (json.isEmpty() || json == "[]")
        return ids;
    const QJsonArray array = QJsonDocument::fromJson(SqliteText::readableJson(json)).array();
    ids.reserve(array.size());
    for (const QJsonValue id : array)
        ids.append(id.toString());
    ids.sort();
    return ids;
}

// A list's conditions with their values, as SqlPagePositions knows the list by: each value with its type
// (SQLite compares text and numbers differently) and its length, so that no two lists share a key.
QString listKey(const QString& conditions, const QVariantList& bindings)
{
    QString key = conditions;
    for (const QVariant& binding : bindings) {
        if (binding.isNull()) {
            key += QStringLiteral("\nnull");
            continue;
        }
        const QString value = binding.toString();
        key +=
            u'\n' + QString::number(binding.typeId()) + u':' + QString::number(value.size()) + u':' + value;
    }
    return key;
}

// A read transaction, so that several statements see one state of the database.
class ReadSnapshot final {
public:
    explicit ReadSnapshot(SqlConnection& connection)
        : m_connection(connection)
    {
        // A StoreTransaction's reads are one snapshot already (and must see its own writes).
        if (m_connection.inStoreTransaction())
            return;
        m_open =
            m_connection.execute(m_connection.dialect() == SqlDialect::Sqlite
                                     ? QStringLiteral("BEGIN")
                                     : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
        if (!m_open)
            qCWarning(lcSqlStore) << "Cannot start a read transaction:" << m_connection.error().text();
    }
    ~ReadSnapshot()
    {
        if (m_open)
            m_connection.execute(QStringLiteral("COMMIT"));
    }
    Q_DISABLE_COPY_MOVE(ReadSnapshot)

    bool isOpen() const { return m_open; }

private:
    SqlConnection& m_connection;
    bool m_open = false;
};

} // namespace

Resource SqlStore::resourceFromRow(const SqlStatement& row, int versionColumn, int jsonColumn, int keysColumn,
                                   const QString& tenant, const QString& type, const QString& id) const
{
    const quint64 version = row.value(versionColumn).toULongLong();
    const VersionedCache<ParsedRow>::Key key{tenant, type, id, {}};
    if (std::optional<ParsedRow> cached = m_rows->find(key, version))
        return Resource{id, type, version, std::move(cached->json), std::move(cached->uniqueKeys)};
    const QByteArray text = row.utf8(jsonColumn);
    Resource resource{id, type, version, QJsonDocument::fromJson(SqliteText::readableJson(text)).object(),
                      uniqueKeysFrom(row, keysColumn)};
    // Parsed JSON takes about twice its text.
    m_rows->insert(key, version, ParsedRow{resource.json, resource.uniqueKeys}, 2 * text.size());
    return resource;
}

std::unique_ptr<StoreChangeNotifier> SqlStore::changeNotifier() const
{
    if (m_options.dialect != SqlDialect::Postgres)
        return nullptr;
    const SqlStoreOptions settings = m_options;
    Result<std::unique_ptr<PostgresChangeNotifier>> notifier = PostgresChangeNotifier::open(
        [&settings](QSqlDatabase& database) { return setUpPostgres(database, settings); });
    if (!notifier) {
        qCWarning(lcSqlStore) << notifier.error().detail;
        return nullptr;
    }
    return std::move(notifier).value();
}

QByteArray SqlStore::metricsText() const
{
    return m_rows->prometheusText("muster_store_row_cache", "Parsed rows") +
           "# HELP muster_store_unchanged_reads_total Reads of one resource answered without a statement: "
           "nothing had committed since the connection last read it.\n"
           "# TYPE muster_store_unchanged_reads_total counter\nmuster_store_unchanged_reads_total " +
           QByteArray::number(unchangedReads()) + '\n' + m_pool->prometheusText();
}

std::optional<Resource> SqlStore::get(const QString& tenant, const QString& resourceType, const QString& id,
                                      ReadMembers members) const
{
    Result<std::optional<Resource>> found = find(tenant, resourceType, id, members);
    if (!found) {
        qCWarning(lcSqlStore) << "get:" << found.error().detail;
        return std::nullopt;
    }
    return std::move(found).value();
}

Result<std::optional<Resource>> SqlStore::find(const QString& tenant, const QString& resourceType,
                                               const QString& id, ReadMembers members) const
{
    const Result<SqlConnection*> connection = this->connection();
    if (!connection)
        return connection.error();
    const QString type = typeName(resourceType);
    const bool withMembers = members == ReadMembers::Include && isGroupType(type);
    // Nothing committed since this connection last read the resource: its version names the parsed row.
    std::optional<SqliteWalVfs::CommitMark> before;
    if (!withMembers && m_options.rowCacheBytes > 0)
        before = (*connection)->lastCommit();
    if (before) {
        if (std::optional<Resource> known = knownResource(**connection, *before, tenant, type, id))
            return known;
    }
    std::optional<ReadSnapshot> snapshot;
    if (withMembers)
        snapshot.emplace(**connection);
    // The resource's direct groups come in the same statement, for the groupsWithMember call that
    // Directory makes next (GroupsReadAhead).
    const bool sqlite = m_options.dialect == SqlDialect::Sqlite;
    SqlStatement* query =
        (*connection)
            ->run(
                sqlite
                    ? QStringLiteral(
                          "SELECT r.version, r.json, r.unique_keys, (SELECT json_group_array(m.group_id) "
                          "FROM members m WHERE m.tenant = r.tenant AND m.member_id = r.id) "
                          "FROM resources r WHERE r.tenant = ? AND r.type = ? AND r.id = ?")
                    : QStringLiteral("SELECT r.version, r.json, r.unique_keys, (SELECT json_agg(m.group_id) "
                                     "FROM members m WHERE m.tenant = r.tenant AND m.member_id = r.id) "
                                     "FROM resources r WHERE r.tenant = ? AND r.type = ? AND r.id = ?"),
                {tenant, type, id});
    if (!query)
        return databaseError(QStringLiteral("reading %1 \"%2\"").arg(type, id), (*connection)->error());
    if (!query->next()) {
        query->finish();
        return std::optional<Resource>();
    }
    Resource resource = resourceFromRow(*query, 0, 1, 2, tenant, type, id);
    QStringList groups = groupIdsFrom(query->utf8(3));
    query->finish();
    // The statement's read transaction saw the state of `before` only if no commit came before its end.
    if (before && (*connection)->lastCommit() == before)
        (*connection)->knownVersions().keep(*before, tenant, type, id, {resource.version, groups});
    (*connection)->groupsReadAhead().keep(tenant, id, std::move(groups));
    if (withMembers) {
        const Result<QJsonArray> elements = readMembers(**connection, tenant, type, id);
        if (!elements)
            return elements.error();
        if (!elements->isEmpty())
            resource.json.insert(Members, *elements);
    }
    return std::optional<Resource>(std::move(resource));
}

std::optional<Resource> SqlStore::knownResource(SqlConnection& connection,
                                                const SqliteWalVfs::CommitMark& state, const QString& tenant,
                                                const QString& type, const QString& id) const
{
    const KnownVersions::Known* known = connection.knownVersions().find(state, tenant, type, id);
    if (!known)
        return std::nullopt;
    std::optional<ParsedRow> row = m_rows->find({tenant, type, id, {}}, known->version);
    if (!row)
        return std::nullopt;
    m_unchangedReads.fetch_add(1, std::memory_order_relaxed);
    connection.groupsReadAhead().keep(tenant, id, known->groups);
    return Resource{id, type, known->version, std::move(row->json), std::move(row->uniqueKeys)};
}

Result<QueryResult> SqlStore::query(const QString& tenant, const Query& query) const
{
    const ResourceType* type = m_registry->resourceType(query.resourceType);
    if (!type)
        return ScimError::notFound(QStringLiteral("Unknown resource type \"%1\"").arg(query.resourceType));

    // Bind filter and sort to the schemas first: errors need no database.
    const SqlQueryTranslator translator(*m_registry, *type, m_options.dialect);
    std::optional<SqlFragment> where;
    if (query.filter) {
        Result<SqlFragment> translated = translator.where(query.filter);
        if (!translated)
            return translated.error();
        where = std::move(translated).value();
    }
    const SqlStoreIndexHint indexHint(*m_registry, *type, isGroupType(type->name), m_options.dialect);
    SqlFragment order{QStringLiteral("r.id"), {}};
    if (query.sort) {
        Result<SqlFragment> translated = translator.orderBy(*query.sort);
        if (!translated)
            return translated.error();
        // The same order from an indexed column, where there is one: the index gives the page.
        const SqlFragment indexed = indexHint.orderBy(*query.sort);
        order = indexed.sql.isEmpty() ? std::move(translated).value() : indexed;
    }

    const Result<SqlConnection*> connection = this->connection();
    if (!connection)
        return connection.error();
    SqlConnection& sql = **connection;

    QString conditions = QStringLiteral("r.tenant = ? AND r.type = ?");
    QVariantList bindings{tenant, type->name};
    if (query.filter) {
        // An index finds the candidates; the translated filter still decides.
        const SqlFragment hint = indexHint.condition(*query.filter, tenant);
        if (!hint.sql.isEmpty()) {
            conditions += QStringLiteral(" AND ") + hint.sql;
            bindings += hint.bindings;
            // Without statistics SQLite would rather walk the primary key in id order than look the
            // few candidates up; "+r.id" keeps the order but not the index.
            if (!query.sort && m_options.dialect == SqlDialect::Sqlite)
                order.sql = QStringLiteral("+r.id");
        }
        conditions += QStringLiteral(" AND (") + where->sql + u')';
        bindings += where->bindings;
    }

    QueryResult result;
    result.startIndex = std::max<qint64>(1, query.startIndex);
    const qint64 offset = result.startIndex - 1;
    const bool returnsMembers =
        isGroupType(type->name) && projectionKeepsMembers(*m_registry, *type, query.projection);
    // Statements that must agree (a page and its total, groups and their members) share one snapshot; a
    // lone statement needs none, which saves PostgreSQL two round trips.
    std::optional<ReadSnapshot> snapshot;
    if (returnsMembers || query.count || offset > 0)
        snapshot.emplace(sql);

    // SQLite: what this connection learned about the same list in the same database state spares the
    // COUNT(*) and the walk to the page's start (SqlPagePositions). Learned inside the snapshot, so that
    // the state read is the one the page and the count come from.
    const bool sqlite = m_options.dialect == SqlDialect::Sqlite;
    SqlPagePositions* positions = nullptr;
    QString list;
    if (sqlite && snapshot && snapshot->isOpen()) {
        if (const std::optional<SqlPagePositions::State> state = sql.sqliteState()) {
            positions = &sql.pagePositions();
            positions->follow(*state);
            list = listKey(conditions, bindings);
        }
    }
    const bool idOrder = order.sql == QLatin1String("r.id") || order.sql == QLatin1String("+r.id");

    std::optional<qint64> total;
    // Without a total, one row past the page tells whether more follow, instead of a COUNT over every match.
    const bool probesNextRow = !query.countTotal && query.count && *query.count > 0;
    bool moreFollow = false;
    bool totalIsLowerBound = false;
    if (!query.count || *query.count > 0) {
        const QVariant limit = query.count ? QVariant(qint64(*query.count) + (probesNextRow ? 1 : 0))
                                           : (sqlite ? QVariant(qint64(-1)) : QVariant());
        QString pageConditions = conditions;
        QVariantList pageBindings = bindings;
        qint64 skip = offset;
        if (positions && idOrder && offset > 0) {
            if (const std::optional<SqlPagePositions::Position> start =
                    positions->startBefore(list, offset)) {
                pageConditions += QStringLiteral(" AND r.id >= ?");
                pageBindings.append(start->id);
                skip = offset - start->offset;
            }
        }
        SqlStatement* page =
            sql.run(QStringLiteral("SELECT r.id, r.version, r.json, r.unique_keys FROM resources r "
                                   "WHERE %1 ORDER BY %2 LIMIT ? OFFSET ?")
                        .arg(pageConditions, order.sql),
                    pageBindings + order.bindings + QVariantList{limit, skip});
        if (!page)
            return databaseError(QStringLiteral("querying %1").arg(type->name), sql.error());
        while (page->next()) {
            if (probesNextRow && result.resources.size() == *query.count) {
                moreFollow = true;
                break;
            }
            result.resources.append(
                resourceFromRow(*page, 1, 2, 3, tenant, type->name, page->value(0).toString()));
        }
        page->finish();
        const qsizetype rows = result.resources.size();
        if (probesNextRow && moreFollow) {
            // The count this connection knows for the same state is exact and free; else the page's end
            // and one more, which is not a count to remember.
            total = positions ? positions->count(list) : std::nullopt;
            if (!total) {
                total = offset + rows + 1;
                totalIsLowerBound = true;
            }
        }
        // A page that ends before its limit tells the total, unless it is empty past the start.
        if (!total && (!query.count || rows < *query.count || probesNextRow) && (rows > 0 || offset == 0))
            total = offset + rows;
        if (positions && idOrder && rows > 0) {
            positions->rememberStart(list, {offset, result.resources.constFirst().id});
            positions->rememberStart(list, {offset + rows - 1, result.resources.constLast().id});
        }
    }
    if (!total && positions)
        total = positions->count(list);
    if (!total) {
        SqlStatement* counted =
            sql.run(QStringLiteral("SELECT COUNT(*) FROM resources r WHERE %1").arg(conditions), bindings);
        if (!counted)
            return databaseError(QStringLiteral("counting %1").arg(type->name), sql.error());
        total = counted->next() ? counted->value(0).toLongLong() : 0;
        counted->finish();
    }
    if (positions && !totalIsLowerBound)
        positions->rememberCount(list, *total);
    result.totalResults = *total;
    if (result.totalResults == 0) {
        const Result<bool> exists = tenantExists(sql, tenant);
        if (!exists)
            return exists.error();
        if (!*exists)
            return unknownTenant(tenant);
    }
    if (returnsMembers) {
        for (Resource& resource : result.resources) {
            const Result<QJsonArray> elements = readMembers(sql, tenant, type->name, resource.id);
            if (!elements)
                return elements.error();
            if (!elements->isEmpty())
                resource.json.insert(Members, *elements);
        }
    }
    return result;
}

QStringList SqlStore::groupsWithMember(const QString& tenant, const QString& memberId) const
{
    const Result<SqlConnection*> connection = this->connection();
    if (!connection) {
        qCWarning(lcSqlStore) << connection.error().detail;
        return {};
    }
    if (std::optional<QStringList> readAhead = (*connection)->groupsReadAhead().take(tenant, memberId))
        return *std::move(readAhead);
    SqlStatement* query =
        (*connection)
            ->run(QStringLiteral("SELECT group_id FROM members WHERE tenant = ? AND member_id = ?"),
                  {tenant, memberId});
    if (!query) {
        qCWarning(lcSqlStore) << "groupsWithMember:" << (*connection)->error().text();
        return {};
    }
    QStringList groups;
    while (query->next())
        groups.append(query->value(0).toString());
    query->finish();
    groups.sort();
    return groups;
}

bool SqlStore::isMember(const QString& tenant, const QString& groupId, const QString& memberId) const
{
    const Result<SqlConnection*> connection = this->connection();
    if (!connection)
        return false;
    SqlStatement* query =
        (*connection)
            ->run(QStringLiteral("SELECT 1 FROM members WHERE tenant = ? AND group_id = ? AND member_id = ?"),
                  {tenant, groupId, memberId});
    if (!query) {
        qCWarning(lcSqlStore) << "isMember:" << (*connection)->error().text();
        return false;
    }
    const bool member = query->next();
    query->finish();
    return member;
}

qint64 SqlStore::memberCount(const QString& tenant, const QString& groupId) const
{
    const Result<SqlConnection*> connection = this->connection();
    if (!connection)
        return 0;
    SqlStatement* query =
        (*connection)
            ->run(QStringLiteral("SELECT COUNT(*) FROM members WHERE tenant = ? AND group_id = ?"),
                  {tenant, groupId});
    if (!query) {
        qCWarning(lcSqlStore) << "memberCount:" << (*connection)->error().text();
        return 0;
    }
    const qint64 count = query->next() ? query->value(0).toLongLong() : 0;
    query->finish();
    return count;
}

QList<AuditEntry> SqlStore::auditLog(const QString& tenant, qint64 afterSequence, int limit) const
{
    if (limit <= 0)
        return {};
    const Result<SqlConnection*> connection = this->connection();
    if (!connection)
        return {};
    SqlStatement* query =
        (*connection)
            ->run(QStringLiteral(
                      "SELECT sequence, time, actor, action, resource_type, resource_id, version_before, "
                      "version_after, changes FROM audit WHERE tenant = ? AND sequence > ? ORDER BY sequence "
                      "LIMIT ?"),
                  {tenant, afterSequence, qint64(limit)});
    if (!query) {
        qCWarning(lcSqlStore) << "auditLog:" << (*connection)->error().text();
        return {};
    }
    QList<AuditEntry> entries;
    while (query->next()) {
        AuditEntry entry;
        entry.sequence = query->value(0).toLongLong();
        if (!query->value(1).isNull())
            entry.time = QDateTime::fromMSecsSinceEpoch(query->value(1).toLongLong(), Qt::UTC);
        entry.actor = query->value(2).toString();
        entry.action = query->value(3).toString();
        entry.resourceType = query->value(4).toString();
        entry.resourceId = query->value(5).toString();
        entry.versionBefore = query->value(6).toULongLong();
        entry.versionAfter = query->value(7).toULongLong();
        entry.changes = parsed(*query, 8).object();
        entries.append(std::move(entry));
    }
    query->finish();
    return entries;
}

qint64 SqlStore::count(const QString& tenant, const QString& resourceType) const
{
    const Result<SqlConnection*> connection = this->connection();
    if (!connection)
        return 0;
    SqlStatement* query =
        (*connection)
            ->run(QStringLiteral("SELECT COUNT(*) FROM resources WHERE tenant = ? AND type = ?"),
                  {tenant, typeName(resourceType)});
    if (!query) {
        qCWarning(lcSqlStore) << "count:" << (*connection)->error().text();
        return 0;
    }
    const qint64 count = query->next() ? query->value(0).toLongLong() : 0;
    query->finish();
    return count;
}

Status SqlStore::backupTo(const QString& file) const
{
    if (m_options.dialect != SqlDialect::Sqlite) {
        return ScimError::badRequest(ScimType::InvalidValue,
                                     QStringLiteral("A PostgreSQL database is backed up with pg_dump"));
    }
    const Result<SqlConnection*> connection = this->connection();
    if (!connection)
        return connection.error();
    const QString target = QFileInfo(file).absoluteFilePath();
    if (target == m_options.sqliteFile)
        return ScimError::badRequest(ScimType::InvalidValue,
                                     QStringLiteral("A backup cannot replace its database"));
    // VACUUM INTO writes a new file only: write beside the target, then put it in place in one step.
    const QString partial =
        target + QStringLiteral(".partial-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    SqlStatement* query = (*connection)->run(QStringLiteral("VACUUM INTO ?"), {partial});
    if (!query) {
        QFile::remove(partial);
        return databaseError(QStringLiteral("backing up to %1").arg(target), (*connection)->error());
    }
    query->finish();
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(partial.toStdU16String()),
                            std::filesystem::path(target.toStdU16String()), error);
    if (error) {
        QFile::remove(partial);
        return ScimError::internal(QStringLiteral("Cannot put the backup in place at %1: %2")
                                       .arg(target, QString::fromStdString(error.message())));
    }
    return {};
}

Status SqlStore::restoreFrom(const QString& file)
{
    if (m_options.dialect != SqlDialect::Sqlite) {
        return ScimError::badRequest(ScimType::InvalidValue,
                                     QStringLiteral("A PostgreSQL database is restored with pg_restore"));
    }
    const QString source = QFileInfo(file).absoluteFilePath();
    if (!QFileInfo(source).isFile())
        return ScimError::notFound(QStringLiteral("No backup at %1").arg(source));
    if (source == m_options.sqliteFile)
        return ScimError::badRequest(ScimType::InvalidValue,
                                     QStringLiteral("A backup cannot restore onto itself"));
    if (Status checked = checkBackup(source); !checked)
        return checked;

    const Result<SqlConnection*> connection = this->connection();
    if (!connection)
        return connection.error();
    std::optional<QMutexLocker<QMutex>> writer;
    if (m_writerMutex)
        writer.emplace(m_writerMutex.get());
    if (Status copied = SqliteBackup::copyInto((*connection)->database(), source, m_options.busyTimeoutMs);
        !copied) {
        return copied;
    }
    // The backup has tenants of its own; its rows are older versions, which the cache would tell apart,
    // but memory is better spent on what is read from now on. The backup API's pages are no change this
    // connection counts: what it knew of its lists goes too.
    forgetTenants();
    m_rows->clear();
    (*connection)->pagePositions().forget();
    (*connection)->groupsReadAhead().drop();
    // A backup from an older Muster is brought up to this build's schema, as at start-up.
    return SqlMigrations::apply(**connection);
}

Status SqlStore::restore(const QString& from, const QString& to)
{
    const QString source = QFileInfo(from).absoluteFilePath();
    const QString target = QFileInfo(to).absoluteFilePath();
    if (!QFileInfo(source).isFile())
        return ScimError::notFound(QStringLiteral("No backup at %1").arg(source));
    if (source == target)
        return ScimError::badRequest(ScimType::InvalidValue,
                                     QStringLiteral("A backup cannot restore onto itself"));

    if (Status checked = checkBackup(source); !checked)
        return checked;

    const QString partial =
        target + QStringLiteral(".partial-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    if (!QFile::copy(source, partial))
        return ScimError::internal(QStringLiteral("Cannot copy %1 to %2").arg(source, partial));
    // The old WAL belongs to the old database: applied to the restored one, it would corrupt it.
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(partial.toStdU16String()),
                            std::filesystem::path(target.toStdU16String()), error);
    if (error) {
        QFile::remove(partial);
        return ScimError::internal(QStringLiteral("Cannot put the restored database in place at %1: %2")
                                       .arg(target, QString::fromStdString(error.message())));
    }
    return {};
}

} // namespace muster
