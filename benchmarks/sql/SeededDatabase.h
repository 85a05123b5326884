#pragma once

#include "common/Result.h"
#include "store/sql/SqlStoreOptions.h"

#include <QString>

namespace muster {

// Databases of benchmark users (see BenchUsers.h), seeded once through SqlStore and kept between runs,
// because seeding 100,000 users takes far longer than the benchmarks that read them. A seeded database
// is named after its size, benchusers::DataVersion and a hash of the SQL schema of this build, so that a
// change to either seeds a new one. Benchmarks work on a copy, never on the seeded database itself.
//
// SQLite: files in cacheFolder(). PostgreSQL: databases on the server, which run-postgres.sh dumps
// to cacheFolder() and restores into the next throw-away server.
class SeededDatabase final {
public:
    // MUSTER_BENCH_CACHE, else "bench-cache" beside the executable (in the build tree).
    static QString cacheFolder();

    // "users_<size>_d<data version>_s<schema hash>": the seeded database's name.
    static QString seedName(SqlDialect dialect, int size);

    // The SQLite file holding `size` users, seeded first if the cache has none.
    static Result<QString> sqliteSeed(int size);
    // A fresh copy of sqliteSeed(size) for benchmarks to change; removeCopy() deletes it.
    static Result<SqlStoreOptions> sqliteCopy(int size);

    // The database "muster_bench_<seedName>" on the server of `serverUrl` (any database there), seeded
    // first if missing, and a fresh copy of it (CREATE DATABASE ... TEMPLATE) for benchmarks to change.
    static Result<SqlStoreOptions> postgresCopy(const QString& serverUrl, int size);

    // Deletes a copy made by sqliteCopy or postgresCopy; no store may have it open.
    static Status removeCopy(const SqlStoreOptions& copy, const QString& serverUrl = {});
};

} // namespace muster
