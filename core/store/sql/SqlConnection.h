#pragma once

#include "common/Result.h"
#include "store/sql/GroupsReadAhead.h"
#include "store/sql/KnownVersions.h"
#include "store/sql/SqlDialect.h"
#include "store/sql/SqlPagePositions.h"
#include "store/sql/SqlStatement.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QVariantList>

#include <memory>
#include <unordered_map>

struct sqlite3;
struct sqlite3_file;

namespace muster {

// One open database connection of one thread, with the statements prepared on it. A QSqlDatabase
// connection may only be used by the thread that opened it, so a SqlConnection never leaves its thread
// (see SqlConnectionPool). Removed from Qt's connection list when destroyed.
class SqlConnection final {
public:
    SqlConnection(QString name, const QSqlDatabase& database, SqlDialect dialect, int statementCacheSize);
    ~SqlConnection();
    Q_DISABLE_COPY_MOVE(SqlConnection)

    const QString& name() const { return m_name; }
    SqlDialect dialect() const { return m_dialect; }
    QSqlDatabase& database() { return m_database; }

    // Runs `sql` as a statement prepared once on this connection, with `values` bound in order to its
    // "?" placeholders (see SqlStatement for the types). nullptr on failure, with error() set. The
    // statement stays valid (and its result readable) until the next run of the same text; call finish()
    // on it when done reading.
    SqlStatement* run(const QString& sql, const QVariantList& values = {});

    // Runs a statement without values (transaction control, DDL): prepared and kept on SQLite, sent as it
    // is to PostgreSQL, which cannot prepare those. False on failure, with error() set.
    bool execute(const QString& sql);

    // The error of the last failed run().
    const QSqlError& error() const { return m_error; }

    // SQLite: the database's state as this connection sees it in its current read transaction (which
    // this starts if none is open), for SqlPagePositions. nullopt on PostgreSQL or failure.
    std::optional<SqlPagePositions::State> sqliteState();
    // What this connection learned about its lists (see SqlPagePositions); SQLite only.
    SqlPagePositions& pagePositions() { return m_pagePositions; }
    // The groups of the resource last read on this connection (see GroupsReadAhead).
    GroupsReadAhead& groupsReadAhead() { return m_groupsReadAhead; }

    // SQLite in WAL mode, outside a transaction: the mark of the database's last commit (see
    // SqliteWalVfs::lastCommit), for KnownVersions. nullopt otherwise: inside a transaction this
    // connection's own changes are not committed yet.
    std::optional<SqliteWalVfs::CommitMark> lastCommit();
    // What this connection read at the database's current state (see KnownVersions); SQLite only.
    KnownVersions& knownVersions() { return m_knownVersions; }

    // Whether a StoreTransaction is open on this connection: writes then take savepoints of it instead
    // of transactions of their own, and reads need no snapshot of their own.
    bool inStoreTransaction() const { return m_inStoreTransaction; }
    void setInStoreTransaction(bool open) { m_inStoreTransaction = open; }

private:
    QString m_name;
    QSqlDatabase m_database;
    SqlDialect m_dialect;
    sqlite3* m_sqlite = nullptr; // SQLite's own handle: statements run on it directly
    int m_statementCacheSize;
    std::unordered_map<QString, std::unique_ptr<SqlStatement>> m_statements; // by SQL text
    // The same statements by the address of a literal's text (QStringLiteral), found without hashing it.
    std::unordered_map<const QChar*, SqlStatement*> m_literalStatements;
    QSqlError m_error;
    SqlPagePositions m_pagePositions;
    GroupsReadAhead m_groupsReadAhead;
    KnownVersions m_knownVersions;
    sqlite3_file* m_sqliteFile = nullptr; // the main database file, once asked for
    bool m_inStoreTransaction = false;
};

} // namespace muster
