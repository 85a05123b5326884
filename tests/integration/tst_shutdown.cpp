#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <vector>

using muster::test::ServerProcess;

namespace {

// A Bulk request creating `count` users named <prefix><n>. Passwords make each create slow (Argon2id),
// and a thousand users without them take a while too: either keeps the request running for a good
// fraction of a second.
QByteArray bulk(const QString& prefix, int count, bool passwords)
{
    QByteArrayList operations;
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        operations.append(
            "{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"u" + n +
            "\",\"data\":{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"" +
            prefix.toUtf8() + n + "\",\"displayName\":\"User " + n + "\",\"emails\":[{\"value\":\"" +
            prefix.toUtf8() + n + "@example.com\"}]" +
            (passwords ? ",\"password\":\"pw-" + n + "-long enough\"" : QByteArray()) + "}}");
    }
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],\"Operations\":[" +
           operations.join(',') + "]}";
}

QByteArray request(const QByteArray& method, const QByteArray& path, const QByteArray& token,
                   const QByteArray& body = {})
{
    return ServerProcess::httpRequest(method, path, token, body);
}

// A connection that a worker thread with nothing else to do has taken: a small request on it is answered
// at once. (The kernel spreads connections over the workers' sockets; one that lands on a worker busy
// with a slow request waits for it.)
std::unique_ptr<QTcpSocket> connectionOnAnIdleWorker(const ServerProcess& server)
{
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        std::unique_ptr<QTcpSocket> socket = server.sendRaw(request("GET", "/healthz", server.token()));
        if (!socket)
            return nullptr;
        if (ServerProcess::readRaw(*socket, 150).status == 200)
            return socket;
        socket->abort();
    }
    return nullptr;
}

struct SentBulk {
    QString prefix;
    std::unique_ptr<QTcpSocket> socket;
    bool answeredBeforeStop = false;
};

int usersNamed(ServerProcess& server, const QString& prefix)
{
    const ServerProcess::Reply reply =
        server.request("GET", QStringLiteral("/scim/v2/Users?filter=userName sw \"%1\"&count=0").arg(prefix));
    return reply.status == 200 ? reply.json().value(QStringLiteral("totalResults")).toInt() : -1;
}

} // namespace

// SIGTERM while requests are running on SQLite: each running request gets its whole answer, what the
// answers report is kept, and the process exits 0.
class TestShutdown : public QObject {
    Q_OBJECT

private slots:
    void requestsInFlightFinish_data();
    void requestsInFlightFinish();
    void requestsWaitingForABusyWorker();
};

void TestShutdown::requestsInFlightFinish_data()
{
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("usersPerRequest");
    QTest::addColumn<bool>("passwords");
    QTest::newRow("Bulk requests with passwords") << 3 << 2 << true;
    QTest::newRow("Bulk requests of 1000 users") << 2 << 1000 << false;
}

void TestShutdown::requestsInFlightFinish()
{
    QFETCH(int, requests);
    QFETCH(int, usersPerRequest);
    QFETCH(bool, passwords);

    QTemporaryDir data;
    ServerProcess server;
    // From the environment, as a service manager would set it: more workers than requests, so that
    // each request finds an idle one.
    server.setEnvironmentVariable(QStringLiteral("MUSTER_WORKERS"), QString::number(requests * 2 + 2));
    QVERIFY2(server.start({QStringLiteral("--data"), data.path()}), qPrintable(server.output()));
    QVERIFY2(server.output().contains(QStringLiteral("muster.db")), qPrintable(server.output()));

    std::vector<SentBulk> sent;
    for (int i = 0; i < requests; ++i) {
        SentBulk bulkRequest{QStringLiteral("inflight%1-").arg(i), connectionOnAnIdleWorker(server)};
        QVERIFY2(bulkRequest.socket, "no idle worker took a connection");
        bulkRequest.socket->write(request("POST", "/scim/v2/Bulk", server.token(),
                                          bulk(bulkRequest.prefix, usersPerRequest, passwords)));
        QVERIFY(bulkRequest.socket->waitForBytesWritten(5000));
        sent.push_back(std::move(bulkRequest));
    }
    QThread::msleep(50);
    int inFlight = 0;
    for (SentBulk& bulkRequest : sent) {
        bulkRequest.answeredBeforeStop =
            bulkRequest.socket->waitForReadyRead(0) || bulkRequest.socket->bytesAvailable() > 0;
        inFlight += bulkRequest.answeredBeforeStop ? 0 : 1;
    }
    server.sendTerminate();
    // At least the request sent last is still running when the signal comes.
    QVERIFY2(inFlight > 0, "every request was answered before the server was stopped");

    for (SentBulk& bulkRequest : sent) {
        const ServerProcess::Reply reply = ServerProcess::readRaw(*bulkRequest.socket, 30000);
        QVERIFY2(reply.failure.isEmpty(), qPrintable(reply.failure + u' ' + server.output()));
        QVERIFY2(reply.status == 200, reply.body.left(500).constData());
        const QJsonArray operations = reply.json().value(QStringLiteral("Operations")).toArray();
        QCOMPARE(operations.size(), usersPerRequest);
        for (const QJsonValue& operation : operations)
            QCOMPARE(operation.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("201"));
    }
    QVERIFY2(server.waitForExit(30000) == 0, qPrintable(server.output()));
    QVERIFY2(server.output().contains(QStringLiteral("Stopping: finishing requests in flight")),
             qPrintable(server.output()));
    QVERIFY2(!server.output().contains(QStringLiteral("still open")), qPrintable(server.output()));

    // What the answers reported as created is in the directory after a restart.
    const QByteArray token = server.token();
    QVERIFY2(server.start({QStringLiteral("--data"), data.path()}), qPrintable(server.output()));
    server.setToken(token);
    for (const SentBulk& bulkRequest : sent)
        QCOMPARE(usersNamed(server, bulkRequest.prefix), usersPerRequest);
    QVERIFY2(server.terminate() == 0, qPrintable(server.output()));
}

// With one worker, Bulk requests sent while it runs a slow one: the worker hands Bulk requests to its
// pool and goes on accepting, so the others find the one Bulk slot taken or the server stopping. The
// running request is answered; each other one is answered whole, never reset: served (200) or refused
// with 429 (Bulk slot taken) or 503 (stopping), with Retry-After, and then it wrote nothing.
void TestShutdown::requestsWaitingForABusyWorker()
{
    QTemporaryDir data;
    ServerProcess server;
    QVERIFY2(server.start(
                 {QStringLiteral("--data"), data.path(), QStringLiteral("--workers"), QStringLiteral("1")}),
             qPrintable(server.output()));
    const int users = 4;
    std::vector<SentBulk> sent;
    for (int i = 0; i < 3; ++i) {
        SentBulk bulkRequest{QStringLiteral("waiting%1-").arg(i), nullptr};
        const QByteArray bytes =
            request("POST", "/scim/v2/Bulk", server.token(), bulk(bulkRequest.prefix, users, true));
        if (i == 0) {
            bulkRequest.socket = connectionOnAnIdleWorker(server);
            QVERIFY(bulkRequest.socket);
            bulkRequest.socket->write(bytes);
            QVERIFY(bulkRequest.socket->waitForBytesWritten(5000));
            QThread::msleep(100); // it has taken the Bulk slot

        } else {
            bulkRequest.socket = server.sendRaw(bytes);
            QVERIFY(bulkRequest.socket);
        }
        sent.push_back(std::move(bulkRequest));
    }
    QThread::msleep(50);
    QVERIFY2(!sent.front().socket->waitForReadyRead(0),
             "the running request was answered before the server was stopped");
    server.sendTerminate();

    std::vector<bool> answered;
    for (std::size_t i = 0; i < sent.size(); ++i) {
        const ServerProcess::Reply reply = ServerProcess::readRaw(*sent[i].socket, 30000);
        const bool refused = (reply.status == 503 || reply.status == 429) && i > 0;
        QVERIFY2(reply.failure.isEmpty() && (reply.status == 200 || refused),
                 qPrintable(QStringLiteral("request %1: %2 %3 %4")
                                .arg(i)
                                .arg(reply.status)
                                .arg(reply.failure, QString::fromUtf8(reply.body.left(300)))));
        if (refused)
            QCOMPARE(reply.header("retry-after"), QByteArray("1"));
        answered.push_back(!refused);
    }
    QVERIFY2(server.waitForExit(30000) == 0, qPrintable(server.output()));

    const QByteArray token = server.token();
    QVERIFY2(server.start({QStringLiteral("--data"), data.path()}), qPrintable(server.output()));
    server.setToken(token);
    for (std::size_t i = 0; i < sent.size(); ++i)
        QCOMPARE(usersNamed(server, sent[i].prefix), answered[i] ? users : 0);
    QVERIFY2(server.terminate() == 0, qPrintable(server.output()));
}

QTEST_GUILESS_MAIN(TestShutdown)
#include "tst_shutdown.moc"
