#pragma once

#include "common/Result.h"

class QSqlDatabase;

namespace muster {

// SQLite's online backup API (https://sqlite.org/backup.html) from a database file into an open QSQLITE
// connection: how a running directory takes a backup's content without closing its connections.
class SqliteBackup final {
public:
    // Copies every page of the database file `source` over the database of `destination`, in one write
    // transaction of `destination`: other connections, in this process or another, read the old content
    // until it commits and the new one after. Waits up to `busyTimeoutMs` for other writers.
    static Status copyInto(QSqlDatabase& destination, const QString& source, int busyTimeoutMs);
};

} // namespace muster
