#pragma once

#include <QTcpServer>

namespace muster {

class ConnectionGuard;
class HttpWorker;

// The QTcpServer handed to QHttpServer::bind(): it makes every socket itself (QSslSocket with TLS),
// refuses connections over the transport's limit with 503, puts a ConnectionGuard on each socket and
// only then lets QtHttpServer have it (after the TLS handshake, for TLS).
class GuardedTcpServer final : public QTcpServer {
    Q_OBJECT
public:
    explicit GuardedTcpServer(HttpWorker* worker);

    void setHttpServer(QObject* httpServer) { m_httpServer = httpServer; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void handOver(ConnectionGuard* guard);
    void refuse(qintptr socketDescriptor);

    HttpWorker* m_worker;
    QObject* m_httpServer = nullptr;
};

} // namespace muster
