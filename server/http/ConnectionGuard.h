#pragma once

#include "http/FramedRequest.h"
#include "http/RequestFramer.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace muster {

class HttpWorker;

// Guards one client connection on behalf of QtHttpServer 6.4, which has no limits of its own. Its
// socket's readyRead is watched twice: just before QtHttpServer reads (every new byte goes through a
// RequestFramer; too-large or malformed requests are answered here and QtHttpServer is cut off before
// it sees them) and just after (100 Continue once earlier responses are out, deferred rejections).
// It also enforces the idle, header and body timeouts, and closes connections: after "Connection:
// close", HTTP/1.0, a rejection, or when the transport stops. Lives in its worker's thread, as a
// child of its socket.
class ConnectionGuard final : public QObject {
    Q_OBJECT
public:
    enum class CloseMode {
        AfterFlush, // send what is queued, then close
        Lingering,  // send what is queued, stop sending, and discard input until the client closes
                    // (so that unread request bytes do not turn the close into a reset that loses the
                    // answer)
    };

    ConnectionGuard(QTcpSocket* socket, HttpWorker* worker, bool secure);
    ~ConnectionGuard() override;
    Q_DISABLE_COPY_MOVE(ConnectionGuard)

    QTcpSocket* socket() const { return m_socket; }
    bool isSecure() const { return m_secure; }
    bool isClosing() const { return m_closing; }
    // Unique among the connections of the process, unlike the socket's address, which a later
    // connection may get again.
    quint64 serial() const { return m_serial; }

    // An answer is being prepared off the worker thread (a long request): the connection is not idle,
    // and nothing (100 Continue, a rejection) may be written before that answer.
    bool isAnswerPending() const { return m_answerPending; }
    void setAnswerPending(bool pending) { m_answerPending = pending; }
    // The pending answer, and the requests that waited for it, are written: what was held back goes now.
    void answerSent();

    // Gives the socket to QtHttpServer: `addPending` hands it over (QTcpServer::addPendingConnection,
    // during which QtHttpServer connects its reader); this guard's readers go before and after it.
    void handOver(QObject* httpServer, const std::function<void()>& addPending);

    // The next request QtHttpServer completed, in order; nothing once the connection is closing.
    std::optional<FramedRequest> takeRequest();

    void close(CloseMode mode);
    // Timeouts; called periodically by the worker.
    void checkTimeouts(qint64 nowNs);
    // The transport is stopping: close now if idle, else after the request in progress.
    void drain();

private:
    void beforeHttpServerReads();
    void afterHttpServerReads();
    void answerRejection(int status, const QString& detail);
    void discardInput();
    void stopSending();
    bool isIdle() const;
    bool hasUnreadInput() const;

    QTcpSocket* m_socket;
    HttpWorker* m_worker;
    QObject* m_httpServer = nullptr;
    RequestFramer m_framer;
    bool m_secure;
    bool m_closing = false;
    bool m_lingering = false;
    bool m_draining = false;
    bool m_answerPending = false;
    // A rejection to answer once the pending answer is out: status and detail.
    std::optional<std::pair<int, QString>> m_heldRejection;
    qint64 m_framedAhead = 0; // bytes in the socket's buffer that the framer has already seen
    qint64 m_acceptedNs = 0;
    qint64 m_lastActivityNs = 0;
    qint64 m_closingSinceNs = 0;
    quint64 m_continueSentFor = 0; // sequence of the last request that got 100 Continue
    quint64 m_serial;
};

} // namespace muster
