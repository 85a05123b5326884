#include "common/ThreadHandOff.h"
#include "store/sql/SqlConnectionPool.h"

#include <QScopeGuard>
#include <QSqlDatabase>
#include <QTest>
#include <QThread>

#include <atomic>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

using namespace muster;

// SqlConnectionPool on threads that are no QThread: a std::thread that took a connection ends without
// leaving anything behind. Qt adopts such a thread (a QThread object for it, deleted when it ends); the
// pool once held that object alive forever through its connection to the thread's finished(), a leak per
// thread that AddressSanitizer found.
class TestSqlConnectionPool : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void adoptedThreadIsReleased_data();
    void adoptedThreadIsReleased();
    // /metrics: connections open, the bound, and a thread that waited for a connection in vain.
    void reportsItsUseAsMetrics();
    // A thread waiting for a connection of a full pool gets the one a finishing thread gives back. Under
    // ThreadSanitizer this once reported a double lock and races in the pool: QWaitCondition unlocked and
    // relocked the pool's mutex inside QtCore, out of TSan's sight.
    void waiterGetsTheConnectionOfAFinishingThread_data();
    void waiterGetsTheConnectionOfAFinishingThread();
    // Threads that took connections and end after the pool is gone: the pool closed their connections,
    // and their ends touch nothing of it (AddressSanitizer would see it).
    void threadsEndAfterThePool_data();
    void threadsEndAfterThePool();
};

namespace {

SqlConnectionPool::Setup inMemory()
{
    return [](QSqlDatabase& database) -> Status {
        database.setDatabaseName(QStringLiteral(":memory:"));
        return {};
    };
}

// A thread of the kind the case names: a QThread (its finished() releases the connection) or a
// std::thread (its thread_local holder does). Joined at the latest when destroyed.
class AnyThread {
public:
    AnyThread(bool qthread, std::function<void()> work)
    {
        if (qthread) {
            m_qthread.reset(QThread::create(std::move(work)));
            announceFinish(m_qthread.get());
            m_qthread->start();
        } else {
            m_thread = std::thread(std::move(work));
        }
    }
    ~AnyThread() { join(); }
    Q_DISABLE_COPY_MOVE(AnyThread)

    void join()
    {
        if (m_qthread)
            joinThread(m_qthread.get());
        else if (m_thread.joinable())
            m_thread.join();
    }

private:
    std::unique_ptr<QThread> m_qthread;
    std::thread m_thread;
};

void addThreadKinds()
{
    QTest::addColumn<bool>("qthread");
    QTest::addRow("std::thread") << false;
    QTest::addRow("QThread") << true;
}

QByteArray metricValue(const SqlConnectionPool& pool, const QByteArray& name)
{
    for (const QByteArray& line : pool.prometheusText().split('\n')) {
        if (line.startsWith(QByteArray(name + ' ')))
            return line.mid(name.size() + 1);
    }
    return QByteArray("missing");
}

int poolConnectionNames()
{
    int count = 0;
    for (const QString& name : QSqlDatabase::connectionNames())
        count += name.startsWith(QLatin1String("muster-sql-")) ? 1 : 0;
    return count;
}

} // namespace

void TestSqlConnectionPool::initTestCase()
{
    // The driver plugin's object belongs to the thread that first loads it, and keeps that thread's object
    // alive by design: load it here, on the main thread, not on a thread under test.
    const QString name = QStringLiteral("plugin-load");
    QVERIFY(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name).isValid());
    QSqlDatabase::removeDatabase(name);
}

void TestSqlConnectionPool::adoptedThreadIsReleased_data()
{
    QTest::addColumn<int>("threads");
    QTest::addRow("one thread") << 1;
    QTest::addRow("several threads in turn") << 4;
}

void TestSqlConnectionPool::adoptedThreadIsReleased()
{
    QFETCH(int, threads);
    SqlConnectionPool pool(QStringLiteral("QSQLITE"), SqlDialect::Sqlite, inMemory(), 2, 1000, 4);
    for (int i = 0; i < threads; ++i) {
        std::atomic<bool> threadObjectDeleted{false};
        std::atomic<bool> connected{false};
        std::thread worker([&] {
            // The test object as context, on purpose: a connection with the thread itself as context
            // would hold the thread's data and keep the thread object alive, the very leak this tests.
            QObject::connect(
                QThread::currentThread(), &QObject::destroyed, this,
                [&threadObjectDeleted] { threadObjectDeleted = true; }, Qt::DirectConnection);
            connected = bool(pool.connection());
        });
        worker.join();
        QVERIFY(connected);
        QVERIFY2(threadObjectDeleted, "the adopted QThread of a finished std::thread is still alive");
        QCOMPARE(pool.openConnections(), 0);
    }
}

void TestSqlConnectionPool::reportsItsUseAsMetrics()
{
    SqlConnectionPool pool(QStringLiteral("QSQLITE"), SqlDialect::Sqlite, inMemory(), 1, 50, 4);
    const auto value = [&pool](const QByteArray& name) { return metricValue(pool, name); };
    QCOMPARE(value("muster_sql_pool_connections_open"), QByteArray("0"));
    QCOMPARE(value("muster_sql_pool_connections_max"), QByteArray("1"));
    QVERIFY(pool.connection()); // this thread's: the only one
    QCOMPARE(value("muster_sql_pool_connections_open"), QByteArray("1"));
    QCOMPARE(value("muster_sql_pool_waits_total"), QByteArray("0"));

    std::optional<int> status;
    std::thread other([&] {
        const Result<SqlConnection*> connection = pool.connection();
        status = connection ? 200 : connection.error().status;
    });
    other.join();
    QCOMPARE(status, 503);
    QCOMPARE(value("muster_sql_pool_waits_total"), QByteArray("1"));
    QCOMPARE(value("muster_sql_pool_wait_timeouts_total"), QByteArray("1"));
    QCOMPARE(value("muster_sql_pool_waiting_threads"), QByteArray("0"));
    QVERIFY(value("muster_sql_pool_wait_seconds_total").toDouble() >= 0.04);
}

void TestSqlConnectionPool::waiterGetsTheConnectionOfAFinishingThread_data()
{
    addThreadKinds();
}

void TestSqlConnectionPool::waiterGetsTheConnectionOfAFinishingThread()
{
    QFETCH(bool, qthread);
    SqlConnectionPool pool(QStringLiteral("QSQLITE"), SqlDialect::Sqlite, inMemory(), 1, 60000, 4);
    std::promise<bool> holding;
    std::promise<void> finish;
    std::optional<int> status;
    std::unique_ptr<AnyThread> holder;
    std::unique_ptr<AnyThread> waiter;
    bool finished = false;
    const auto endThreads = qScopeGuard([&] { // also when a check fails, before the threads are joined
        if (!finished)
            finish.set_value();
    });
    holder = std::make_unique<AnyThread>(qthread, [&] {
        holding.set_value(bool(pool.connection()));
        finish.get_future().wait();
    });
    QVERIFY(holding.get_future().get());
    QCOMPARE(pool.openConnections(), 1);

    waiter = std::make_unique<AnyThread>(qthread, [&] {
        const Result<SqlConnection*> connection = pool.connection();
        status = connection ? 200 : connection.error().status;
    });
    QTRY_COMPARE(metricValue(pool, "muster_sql_pool_waiting_threads"), QByteArray("1"));
    finish.set_value();
    finished = true;
    holder->join();
    waiter->join();
    QCOMPARE(status, 200);
    QCOMPARE(metricValue(pool, "muster_sql_pool_waits_total"), QByteArray("1"));
    QCOMPARE(metricValue(pool, "muster_sql_pool_wait_timeouts_total"), QByteArray("0"));
    QCOMPARE(pool.openConnections(), 0); // the waiter has ended too
}

void TestSqlConnectionPool::threadsEndAfterThePool_data()
{
    addThreadKinds();
}

void TestSqlConnectionPool::threadsEndAfterThePool()
{
    QFETCH(bool, qthread);
    constexpr int threadCount = 3;
    std::vector<std::promise<bool>> holding(threadCount);
    std::promise<void> finishPromise;
    const std::shared_future<void> finish = finishPromise.get_future().share();
    std::vector<std::unique_ptr<AnyThread>> threads;
    bool finished = false;
    const auto endThreads = qScopeGuard([&] { // also when a check fails, after the pool, before the joins
        if (!finished)
            finishPromise.set_value();
    });
    {
        SqlConnectionPool pool(QStringLiteral("QSQLITE"), SqlDialect::Sqlite, inMemory(), threadCount, 1000,
                               4);
        for (int i = 0; i < threadCount; ++i) {
            threads.push_back(std::make_unique<AnyThread>(qthread, [&pool, &holding, finish, i] {
                holding[i].set_value(bool(pool.connection()));
                finish.wait();
            }));
        }
        for (std::promise<bool>& held : holding)
            QVERIFY(held.get_future().get());
        QCOMPARE(pool.openConnections(), threadCount);
        QCOMPARE(poolConnectionNames(), threadCount);
    }
    QCOMPARE(poolConnectionNames(), 0); // the pool closed them: the threads are idle
    finishPromise.set_value();
    finished = true;
    for (const auto& thread : threads)
        thread->join();
    QCOMPARE(poolConnectionNames(), 0);
}

QTEST_GUILESS_MAIN(TestSqlConnectionPool)
#include "tst_sqlconnectionpool.moc"
