#pragma once

#include "common/Result.h"
#include "http/FramedRequest.h"
#include "http/HttpTransportOptions.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSslConfiguration>

#include <atomic>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QTcpSocket;
class QThreadPool;
class QTimer;
QT_END_NAMESPACE

namespace muster {

class ConnectionGuard;
class GuardedTcpServer;
class HttpMetrics;
class RequestStream;

// One thread's share of the HTTP transport: its own QHttpServer on its own listening socket, all
// created inside the thread. It answers each request on this thread, writing the answer to the socket
// itself (QtHttpServer 6.4 crashes on its own deferred answers), except long requests
// (HttpTransportOptions::runsLong): those run on the transport's pool, and their answer comes back here
// to be written; meanwhile the worker serves its other connections, and later requests of the same
// connection wait, so that answers keep their order. Every method runs in the worker's thread.
class HttpWorker final : public QObject {
    Q_OBJECT
public:
    // What all workers of a transport share; immutable while they run, except the atomics inside.
    struct Context {
        HttpTransportOptions options;
        HttpHandler handler;
        HttpMetrics* metrics = nullptr;
        RequestStream* stream = nullptr;
        QThreadPool* longRequests = nullptr; // for HttpTransportOptions::runsLong; null: none

        std::optional<QSslConfiguration> tls;
        std::atomic<quint64> nextRecordId{1};
    };

    HttpWorker(int index, std::shared_ptr<Context> context);
    ~HttpWorker() override;
    Q_DISABLE_COPY_MOVE(HttpWorker)

    // Serves on an already listening socket descriptor, or, with -1, listens on the options' address
    // and port itself.
    Status start(qintptr listeningDescriptor);
    quint16 listeningPort() const;
    // Stops accepting; idle connections close now, busy ones after their current request.
    void beginDrain();
    // Closes every connection and deletes the servers.
    void shutDown();

    // For the connections of this worker.
    int index() const { return m_index; }
    Context& context() const { return *m_context; }
    qint64 nowNs() const { return m_clock.nsecsElapsed(); }
    bool isDraining() const { return m_draining; }
    void adopt(ConnectionGuard* guard);
    void forget(QTcpSocket* socket);
    // Answers a request that the transport refused before QtHttpServer saw it (413, 431, 408, ...).
    void answerTransportError(ConnectionGuard& guard, const FramedRequest& request, int status,
                              const QString& detail);

    // The RFC 7644 error response used when HttpTransportOptions::errorResponse is not set.
    static HttpResponse fallbackErrorResponse(const ScimError& error);

private:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    void serve(const QHttpServerRequest& request, QTcpSocket* socket);
    // Answers one request of the connection, now or (a long one) once the pool has run it.
    void answer(ConnectionGuard& guard, const FramedRequest& framed, const HttpRequest& request);
    bool answerLater(ConnectionGuard& guard, const FramedRequest& framed, const HttpRequest& request);
    // The pool's answer to a long request; the connection may have gone meanwhile.
    void answerReady(QTcpSocket* socket, quint64 serial, const FramedRequest& framed,
                     const HttpRequest& request, HttpResponse response);
    HttpRequest toHttpRequest(const QHttpServerRequest& request, const FramedRequest& framed,
                              const ConnectionGuard& guard) const;
    HttpResponse dispatch(const HttpRequest& request) const;
    HttpResponse metricsResponse(const HttpRequest& request) const;
    HttpResponse errorResponse(const ScimError& error) const;
    // Writes the response and accounts for it; returns whether the connection must close after it.
    void send(ConnectionGuard& guard, const FramedRequest& framed, const HttpRequest* request,
              HttpResponse response, bool close);
    QByteArray currentDate();
    void sweep();

    int m_index;
    std::shared_ptr<Context> m_context;
    QElapsedTimer m_clock;
    QHttpServer* m_httpServer = nullptr;
    GuardedTcpServer* m_tcpServer = nullptr;
    QTimer* m_sweepTimer = nullptr;
    QHash<QTcpSocket*, ConnectionGuard*> m_guards;
    // Requests of connections that wait for a long request's answer, in arrival order.
    struct Waiting {
        FramedRequest framed;
        HttpRequest request;
    };
    QHash<QTcpSocket*, QList<Waiting>> m_waiting;
    bool m_draining = false;
    qint64 m_dateSecond = -1;
    QByteArray m_date;
};

} // namespace muster
