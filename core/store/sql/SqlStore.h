#pragma once

#include "common/VersionedCache.h"
#include "schema/SchemaRegistry.h"
#include "store/ResourceStore.h"
#include "store/sql/SqlStoreOptions.h"
#include "store/sql/SqliteWalVfs.h"

#include <QHash>
#include <QSet>

#include <atomic>
#include <chrono>
#include <memory>
#include <shared_mutex>

class QMutex;

namespace muster {

class SqlConnection;
class SqlConnectionPool;
class SqlStatement;

// A ResourceStore in a SQL database: SQLite (one file, WAL, the embedded default) or PostgreSQL (several
// servers on one database). Resources are JSON rows keyed by (tenant, type, id) with a version, real
// columns for the attributes looked up most, group members one row each in joining order, unique keys
// guarded by the database's own primary key, and an audit log with a per-tenant sequence (see
// SqlMigrations for the tables). Every write batch is one transaction; a write reads the row it changes
// (locked in PostgreSQL) and its UPDATE or DELETE checks the version again, so that of two servers on
// one database only one wins; a unique key goes to whoever inserts it first. Filters, sorting and
// paging run in SQL (SqlQueryTranslator, with SqlStoreIndexHint for the indexes), values always bound.
//
// Rows read are kept parsed per resource version (SqlStoreOptions::rowCacheBytes): a read asks the
// database, which tells the version, but an unchanged resource's JSON is not parsed again. SQLite: while
// nothing commits, a connection reading a resource again needs no statement either (KnownVersions).
//
// Each thread uses its own connection (SqlConnectionPool). SQLite has one writer at a time (a mutex per
// file in the process, BEGIN IMMEDIATE between processes) and readers that never wait for it.
class SqlStore final : public ResourceStore {
public:
    // Opens (and creates or migrates) the database. Fails when it cannot be reached, or when its schema is
    // newer than this build knows (it is then left untouched).
    static Result<std::unique_ptr<SqlStore>> open(std::shared_ptr<const SchemaRegistry> registry,
                                                  SqlStoreOptions options = {});
    ~SqlStore() override;
    Q_DISABLE_COPY_MOVE(SqlStore)

    Status createTenant(const QString& tenant) override;
    Status removeTenant(const QString& tenant) override;
    QStringList tenants() const override;
    bool hasTenant(const QString& tenant) const override;
    Status apply(const QString& tenant, const WriteBatch& batch) override;
    // PostgreSQL: a PostgresChangeNotifier on a connection of its own; nullptr on SQLite, or when the
    // database refuses (logged: the audit log is still polled).
    std::unique_ptr<StoreChangeNotifier> changeNotifier() const override;
    // One transaction on the calling thread's connection, each apply() a savepoint of it. On SQLite it
    // holds the file's writer lock until it ends, so other writers wait for it.
    Result<std::unique_ptr<StoreTransaction>> beginTransaction(const QString& tenant) override;
    std::optional<Resource> get(const QString& tenant, const QString& resourceType, const QString& id,
                                ReadMembers members = ReadMembers::Include) const override;
    Result<std::optional<Resource>> find(const QString& tenant, const QString& resourceType,
                                         const QString& id,
                                         ReadMembers members = ReadMembers::Include) const override;
    Result<QueryResult> query(const QString& tenant, const Query& query) const override;
    QStringList groupsWithMember(const QString& tenant, const QString& memberId) const override;
    bool isMember(const QString& tenant, const QString& groupId, const QString& memberId) const override;
    qint64 memberCount(const QString& tenant, const QString& groupId) const override;
    QList<AuditEntry> auditLog(const QString& tenant, qint64 afterSequence, int limit) const override;
    qint64 count(const QString& tenant, const QString& resourceType) const override;

    const SqlStoreOptions& options() const { return m_options; }
    // The SQLite database file in use (absolute); empty for PostgreSQL.
    QString sqliteFile() const { return m_options.sqliteFile; }
    // Connections open now, over all threads.
    int openConnections() const;

    // SQLite: writes a consistent copy of the whole database to `file` (VACUUM INTO) while other
    // connections go on reading and writing; an existing `file` is replaced only once the copy is
    // complete. PostgreSQL: 400 (use pg_dump).
    Status backupTo(const QString& file) const override;
    // SQLite: checks the backup (intact, a Muster database no newer than this build), copies it into the
    // open database with SQLite's online backup API while readers go on, then migrates it if it is from
    // an older Muster. PostgreSQL: 400 (use pg_restore).
    Status restoreFrom(const QString& file) override;
    // The row cache's hits, misses and size, the reads that needed no statement, and the connection
    // pool's use (SqlConnectionPool).
    QByteArray metricsText() const override;
    // Reads of one resource answered from what the connection knew (KnownVersions), since the store opened.
    quint64 unchangedReads() const { return m_unchangedReads.load(std::memory_order_relaxed); }

    // Puts the SQLite backup `from` in place of the database file `to`, after checking that `from` is an
    // intact Muster database this build can open. The copy replaces `to` in one step, and `to`'s old
    // WAL files are removed. No store may have `to` open meanwhile: close it, restore, then open again.
    static Status restore(const QString& from, const QString& to);

private:
    SqlStore(std::shared_ptr<const SchemaRegistry> registry, SqlStoreOptions options);

    struct Session;    // a write transaction in progress; defined in the .cpp
    class Transaction; // the StoreTransaction; defined in the .cpp

    Result<SqlConnection*> connection() const;
    QString typeName(const QString& resourceType) const;
    bool isGroupType(const QString& type) const { return m_groupTypes.contains(type); }
    // One attempt at a write transaction; `retry` is set when the database aborted it for a deadlock or
    // a serialization conflict.
    Status applyOnce(SqlConnection& connection, const QString& tenant, const WriteBatch& batch,
                     bool& retry) const;
    Status write(Session& session, const WriteOperation& operation) const;
    Status writeMembers(Session& session, const WriteOperation& operation, const QString& type) const;
    Result<QJsonArray> readMembers(SqlConnection& connection, const QString& tenant, const QString& type,
                                   const QString& groupId) const;
    // Asks the database, and remembers the answer (see m_knownTenants).
    Result<bool> tenantExists(SqlConnection& connection, const QString& tenant) const;
    // Whether the tenant was seen in the database lately.
    bool tenantKnown(const QString& tenant) const;
    void forgetTenants(const QString& tenant = {}) const;

    // A resource from a row (version, json and unique_keys at these columns); the JSON is parsed only
    // when the row cache has no copy of this version.
    Resource resourceFromRow(const SqlStatement& row, int versionColumn, int jsonColumn, int keysColumn,
                             const QString& tenant, const QString& type, const QString& id) const;

    // The resource as `connection` last read it, when nothing committed since (see KnownVersions) and the
    // row cache still has its version.
    std::optional<Resource> knownResource(SqlConnection& connection, const SqliteWalVfs::CommitMark& state,
                                          const QString& tenant, const QString& type,
                                          const QString& id) const;

    struct ParsedRow {
        QJsonObject json;
        QList<UniqueKey> uniqueKeys;
    };

    std::shared_ptr<const SchemaRegistry> m_registry;
    SqlStoreOptions m_options;
    std::unique_ptr<VersionedCache<ParsedRow>> m_rows;
    mutable std::atomic<quint64> m_unchangedReads{0};
    QSet<QString> m_groupTypes; // resource type names whose members live in the members table
    std::unique_ptr<SqlConnectionPool> m_pool;
    std::shared_ptr<QMutex> m_writerMutex; // SQLite: shared by every store of the same file in the process
    // Tenants seen in the database, and when: every Directory call asks whether its tenant exists, and
    // most need nothing else from the tenants table. A removal here forgets a tenant at once (and bumps
    // the generation, so that an answer read before it is not remembered); one by another process or
    // server is noticed within KnownTenantLifetime.
    mutable std::shared_mutex m_knownTenantsLock;
    mutable QHash<QString, std::chrono::steady_clock::time_point> m_knownTenants;
    mutable std::atomic<quint64> m_tenantGeneration{0};
};

} // namespace muster
