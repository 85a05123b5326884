#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QString>
#include <QStringDecoder>
#include <QStringList>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkReply;
QT_END_NAMESPACE

namespace muster::test {

// A muster-server process as a user starts it, on a free port of 127.0.0.1, and a blocking HTTP client
// for it. start() waits for the "SCIM base URL" line and reads the port and, on a first start, the
// token it printed.
class ServerProcess final {
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Reply {
        int status = 0;  // 0: no HTTP answer (connection refused, timeout, TLS failure, not HTTP)
        QByteArray body; // with status 0 from rawRequest(): whatever bytes came back
        Headers headers; // names in lower case
        // Why the answer is missing or incomplete (connection closed early, TLS error); empty when whole.
        QString failure;
        QByteArray header(const QByteArray& name) const;
        QJsonObject json() const;
    };

    // A muster-server run that is not a server (e.g. "token create"): its exit code and output.
    struct CommandResult {
        int exitCode = -1; // -1: it did not end within 30 s or crashed
        QString standardOutput;
        QString standardError;
    };

    ServerProcess();
    ~ServerProcess(); // SIGKILL if still running
    Q_DISABLE_COPY_MOVE(ServerProcess)

    // Runs `muster-server <arguments>` to the end.
    static CommandResult run(const QStringList& arguments);
    // `muster-server token create --name <name> --data <dataDirectory> <options>` (e.g. --tenant, --user);
    // the secret it printed, or empty (with a warning) when it failed.
    static QByteArray createToken(const QString& dataDirectory, const QString& name,
                                  const QStringList& options = {});

    // Variables added to the test's own environment for the next start() (MUSTER_*, QT_LOGGING_RULES).
    void setEnvironmentVariable(const QString& name, const QString& value);

    // `arguments` are added to "--port 0 --bind 127.0.0.1". False (with output()) when the server did
    // not report its base URL within 30 s. On Linux it also waits until the process catches SIGTERM:
    // muster-server installs that handler only after printing the base URL, and a SIGTERM in between
    // ends it by the signal's default action, without finishing requests (about one start in ten when
    // the signal follows the line at once).
    bool start(const QStringList& arguments);
    // SIGTERM, then waits; the exit code, or -1 when it did not end within 30 s or crashed.
    int terminate();
    // SIGTERM without waiting, for a test that watches what happens while the server stops.
    void sendTerminate();
    // Waits for the process to end: the exit code, or -1 when it did not end in time or crashed.
    int waitForExit(int timeoutMs = 30000);
    // SIGKILL, then waits.
    void kill();
    bool isRunning() const;
    qint64 pid() const;

    quint16 port() const { return m_port; }
    // As printed: https://... when the server runs with TLS.
    QString baseUrl() const { return m_baseUrl; }
    // The token printed on a first start; empty otherwise. setToken() to use another.
    QByteArray token() const { return m_token; }
    void setToken(const QByteArray& token) { m_token = token; }
    // The only certificates that HTTPS requests trust; empty: the system's. Open connections are closed,
    // so that the next request makes a new handshake.
    void setCaCertificates(const QList<QSslCertificate>& certificates);
    // Everything the process printed so far (stdout and stderr).
    QString output();

    // A request to <scheme>://127.0.0.1:<port><path> (https when the base URL is) with the token as
    // bearer, unless `headers` name an Authorization (an empty value sends none). Bodies go as
    // application/scim+json unless `headers` name a Content-Type. Waits at most 30 s.
    Reply request(const QByteArray& method, const QString& path, const QByteArray& body = {},
                  const Headers& headers = {});
    Reply request(const QByteArray& method, const QString& path, const QJsonObject& body);

    // The bytes of an HTTP/1.1 request to 127.0.0.1 with `token` as bearer, for rawRequest() and sendRaw();
    // a body goes as application/scim+json.
    static QByteArray httpRequest(const QByteArray& method, const QByteArray& path, const QByteArray& token,
                                  const QByteArray& body = {});
    // A self-signed certificate for 127.0.0.1 and its key (EC P-256, valid two days), in PEM files, made
    // with the openssl command line. Empty on success, else why not.
    static QString createCertificate(const QString& certificateFile, const QString& keyFile);

    // Exactly `bytes` on a new plain TCP connection to the port, for what an HTTP client library would
    // not send (no Content-Type, oversized bodies, malformed requests, plain HTTP to a TLS port). Reads
    // one response: until its Content-Length is complete, the server closes, or `timeoutMs` passes.
    Reply rawRequest(const QByteArray& bytes, int timeoutMs = 30000) const;
    // The first half of rawRequest(): a new connection with `bytes` written to the kernel, so that several
    // requests can be in flight at once (null with a warning when it cannot connect).
    std::unique_ptr<QTcpSocket> sendRaw(const QByteArray& bytes) const;
    // The second half: reads one response from the connection.
    static Reply readRaw(QTcpSocket& socket, int timeoutMs = 30000);

private:
    bool waitForTerminationHandler(const QDeadlineTimer& deadline);
    // Appends to m_output what the process wrote since the last call.
    void collectOutput();
    QNetworkReply* send(const QByteArray& method, const QString& path, const QByteArray& body,
                        const Headers& headers);
    static Reply await(QNetworkReply* reply, int timeoutMs);

    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    QString m_output;
    // The process writes into a file, not a pipe: a pipe is only emptied while the test's event loop runs,
    // and a test whose threads block on requests for longer would let it fill (64 KiB), after which every
    // server thread that logs a request stops in write(2) and its connections get no answer.
    QTemporaryDir m_outputFolder;
    QFile m_outputReader;
    QStringDecoder m_outputDecoder{QStringDecoder::Utf8};
    quint16 m_port = 0;
    QString m_baseUrl;
    QByteArray m_token;
    QList<QSslCertificate> m_caCertificates;
};

} // namespace muster::test
