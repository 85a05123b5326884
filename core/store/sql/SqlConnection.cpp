#include "store/sql/SqlConnection.h"

#include <QSqlError>

namespace muster {

SqlConnection::SqlConnection(QString name, QSqlDatabase database, SqlDialect dialect, int statementCacheSize)
    : m_name(std::move(name))
    , m_database(std::move(database))
    , m_dialect(dialect)
    , m_statementCacheSize(std::max(8, statementCacheSize))
{}

SqlConnection::~SqlConnection()
{
    // Every query and handle must be gone before removeDatabase, or Qt reports the connection in use.
    m_statements.clear();
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlQuery* SqlConnection::run(const QString& sql, const QVariantList& values)
{
    auto statement = m_statements.find(sql);
    if (statement == m_statements.end()) {
        // Filters of many shapes make many statements: start over rather than grow without bound.
        if (m_statements.size() >= m_statementCacheSize)
            m_statements.clear();
        QSqlQuery query(m_database);
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            m_error = query.lastError();
            return nullptr;
        }
        statement = m_statements.insert(sql, std::move(query));
    }
    QSqlQuery& query = *statement;
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = query.lastError();
        query.finish();
        return nullptr;
    }
    return &query;
}

bool SqlConnection::execute(const QString& sql)
{
    if (m_dialect == SqlDialect::Sqlite) {
        QSqlQuery* query = run(sql);
        if (query)
            query->finish();
        return query != nullptr;
    }
    QSqlQuery query(m_database);
    if (!query.exec(sql)) {
        m_error = query.lastError();
        return false;
    }
    return true;
}

} // namespace muster
