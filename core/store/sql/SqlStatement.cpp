#include "store/sql/SqlStatement.h"

#include "store/sql/SqliteText.h"

#include <sqlite3.h>

namespace muster {

namespace {

QSqlError sqliteError(sqlite3* database, const QString& what, int code)
{
    // The primary code, as QSQLITE reports it: databaseError() tells busy (5) and locked (6) by it.
    return QSqlError(what, QString::fromUtf8(sqlite3_errmsg(database)), QSqlError::StatementError,
                     QString::number(code & 0xff));
}

bool isNullValue(const QVariant& value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    default:
        return false;
    }
}

} // namespace

std::unique_ptr<SqlStatement> SqlStatement::prepare(sqlite3* database, const QString& sql, QSqlError& error)
{
    std::unique_ptr<SqlStatement> statement(new SqlStatement);
    statement->m_database = database;
    const QByteArray text = sql.toUtf8();
    const int code = sqlite3_prepare_v3(database, text.constData(), int(text.size()),
                                        SQLITE_PREPARE_PERSISTENT, &statement->m_statement, nullptr);
    if (code != SQLITE_OK) {
        error = sqliteError(database, QStringLiteral("Unable to prepare statement"), code);
        return nullptr;
    }
    return statement;
}

std::unique_ptr<SqlStatement> SqlStatement::prepare(const QSqlDatabase& database, const QString& sql,
                                                    QSqlError& error)
{
    std::unique_ptr<SqlStatement> statement(new SqlStatement);
    statement->m_query.emplace(database);
    statement->m_query->setForwardOnly(true);
    if (!statement->m_query->prepare(sql)) {
        error = statement->m_query->lastError();
        return nullptr;
    }
    return statement;
}

SqlStatement::~SqlStatement()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

bool SqlStatement::bind(int index, const QVariant& value)
{
    if (isNullValue(value))
        return sqlite3_bind_null(m_statement, index) == SQLITE_OK;
    switch (value.typeId()) {
    case QMetaType::QString: {
        const QString text = value.toString();
        QByteArray utf8 = SqliteText::encodeNulls(text);
        if (utf8.isEmpty())
            utf8 = text.toUtf8();
        m_buffers.append(std::move(utf8));
        break;
    }
    case QMetaType::QByteArray:
        m_buffers.append(value.toByteArray());
        break;
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(m_statement, index, value.toLongLong()) == SQLITE_OK;
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(m_statement, index, value.toDouble()) == SQLITE_OK;
    default:
        m_buffers.append(value.toString().toUtf8());
        break;
    }
    const QByteArray& utf8 = m_buffers.constLast();
    return sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC) ==
           SQLITE_OK;
}

bool SqlStatement::exec(const QVariantList& values, QSqlError& error)
{
    if (m_query) {
        for (const QVariant& value : values) {
            if (value.typeId() == QMetaType::QByteArray && !value.isNull())
                m_query->addBindValue(QString::fromUtf8(value.toByteArray()));
            else
                m_query->addBindValue(value);
        }
        if (!m_query->exec()) {
            error = m_query->lastError();
            m_query->finish();
            return false;
        }
        return true;
    }

    sqlite3_reset(m_statement);
    m_buffers.clear();
    m_rowPending = false;
    m_done = true;
    if (values.size() != sqlite3_bind_parameter_count(m_statement)) {
        error = QSqlError(QStringLiteral("Unable to bind values"), QStringLiteral("Parameter count mismatch"),
                          QSqlError::StatementError);
        return false;
    }
    m_buffers.reserve(values.size());
    for (int i = 0; i < values.size(); ++i) {
        if (!bind(i + 1, values.at(i))) {
            error =
                sqliteError(m_database, QStringLiteral("Unable to bind values"), sqlite3_errcode(m_database));
            return false;
        }
    }
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW) {
        m_rowPending = true;
        m_done = false;
        return true;
    }
    if (code == SQLITE_DONE) {
        m_changes = sqlite3_changes(m_database);
        return true;
    }
    error = sqliteError(m_database, QStringLiteral("Unable to execute statement"), code);
    sqlite3_reset(m_statement);
    return false;
}

bool SqlStatement::next()
{
    if (m_query)
        return m_query->next();
    if (m_rowPending) {
        m_rowPending = false;
        return true;
    }
    if (m_done)
        return false;
    if (sqlite3_step(m_statement) == SQLITE_ROW)
        return true;
    // Done, or an error that ends the rows.
    m_done = true;
    return false;
}

QVariant SqlStatement::value(int column) const
{
    if (m_query)
        return m_query->value(column);
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_BLOB: {
        const void* data = sqlite3_column_blob(m_statement, column);
        return QVariant(
            QByteArray(static_cast<const char*>(data), sqlite3_column_bytes(m_statement, column)));
    }
    case SQLITE_TEXT: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        const QByteArrayView utf8(text, text ? sqlite3_column_bytes(m_statement, column) : 0);
        if (SqliteText::hasEncodedNull(utf8))
            return QVariant(SqliteText::decode(utf8));
        // SQLite's own conversion, as QSQLITE reads text: it keeps noncharacters that Qt's decoder replaces.
        const auto* units = static_cast<const QChar*>(sqlite3_column_text16(m_statement, column));
        return QVariant(QString(units, sqlite3_column_bytes16(m_statement, column) / 2));
    }
    default:
        return QVariant();
    }
}

QByteArray SqlStatement::utf8(int column) const
{
    if (m_query)
        return m_query->value(column).toString().toUtf8();
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QByteArray(text, text ? sqlite3_column_bytes(m_statement, column) : 0);
}

int SqlStatement::numRowsAffected() const
{
    if (m_query)
        return m_query->numRowsAffected();
    return m_changes;
}

void SqlStatement::finish()
{
    if (m_query) {
        m_query->finish();
        return;
    }
    sqlite3_reset(m_statement);
    m_rowPending = false;
    m_done = true;
}

} // namespace muster
