#include "http/HttpWorker.h"

#include "http/ConnectionGuard.h"
#include "http/GuardedTcpServer.h"
#include "http/GzipEncoder.h"
#include "http/HttpLogging.h"
#include "http/HttpMetrics.h"
#include "http/HttpResponseEncoder.h"
#include "http/RequestStream.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace muster {

namespace {

// Headers that belong to the connection, which the transport writes itself.
bool isTransportHeader(QByteArrayView name)
{
    return name.compare("content-length", Qt::CaseInsensitive) == 0 ||
           name.compare("connection", Qt::CaseInsensitive) == 0 ||
           name.compare("transfer-encoding", Qt::CaseInsensitive) == 0 ||
           name.compare("keep-alive", Qt::CaseInsensitive) == 0 ||
           name.compare("date", Qt::CaseInsensitive) == 0 ||
           name.compare(HttpResponse::scimTypeHeader, Qt::CaseInsensitive) == 0;
}

// The scimType of an RFC 7644 §3.12 error body, when the response did not say it in a header.
QByteArray scimTypeOfErrorBody(const HttpResponse& response)
{
    constexpr qsizetype largestErrorBody = qsizetype(64) * 1024;
    if (response.body.size() > largestErrorBody || !response.body.contains("scimType"))
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    return document.object().value(QLatin1String("scimType")).toString().toUtf8();
}

QByteArray truncated(const QByteArray& body, qint64 limit, bool* wasTruncated)
{
    *wasTruncated = body.size() > limit;
    return *wasTruncated ? body.left(limit) : body;
}

qint64 toNs(std::chrono::milliseconds duration)
{
    return qint64(duration.count()) * 1'000'000;
}

} // namespace

HttpWorker::HttpWorker(int index, std::shared_ptr<Context> context)
    : m_index(index)
    , m_context(std::move(context))
{
    m_clock.start();
}

HttpWorker::~HttpWorker()
{
    shutDown();
}

Status HttpWorker::start(qintptr listeningDescriptor)
{
    m_clock.start();
    m_draining = false;
    m_httpServer = new QHttpServer(this);
    // Every request reaches one handler; QtHttpServer's router would only add a pass over no rules.
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    m_httpServer->setMissingHandler(
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            serve(request, responder.socket());
        });
#else
    // Newer QtHttpServer hides the socket from handlers; the connection is found by the peer's port.
    // Only QtHttpServer 6.4's reading pattern (one request per readyRead) has been verified.
    const auto byPeer = [this](const QHttpServerRequest& request) -> QTcpSocket* {
        for (auto it = m_guards.cbegin(); it != m_guards.cend(); ++it) {
            if (it.key()->peerPort() == request.remotePort() &&
                it.key()->peerAddress() == request.remoteAddress())
                return it.key();
        }
        return nullptr;
    };
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    m_httpServer->setMissingHandler(
        [this, byPeer](const QHttpServerRequest& request, QHttpServerResponder&&) {
            serve(request, byPeer(request));
        });
#else
    m_httpServer->setMissingHandler(this,
                                    [this, byPeer](const QHttpServerRequest& request, QHttpServerResponder&) {
                                        serve(request, byPeer(request));
                                    });
#endif
#endif

    m_tcpServer = new GuardedTcpServer(this);
    // QHttpServer::sslSetup() only applies to servers that QHttpServer::listen() makes: the guarded
    // server encrypts its sockets itself (GuardedTcpServer), with the context's TLS configuration.
    if (listeningDescriptor >= 0) {
        if (!m_tcpServer->setSocketDescriptor(listeningDescriptor))
            return ScimError::internal(
                QStringLiteral("Cannot serve on the listening socket: %1").arg(m_tcpServer->errorString()));
    } else if (!m_tcpServer->listen(m_context->options.address, m_context->options.port)) {
        return ScimError::internal(QStringLiteral("Cannot listen on %1 port %2: %3")
                                       .arg(m_context->options.address.toString())
                                       .arg(m_context->options.port)
                                       .arg(m_tcpServer->errorString()));
    }
    m_tcpServer->setHttpServer(m_httpServer);
    m_httpServer->bind(m_tcpServer);

    const HttpTransportOptions& options = m_context->options;
    const auto shortest = std::min(
        {options.idleTimeout, options.headerTimeout, options.bodyTimeout, std::chrono::milliseconds(2000)});
    m_sweepTimer = new QTimer(this);
    m_sweepTimer->setTimerType(Qt::CoarseTimer);
    connect(m_sweepTimer, &QTimer::timeout, this, &HttpWorker::sweep);
    m_sweepTimer->start(int(std::clamp<qint64>(shortest.count() / 4, 20, 1000)));
    return {};
}

quint16 HttpWorker::listeningPort() const
{
    return m_tcpServer ? m_tcpServer->serverPort() : 0;
}

void HttpWorker::beginDrain()
{
    m_draining = true;
    if (m_tcpServer) {
        // Connections the kernel has completed but nobody accepted yet would be reset by close(): take
        // them now, and answer each 503 with Retry-After (GuardedTcpServer refuses while draining).
        while (m_tcpServer->waitForNewConnection(0)) {
        }
        m_tcpServer->close();
    }
    const auto guards = m_guards.values();
    for (ConnectionGuard* guard : guards)
        guard->drain();
}

void HttpWorker::shutDown()
{
    const auto sockets = m_guards.keys();
    for (QTcpSocket* socket : sockets)
        socket->abort();
    delete m_sweepTimer;
    m_sweepTimer = nullptr;
    // The QHttpServer owns the TCP server (bind() adopts it), which owns the sockets.
    delete m_httpServer;
    m_httpServer = nullptr;
    m_tcpServer = nullptr;
}

void HttpWorker::adopt(ConnectionGuard* guard)
{
    m_guards.insert(guard->socket(), guard);
}

void HttpWorker::forget(QTcpSocket* socket)
{
    m_waiting.remove(socket);
    if (m_guards.remove(socket))
        m_context->metrics->connectionClosed();
}

void HttpWorker::sweep()
{
    const qint64 now = nowNs();
    const auto guards = m_guards.values();
    for (ConnectionGuard* guard : guards)
        guard->checkTimeouts(now);
}

void HttpWorker::serve(const QHttpServerRequest& request, QTcpSocket* socket)
{
    ConnectionGuard* guard = socket ? m_guards.value(socket) : nullptr;
    if (!guard) {
        qCWarning(lcHttp) << "a request arrived on a connection the transport does not know";
        return;
    }
    const std::optional<FramedRequest> framed = guard->takeRequest();
    if (!framed)
        return; // the connection is closing: nothing more is answered on it
    const HttpRequest httpRequest = toHttpRequest(request, *framed, *guard);
    if (guard->isAnswerPending()) {
        m_waiting[socket].append({*framed, httpRequest});
        return;
    }
    answer(*guard, *framed, httpRequest);
}

void HttpWorker::answer(ConnectionGuard& guard, const FramedRequest& framed, const HttpRequest& request)
{
    if (answerLater(guard, framed, request))
        return;
    const qint64 began = nowNs();
    HttpResponse response = dispatch(request);
    const bool close = framed.closeAfter || m_draining;
    send(guard, framed, &request, std::move(response), close);
    m_context->metrics->addBusyTime(m_index, nowNs() - began);
    if (close)
        guard.close(ConnectionGuard::CloseMode::AfterFlush);
}

bool HttpWorker::answerLater(ConnectionGuard& guard, const FramedRequest& framed, const HttpRequest& request)
{
    QThreadPool* pool = m_context->longRequests;
    if (!pool || !m_context->options.runsLong || !m_context->options.runsLong(request))
        return false;
    // The worker outlives the task: the transport waits for the pool before it deletes workers.
    const std::shared_ptr<Context> context = m_context;
    QTcpSocket* socket = guard.socket();
    const quint64 serial = guard.serial();
    pool->start([this, context, socket, serial, framed, request] {
        HttpResponse response = context->handler(request);
        QMetaObject::invokeMethod(
            this,
            [this, socket, serial, framed, request, response = std::move(response)]() mutable {
                answerReady(socket, serial, framed, request, std::move(response));
            },
            Qt::QueuedConnection);
    });
    guard.setAnswerPending(true);
    return true;
}

void HttpWorker::answerReady(QTcpSocket* socket, quint64 serial, const FramedRequest& framed,
                             const HttpRequest& request, HttpResponse response)
{
    // The socket's address is only looked up: the connection may have closed, and another may have the
    // same address now.
    ConnectionGuard* guard = m_guards.value(socket);
    if (!guard || guard->serial() != serial)
        return; // the client went away
    const bool close = framed.closeAfter || m_draining;
    send(*guard, framed, &request, std::move(response), close);
    QList<Waiting> waiting = m_waiting.take(socket);
    guard->setAnswerPending(false);
    if (close) {
        guard->close(ConnectionGuard::CloseMode::AfterFlush);
        return;
    }
    // Requests that arrived meanwhile, in order, until one is long again.
    while (!waiting.isEmpty() && !guard->isClosing()) {
        if (guard->isAnswerPending()) {
            m_waiting[socket] = waiting;
            return;
        }
        const Waiting next = waiting.takeFirst();
        answer(*guard, next.framed, next.request);
    }
    guard->answerSent();
}

HttpRequest HttpWorker::toHttpRequest(const QHttpServerRequest& request, const FramedRequest& framed,
                                      const ConnectionGuard& guard) const
{
    HttpRequest result;
    result.method = framed.method;
    // The framer saw the exact target; QUrl would already have normalized it.
    QByteArrayView target = framed.target;
    if (const qsizetype hash = target.indexOf('#'); hash >= 0)
        target = target.first(hash);
    const qsizetype question = target.indexOf('?');
    const QByteArrayView path = target.first(question < 0 ? target.size() : question);
    result.path =
        path.contains('%') ? QUrl::fromPercentEncoding(path.toByteArray()) : QString::fromUtf8(path);
    if (question >= 0)
        result.query = QUrlQuery(QString::fromUtf8(target.sliced(question + 1)));
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    const auto headers = request.headers();
    result.headers.reserve(headers.size());
    for (const auto& [name, value] : headers)
        result.headers.append({name.toLower(), value});
#else
    const QHttpHeaders& headers = request.headers();
    result.headers.reserve(headers.size());
    for (qsizetype i = 0; i < headers.size(); ++i)
        result.headers.append({headers.nameAt(i).toString().toLatin1(), headers.valueAt(i).toByteArray()});
#endif
    result.body = request.body();
    result.peer = guard.socket()->peerAddress();
    result.secure = guard.isSecure();
    return result;
}

HttpResponse HttpWorker::dispatch(const HttpRequest& request) const
{
    const QString& metricsPath = m_context->options.metricsPath;
    if (!metricsPath.isEmpty() && request.path == metricsPath)
        return metricsResponse(request);
    return m_context->handler(request);
}

HttpResponse HttpWorker::metricsResponse(const HttpRequest& request) const
{
    if (request.method != "GET" && request.method != "HEAD") {
        HttpResponse response =
            errorResponse({405, ScimType::None, QStringLiteral("The metrics accept GET and HEAD only.")});
        response.setHeader("allow", "GET, HEAD");
        return response;
    }
    const auto& authorized = m_context->options.metricsAuthorized;
    if (authorized && !authorized(request)) {
        HttpResponse response =
            errorResponse({401, ScimType::None, QStringLiteral("The metrics need a valid token.")});
        response.setHeader("www-authenticate", "Bearer");
        return response;
    }
    HttpResponse response;
    response.setHeader("content-type", "text/plain; version=0.0.4; charset=utf-8");
    response.setHeader("cache-control", "no-store");
    response.body = m_context->metrics->prometheusText();
    if (const auto& extra = m_context->options.extraMetrics)
        response.body += extra();
    return response;
}

HttpResponse HttpWorker::errorResponse(const ScimError& error) const
{
    const auto& render = m_context->options.errorResponse;
    return render ? render(error) : fallbackErrorResponse(error);
}

HttpResponse HttpWorker::fallbackErrorResponse(const ScimError& error)
{
    QJsonObject body{
        {QStringLiteral("schemas"),
         QJsonArray{QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error")}},
        {QStringLiteral("status"), QString::number(error.status)},
        {QStringLiteral("detail"), error.detail},
    };
    if (error.scimType != ScimType::None)
        body.insert(QStringLiteral("scimType"), error.scimTypeName());
    HttpResponse response;
    response.status = error.status;
    response.setHeader("content-type", "application/scim+json");
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

void HttpWorker::answerTransportError(ConnectionGuard& guard, const FramedRequest& request, int status,
                                      const QString& detail)
{
    send(guard, request, nullptr, errorResponse({status, ScimType::None, detail}), true);
}

QByteArray HttpWorker::currentDate()
{
    const qint64 second = QDateTime::currentSecsSinceEpoch();
    if (second != m_dateSecond) {
        m_dateSecond = second;
        m_date = HttpResponseEncoder::httpDate(second);
    }
    return m_date;
}

void HttpWorker::send(ConnectionGuard& guard, const FramedRequest& framed, const HttpRequest* request,
                      HttpResponse response, bool close)
{
    const HttpTransportOptions& options = m_context->options;
    const bool head = framed.method == "HEAD";
    QByteArray scimType = response.header(HttpResponse::scimTypeHeader);

    Headers headers;
    headers.reserve(response.headers.size() + 5);
    headers.emplaceBack("date", currentDate());
    bool hasContentType = false;
    bool hasContentEncoding = false;
    qsizetype varyIndex = -1;
    for (const auto& header : std::as_const(response.headers)) {
        if (isTransportHeader(header.first))
            continue;
        if (header.first.compare("content-type", Qt::CaseInsensitive) == 0)
            hasContentType = true;
        else if (header.first.compare("content-encoding", Qt::CaseInsensitive) == 0)
            hasContentEncoding = true;
        else if (header.first.compare("vary", Qt::CaseInsensitive) == 0)
            varyIndex = headers.size();
        headers.append(header);
    }
    if (!hasContentType && !response.body.isEmpty())
        headers.emplaceBack("content-type", "application/octet-stream");

    // gzip for large bodies when the client takes it; Vary tells caches that the answer depends on it.
    QByteArray wireBody = response.body;
    const bool bodyless = response.status == 204 || response.status == 304 || response.status < 200;
    if (!bodyless && !hasContentEncoding && response.body.size() >= options.gzipMinBytes) {
        if (varyIndex >= 0)
            headers[varyIndex].second += ", accept-encoding";
        else
            headers.emplaceBack("vary", "accept-encoding");
        if (!head && request && GzipEncoder::acceptsGzip(request->header("accept-encoding"))) {
            const QByteArray compressed = GzipEncoder::compress(response.body, options.gzipLevel);
            if (!compressed.isEmpty() && compressed.size() < response.body.size()) {
                wireBody = compressed;
                headers.emplaceBack("content-encoding", "gzip");
            }
        }
    }
    if (close)
        headers.emplaceBack("connection", "close");
    // A large body goes to the socket as it is, shared rather than copied behind the head, so that a
    // big page is held once in memory, not twice.
    constexpr qsizetype SharedBodyBytes = qsizetype(16) * 1024;
    if (!head && wireBody.size() >= SharedBodyBytes) {
        guard.socket()->write(HttpResponseEncoder::encode(response.status, headers, wireBody, true));
        guard.socket()->write(wireBody);
    } else {
        guard.socket()->write(HttpResponseEncoder::encode(response.status, headers, wireBody, head));
    }

    // Accounting: metrics, access log, request stream.
    const qint64 now = nowNs();
    const qint64 durationNs = now - framed.startedNs;
    if (scimType.isEmpty() && response.status >= 400)
        scimType = scimTypeOfErrorBody(response);
    const QString path =
        request ? request->path : QUrl::fromPercentEncoding(framed.target.left(framed.target.indexOf('?')));
    const QByteArray method = framed.method.isEmpty() ? QByteArray("-") : framed.method;
    const qint64 sentBodyBytes = head || bodyless ? 0 : wireBody.size();
    const bool slow = durationNs > toNs(options.slowRequestThreshold);
    m_context->metrics->record(m_index, {method, HttpMetrics::routeTemplate(path), response.status,
                                         durationNs, sentBodyBytes, scimType, slow});

    if (slow ? lcHttp().isWarningEnabled() : lcHttp().isInfoEnabled()) {
        const QByteArray line = guard.socket()->peerAddress().toString().toLatin1() + " \"" + method + ' ' +
                                (framed.target.isEmpty() ? QByteArray("-") : framed.target) + " HTTP/1." +
                                QByteArray::number(framed.httpMinorVersion) + "\" " +
                                QByteArray::number(response.status) + ' ' +
                                QByteArray::number(sentBodyBytes) + ' ' +
                                QByteArray::number(double(durationNs) / 1e6, 'f', 3) + "ms";
        if (slow)
            qCWarning(lcHttp, "slow request: %s", line.constData());
        else
            qCInfo(lcHttp, "%s", line.constData());
    }

    RequestStream* stream = m_context->stream;
    if (stream && stream->hasListeners()) {
        RequestRecord record;
        record.id = m_context->nextRecordId.fetch_add(1, std::memory_order_relaxed);
        record.time = QDateTime::currentDateTimeUtc().addMSecs(-durationNs / 1'000'000);
        record.method = method;
        record.path = path;
        const qsizetype question = framed.target.indexOf('?');
        if (question >= 0)
            record.query = QString::fromUtf8(framed.target.mid(question + 1));
        record.peer = guard.socket()->peerAddress();
        record.secure = guard.isSecure();
        if (request) {
            record.requestHeaders = RequestRecord::redactHeaders(request->headers);
            record.requestBody = truncated(RequestRecord::redactBody(request->body), options.recordBodyLimit,
                                           &record.requestBodyTruncated);
        }
        record.status = response.status;
        record.responseHeaders = headers;
        if (!bodyless)
            record.responseHeaders.emplaceBack("content-length", QByteArray::number(wireBody.size()));
        record.responseBody =
            truncated(response.body, options.recordBodyLimit, &record.responseBodyTruncated);
        record.durationNs = durationNs;
        emit stream->recorded(record);
    }
}

} // namespace muster
