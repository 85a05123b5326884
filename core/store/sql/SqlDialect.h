#pragma once

namespace muster {

// The SQL databases SqlStore speaks to: SQLite (driver QSQLITE, the embedded default) and
// PostgreSQL (driver QPSQL, for several servers on one database).
enum class SqlDialect { Sqlite, Postgres };

} // namespace muster
