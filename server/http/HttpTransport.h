#pragma once

#include "common/Result.h"
#include "http/HttpTransportOptions.h"

#include <QObject>

#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QThread;
class QThreadPool;
QT_END_NAMESPACE

namespace muster {

class HttpMetrics;
class HttpWorker;
class RequestStream;

// The SCIM server's HTTP/1.1 transport: QtHttpServer 6.4 on several worker threads, each with its own
// QHttpServer and listening socket on the same port, with the protections QtHttpServer lacks (size
// limits, timeouts, connection limit, Connection: close, HTTP/1.0, Expect: 100-continue), TLS, gzip,
// Prometheus metrics, an access log on "muster.http" and a live request stream. Each request is
// answered by the handler on the worker thread that received it, except long ones
// (HttpTransportOptions::runsLong), which run on a bounded pool of their own.
//
// start() and stop() are called from the thread that owns the transport.
class HttpTransport final : public QObject {
    Q_OBJECT
public:
    HttpTransport(HttpHandler handler, HttpTransportOptions options = {}, QObject* parent = nullptr);
    ~HttpTransport() override;
    Q_DISABLE_COPY_MOVE(HttpTransport)

    // Listens and starts the workers; an error says why not (port in use, unreadable certificate, ...).
    Status start();
    // Stops accepting, lets requests in flight finish (long ones, see runsLong, however long they take;
    // then the others, and the sending of answers, at most options().stopTimeout), then closes every
    // connection and ends the workers.
    void stop();
    bool isRunning() const { return !m_workers.empty(); }

    // The port listened on (the ephemeral one when options().port is 0); 0 when not running.
    quint16 port() const { return m_port; }
    int workerCount() const { return m_workerCount; }
    const HttpTransportOptions& options() const { return m_options; }
    HttpMetrics& metrics() const { return *m_metrics; }
    // Connect to RequestStream::recorded for the request inspector.
    RequestStream* requestStream() const { return m_stream; }

private:
    struct Worker {
        QThread* thread = nullptr;
        HttpWorker* worker = nullptr;
    };

    void stopWorkers();

    HttpHandler m_handler;
    HttpTransportOptions m_options;
    int m_workerCount;
    std::unique_ptr<HttpMetrics> m_metrics;
    RequestStream* m_stream;
    std::unique_ptr<QThreadPool> m_longRequests;
    std::vector<Worker> m_workers;
    quint16 m_port = 0;
};

} // namespace muster
