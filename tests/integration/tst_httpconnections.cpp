#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using muster::test::ServerProcess;

namespace {

// A Bulk request creating `count` users named <prefix><n>, each with a password: hashing one takes a
// while (Argon2id), so that the request runs for a good fraction of a second.
QByteArray slowBulk(const QByteArray& prefix, int count)
{
    QByteArrayList operations;
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        operations.append("{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"u" + n +
                          "\",\"data\":{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                          "\"userName\":\"" +
                          prefix + n + "\",\"password\":\"pw-" + n + "-long enough\"}}");
    }
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],\"Operations\":[" +
           operations.join(',') + "]}";
}

QByteArray request(const QByteArray& method, const QByteArray& path, const QByteArray& token,
                   const QByteArray& body = {})
{
    return ServerProcess::httpRequest(method, path, token, body);
}

// Reads from the socket until `complete` says the bytes are whole, the connection closes, or 60 s pass.
QByteArray readUntil(QTcpSocket& socket, const std::function<bool(const QByteArray&)>& complete)
{
    QByteArray received;
    const QDeadlineTimer deadline(60000);
    while (!complete(received) && socket.state() == QAbstractSocket::ConnectedState &&
           !deadline.hasExpired()) {
        socket.waitForReadyRead(100);
        received += socket.readAll();
    }
    return received;
}

} // namespace

// How muster-server treats connections: keep-alive, a worker that answers other connections while a
// long Bulk request runs, answers in request order on one connection, and HTTP/2 where Qt has it.
class TestHttpConnections : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void keepsTheConnectionAlive();
    // One worker: a GET on another connection is answered while a Bulk request runs on that worker.
    void readsAreAnsweredWhileABulkRequestRuns();
    // A request pipelined behind a Bulk request on the same connection is answered after it.
    void pipelinedRequestsKeepTheirOrderBehindABulkRequest();
    void speaksHttp2WhereQtHasIt();

private:
    QTemporaryDir m_folder;
    ServerProcess m_server;
    QString m_userId;
};

void TestHttpConnections::initTestCase()
{
    QVERIFY(m_folder.isValid());
    QVERIFY2(m_server.start({QStringLiteral("--data"), m_folder.path(), QStringLiteral("--store"),
                             QStringLiteral("sqlite:") + m_folder.filePath(QStringLiteral("muster.db")),
                             QStringLiteral("--workers"), QStringLiteral("1"),
                             QStringLiteral("--bulk-max-payload"), QStringLiteral("4194304")}),
             qPrintable(m_server.output()));
    const ServerProcess::Reply created = m_server.request(
        "POST", QStringLiteral("/scim/v2/Users"),
        QJsonObject{{QStringLiteral("schemas"),
                     QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
                    {QStringLiteral("userName"), QStringLiteral("reader")}});
    QCOMPARE(created.status, 201);
    m_userId = created.json().value(QStringLiteral("id")).toString();
}

void TestHttpConnections::keepsTheConnectionAlive()
{
    const QByteArray get = request("GET", "/scim/v2/Users/" + m_userId.toUtf8(), m_server.token());
    const std::unique_ptr<QTcpSocket> socket = m_server.sendRaw(get);
    QVERIFY(socket);
    const ServerProcess::Reply first = ServerProcess::readRaw(*socket);
    QCOMPARE(first.status, 200);
    QVERIFY(first.header("connection") != "close");
    QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
    const quint16 localPort = socket->localPort();

    socket->write(get);
    const ServerProcess::Reply second = ServerProcess::readRaw(*socket);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json().value(QStringLiteral("id")).toString(), m_userId);
    // The same TCP connection carried both.
    QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
    QCOMPARE(socket->localPort(), localPort);
}

void TestHttpConnections::readsAreAnsweredWhileABulkRequestRuns()
{
    const std::unique_ptr<QTcpSocket> bulk =
        m_server.sendRaw(request("POST", "/scim/v2/Bulk", m_server.token(), slowBulk("while", 30)));
    QVERIFY(bulk);
    QTest::qWait(50); // the worker has read the Bulk request and handed it on

    const ServerProcess::Reply read = ServerProcess::readRaw(
        *m_server.sendRaw(request("GET", "/scim/v2/Users/" + m_userId.toUtf8(), m_server.token())));
    QCOMPARE(read.status, 200);
    bulk->waitForReadyRead(0);
    // Were the worker busy with the Bulk request, the GET would have waited for its answer.
    QVERIFY2(bulk->bytesAvailable() == 0, "the GET was answered only after the Bulk request");

    const ServerProcess::Reply answer = ServerProcess::readRaw(*bulk, 120000);
    QCOMPARE(answer.status, 200);
    const QJsonArray results = answer.json().value(QStringLiteral("Operations")).toArray();
    QCOMPARE(results.size(), 30);
}

void TestHttpConnections::pipelinedRequestsKeepTheirOrderBehindABulkRequest()
{
    const QByteArray bytes = request("POST", "/scim/v2/Bulk", m_server.token(), slowBulk("order", 5)) +
                             request("GET", "/healthz", m_server.token());
    const std::unique_ptr<QTcpSocket> socket = m_server.sendRaw(bytes);
    QVERIFY(socket);
    const QByteArray received = readUntil(*socket, [](const QByteArray& bytes) {
        return bytes.count("HTTP/1.1 ") == 2 && bytes.endsWith("ok\n");
    });
    QCOMPARE(received.count("HTTP/1.1 200"), 2);
    const qsizetype bulkAnswer = received.indexOf("urn:ietf:params:scim:api:messages:2.0:BulkResponse");
    const qsizetype secondStatus = received.indexOf("HTTP/1.1 ", 1);
    QVERIFY(bulkAnswer > 0);
    QVERIFY2(bulkAnswer < secondStatus, "the health check overtook the Bulk answer");
    QVERIFY(received.endsWith("ok\n"));
}

void TestHttpConnections::speaksHttp2WhereQtHasIt()
{
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    QSKIP("QtHttpServer before 6.5 (Debian 12 has 6.4) has no HTTP/2: muster-server speaks HTTP/1.1 only");
#else
    const QString certificate = m_folder.filePath(QStringLiteral("h2-cert.pem"));
    const QString key = m_folder.filePath(QStringLiteral("h2-key.pem"));
    if (const QString problem = ServerProcess::createCertificate(certificate, key); !problem.isEmpty())
        QSKIP(qPrintable(QStringLiteral("HTTP/2 needs TLS here: ") + problem));
    ServerProcess tls;
    QVERIFY2(tls.start({QStringLiteral("--data"), m_folder.filePath(QStringLiteral("h2")),
                        QStringLiteral("--store"), QStringLiteral("memory"), QStringLiteral("--tls-cert"),
                        certificate, QStringLiteral("--tls-key"), key}),
             qPrintable(tls.output()));

    QNetworkAccessManager network;
    QNetworkRequest get(QUrl(tls.baseUrl() + QStringLiteral("/ServiceProviderConfig")));
    get.setRawHeader("Authorization", "Bearer " + tls.token());
    get.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslCertificate::fromPath(certificate));
    configuration.setAllowedNextProtocols({QSslConfiguration::ALPNProtocolHTTP2, "http/1.1"});
    get.setSslConfiguration(configuration);
    QNetworkReply* reply = network.get(get);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const bool usedHttp2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    reply->deleteLater();
    // Whatever ALPN chose, the answer is whole; HTTP/2 itself only where the transport offers it.
    if (!usedHttp2)
        QSKIP("ALPN settled on HTTP/1.1: the transport reads requests as HTTP/1.1 (RequestFramer)");
    QVERIFY(usedHttp2);
#endif
}

QTEST_GUILESS_MAIN(TestHttpConnections)
#include "tst_httpconnections.moc"
