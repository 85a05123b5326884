#pragma once

#include "common/Result.h"
#include "store/sql/SqlConnection.h"

#include <functional>
#include <memory>

namespace muster {

// The connections of one store: one per thread, opened on the thread's first use, because a QSqlDatabase
// connection may only be used by the thread that opened it. A thread's connection is closed and removed
// when the thread finishes (QThread::finished, or a thread_local holder for other threads), and every
// connection when the pool is destroyed (no operation may run then).
// At most maxConnections are open at once: a thread that needs one more waits until another thread
// finishes, for at most waitMs, then gets a 503 error.
class SqlConnectionPool final {
public:
    // Configures and opens a new connection (driver settings, pragmas, functions); an error closes it.
    using Setup = std::function<Status(QSqlDatabase&)>;

    SqlConnectionPool(QString driver, SqlDialect dialect, Setup setup, int maxConnections, int waitMs,
                      int statementCacheSize);
    ~SqlConnectionPool();
    Q_DISABLE_COPY_MOVE(SqlConnectionPool)

    // The calling thread's connection, opened if it has none or if the driver closed it (the server went
    // away).
    Result<SqlConnection*> connection();

    // Connections open now, over all threads.
    int openConnections() const;
    // Open, bound, waits and time waited, as Prometheus metrics named muster_sql_pool_*. Each open
    // connection is in use: it belongs to one thread for as long as that thread lives.
    QByteArray prometheusText() const;

    struct Shared; // state that outlives the pool while finishing threads still refer to it

private:
    std::shared_ptr<Shared> m_shared;
};

} // namespace muster
