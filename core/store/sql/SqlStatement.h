#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace muster {

// One statement prepared on a SqlConnection and run again and again with values bound to its "?"
// placeholders in order. On SQLite it is a sqlite3_stmt of its own: values go in and come out as UTF-8,
// without QtSql's per-value placeholder names and UTF-16 copies (a fifth of a create otherwise), and text
// is kept as SqliteText describes. On other databases it wraps a QSqlQuery.
//
// Values: a null QVariant, a null QString or a null QByteArray bind NULL; a QString binds text, a
// QByteArray binds its bytes as UTF-8 text (as stored: SqliteText::storedJson on SQLite); bool and the
// integer types bind integers, double a real.
class SqlStatement final {
public:
    // nullptr, with `error` set, when the statement does not compile.
    static std::unique_ptr<SqlStatement> prepare(sqlite3* database, const QString& sql, QSqlError& error);
    static std::unique_ptr<SqlStatement> prepare(const QSqlDatabase& database, const QString& sql,
                                                 QSqlError& error);
    ~SqlStatement();
    Q_DISABLE_COPY_MOVE(SqlStatement)

    // Binds `values` and runs the statement up to its first row. False, with `error` set, on failure.
    bool exec(const QVariantList& values, QSqlError& error);
    // Moves to the next row (the first after exec); false after the last.
    bool next();
    QVariant value(int column) const;
    // A text column's bytes as stored (UTF-8; SqliteText's form on SQLite).
    QByteArray utf8(int column) const;
    // Rows the last INSERT, UPDATE or DELETE changed.
    int numRowsAffected() const;
    // Ends reading: releases the statement's locks and snapshot until the next exec.
    void finish();

private:
    SqlStatement() = default;
    bool bind(int index, const QVariant& value);

    // SQLite
    sqlite3* m_database = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    bool m_rowPending = false; // exec stepped onto a row that next() has not handed out yet
    bool m_done = true;
    int m_changes = 0;
    QList<QByteArray> m_buffers; // UTF-8 bound until the next exec (SQLite keeps pointers to them)
    // Other databases
    std::optional<QSqlQuery> m_query;
};

} // namespace muster
