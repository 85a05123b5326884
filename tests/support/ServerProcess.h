#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace muster::test {

// A muster-server process as a user starts it, on a free port of 127.0.0.1, and a blocking HTTP client
// for it. start() waits for the "SCIM base URL" line and reads the port and, on a first start, the
// token it printed.
class ServerProcess final {
public:
    struct Reply {
        int status = 0; // 0: no HTTP answer (connection refused, timeout)
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
        QByteArray header(const QByteArray& name) const;
        QJsonObject json() const;
    };

    ServerProcess();
    ~ServerProcess(); // SIGKILL if still running
    Q_DISABLE_COPY_MOVE(ServerProcess)

    // `arguments` are added to "--port 0 --bind 127.0.0.1". False (with output()) when the server did
    // not report its base URL within 30 s.
    bool start(const QStringList& arguments);
    // SIGTERM, then waits; the exit code, or -1 when it did not end within 30 s or crashed.
    int terminate();
    // SIGKILL, then waits.
    void kill();
    bool isRunning() const;
    qint64 pid() const;

    quint16 port() const { return m_port; }
    QString baseUrl() const { return m_baseUrl; }
    // The token printed on a first start; empty otherwise. setToken() to use another.
    QByteArray token() const { return m_token; }
    void setToken(const QByteArray& token) { m_token = token; }
    // Everything the process printed so far (stdout and stderr).
    QString output();

    // A request to http://127.0.0.1:<port><path> with the token as bearer (unless `headers` name an
    // Authorization), JSON bodies as application/scim+json. Waits at most 30 s.
    Reply request(const QByteArray& method, const QString& path, const QByteArray& body = {},
                  const QList<QPair<QByteArray, QByteArray>>& headers = {});
    Reply request(const QByteArray& method, const QString& path, const QJsonObject& body);

private:
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QString m_output;
    quint16 m_port = 0;
    QString m_baseUrl;
    QByteArray m_token;
};

} // namespace muster::test
