#include "http/ConnectionGuard.h"

#include "http/HttpLogging.h"
#include "http/HttpWorker.h"

#include <QTcpSocket>

#include <atomic>
#include <utility>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace muster {

namespace {

// How long a closing connection may take to send its last bytes and see the client close.
constexpr qint64 closeTimeoutNs = 2'000'000'000;

std::atomic<quint64> nextSerial{1};

qint64 toNs(std::chrono::milliseconds duration)
{
    return qint64(duration.count()) * 1'000'000;
}

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket* socket, HttpWorker* worker, bool secure)
    : QObject(socket)
    , m_socket(socket)
    , m_worker(worker)
    , m_framer({worker->context().options.maxHeaderBytes, worker->context().options.maxBodyBytes})
    , m_secure(secure)
    , m_acceptedNs(worker->nowNs())
    , m_lastActivityNs(m_acceptedNs)
    , m_serial(nextSerial.fetch_add(1, std::memory_order_relaxed))
{
    m_worker->adopt(this);
}

ConnectionGuard::~ConnectionGuard()
{
    // The socket is being destroyed (this is its child): only its address is used.
    m_worker->forget(m_socket);
}

void ConnectionGuard::handOver(QObject* httpServer, const std::function<void()>& addPending)
{
    m_httpServer = httpServer;
    m_lastActivityNs = m_worker->nowNs();
    // Slots run in connection order: this one before QtHttpServer's reader, which addPending connects,
    // and the next one after it.
    connect(m_socket, &QIODevice::readyRead, this, &ConnectionGuard::beforeHttpServerReads);
    addPending();
    connect(m_socket, &QIODevice::readyRead, this, &ConnectionGuard::afterHttpServerReads);
    // The analyzer takes the slot object that invokeMethod() allocates in Qt's header for a leak: Qt is a
    // system header to it, and it assumes no system function takes ownership. QtCore deletes it once called.
    // Clang-tidy 14 applies a NOLINT of such a report on the first line of Muster's code its path names.
    // NOLINTNEXTLINE(clang-analyzer-cplusplus.NewDeleteLeaks)
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(m_socket, &QIODevice::readyRead, Qt::QueuedConnection);
}

std::optional<FramedRequest> ConnectionGuard::takeRequest()
{
    if (!m_framer.hasCompleted()) {
        if (!m_closing)
            qCWarning(lcHttp) << "QtHttpServer completed a request that the transport did not frame; closing";
        close(CloseMode::Lingering);
        return std::nullopt;
    }
    FramedRequest request = m_framer.takeCompleted();
    if (m_closing)
        return std::nullopt;
    return request;
}

void ConnectionGuard::beforeHttpServerReads()
{
    if (m_closing) {
        discardInput();
        return;
    }
    // QtHttpServer 6.4 reads one request per readyRead and leaves the rest (pipelined requests) in the
    // buffer for the next one, which it emits itself: only the bytes beyond m_framedAhead are new.
    const qint64 available = m_socket->bytesAvailable();
    const qint64 fresh = available - m_framedAhead;
    if (fresh <= 0)
        return;
    const qint64 now = m_worker->nowNs();
    m_lastActivityNs = now;
    const qint64 skipped = std::min(fresh, m_framer.skippableBodyBytes());
    if (skipped > 0)
        m_framer.skipBody(skipped);
    if (fresh > skipped) {
        const QByteArray buffered = m_socket->peek(available);
        m_framer.feed(QByteArrayView(buffered).last(fresh - skipped), now);
    }
    m_framedAhead = available;

    // Requests before the rejected one are answered first (by QtHttpServer, one per readyRead).
    if (m_framer.phase() == RequestFramer::Phase::Rejected && !m_framer.hasCompleted())
        answerRejection(m_framer.rejectionStatus(), m_framer.rejectionDetail());
}

void ConnectionGuard::afterHttpServerReads()
{
    if (m_closing)
        return;
    m_framedAhead = m_socket->bytesAvailable();
    if (m_framer.hasCompleted())
        return; // QtHttpServer has more to answer first
    switch (m_framer.phase()) {
    case RequestFramer::Phase::Rejected:
        answerRejection(m_framer.rejectionStatus(), m_framer.rejectionDetail());
        break;
    case RequestFramer::Phase::Body: {
        // Every earlier request is answered, so 100 Continue cannot overtake a response. A client that
        // did not wait for it needs none.
        if (m_answerPending)
            break;
        const FramedRequest& request = m_framer.current();
        if (request.expectContinue && request.bodyBytes == 0 && m_continueSentFor != request.sequence) {
            m_continueSentFor = request.sequence;
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        break;
    }
    case RequestFramer::Phase::Idle:
        if (m_draining && isIdle())
            close(CloseMode::AfterFlush);
        break;
    case RequestFramer::Phase::Headers:
    case RequestFramer::Phase::Stopped:
        break;
    }
}

void ConnectionGuard::answerSent()
{
    if (m_closing)
        return;
    if (m_heldRejection) {
        const auto [status, detail] = *std::exchange(m_heldRejection, std::nullopt);
        answerRejection(status, detail);
        return;
    }
    m_lastActivityNs = m_worker->nowNs();
    afterHttpServerReads();
}

void ConnectionGuard::answerRejection(int status, const QString& detail)
{
    if (m_answerPending) {
        // QtHttpServer reads nothing more from this connection; the rejection follows the answer.
        if (m_httpServer)
            disconnect(m_socket, &QIODevice::readyRead, m_httpServer, nullptr);
        discardInput();
        if (!m_heldRejection)
            m_heldRejection = std::pair{status, detail};
        return;
    }
    m_worker->answerTransportError(*this, m_framer.current(), status, detail);
    close(CloseMode::Lingering);
}

void ConnectionGuard::close(CloseMode mode)
{
    if (m_closing)
        return;
    m_closing = true;
    m_closingSinceNs = m_worker->nowNs();
    // From now on QtHttpServer reads nothing more from this connection; this guard discards it.
    if (m_httpServer)
        disconnect(m_socket, &QIODevice::readyRead, m_httpServer, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    discardInput();

    if (mode == CloseMode::AfterFlush || m_secure) {
        // QSslSocket sends its close_notify after the queued data.
        m_socket->disconnectFromHost();
        return;
    }
    m_lingering = true;
    m_socket->flush();
    if (m_socket->bytesToWrite() == 0) {
        stopSending();
        return;
    }
    connect(m_socket, &QIODevice::bytesWritten, this, [this] {
        if (m_socket->bytesToWrite() == 0)
            stopSending();
    });
}

void ConnectionGuard::stopSending()
{
#ifdef Q_OS_UNIX
    // Half-close: the client reads the answer, then sees the end of the stream and closes its side,
    // which ends the connection here too (or the close timeout does).
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
#else
    m_socket->disconnectFromHost();
#endif
}

void ConnectionGuard::discardInput()
{
    if (m_socket->bytesAvailable() > 0)
        m_socket->skip(m_socket->bytesAvailable());
    m_framedAhead = 0;
}

// Bytes the client sent that the event loop has not read yet: a request that arrived before the
// server began to stop, which is answered before the connection closes.
bool ConnectionGuard::hasUnreadInput() const
{
    if (m_socket->bytesAvailable() > 0)
        return true;
#ifdef Q_OS_UNIX
    char byte;
    return ::recv(int(m_socket->socketDescriptor()), &byte, 1, MSG_PEEK | MSG_DONTWAIT) > 0;
#else
    return false;
#endif
}

bool ConnectionGuard::isIdle() const
{
    return !m_answerPending && m_framer.phase() == RequestFramer::Phase::Idle && !m_framer.hasCompleted() &&
           m_socket->bytesAvailable() == 0;
}

void ConnectionGuard::checkTimeouts(qint64 nowNs)
{
    const HttpTransportOptions& options = m_worker->context().options;
    if (m_closing) {
        if (nowNs - m_closingSinceNs > closeTimeoutNs)
            m_socket->abort();
        return;
    }
    if (!m_httpServer) {
        // Still in the TLS handshake.
        if (nowNs - m_acceptedNs > toNs(options.headerTimeout))
            m_socket->abort();
        return;
    }
    if (m_framer.hasCompleted())
        return;
    const FramedRequest& request = m_framer.current();
    switch (m_framer.phase()) {
    case RequestFramer::Phase::Idle:
        if (m_answerPending)
            m_lastActivityNs = nowNs; // waiting for the server, not for the client
        else if (nowNs - m_lastActivityNs > toNs(options.idleTimeout))
            close(CloseMode::AfterFlush);
        break;
    case RequestFramer::Phase::Headers:
        if (nowNs - request.startedNs > toNs(options.headerTimeout))
            answerRejection(408, QStringLiteral("The request headers took too long to arrive."));
        break;
    case RequestFramer::Phase::Body:
        if (nowNs - request.headersCompleteNs > toNs(options.bodyTimeout))
            answerRejection(408, QStringLiteral("The request body took too long to arrive."));
        break;
    case RequestFramer::Phase::Stopped:
    case RequestFramer::Phase::Rejected:
        break;
    }
}

void ConnectionGuard::drain()
{
    m_draining = true;
    if (!m_httpServer)
        m_socket->abort();
    else if (isIdle() && !hasUnreadInput())
        close(CloseMode::AfterFlush);
}

} // namespace muster
