#include "store/sql/SqlConnection.h"

#include "store/sql/SqliteHandle.h"

#include <QSqlQuery>

#include <sqlite3.h>

namespace muster {

SqlConnection::SqlConnection(QString name, const QSqlDatabase& database, SqlDialect dialect,
                             int statementCacheSize)
    : m_name(std::move(name))
    , m_database(database)
    , m_dialect(dialect)
    , m_sqlite(dialect == SqlDialect::Sqlite ? sqliteHandle(m_database) : nullptr)
    , m_statementCacheSize(std::max(8, statementCacheSize))
{}

SqlConnection::~SqlConnection()
{
    // Every statement and handle must be gone before removeDatabase, or Qt reports the connection in use
    // (and SQLite does not close a connection with statements left).
    m_literalStatements.clear();
    m_statements.clear();
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

SqlStatement* SqlConnection::run(const QString& sql, const QVariantList& values)
{
    // A literal's text lives as long as the program and is never changed, so its address names it.
    const bool literal = !sql.data_ptr().isMutable() && !sql.isEmpty();
    SqlStatement* cached = nullptr;
    if (literal) {
        if (const auto byAddress = m_literalStatements.find(sql.constData());
            byAddress != m_literalStatements.end())
            cached = byAddress->second;
    }
    if (!cached) {
        auto found = m_statements.find(sql);
        if (found == m_statements.end()) {
            // Filters of many shapes make many statements: start over rather than grow without bound.
            if (qsizetype(m_statements.size()) >= m_statementCacheSize) {
                m_literalStatements.clear();
                m_statements.clear();
            }
            std::unique_ptr<SqlStatement> prepared = m_sqlite
                                                         ? SqlStatement::prepare(m_sqlite, sql, m_error)
                                                         : SqlStatement::prepare(m_database, sql, m_error);
            if (!prepared)
                return nullptr;
            found = m_statements.emplace(sql, std::move(prepared)).first;
        }
        cached = found->second.get();
        if (literal)
            m_literalStatements.emplace(sql.constData(), cached);
    }
    SqlStatement& statement = *cached;
    if (!statement.exec(values, m_error))
        return nullptr;
    return &statement;
}

bool SqlConnection::execute(const QString& sql)
{
    if (m_sqlite) {
        SqlStatement* statement = run(sql);
        if (statement)
            statement->finish();
        return statement != nullptr;
    }
    QSqlQuery query(m_database);
    if (!query.exec(sql)) {
        m_error = query.lastError();
        return false;
    }
    return true;
}

std::optional<SqliteWalVfs::CommitMark> SqlConnection::lastCommit()
{
    if (!m_sqlite || sqlite3_get_autocommit(m_sqlite) == 0)
        return std::nullopt;
    if (!m_sqliteFile &&
        sqlite3_file_control(m_sqlite, "main", SQLITE_FCNTL_FILE_POINTER, &m_sqliteFile) != SQLITE_OK)
        m_sqliteFile = nullptr;
    return SqliteWalVfs::lastCommit(m_sqliteFile);
}

std::optional<SqlPagePositions::State> SqlConnection::sqliteState()
{
    if (!m_sqlite)
        return std::nullopt;
    // data_version moves when another connection, in this process or another, commits; the changes of
    // this connection's own writes (rolled back ones too, which only costs a forgotten position) tell
    // the rest.
    SqlStatement* version = run(QStringLiteral("PRAGMA data_version"));
    if (!version || !version->next())
        return std::nullopt;
    const SqlPagePositions::State state{version->value(0).toLongLong(), sqlite3_total_changes64(m_sqlite)};
    version->finish();
    return state;
}

} // namespace muster
