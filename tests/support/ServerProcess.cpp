#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <csignal>

namespace muster::test {

namespace {

// One HTTP/1.1 response at the start of `received`: whether it is complete, and the parsed reply.
bool parseResponse(const QByteArray& received, ServerProcess::Reply& reply)
{
    const qsizetype headerEnd = received.indexOf("\r\n\r\n");
    if (!received.startsWith("HTTP/1.") || headerEnd < 0)
        return false;
    const QList<QByteArray> lines = received.left(headerEnd).split('\n');
    reply.status = lines.first().mid(9, 3).toInt();
    reply.headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            reply.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    const qint64 length = reply.header("content-length").toLongLong();
    reply.body = received.mid(headerEnd + 4, length);
    return reply.body.size() == length;
}

} // namespace

QByteArray ServerProcess::Reply::header(const QByteArray& name) const
{
    const QByteArray lower = name.toLower();
    for (const auto& [key, value] : headers) {
        if (key == lower)
            return value;
    }
    return {};
}

QJsonObject ServerProcess::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

ServerProcess::ServerProcess()
    : m_network(std::make_unique<QNetworkAccessManager>())
{}

ServerProcess::~ServerProcess()
{
    kill();
}

ServerProcess::CommandResult ServerProcess::run(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(MUSTER_SERVER_EXECUTABLE), arguments);
    CommandResult result;
    if (process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    else
        process.kill();
    result.standardOutput = QString::fromUtf8(process.readAllStandardOutput());
    result.standardError = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QByteArray ServerProcess::createToken(const QString& dataDirectory, const QString& name,
                                      const QStringList& options)
{
    const CommandResult result =
        run(QStringList{QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--name"), name,
                        QStringLiteral("--data"), dataDirectory} +
            options);
    static const QRegularExpression secret(QStringLiteral("^(mst_\\S+)$"),
                                           QRegularExpression::MultilineOption);
    const auto match = secret.match(result.standardOutput);
    if (result.exitCode != 0 || !match.hasMatch()) {
        qWarning("token create failed (%d): %s%s", result.exitCode, qPrintable(result.standardOutput),
                 qPrintable(result.standardError));
        return {};
    }
    return match.captured(1).toUtf8();
}

void ServerProcess::setEnvironmentVariable(const QString& name, const QString& value)
{
    m_environment.insert(name, value);
}

bool ServerProcess::start(const QStringList& arguments)
{
    kill();
    m_output.clear();
    m_port = 0;
    m_baseUrl.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    const QString outputFile = m_outputFolder.filePath(QStringLiteral("muster-server.log"));
    m_process->setStandardOutputFile(outputFile, QIODevice::Truncate);
    m_outputReader.close();
    m_outputReader.setFileName(outputFile);
    m_outputDecoder.resetState();
    m_process->setProcessEnvironment(m_environment);
    m_process->start(QStringLiteral(MUSTER_SERVER_EXECUTABLE),
                     QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--bind"),
                                 QStringLiteral("127.0.0.1")} +
                         arguments);
    static const QRegularExpression baseUrl(QStringLiteral("SCIM base URL: (http\\S*:(\\d+)\\S*)"));
    static const QRegularExpression token(QStringLiteral("^\\s+(mst_\\S+)$"),
                                          QRegularExpression::MultilineOption);
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && m_process->state() != QProcess::NotRunning) {
        m_process->waitForFinished(20);
        collectOutput();
        if (const auto match = baseUrl.match(m_output); match.hasMatch()) {
            // The base URL comes last: a first start's token has been printed already.
            m_baseUrl = match.captured(1);
            m_port = match.captured(2).toUShort();
            if (const auto printed = token.match(m_output); printed.hasMatch())
                m_token = printed.captured(1).toUtf8();
            return waitForTerminationHandler(deadline);
        }
    }
    collectOutput();
    return false;
}

bool ServerProcess::waitForTerminationHandler(const QDeadlineTimer& deadline)
{
#ifdef Q_OS_LINUX
    // SigCgt in /proc/<pid>/status: the signals the process catches, bit n-1 for signal n.
    QFile status(QStringLiteral("/proc/%1/status").arg(m_process->processId()));
    const quint64 sigterm = quint64(1) << (SIGTERM - 1);
    while (!deadline.hasExpired() && m_process->state() != QProcess::NotRunning) {
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : status.readAll().split('\n')) {
                if (line.startsWith("SigCgt:") && (line.mid(7).trimmed().toULongLong(nullptr, 16) & sigterm))
                    return true;
            }
            status.close();
        }
        QThread::msleep(1);
    }
    m_output += QStringLiteral("\n[muster-server did not catch SIGTERM in time]\n");
    return false;
#else
    Q_UNUSED(deadline)
    return true;
#endif
}

int ServerProcess::terminate()
{
    sendTerminate();
    return waitForExit();
}

void ServerProcess::sendTerminate()
{
    if (m_process && m_process->state() != QProcess::NotRunning)
        m_process->terminate();
}

int ServerProcess::waitForExit(int timeoutMs)
{
    if (!m_process)
        return -1;
    const bool ended = m_process->state() == QProcess::NotRunning || m_process->waitForFinished(timeoutMs);
    collectOutput();
    const bool normal = ended && m_process->exitStatus() == QProcess::NormalExit;
    if (ended && !normal)
        m_output += QStringLiteral("\n[muster-server crashed: signal %1]\n").arg(m_process->exitCode());
    if (!ended) {
        m_output += QStringLiteral("\n[muster-server did not end within %1 ms]\n").arg(timeoutMs);
        kill();
    }
    return normal ? m_process->exitCode() : -1;
}

void ServerProcess::kill()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->kill();
    m_process->waitForFinished(30000);
    collectOutput();
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 ServerProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

void ServerProcess::setCaCertificates(const QList<QSslCertificate>& certificates)
{
    m_caCertificates = certificates;
    m_network->clearConnectionCache();
}

QString ServerProcess::output()
{
    collectOutput();
    return m_output;
}

void ServerProcess::collectOutput()
{
    // The file appears when the process starts; until then there is nothing to read.
    if (!m_outputReader.isOpen() && !m_outputReader.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return;
    m_output += m_outputDecoder.decode(m_outputReader.readAll());
}

QNetworkReply* ServerProcess::send(const QByteArray& method, const QString& path, const QByteArray& body,
                                   const Headers& headers)
{
    const bool secure = m_baseUrl.startsWith(QLatin1String("https:"));
    QNetworkRequest request(
        QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(secure ? u"https" : u"http").arg(m_port) + path));
    bool authorization = false;
    bool contentType = false;
    for (const auto& [name, value] : headers) {
        if (!value.isEmpty())
            request.setRawHeader(name, value);
        authorization |= name.compare("authorization", Qt::CaseInsensitive) == 0;
        contentType |= name.compare("content-type", Qt::CaseInsensitive) == 0;
    }
    if (!authorization && !m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    if (!contentType && !body.isEmpty())
        request.setRawHeader("Content-Type", "application/scim+json");
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (secure && !m_caCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(m_caCertificates);
        request.setSslConfiguration(tls);
    }
    return m_network->sendCustomRequest(request, method, body);
}

ServerProcess::Reply ServerProcess::await(QNetworkReply* reply, int timeoutMs)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();

    Reply result;
    if (reply->isFinished()) {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        for (const auto& [name, value] : reply->rawHeaderPairs())
            result.headers.append({name.toLower(), value});
        // HTTP error statuses are answers; connection, TLS and protocol failures are not.
        const QNetworkReply::NetworkError error = reply->error();
        if ((error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied) ||
            error == QNetworkReply::ProtocolFailure || error == QNetworkReply::UnknownNetworkError)
            result.failure = reply->errorString();
    } else {
        result.failure = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
        reply->abort();
    }
    reply->deleteLater();
    return result;
}

ServerProcess::Reply ServerProcess::request(const QByteArray& method, const QString& path,
                                            const QByteArray& body, const Headers& headers)
{
    return await(send(method, path, body, headers), 30000);
}

ServerProcess::Reply ServerProcess::request(const QByteArray& method, const QString& path,
                                            const QJsonObject& body)
{
    return request(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QByteArray ServerProcess::httpRequest(const QByteArray& method, const QByteArray& path,
                                      const QByteArray& token, const QByteArray& body)
{
    QByteArray bytes =
        method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token + "\r\n";
    if (!body.isEmpty())
        bytes += "Content-Type: application/scim+json\r\nContent-Length: " + QByteArray::number(body.size()) +
                 "\r\n";
    return bytes + "\r\n" + body;
}

QString ServerProcess::createCertificate(const QString& certificateFile, const QString& keyFile)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        return QStringLiteral("the openssl command line is needed (.ci/setup installs it)");
    QProcess generate;
    generate.setProcessChannelMode(QProcess::MergedChannels);
    generate.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                             QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                             QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                             QStringLiteral("-keyout"), keyFile, QStringLiteral("-out"), certificateFile,
                             QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                             QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                             QStringLiteral("subjectAltName=IP:127.0.0.1")});
    if (!generate.waitForFinished(30000) || generate.exitCode() != 0)
        return QStringLiteral("openssl failed: ") + QString::fromLocal8Bit(generate.readAll());
    return {};
}

ServerProcess::Reply ServerProcess::rawRequest(const QByteArray& bytes, int timeoutMs) const
{
    const std::unique_ptr<QTcpSocket> socket = sendRaw(bytes);
    if (!socket) {
        Reply reply;
        reply.failure = QStringLiteral("cannot connect to port %1").arg(m_port);
        return reply;
    }
    return readRaw(*socket, timeoutMs);
}

std::unique_ptr<QTcpSocket> ServerProcess::sendRaw(const QByteArray& bytes) const
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, m_port);
    if (!socket->waitForConnected(5000)) {
        qWarning("cannot connect to port %u: %s", unsigned(m_port), qPrintable(socket->errorString()));
        return nullptr;
    }
    socket->write(bytes);
    // Hands what fits to the kernel; a large body may still be in the socket's buffer, which readRaw()
    // goes on writing.
    const QDeadlineTimer deadline(5000);
    while (socket->bytesToWrite() > 0 && socket->state() == QAbstractSocket::ConnectedState &&
           !deadline.hasExpired() && socket->waitForBytesWritten(100)) {
    }
    return socket;
}

ServerProcess::Reply ServerProcess::readRaw(QTcpSocket& socket, int timeoutMs)
{
    Reply reply;
    QByteArray received;
    const QDeadlineTimer deadline(timeoutMs);
    // waitForReadyRead() also writes what is still buffered.
    while (!parseResponse(received, reply) && socket.state() == QAbstractSocket::ConnectedState &&
           !deadline.hasExpired()) {
        socket.waitForReadyRead(int(std::clamp<qint64>(deadline.remainingTime(), 1, 100)));
        received += socket.readAll();
    }
    received += socket.readAll();
    if (!parseResponse(received, reply)) {
        const bool http = reply.status != 0;
        reply.failure = http ? QStringLiteral("the response ended early")
                             : QStringLiteral("no HTTP response: %1").arg(socket.errorString());
        if (!http)
            reply.body = received;
    }
    return reply;
}

} // namespace muster::test
