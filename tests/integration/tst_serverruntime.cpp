#include "ServerProcess.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using muster::test::ServerProcess;

namespace {

QJsonObject user(const QString& userName)
{
    return QJsonObject{
        {QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
        {QStringLiteral("userName"), userName}};
}

// The value of an unlabelled metric in a /metrics answer; -1 when it is missing.
double metric(ServerProcess& server, const QByteArray& name)
{
    const ServerProcess::Reply reply = server.request("GET", QStringLiteral("/metrics"));
    for (const QByteArray& line : reply.body.split('\n')) {
        if (line.startsWith(QByteArray(name + ' ')))
            return line.mid(name.size() + 1).toDouble();
    }
    return -1;
}

} // namespace

// muster-server's runtime features seen from outside: cache warming at start-up and the SQL connection
// pool in /metrics, on SQLite.
class TestServerRuntime : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void metricsShowTheConnectionPool();
    // With --cache-warm 2, the two most recently modified users are cache hits on their first read after
    // a restart; the third is not.
    void warmedResourcesAreHitsOnFirstRead();

private:
    QTemporaryDir m_folder;
    ServerProcess m_server;
    QStringList m_userIds; // oldest first
};

void TestServerRuntime::initTestCase()
{
    QVERIFY(m_folder.isValid());
    QVERIFY2(m_server.start({QStringLiteral("--data"), m_folder.path()}), qPrintable(m_server.output()));
    for (const QString& name : {QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third")}) {
        const ServerProcess::Reply created =
            m_server.request("POST", QStringLiteral("/scim/v2/Users"), user(name));
        QCOMPARE(created.status, 201);
        m_userIds.append(created.json().value(QStringLiteral("id")).toString());
        QThread::msleep(5); // distinct lastModified times
    }
}

void TestServerRuntime::metricsShowTheConnectionPool()
{
    QVERIFY(metric(m_server, "muster_sql_pool_connections_open") >= 1);
    QCOMPARE(metric(m_server, "muster_sql_pool_connections_max"), 64.0);
    QCOMPARE(metric(m_server, "muster_sql_pool_wait_timeouts_total"), 0.0);
    QVERIFY(metric(m_server, "muster_representation_cache_hits_total") >= 0);
}

void TestServerRuntime::warmedResourcesAreHitsOnFirstRead()
{
    const QByteArray token = m_server.token();
    QCOMPARE(m_server.terminate(), 0);
    m_server.setEnvironmentVariable(QStringLiteral("MUSTER_CACHE_WARM"), QStringLiteral("2"));
    QVERIFY2(m_server.start({QStringLiteral("--data"), m_folder.path()}), qPrintable(m_server.output()));
    m_server.setToken(token);
    // The process's output arrives through the event loop, which QTRY_ runs.
    QTRY_VERIFY2_WITH_TIMEOUT(m_server.output().contains(QStringLiteral("cache warming: 2 resources read")),
                              qPrintable(m_server.output()), 30000);

    const auto read = [&](const QString& id) {
        const double hits = metric(m_server, "muster_representation_cache_hits_total");
        const double rowHits = metric(m_server, "muster_store_row_cache_hits_total");
        const ServerProcess::Reply reply = m_server.request("GET", QStringLiteral("/scim/v2/Users/") + id);
        if (reply.status != 200)
            return QStringLiteral("status %1").arg(reply.status);
        return QStringLiteral("answer %1, row %2")
            .arg(metric(m_server, "muster_representation_cache_hits_total") - hits)
            .arg(metric(m_server, "muster_store_row_cache_hits_total") - rowHits);
    };
    QCOMPARE(read(m_userIds.at(2)), QStringLiteral("answer 1, row 1"));
    QCOMPARE(read(m_userIds.at(1)), QStringLiteral("answer 1, row 1"));
    QCOMPARE(read(m_userIds.at(0)), QStringLiteral("answer 0, row 0"));
    QCOMPARE(read(m_userIds.at(0)), QStringLiteral("answer 1, row 1")); // cached by the read before
}

QTEST_GUILESS_MAIN(TestServerRuntime)
#include "tst_serverruntime.moc"
