#include "ScimConversation.h"
#include "ServerProcess.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using muster::test::Exchange;
using muster::test::Exchanges;
using muster::test::ScimConversation;
using muster::test::ServerProcess;

// muster-server with --tls-cert and --tls-key: HTTPS with a certificate made for the test by the openssl
// command line, trusted as a CA (no ignored errors), and nothing for plain HTTP on that port.
class TestTls : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void https_data();
    void https();
    void plainHttpGetsNoAnswer();

private:
    QTemporaryDir m_folder;
    QList<QSslCertificate> m_certificate;
    ServerProcess m_server;
};

void TestTls::initTestCase()
{
    QVERIFY(m_folder.isValid());
    const QString certificate = m_folder.filePath(QStringLiteral("cert.pem"));
    const QString key = m_folder.filePath(QStringLiteral("key.pem"));
    const QString problem = ServerProcess::createCertificate(certificate, key);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_certificate = QSslCertificate::fromPath(certificate);
    QCOMPARE(m_certificate.size(), 1);

    QVERIFY2(m_server.start({QStringLiteral("--data"), m_folder.path(), QStringLiteral("--store"),
                             QStringLiteral("memory"), QStringLiteral("--tls-cert"), certificate,
                             QStringLiteral("--tls-key"), key}),
             qPrintable(m_server.output()));
    QCOMPARE(m_server.baseUrl(), QStringLiteral("https://127.0.0.1:%1/scim/v2").arg(m_server.port()));
}

void TestTls::cleanupTestCase()
{
    QVERIFY2(m_server.terminate() == 0, qPrintable(m_server.output()));
}

void TestTls::https_data()
{
    QTest::addColumn<bool>("trusted");
    QTest::addColumn<Exchanges>("exchanges");
    using E = Exchange;
    const QString users = QStringLiteral("/scim/v2/Users");
    QTest::newRow("list") << true << Exchanges{E::get(users).expect(200, {QStringLiteral("totalResults=0")})};
    QTest::newRow("create, read, delete")
        << true
        << Exchanges{E::make("POST", users,
                             "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":"
                             "\"tls@example.com\"}")
                         .expect(201, {QStringLiteral(
                                          "meta/location=\"https://127.0.0.1:{port}/scim/v2/Users/{new}\"")}),
                     E::get(QStringLiteral("/scim/v2/Users/{new}"))
                         .expect(200, {QStringLiteral("userName=\"tls@example.com\"")}),
                     E::make("DELETE", QStringLiteral("/scim/v2/Users/{new}")).expect(204)};
    QTest::newRow("discovery") << true
                               << Exchanges{E::get(QStringLiteral("/scim/v2/ServiceProviderConfig"))
                                                .expect(200, {QStringLiteral("patch/supported=true")})};
    QTest::newRow("an error") << true
                              << Exchanges{E::get(users).header("Authorization", "Bearer nope").error(401)};
    // The same server certificate, not trusted: the handshake fails on the client's side.
    QTest::newRow("certificate not trusted") << false << Exchanges{E::get(users).expect(0)};
}

void TestTls::https()
{
    QFETCH(bool, trusted);
    QFETCH(Exchanges, exchanges);
    m_server.setCaCertificates(trusted ? m_certificate : QList<QSslCertificate>());
    ScimConversation conversation(m_server);
    conversation.define(QStringLiteral("port"), QByteArray::number(m_server.port()));
    conversation.run(exchanges);
    if (!trusted && !QTest::currentTestFailed())
        QVERIFY2(conversation.lastReply().failure.contains(QLatin1String("certificate"), Qt::CaseInsensitive),
                 qPrintable(conversation.lastReply().failure));
}

void TestTls::plainHttpGetsNoAnswer()
{
    QElapsedTimer timer;
    timer.start();
    const ServerProcess::Reply reply =
        m_server.rawRequest("GET /scim/v2/Users HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                                m_server.token() + "\r\n\r\n",
                            10000);
    QCOMPARE(reply.status, 0);
    QVERIFY2(!reply.body.contains("HTTP/") && !reply.body.contains("urn:ietf:params:scim"),
             reply.body.constData());
    // The server drops the connection at once rather than waiting for a handshake that never comes.
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    // And goes on serving HTTPS.
    m_server.setCaCertificates(m_certificate);
    QCOMPARE(m_server.request("GET", QStringLiteral("/scim/v2/Users")).status, 200);
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
