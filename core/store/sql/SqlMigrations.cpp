#include "store/sql/SqlMigrations.h"

#include "store/sql/SqlQueryPostgresFunctions.h"

#include <QDateTime>
#include <QSqlError>

namespace muster {

namespace {

// Keeps two processes that start on one PostgreSQL database from migrating it at the same time.
constexpr qint64 MigrationLockKey = 0x6d75737465720001; // "muster" + 1

// Version 1 in SQLite: resources as JSON text (JSON1 functions read it), with real columns for the
// attributes looked up most and a table of the values of multi-valued ones (emails); group members one
// row each; unique keys guarded by a primary key; the
// audit log in per-tenant sequence. Every B-tree a commit touches costs a page in the WAL (about 12 µs),
// so: tables with small rows are clustered on their primary key (WITHOUT ROWID); indexes on optional
// columns leave out the rows without a value; a resource's unique keys are found through the list in
// its row, not through an index of their own; the sequence continues from the audit table itself (one
// writer at a time), so a write leaves the tenant's row alone.
QList<SqlMigration> sqliteSteps()
{
    return {
        {1,
         QStringLiteral("tenants, resources, unique keys, group members, audit log"),
         {
             QStringLiteral("CREATE TABLE tenants (name TEXT NOT NULL PRIMARY KEY) WITHOUT ROWID"),
             QStringLiteral("INSERT INTO tenants (name) VALUES ('default')"),
             QStringLiteral("CREATE TABLE resources ("
                            " tenant TEXT NOT NULL REFERENCES tenants (name) ON DELETE CASCADE,"
                            " type TEXT NOT NULL,"
                            " id TEXT NOT NULL,"
                            " version INTEGER NOT NULL,"
                            " json TEXT NOT NULL,"
                            " unique_keys TEXT NOT NULL,"
                            " user_name TEXT,"
                            " external_id TEXT,"
                            " display_name TEXT,"
                            " created INTEGER,"
                            " last_modified INTEGER,"
                            " PRIMARY KEY (tenant, type, id))"),
             QStringLiteral("CREATE INDEX resources_user_name ON resources (tenant, type, user_name) WHERE "
                            "user_name IS NOT NULL"),
             QStringLiteral("CREATE INDEX resources_external_id ON resources (tenant, type, external_id) "
                            "WHERE external_id IS NOT NULL"),
             QStringLiteral("CREATE INDEX resources_display_name ON resources (tenant, type, display_name) "
                            "WHERE display_name IS NOT NULL"),
             QStringLiteral("CREATE INDEX resources_created ON resources (tenant, type, created)"),
             QStringLiteral(
                 "CREATE INDEX resources_last_modified ON resources (tenant, type, last_modified)"),
             QStringLiteral("CREATE TABLE unique_keys ("
                            " tenant TEXT NOT NULL,"
                            " type TEXT NOT NULL,"
                            " attribute TEXT NOT NULL,"
                            " value TEXT NOT NULL,"
                            " id TEXT NOT NULL,"
                            " PRIMARY KEY (tenant, type, attribute, value)) WITHOUT ROWID"),
             QStringLiteral(
                 "CREATE TABLE members ("
                 " tenant TEXT NOT NULL,"
                 " group_type TEXT NOT NULL,"
                 " group_id TEXT NOT NULL,"
                 " member_id TEXT NOT NULL,"
                 " member_key TEXT NOT NULL,"
                 " position INTEGER NOT NULL,"
                 " json TEXT NOT NULL,"
                 " PRIMARY KEY (tenant, group_id, member_id),"
                 " FOREIGN KEY (tenant, group_type, group_id) REFERENCES resources (tenant, type, id)"
                 " ON DELETE CASCADE)"),
             QStringLiteral("CREATE INDEX members_order ON members (tenant, group_type, group_id, position)"),
             QStringLiteral("CREATE INDEX members_member ON members (tenant, member_id)"),
             QStringLiteral("CREATE INDEX members_member_key ON members (tenant, member_key)"),
             QStringLiteral("CREATE TABLE resource_values ("
                            " tenant TEXT NOT NULL,"
                            " type TEXT NOT NULL,"
                            " attribute TEXT NOT NULL,"
                            " value_key TEXT NOT NULL,"
                            " id TEXT NOT NULL,"
                            " PRIMARY KEY (tenant, type, attribute, value_key, id)) WITHOUT ROWID"),
             QStringLiteral("CREATE TABLE audit ("
                            " tenant TEXT NOT NULL REFERENCES tenants (name) ON DELETE CASCADE,"
                            " sequence INTEGER NOT NULL,"
                            " time INTEGER,"
                            " actor TEXT NOT NULL,"
                            " action TEXT NOT NULL,"
                            " resource_type TEXT NOT NULL,"
                            " resource_id TEXT NOT NULL,"
                            " version_before INTEGER NOT NULL,"
                            " version_after INTEGER NOT NULL,"
                            " changes TEXT NOT NULL,"
                            " PRIMARY KEY (tenant, sequence)) WITHOUT ROWID"),
         }},
        // Version 2: userName indexed in the order filters sort it by, and one B-tree fewer per write. The
        // userName index follows SqlQueryTranslator's sort (muster_utf16, then id), so that sortBy=userName
        // walks it; it serves "userName eq" as well (SqlStoreIndexHint), and an empty userName, which sorts
        // last, is no key. meta.created ranges read their column without an index (a scan of the table,
        // not of the JSON); meta.lastModified keeps its index, for incremental syncs ("changed since").
        {2,
         QStringLiteral("userName indexed in sort order; no index on created"),
         {
             QStringLiteral("DROP INDEX resources_created"),
             QStringLiteral("DROP INDEX resources_user_name"),
             QStringLiteral("UPDATE resources SET user_name = NULL WHERE user_name = ''"),
             QStringLiteral("CREATE INDEX resources_user_name ON resources (tenant, type, user_name COLLATE "
                            "muster_utf16, id COLLATE muster_utf16)"),
         }},
        // Version 3: a member's groups from the member index alone. Without statistics SQLite preferred the
        // primary key, which covers group_id but is ordered by group, to the member index, which did not
        // cover it: every read of a user's groups walked all memberships of the tenant (10 ms at 50,000).
        {3,
         QStringLiteral("the member index covers group_id"),
         {
             QStringLiteral("DROP INDEX IF EXISTS members_member"),
             QStringLiteral("CREATE INDEX members_member ON members (tenant, member_id, group_id)"),
         }},
    };
}

// Version 1 in PostgreSQL: as in SQLite, with jsonb for the JSON and byte order ("C") for the keys, so
// that the order of ids is the same on every server whatever the database's locale. The tenant's row
// counts its audit sequence: several servers write at once.
QList<SqlMigration> postgresSteps()
{
    QList<SqlMigration> steps{
        {1,
         QStringLiteral("tenants, resources, unique keys, group members, audit log"),
         {
             QStringLiteral("CREATE TABLE tenants ("
                            " name TEXT COLLATE \"C\" NOT NULL PRIMARY KEY,"
                            " last_sequence BIGINT NOT NULL DEFAULT 0)"),
             QStringLiteral("INSERT INTO tenants (name) VALUES ('default')"),
             QStringLiteral("CREATE TABLE resources ("
                            " tenant TEXT COLLATE \"C\" NOT NULL REFERENCES tenants (name) ON DELETE CASCADE,"
                            " type TEXT COLLATE \"C\" NOT NULL,"
                            " id TEXT COLLATE \"C\" NOT NULL,"
                            " version BIGINT NOT NULL,"
                            " json JSONB NOT NULL,"
                            " unique_keys TEXT NOT NULL,"
                            " user_name TEXT COLLATE \"C\","
                            " external_id TEXT COLLATE \"C\","
                            " display_name TEXT COLLATE \"C\","
                            " created BIGINT,"
                            " last_modified BIGINT,"
                            " PRIMARY KEY (tenant, type, id))"),
             QStringLiteral("CREATE INDEX resources_user_name ON resources (tenant, type, user_name) WHERE "
                            "user_name IS NOT NULL"),
             QStringLiteral("CREATE INDEX resources_external_id ON resources (tenant, type, external_id) "
                            "WHERE external_id IS NOT NULL"),
             QStringLiteral("CREATE INDEX resources_display_name ON resources (tenant, type, display_name) "
                            "WHERE display_name IS NOT NULL"),
             QStringLiteral("CREATE INDEX resources_created ON resources (tenant, type, created)"),
             QStringLiteral(
                 "CREATE INDEX resources_last_modified ON resources (tenant, type, last_modified)"),
             QStringLiteral("CREATE TABLE unique_keys ("
                            " tenant TEXT COLLATE \"C\" NOT NULL,"
                            " type TEXT COLLATE \"C\" NOT NULL,"
                            " attribute TEXT COLLATE \"C\" NOT NULL,"
                            " value TEXT COLLATE \"C\" NOT NULL,"
                            " id TEXT COLLATE \"C\" NOT NULL,"
                            " PRIMARY KEY (tenant, type, attribute, value))"),
             QStringLiteral(
                 "CREATE TABLE members ("
                 " tenant TEXT COLLATE \"C\" NOT NULL,"
                 " group_type TEXT COLLATE \"C\" NOT NULL,"
                 " group_id TEXT COLLATE \"C\" NOT NULL,"
                 " member_id TEXT COLLATE \"C\" NOT NULL,"
                 " member_key TEXT COLLATE \"C\" NOT NULL,"
                 " position BIGINT NOT NULL,"
                 " json JSONB NOT NULL,"
                 " PRIMARY KEY (tenant, group_id, member_id),"
                 " FOREIGN KEY (tenant, group_type, group_id) REFERENCES resources (tenant, type, id)"
                 " ON DELETE CASCADE)"),
             QStringLiteral("CREATE INDEX members_order ON members (tenant, group_type, group_id, position)"),
             QStringLiteral("CREATE INDEX members_member ON members (tenant, member_id)"),
             QStringLiteral("CREATE INDEX members_member_key ON members (tenant, member_key)"),
             QStringLiteral("CREATE TABLE resource_values ("
                            " tenant TEXT COLLATE \"C\" NOT NULL,"
                            " type TEXT COLLATE \"C\" NOT NULL,"
                            " attribute TEXT COLLATE \"C\" NOT NULL,"
                            " value_key TEXT COLLATE \"C\" NOT NULL,"
                            " id TEXT COLLATE \"C\" NOT NULL,"
                            " PRIMARY KEY (tenant, type, attribute, value_key, id))"),
             QStringLiteral("CREATE TABLE audit ("
                            " tenant TEXT COLLATE \"C\" NOT NULL REFERENCES tenants (name) ON DELETE CASCADE,"
                            " sequence BIGINT NOT NULL,"
                            " time BIGINT,"
                            " actor TEXT NOT NULL,"
                            " action TEXT NOT NULL,"
                            " resource_type TEXT NOT NULL,"
                            " resource_id TEXT NOT NULL,"
                            " version_before BIGINT NOT NULL,"
                            " version_after BIGINT NOT NULL,"
                            " changes TEXT NOT NULL,"
                            " PRIMARY KEY (tenant, sequence))"),
         }},
    };
    // The functions translated filters call live in the database, beside the tables.
    steps.first().statements += SqlQueryPostgresFunctions::definitions();
    // Every audit entry, that is every write, is announced to the processes that LISTEN (the desktop
    // app and other servers following the database: PostgresChangeNotifier). PostgreSQL sends a
    // transaction's notifications at its commit, one per tenant however many rows it wrote.
    steps.append(
        {2,
         QStringLiteral("writes announced with NOTIFY muster_changes"),
         {
             QStringLiteral("CREATE FUNCTION muster_notify_change() RETURNS trigger LANGUAGE plpgsql AS "
                            "$body$ BEGIN PERFORM pg_notify('muster_changes', NEW.tenant); RETURN NULL; "
                            "END $body$"),
             QStringLiteral("CREATE TRIGGER audit_notify AFTER INSERT ON audit FOR EACH ROW "
                            "EXECUTE FUNCTION muster_notify_change()"),
         }});
    return steps;
}

ScimError failure(const QString& what, const QSqlError& error)
{
    return ScimError::internal(QStringLiteral("Database schema: %1: %2").arg(what, error.text()));
}

} // namespace

QList<SqlMigration> SqlMigrations::steps(SqlDialect dialect)
{
    return dialect == SqlDialect::Sqlite ? sqliteSteps() : postgresSteps();
}

int SqlMigrations::latestVersion(SqlDialect dialect)
{
    const QList<SqlMigration> all = steps(dialect);
    return all.isEmpty() ? 0 : all.last().version;
}

Result<int> SqlMigrations::currentVersion(SqlConnection& connection)
{
    const QString exists =
        connection.dialect() == SqlDialect::Sqlite
            ? QStringLiteral(
                  "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")
            : QStringLiteral("SELECT CASE WHEN to_regclass('schema_version') IS NULL THEN 0 ELSE 1 END");
    SqlStatement* query = connection.run(exists);
    if (!query)
        return failure(QStringLiteral("reading the schema version"), connection.error());
    const bool hasTable = query->next() && query->value(0).toInt() > 0;
    query->finish();
    if (!hasTable)
        return 0;
    query = connection.run(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
    if (!query)
        return failure(QStringLiteral("reading the schema version"), connection.error());
    const int version = query->next() ? query->value(0).toInt() : 0;
    query->finish();
    return version;
}

Status SqlMigrations::apply(SqlConnection& connection)
{
    const SqlDialect dialect = connection.dialect();
    const bool sqlite = dialect == SqlDialect::Sqlite;
    // SQLite: BEGIN IMMEDIATE takes the write lock first, so that no other process migrates meanwhile.
    if (!connection.execute(sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN")))
        return failure(QStringLiteral("starting the migration"), connection.error());
    const auto rollback = [&](const ScimError& error) -> Status {
        connection.execute(QStringLiteral("ROLLBACK"));
        return error;
    };
    if (!sqlite) {
        SqlStatement* lock =
            connection.run(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {QVariant(MigrationLockKey)});
        if (!lock)
            return rollback(failure(QStringLiteral("locking for the migration"), connection.error()));
        lock->finish();
    }

    const Result<int> current = currentVersion(connection);
    if (!current)
        return rollback(current.error());
    const int latest = latestVersion(dialect);
    if (*current > latest) {
        return rollback(ScimError::internal(
            QStringLiteral(
                "The database has schema version %1, newer than version %2 that this Muster knows; "
                "it was left untouched. Use a newer Muster.")
                .arg(*current)
                .arg(latest)));
    }
    if (*current == latest) {
        connection.execute(QStringLiteral("COMMIT"));
        return {};
    }

    if (*current == 0) {
        const QString table = QStringLiteral("CREATE TABLE schema_version ("
                                             " version INTEGER NOT NULL PRIMARY KEY,"
                                             " applied_at TEXT NOT NULL,"
                                             " description TEXT NOT NULL)");
        if (!connection.execute(table))
            return rollback(failure(QStringLiteral("creating schema_version"), connection.error()));
    }
    const QList<SqlMigration> all = steps(dialect);
    for (const SqlMigration& step : all) {
        if (step.version <= *current)
            continue;
        for (const QString& statement : step.statements) {
            if (!connection.execute(statement)) {
                return rollback(
                    failure(QStringLiteral("step %1 (%2...)").arg(step.version).arg(statement.left(60)),
                            connection.error()));
            }
        }
        SqlStatement* recorded = connection.run(
            QStringLiteral("INSERT INTO schema_version (version, applied_at, description) VALUES (?, ?, ?)"),
            {step.version, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), step.description});
        if (!recorded)
            return rollback(
                failure(QStringLiteral("recording step %1").arg(step.version), connection.error()));
        recorded->finish();
    }
    if (!connection.execute(QStringLiteral("COMMIT")))
        return rollback(failure(QStringLiteral("committing the migration"), connection.error()));
    return {};
}

} // namespace muster
