#include "store/sql/SqlConnectionPool.h"

#include <QSqlDatabase>
#include <QTest>
#include <QThread>

#include <atomic>
#include <optional>
#include <thread>

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
};

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
    SqlConnectionPool pool(
        QStringLiteral("QSQLITE"), SqlDialect::Sqlite,
        [](QSqlDatabase& database) -> Status {
            database.setDatabaseName(QStringLiteral(":memory:"));
            return {};
        },
        2, 1000, 4);
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
    SqlConnectionPool pool(
        QStringLiteral("QSQLITE"), SqlDialect::Sqlite,
        [](QSqlDatabase& database) -> Status {
            database.setDatabaseName(QStringLiteral(":memory:"));
            return {};
        },
        1, 50, 4);
    const auto value = [&pool](const QByteArray& name) {
        for (const QByteArray& line : pool.prometheusText().split('\n')) {
            if (line.startsWith(QByteArray(name + ' ')))
                return line.mid(name.size() + 1);
        }
        return QByteArray("missing");
    };
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

QTEST_GUILESS_MAIN(TestSqlConnectionPool)
#include "tst_sqlconnectionpool.moc"
