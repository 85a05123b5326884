#pragma once

#include "common/ScimError.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include <QHostAddress>
#include <QString>

#include <chrono>
#include <functional>

namespace muster {

// What answers requests: called on the worker thread that received the request, possibly on several
// threads at once (the app passes ScimService::handle).
using HttpHandler = std::function<HttpResponse(const HttpRequest&)>;

struct HttpTransportOptions {
    // Where to listen. Anything but loopback exposes the directory: the app asks before it does that.
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0: an ephemeral port; HttpTransport::port() tells which
    // Threads that accept and answer requests, each with its own QHttpServer; 0: one per core.
    int workers = 0;

    // TLS from PEM files (a certificate chain, leaf first, and its private key); plain HTTP when empty.
    QString certificateFile;
    QString privateKeyFile;
    QByteArray privateKeyPassphrase;

    // Protection that QtHttpServer 6.4 lacks.
    qint64 maxConnections = 1024;              // beyond it new connections get 503 and are closed
    qint64 maxHeaderBytes = qint64(16) * 1024; // request line and headers; beyond it 431
    qint64 maxBodyBytes =
        qint64(1024) * 1024; // pass ScimServiceOptions::maxBodyBytes; beyond it an early 413
    std::chrono::milliseconds idleTimeout{60'000};   // a keep-alive connection with no request
    std::chrono::milliseconds headerTimeout{10'000}; // to receive a request's headers (slowloris)
    std::chrono::milliseconds bodyTimeout{60'000};   // to receive a request's body
    std::chrono::milliseconds stopTimeout{5'000};    // stop() waits this long for requests in flight

    // Responses at least this large are gzip-encoded when the client accepts gzip.
    qint64 gzipMinBytes = 1024;
    int gzipLevel = 6;

    // Prometheus text at this path (GET and HEAD); empty: no metrics route, the path goes to the handler.
    QString metricsPath = QStringLiteral("/metrics");
    // Whether a /metrics request may see the metrics (e.g. it carries a valid token); null: anyone may.
    // A refused request gets 401.
    std::function<bool(const HttpRequest&)> metricsAuthorized;
    // More Prometheus text after the transport's own (the store, the process); called on a worker
    // thread for each scrape.
    std::function<QByteArray()> extraMetrics;

    // The RFC 7644 §3.12 error response for the errors that the transport answers itself (413, 431,
    // 408, 400, 503, ...). Null: a minimal SCIM error body. The app passes the SCIM layer's renderer so
    // that errors look the same whoever answers.
    std::function<HttpResponse(const ScimError&)> errorResponse;

    // Requests that may take long (a Bulk request), answered on a pool of longRequestThreads threads so
    // that the worker that received one keeps serving its other connections meanwhile; the answer still
    // leaves through that worker, in order with the connection's other answers. More at once wait for a
    // thread: the handler should refuse what it cannot take (Bulk answers 429 beyond its bound, and the
    // pool keeps threads to spare for that). Null: every request is answered on its worker.
    std::function<bool(const HttpRequest&)> runsLong;
    int longRequestThreads = 1;

    // Requests slower than this are logged as warnings.
    std::chrono::milliseconds slowRequestThreshold{100};
    // Request and response bodies in request records are cut at this size.
    qint64 recordBodyLimit = qint64(64) * 1024;
};

} // namespace muster
