#pragma once

#include "common/Result.h"
#include "store/sql/SqlConnection.h"

#include <QStringList>

namespace muster {

// One numbered step of the SqlStore schema: the statements that take a database from version - 1 to
// version. Steps are never edited once released; a change is a new step.
struct SqlMigration {
    int version = 0;
    QString description;
    QStringList statements;
};

// The versioned schema of SqlStore, per dialect, and its application at start-up. The schema_version
// table records each applied step (version, time, description); the highest version is the schema's.
class SqlMigrations final {
public:
    // The steps of a dialect, in order, numbered 1, 2, ...
    static QList<SqlMigration> steps(SqlDialect dialect);
    // The schema version this build writes and reads.
    static int latestVersion(SqlDialect dialect);

    // The schema version of the connected database: 0 for an empty database.
    static Result<int> currentVersion(SqlConnection& connection);

    // Brings the database to latestVersion in one transaction, holding a lock that keeps other processes
    // starting at the same time from migrating too. A database whose version is newer than this build
    // knows is refused (500, with the two versions in the detail) and left untouched.
    static Status apply(SqlConnection& connection);
};

} // namespace muster
