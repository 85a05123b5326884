#pragma once

#include "store/sql/SqlDialect.h"

#include <QString>

namespace muster {

// How a SqlStore reaches its database. Only the part for the chosen dialect is read.
struct SqlStoreOptions {
    SqlDialect dialect = SqlDialect::Sqlite;

    // --- SQLite (driver QSQLITE) ---

    // The database file; empty: QStandardPaths::AppDataLocation + "/muster.db" (its folder is created).
    QString sqliteFile;

    // When a commit reaches the disk. The database always runs in WAL mode.
    // - Normal (the default): a commit is written to the WAL but the WAL is synced only at checkpoints.
    //   A power loss or an OS crash may lose the last transactions before the last checkpoint, but never
    //   corrupts the database; a crash of Muster alone loses nothing. About 6x the commits per second.
    // - Full: every commit syncs the WAL; nothing committed is ever lost.
    enum class Synchronous { Normal, Full };
    Synchronous synchronous = Synchronous::Normal;

    // How long a connection waits for another process's write lock before failing (503).
    int busyTimeoutMs = 5000;

    // --- PostgreSQL (driver QPSQL) ---

    // The server as a URL or libpq key/value string (see DatabaseUrl), e.g.
    // "postgres://muster:secret@db.example:5432/muster?sslmode=require". When set, it replaces the
    // QSqlDatabase parameters below.
    QString postgresUrl;
    // The server, as QSqlDatabase parameters. connectOptions takes libpq keywords separated by ';'
    // (e.g. "sslmode=require;connect_timeout=5").
    QString hostName = QStringLiteral("127.0.0.1");
    int port = 5432;
    QString databaseName;
    QString userName;
    QString password;
    QString connectOptions;
    // The schema that holds Muster's tables (created if missing), so that several directories can share
    // one database; empty: the connection's search_path (normally "public"). Lowercase letters, digits
    // and '_', starting with a letter.
    QString postgresSchema;

    // Times a write batch is tried again after PostgreSQL aborted it to break a deadlock or a
    // serialization conflict; the batch is all-or-nothing, so trying again is safe.
    int deadlockRetries = 5;

    // --- Both ---

    // Connections this store keeps open at most in this process (one per thread that used the store;
    // for PostgreSQL, this process's share of the server's max_connections). A thread that needs one
    // while all are taken waits up to connectionWaitMs, then gets a 503 error. 0: no limit.
    int maxConnections = 64;
    int connectionWaitMs = 10000;

    // Prepared statements kept per connection (filters of different shapes are different statements).
    int statementCacheSize = 256;

    // Memory for parsed rows kept per resource version, so that reading an unchanged resource again
    // skips parsing its JSON; never stale (see VersionedCache). 0 turns it off.
    qint64 rowCacheBytes = qint64(64) * 1024 * 1024;
};

} // namespace muster
