#include "store/sql/SqlConnectionPool.h"

#include <QElapsedTimer>
#include <QHash>
#include <QThread>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <vector>

namespace muster {

namespace {

std::atomic<quint64> nextPoolId{1};
std::atomic<quint64> nextThreadSerial{1};

// A number for the calling thread that, unlike a thread id or a QThread pointer, is never reused.
quint64 currentThreadSerial()
{
    thread_local const quint64 serial = nextThreadSerial.fetch_add(1);
    return serial;
}

} // namespace

struct SqlConnectionPool::Shared {
    quint64 id = nextPoolId.fetch_add(1);
    QString driver;
    SqlDialect dialect = SqlDialect::Sqlite;
    Setup setup;
    int maxConnections = 0;
    int waitMs = 0;
    int statementCacheSize = 0;

    // Not QMutex and QWaitCondition: QWaitCondition::wait() unlocks and relocks the mutex inside QtCore,
    // out of ThreadSanitizer's sight, so TSan took a waiting thread for the owner throughout its wait,
    // reported a double lock when another thread took the mutex, and from then on saw no order between
    // the pool's users. std::condition_variable waits in pthread_cond_clockwait, which TSan intercepts.
    mutable std::mutex mutex;
    std::condition_variable released;
    int open = 0; // connections open or being opened
    bool closed = false;
    int waiting = 0;                                            // threads waiting for a connection now
    quint64 waits = 0;                                          // times a thread had to wait
    quint64 waitTimeouts = 0;                                   // waits that ended in a 503
    qint64 waitedNs = 0;                                        // time spent waiting, all threads
    QHash<quint64, std::shared_ptr<SqlConnection>> connections; // by thread serial

    // Closes the connection of a finishing thread, on that thread.
    void release(quint64 thread)
    {
        std::shared_ptr<SqlConnection> connection;
        {
            const std::lock_guard locker(mutex);
            connection = connections.take(thread);
            if (!connection)
                return;
            --open;
        }
        released.notify_one();
        connection.reset();
    }
};

namespace {

// The connections the calling thread holds, by pool id; closes them when the thread finishes. Entries
// of pools that are gone are only weak references, pruned as new ones come.
struct ThreadConnections {
    struct Entry {
        std::weak_ptr<SqlConnectionPool::Shared> pool;
        SqlConnection* connection = nullptr; // owned by the pool; valid while the pool lives
        // To the thread's finished(). Disconnected with the entry: the connection holds a reference to the
        // thread's data, and on a thread that Qt adopted (std::thread) that reference would keep the
        // thread object alive forever, a leak per thread.
        QMetaObject::Connection threadFinished;
    };
    QHash<quint64, Entry> entries;

    ~ThreadConnections()
    {
        const quint64 thread = currentThreadSerial();
        for (const Entry& entry : std::as_const(entries)) {
            QObject::disconnect(entry.threadFinished);
            if (const auto pool = entry.pool.lock())
                pool->release(thread);
        }
    }
};

ThreadConnections& threadConnections()
{
    thread_local ThreadConnections connections;
    return connections;
}

} // namespace

SqlConnectionPool::SqlConnectionPool(QString driver, SqlDialect dialect, Setup setup, int maxConnections,
                                     int waitMs, int statementCacheSize)
    : m_shared(std::make_shared<Shared>())
{
    m_shared->driver = std::move(driver);
    m_shared->dialect = dialect;
    m_shared->setup = std::move(setup);
    m_shared->maxConnections = maxConnections;
    m_shared->waitMs = std::max(0, waitMs);
    m_shared->statementCacheSize = statementCacheSize;
}

SqlConnectionPool::~SqlConnectionPool()
{
    QHash<quint64, std::shared_ptr<SqlConnection>> connections;
    {
        const std::lock_guard locker(m_shared->mutex);
        m_shared->closed = true;
        connections.swap(m_shared->connections);
        m_shared->open = 0;
    }
    m_shared->released.notify_all();
    // Threads that used the store are idle now (a store is not destroyed during a call), so closing their
    // connections from here races with nothing.
    connections.clear();
}

Result<SqlConnection*> SqlConnectionPool::connection()
{
    ThreadConnections& mine = threadConnections();
    const quint64 thread = currentThreadSerial();
    const auto known = mine.entries.constFind(m_shared->id);
    if (known != mine.entries.constEnd()) {
        if (known->connection->database().isOpen())
            return known->connection;
        // The driver closed it after the server went away (a restart, a failover): open another.
        QObject::disconnect(known->threadFinished);
        mine.entries.erase(known);
        m_shared->release(thread);
    }

    {
        std::unique_lock locker(m_shared->mutex);
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(m_shared->waitMs);
        const bool full = m_shared->maxConnections > 0 && m_shared->open >= m_shared->maxConnections;
        QElapsedTimer waited;
        if (full) {
            ++m_shared->waits;
            ++m_shared->waiting;
            waited.start();
        }
        const auto stopWaiting = [&] {
            if (!full)
                return;
            --m_shared->waiting;
            m_shared->waitedNs += waited.nsecsElapsed();
        };
        while (m_shared->maxConnections > 0 && m_shared->open >= m_shared->maxConnections) {
            if (m_shared->released.wait_until(locker, deadline) == std::cv_status::timeout &&
                m_shared->open >= m_shared->maxConnections) {
                stopWaiting();
                ++m_shared->waitTimeouts;
                return ScimError{503, ScimType::None,
                                 QStringLiteral("All %1 database connections are in use; try again later")
                                     .arg(m_shared->maxConnections)};
            }
        }
        stopWaiting();
        ++m_shared->open;
    }

    const QString name = QStringLiteral("muster-sql-%1-%2").arg(m_shared->id).arg(thread);
    QSqlDatabase database = QSqlDatabase::addDatabase(m_shared->driver, name);
    Status opened = database.isValid()
                        ? m_shared->setup(database)
                        : Status(ScimError::internal(
                              QStringLiteral("The Qt SQL driver %1 is not available").arg(m_shared->driver)));
    if (!opened) {
        database.close();
        database = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        {
            const std::lock_guard locker(m_shared->mutex);
            --m_shared->open;
        }
        m_shared->released.notify_one();
        return opened.error();
    }

    auto connection =
        std::make_shared<SqlConnection>(name, database, m_shared->dialect, m_shared->statementCacheSize);
    {
        const std::lock_guard locker(m_shared->mutex);
        m_shared->connections.insert(thread, connection);
    }
    // A QThread's finished() comes before wait() returns, unlike thread_local destructors: closing there
    // lets whoever waits for the thread count on its connection being gone. The thread_local entry
    // remains for threads that are no QThread (and for the main thread, at exit).
    const QMetaObject::Connection threadFinished = QObject::connect(
        QThread::currentThread(), &QThread::finished, QThread::currentThread(),
        [pool = std::weak_ptr<Shared>(m_shared), thread] {
            if (const auto shared = pool.lock())
                shared->release(thread);
        },
        Qt::DirectConnection);
    // Forget pools that are gone, so that a long-lived thread does not collect dead entries.
    mine.entries.removeIf([](const auto& entry) {
        if (!entry.value().pool.expired())
            return false;
        QObject::disconnect(entry.value().threadFinished);
        return true;
    });
    mine.entries.insert(m_shared->id, {m_shared, connection.get(), threadFinished});
    return connection.get();
}

int SqlConnectionPool::openConnections() const
{
    const std::lock_guard locker(m_shared->mutex);
    return m_shared->open;
}

QByteArray SqlConnectionPool::prometheusText() const
{
    QByteArray text;
    const auto metric = [&](const char* name, const char* type, const char* help, const QByteArray& value) {
        text += QByteArray("# HELP muster_sql_pool_") + name + ' ' + help + "\n# TYPE muster_sql_pool_" +
                name + ' ' + type + "\nmuster_sql_pool_" + name + ' ' + value + '\n';
    };
    const std::lock_guard locker(m_shared->mutex);
    metric("connections_open", "gauge",
           "Database connections open; each is in use by the one thread it belongs to.",
           QByteArray::number(m_shared->open));
    metric("connections_max", "gauge", "The most connections open at once (--db-connections; 0: no bound).",
           QByteArray::number(m_shared->maxConnections));
    metric("waiting_threads", "gauge", "Threads waiting for a connection now.",
           QByteArray::number(m_shared->waiting));
    metric("waits_total", "counter", "Times a thread waited for a connection because all were open.",
           QByteArray::number(m_shared->waits));
    metric("wait_timeouts_total", "counter", "Waits for a connection that ended in a 503.",
           QByteArray::number(m_shared->waitTimeouts));
    metric("wait_seconds_total", "counter", "Time threads spent waiting for a connection.",
           QByteArray::number(double(m_shared->waitedNs) / 1e9, 'f', 6));
    return text;
}

} // namespace muster
