#include "http/GuardedTcpServer.h"

#include "http/ConnectionGuard.h"
#include "http/HttpLogging.h"
#include "http/HttpMetrics.h"
#include "http/HttpWorker.h"

#include <QSslSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace muster {

GuardedTcpServer::GuardedTcpServer(HttpWorker* worker)
    : QTcpServer(worker)
    , m_worker(worker)
{}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    HttpWorker::Context& context = m_worker->context();
    if (m_worker->isDraining() || !context.metrics->admitConnection(context.options.maxConnections)) {
        refuse(socketDescriptor);
        return;
    }
    const bool secure = context.tls.has_value();
    QTcpSocket* socket = secure ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        qCWarning(lcHttp) << "cannot take a new connection:" << socket->errorString();
        delete socket;
        context.metrics->connectionClosed();
        return;
    }
    // QtHttpServer deletes sockets on disconnection too, but only once it has them.
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    auto* guard = new ConnectionGuard(socket, m_worker, secure);
    if (!secure) {
        handOver(guard);
        return;
    }
    auto* sslSocket = static_cast<QSslSocket*>(socket);
    sslSocket->setSslConfiguration(*context.tls);
    connect(sslSocket, &QSslSocket::encrypted, guard, [this, guard] { handOver(guard); });
    connect(sslSocket, &QAbstractSocket::errorOccurred, sslSocket, [sslSocket](QAbstractSocket::SocketError) {
        if (!sslSocket->isEncrypted())
            sslSocket->abort(); // a failed handshake: nothing to say to this client
    });
    sslSocket->startServerEncryption();
}

void GuardedTcpServer::handOver(ConnectionGuard* guard)
{
    guard->handOver(m_httpServer, [this, guard] { addPendingConnection(guard->socket()); });
}

void GuardedTcpServer::refuse(qintptr socketDescriptor)
{
    QTcpSocket socket;
    if (!socket.setSocketDescriptor(socketDescriptor))
        return;
    if (!m_worker->context().tls) {
        socket.write("HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\nretry-after: 1\r\n"
                     "connection: close\r\n\r\n");
        socket.flush();
#ifdef Q_OS_UNIX
        // Closing with the request unread would reset the connection, and a reset can destroy the answer
        // before the client reads it: end the answer with a FIN, then read away what has arrived.
        const int descriptor = int(socket.socketDescriptor());
        ::shutdown(descriptor, SHUT_WR);
        char discarded[4096];
        while (::recv(descriptor, discarded, sizeof discarded, MSG_DONTWAIT) > 0) {
        }
#endif
    }
    socket.abort();
}

} // namespace muster
