#include "ServerProcess.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using muster::test::ServerProcess;

// muster-server with TLS refuses the retired protocol versions TLS 1.0 and 1.1 (RFC 8996): it closes the
// connection at the client's hello, and goes on serving. TLS 1.2 and 1.3 are accepted. The client is
// `openssl s_client` forced to one version, with its own security level lowered so that it offers the old
// versions at all: a refusal then comes from the server, not from the client's configuration. (A plain
// HTTP request to the TLS port is tst_tls's plainHttpGetsNoAnswer.)
class TestTlsProtocols : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void protocolVersion_data();
    void protocolVersion();

private:
    QString m_openssl;
    QTemporaryDir m_folder;
    ServerProcess m_server;
};

void TestTlsProtocols::initTestCase()
{
    QVERIFY(m_folder.isValid());
    m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QVERIFY2(!m_openssl.isEmpty(), "the openssl command line is needed (.ci/setup installs it)");
    const QString certificate = m_folder.filePath(QStringLiteral("server.crt"));
    const QString key = m_folder.filePath(QStringLiteral("server.key"));
    QProcess generate;
    generate.setProcessChannelMode(QProcess::MergedChannels);
    generate.start(
        m_openssl,
        QStringLiteral("req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 -keyout %1 -out %2")
            .arg(key, certificate)
            .split(u' '));
    QVERIFY(generate.waitForFinished(60000));
    QVERIFY2(generate.exitCode() == 0, generate.readAll().constData());
    QVERIFY2(m_server.start({QStringLiteral("--data"), m_folder.path(), QStringLiteral("--store"),
                             QStringLiteral("memory"), QStringLiteral("--tls-cert"), certificate,
                             QStringLiteral("--tls-key"), key}),
             qPrintable(m_server.output()));
}

void TestTlsProtocols::cleanupTestCase()
{
    if (m_server.isRunning())
        QVERIFY2(m_server.terminate() == 0, qPrintable(m_server.output()));
}

void TestTlsProtocols::protocolVersion_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("TLS 1.0") << QStringLiteral("-tls1") << false;
    QTest::newRow("TLS 1.1") << QStringLiteral("-tls1_1") << false;
    QTest::newRow("TLS 1.2") << QStringLiteral("-tls1_2") << true;
    QTest::newRow("TLS 1.3") << QStringLiteral("-tls1_3") << true;
}

void TestTlsProtocols::protocolVersion()
{
    QFETCH(QString, option);
    QFETCH(bool, accepted);
    QProcess client;
    client.setProcessChannelMode(QProcess::MergedChannels);
    client.start(m_openssl,
                 {QStringLiteral("s_client"), QStringLiteral("-connect"),
                  QStringLiteral("127.0.0.1:%1").arg(m_server.port()), option, QStringLiteral("-cipher"),
                  QStringLiteral("DEFAULT:@SECLEVEL=0"), QStringLiteral("-brief")});
    QVERIFY(client.waitForStarted());
    client.closeWriteChannel(); // s_client ends after the handshake when its input ends
    QVERIFY(client.waitForFinished(30000));
    const QString output = QString::fromUtf8(client.readAll());
    // The client did offer the version: a refusal is the server's.
    QVERIFY2(!output.contains(QLatin1String("no protocols available")), qPrintable(output));
    if (accepted) {
        QVERIFY2(output.contains(QLatin1String("CONNECTION ESTABLISHED")), qPrintable(output));
    } else {
        QVERIFY2(!output.contains(QLatin1String("CONNECTION ESTABLISHED")), qPrintable(output));
        QVERIFY2(client.exitCode() != 0, qPrintable(output));
    }
    // And the server goes on serving.
    QVERIFY(m_server.isRunning());
}

QTEST_GUILESS_MAIN(TestTlsProtocols)
#include "tst_tlsprotocols.moc"
