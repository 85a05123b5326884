#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

namespace muster::test {

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

bool ServerProcess::start(const QStringList& arguments)
{
    kill();
    m_output.clear();
    m_port = 0;
    m_baseUrl.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(QStringLiteral(MUSTER_SERVER_EXECUTABLE),
                     QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--bind"),
                                 QStringLiteral("127.0.0.1")} +
                         arguments);
    static const QRegularExpression baseUrl(QStringLiteral("SCIM base URL: (http\\S*:(\\d+)\\S*)"));
    static const QRegularExpression token(QStringLiteral("^\\s+(mst_\\S+)$"),
                                          QRegularExpression::MultilineOption);
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && m_process->state() != QProcess::NotRunning) {
        m_process->waitForReadyRead(100);
        m_output += QString::fromUtf8(m_process->readAll());
        if (const auto match = baseUrl.match(m_output); match.hasMatch()) {
            // The base URL comes last: a first start's token has been printed already.
            m_baseUrl = match.captured(1);
            m_port = match.captured(2).toUShort();
            if (const auto printed = token.match(m_output); printed.hasMatch())
                m_token = printed.captured(1).toUtf8();
            return true;
        }
    }
    m_output += QString::fromUtf8(m_process->readAll());
    return false;
}

int ServerProcess::terminate()
{
    if (!m_process)
        return -1;
    m_process->terminate();
    const bool ended = m_process->waitForFinished(30000);
    m_output += QString::fromUtf8(m_process->readAll());
    const int code = ended && m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    if (!ended)
        kill();
    return code;
}

void ServerProcess::kill()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->kill();
    m_process->waitForFinished(30000);
    m_output += QString::fromUtf8(m_process->readAll());
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 ServerProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

QString ServerProcess::output()
{
    if (m_process)
        m_output += QString::fromUtf8(m_process->readAll());
    return m_output;
}

ServerProcess::Reply ServerProcess::request(const QByteArray& method, const QString& path,
                                            const QByteArray& body,
                                            const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port) + path));
    bool authorization = false;
    bool contentType = false;
    for (const auto& [name, value] : headers) {
        request.setRawHeader(name, value);
        authorization |= name.compare("authorization", Qt::CaseInsensitive) == 0;
        contentType |= name.compare("content-type", Qt::CaseInsensitive) == 0;
    }
    if (!authorization && !m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    if (!contentType && !body.isEmpty())
        request.setRawHeader("Content-Type", "application/scim+json");
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);

    QNetworkReply* reply = m_network->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();

    Reply result;
    if (reply->isFinished()) {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        for (const auto& [name, value] : reply->rawHeaderPairs())
            result.headers.append({name.toLower(), value});
    } else {
        reply->abort();
    }
    reply->deleteLater();
    return result;
}

ServerProcess::Reply ServerProcess::request(const QByteArray& method, const QString& path,
                                            const QJsonObject& body)
{
    return request(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace muster::test
