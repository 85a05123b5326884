#include "inspector/HarExport.h"

#include "inspector/RequestDetailsText.h"
#include "inspector/RequestLogModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStringDecoder>
#include <QUrl>
#include <QUrlQuery>

namespace muster {

namespace {

QJsonArray nameValues(const RequestRecord::Headers& headers)
{
    QJsonArray result;
    for (const auto& [name, value] : headers)
        result.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)},
                                  {QStringLiteral("value"), QString::fromUtf8(value)}});
    return result;
}

QString url(const RequestRecord& record)
{
    QString host = QString::fromUtf8(RequestLogModel::header(record.requestHeaders, "host"));
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    QUrl url(QStringLiteral("%1://%2").arg(record.secure ? QStringLiteral("https") : QStringLiteral("http"),
                                           host));
    url.setPath(record.path.isEmpty() ? QStringLiteral("/") : record.path, QUrl::DecodedMode);
    if (!record.query.isEmpty())
        url.setQuery(record.query, QUrl::TolerantMode);
    return url.toString(QUrl::FullyEncoded);
}

// HAR keeps bodies as text; what is not UTF-8 goes in base64.
void putText(QJsonObject& object, const QByteArray& body)
{
    auto decoder = QStringDecoder(QStringDecoder::Utf8);
    const QString text = decoder(body);
    if (decoder.hasError()) {
        object.insert(QStringLiteral("text"), QString::fromLatin1(body.toBase64()));
        object.insert(QStringLiteral("encoding"), QStringLiteral("base64"));
    } else {
        object.insert(QStringLiteral("text"), text);
    }
}

qint64 declaredSize(const RequestRecord::Headers& headers, const QByteArray& body, bool truncated)
{
    bool ok = false;
    const qint64 length = RequestLogModel::header(headers, "content-length").toLongLong(&ok);
    if (ok)
        return length;
    return truncated ? -1 : body.size();
}

} // namespace

QJsonObject HarExport::entry(const RequestRecord& record)
{
    const double milliseconds = double(record.durationNs) / 1e6;

    QJsonArray queryString;
    const QUrlQuery query(record.query);
    for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded))
        queryString.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});

    QJsonObject request{
        {QStringLiteral("method"), QString::fromLatin1(record.method)},
        {QStringLiteral("url"), url(record)},
        {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
        {QStringLiteral("cookies"), QJsonArray()},
        {QStringLiteral("headers"), nameValues(record.requestHeaders)},
        {QStringLiteral("queryString"), queryString},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"),
         double(declaredSize(record.requestHeaders, record.requestBody, record.requestBodyTruncated))},
    };
    if (!record.requestBody.isEmpty()) {
        QJsonObject postData{{QStringLiteral("mimeType"), QString::fromUtf8(RequestLogModel::header(
                                                              record.requestHeaders, "content-type"))}};
        putText(postData, record.requestBody);
        request.insert(QStringLiteral("postData"), postData);
    }

    QJsonObject content{
        {QStringLiteral("size"), double(record.responseBody.size())},
        {QStringLiteral("mimeType"),
         QString::fromUtf8(RequestLogModel::header(record.responseHeaders, "content-type"))},
    };
    if (!record.responseBody.isEmpty())
        putText(content, record.responseBody);
    const QJsonObject response{
        {QStringLiteral("status"), record.status},
        {QStringLiteral("statusText"), RequestDetailsText::reasonPhrase(record.status)},
        {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
        {QStringLiteral("cookies"), QJsonArray()},
        {QStringLiteral("headers"), nameValues(record.responseHeaders)},
        {QStringLiteral("content"), content},
        {QStringLiteral("redirectURL"),
         QString::fromUtf8(RequestLogModel::header(record.responseHeaders, "location"))},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"),
         double(declaredSize(record.responseHeaders, record.responseBody, record.responseBodyTruncated))},
    };

    QJsonObject result{
        {QStringLiteral("startedDateTime"), record.time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("time"), milliseconds},
        {QStringLiteral("request"), request},
        {QStringLiteral("response"), response},
        {QStringLiteral("cache"), QJsonObject()},
        {QStringLiteral("timings"), QJsonObject{{QStringLiteral("send"), 0},
                                                {QStringLiteral("wait"), milliseconds},
                                                {QStringLiteral("receive"), 0}}},
        {QStringLiteral("_clientAddress"), RequestLogModel::clientAddress(record)},
    };
    QStringList notes;
    if (record.requestBodyTruncated)
        notes.append(QStringLiteral("request body cut"));
    if (record.responseBodyTruncated)
        notes.append(QStringLiteral("response body cut"));
    if (!notes.isEmpty())
        result.insert(QStringLiteral("comment"), notes.join(QStringLiteral("; ")));
    return result;
}

QJsonObject HarExport::document(const QList<RequestRecord>& records)
{
    QJsonArray entries;
    for (const RequestRecord& record : records)
        entries.append(entry(record));
    return QJsonObject{
        {QStringLiteral("log"),
         QJsonObject{{QStringLiteral("version"), QStringLiteral("1.2")},
                     {QStringLiteral("creator"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("Muster")},
                                  {QStringLiteral("version"), QStringLiteral(MUSTER_VERSION)}}},
                     {QStringLiteral("entries"), entries}}}};
}

Status HarExport::save(const QString& path, const QList<RequestRecord>& records)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ScimError::internal(tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(QJsonDocument(document(records)).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return ScimError::internal(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace muster
