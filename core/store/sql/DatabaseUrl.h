#pragma once

#include "common/Result.h"
#include "store/sql/SqlDialect.h"

#include <QString>

class QSqlDatabase;

namespace muster {

// Where Muster's SQL store lives, parsed from what a user gives (a URL, a libpq key/value string or a
// file path) into what QSqlDatabase needs. Accepted forms:
//   postgres://user:password@host:port/db?sslmode=require   (also postgresql://; IPv6 hosts in brackets)
//   host=127.0.0.1 port=5432 dbname=muster user=m password='a b'   (libpq key/value, libpq quoting)
//   sqlite:///absolute/path.db   sqlite:relative.db   sqlite::memory:   /a/bare/path.db
struct DatabaseUrl {
    static constexpr int defaultPostgresPort = 5432;

    SqlDialect dialect = SqlDialect::Sqlite;
    QString host;         // empty: libpq's default (the local Unix socket); a path names a socket directory
    int port = -1;        // -1 for SQLite
    QString databaseName; // the database, or SQLite's file path (":memory:" for an in-memory database)
    QString user;
    QString password;
    // Extra driver options in the form QSqlDatabase::setConnectOptions takes: "key=value;key=value"
    // (libpq keywords such as sslmode for QPSQL, QSQLITE_* flags for QSQLITE).
    QString connectOptions;

    static Result<DatabaseUrl> parse(const QString& text);

    // The Qt SQL driver of the dialect: "QPSQL" or "QSQLITE".
    QString driverName() const;
    // Sets host, port, database, user, password and connect options; the driver is chosen when the
    // QSqlDatabase is created (QSqlDatabase::addDatabase(driverName(), ...)).
    void applyTo(QSqlDatabase& database) const;

    // The canonical URL, password included, that parse() reads back into the same fields.
    QString toString() const;
    // The URL without the password (nor sslpassword), for logs and messages.
    QString redacted() const;

    friend bool operator==(const DatabaseUrl&, const DatabaseUrl&) = default;
};

} // namespace muster
