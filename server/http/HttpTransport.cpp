#include "http/HttpTransport.h"

#include "common/ThreadHandOff.h"
#include "http/HttpLogging.h"
#include "http/HttpMetrics.h"
#include "http/HttpWorker.h"
#include "http/ListeningSockets.h"
#include "http/RequestStream.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QThread>
#include <QThreadPool>

namespace muster {

namespace {

int resolveWorkerCount(int requested)
{
    // Without SO_REUSEPORT spreading, one thread accepts and answers everything.
    if (!ListeningSockets::supported())
        return 1;
    return requested > 0 ? requested : std::max(1, QThread::idealThreadCount());
}

Result<QSslConfiguration> loadTls(const HttpTransportOptions& options)
{
    if (!QSslSocket::supportsSsl())
        return ScimError::internal(QStringLiteral("TLS is not available: no TLS backend could be loaded."));
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(options.certificateFile, QSsl::Pem);
    if (chain.isEmpty())
        return ScimError::internal(
            QStringLiteral("No PEM certificate could be read from %1.").arg(options.certificateFile));
    QFile keyFile(options.privateKeyFile);
    if (!keyFile.open(QIODevice::ReadOnly))
        return ScimError::internal(QStringLiteral("Cannot read the private key %1: %2")
                                       .arg(options.privateKeyFile, keyFile.errorString()));
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey, options.privateKeyPassphrase);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return ScimError::internal(
            QStringLiteral("No PEM private key could be read from %1 (wrong passphrase?).")
                .arg(options.privateKeyFile));

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return configuration;
}

} // namespace

HttpTransport::HttpTransport(HttpHandler handler, HttpTransportOptions options, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_options(std::move(options))
    , m_workerCount(resolveWorkerCount(m_options.workers))
    , m_metrics(std::make_unique<HttpMetrics>(m_workerCount))
    , m_stream(new RequestStream(this))
    , m_longRequests(std::make_unique<QThreadPool>())
{
    m_longRequests->setMaxThreadCount(std::max(1, m_options.longRequestThreads));
}

HttpTransport::~HttpTransport()
{
    stop();
}

Status HttpTransport::start()
{
    if (isRunning())
        return ScimError::internal(QStringLiteral("The HTTP transport is already running."));

    auto context = std::make_shared<HttpWorker::Context>();
    context->options = m_options;
    context->handler = m_handler;
    context->metrics = m_metrics.get();
    context->stream = m_stream;
    if (m_options.runsLong)
        context->longRequests = m_longRequests.get();
    if (!m_options.certificateFile.isEmpty() || !m_options.privateKeyFile.isEmpty()) {
        Result<QSslConfiguration> tls = loadTls(m_options);
        if (!tls)
            return tls.error();
        context->tls = *tls;
    }

    QList<qintptr> descriptors(m_workerCount, -1);
    if (ListeningSockets::supported()) {
        Result<ListeningSockets::Opened> opened =
            ListeningSockets::open(m_options.address, m_options.port, m_workerCount);
        if (!opened)
            return opened.error();
        descriptors = opened->descriptors;
        m_port = opened->port;
    }

    for (int i = 0; i < m_workerCount; ++i) {
        Worker worker;
        worker.thread = new QThread;
        worker.thread->setObjectName(QStringLiteral("muster-http-%1").arg(i));
        worker.worker = new HttpWorker(i, context);
        worker.worker->moveToThread(worker.thread);
        announceFinish(worker.thread);
        worker.thread->start();
        m_workers.push_back(worker);

        Status started;
        quint16 port = 0;
        invokeAndWait(worker.worker, [&] {
            started = worker.worker->start(descriptors[i]);
            port = worker.worker->listeningPort();
        });
        if (!started) {
            ListeningSockets::close(descriptors.mid(i + 1));
            stopWorkers();
            return started;
        }
        if (descriptors[i] < 0)
            m_port = port;
    }
    qCInfo(lcHttp, "listening on %s port %u with %d worker thread(s)%s",
           qPrintable(m_options.address.toString()), unsigned(m_port), m_workerCount,
           context->tls ? " over TLS" : "");
    return {};
}

void HttpTransport::stop()
{
    if (!isRunning())
        return;
    for (const Worker& worker : m_workers)
        invokeAndWait(worker.worker, [&worker] { worker.worker->beginDrain(); });
    // Long requests in flight (Bulk) finish however long they take, as they would on a worker, and their
    // answers go to the workers' queues.
    m_longRequests->waitForDone();
    // The workers close each connection after its request in flight; wait for that, within bounds.
    QDeadlineTimer deadline(m_options.stopTimeout);
    while (m_metrics->openConnections() > 0 && !deadline.hasExpired())
        QThread::msleep(5);
    if (m_metrics->openConnections() > 0)
        qCWarning(lcHttp, "stopping with %lld connection(s) still open", m_metrics->openConnections());
    stopWorkers();
    qCInfo(lcHttp, "stopped");
}

void HttpTransport::stopWorkers()
{
    // A long request still running answers through its worker: the worker must outlive it. What it
    // posted is delivered before the shutDown posted below.
    if (m_longRequests->activeThreadCount() > 0)
        qCInfo(lcHttp, "waiting for %d long request(s) to finish", m_longRequests->activeThreadCount());
    m_longRequests->waitForDone();
    for (const Worker& worker : m_workers) {
        invokeAndWait(worker.worker, [&worker] { worker.worker->shutDown(); });
        joinThread(worker.thread);
        delete worker.worker;
        delete worker.thread;
    }
    m_workers.clear();
    m_port = 0;
}

} // namespace muster
