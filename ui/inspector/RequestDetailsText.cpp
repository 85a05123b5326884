#include "inspector/RequestDetailsText.h"

#include "inspector/RequestLogModel.h"

#include <QJsonDocument>
#include <QStringDecoder>

namespace muster {

namespace {

QString headerLines(const RequestRecord::Headers& headers)
{
    QString text;
    for (const auto& [name, value] : headers)
        text += QString::fromLatin1(name) + u": " + QString::fromUtf8(value) + u'\n';
    return text;
}

} // namespace

QString RequestDetailsText::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return QStringLiteral("Continue");
    case 200:
        return QStringLiteral("OK");
    case 201:
        return QStringLiteral("Created");
    case 204:
        return QStringLiteral("No Content");
    case 304:
        return QStringLiteral("Not Modified");
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 408:
        return QStringLiteral("Request Timeout");
    case 409:
        return QStringLiteral("Conflict");
    case 412:
        return QStringLiteral("Precondition Failed");
    case 413:
        return QStringLiteral("Content Too Large");
    case 415:
        return QStringLiteral("Unsupported Media Type");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 431:
        return QStringLiteral("Request Header Fields Too Large");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 501:
        return QStringLiteral("Not Implemented");
    case 503:
        return QStringLiteral("Service Unavailable");
    default:
        return {};
    }
}

QString RequestDetailsText::body(const QByteArray& body, bool truncated)
{
    if (body.isEmpty())
        return truncated ? tr("(body cut)") : QString();
    QString text;
    QJsonParseError error;
    const QJsonDocument json = truncated ? QJsonDocument() : QJsonDocument::fromJson(body, &error);
    if (!json.isNull()) {
        text = QString::fromUtf8(json.toJson(QJsonDocument::Indented));
    } else {
        auto decoder = QStringDecoder(QStringDecoder::Utf8);
        text = decoder(body);
        if (decoder.hasError())
            text = tr("(%n byte(s) of binary data)", nullptr, int(body.size()));
    }
    if (truncated)
        text += u'\n' + tr("... (cut after %n byte(s))", nullptr, int(body.size()));
    return text;
}

QString RequestDetailsText::request(const RequestRecord& record)
{
    QString text = QString::fromLatin1(record.method) + u' ' + RequestLogModel::pathWithQuery(record) +
                   QStringLiteral(" HTTP/1.1\n");
    text += headerLines(record.requestHeaders);
    const QString content = body(record.requestBody, record.requestBodyTruncated);
    if (!content.isEmpty())
        text += u'\n' + content;
    return text;
}

QString RequestDetailsText::response(const RequestRecord& record)
{
    QString text = QStringLiteral("HTTP/1.1 %1 %2\n").arg(record.status).arg(reasonPhrase(record.status));
    text += headerLines(record.responseHeaders);
    const QString content = body(record.responseBody, record.responseBodyTruncated);
    if (!content.isEmpty())
        text += u'\n' + content;
    return text;
}

} // namespace muster
