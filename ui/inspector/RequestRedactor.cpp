#include "inspector/RequestRedactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace muster {

namespace {

const QString Redacted = QString::fromLatin1(RequestRecord::redacted);

QString normalized(QStringView name)
{
    QString result;
    result.reserve(name.size());
    for (const QChar c : name) {
        if (c != u'-' && c != u'_')
            result.append(c.toLower());
    }
    return result;
}

// The last segment of a PATCH path: "urn:...:User:password" and "x.secret" name their attribute last.
QStringView attributeOfPath(QStringView path)
{
    const qsizetype cut = std::max(path.lastIndexOf(u':'), path.lastIndexOf(u'.'));
    return cut < 0 ? path : path.sliced(cut + 1);
}

QJsonValue redactJson(const QJsonValue& value);

QJsonObject redactJsonObject(const QJsonObject& object)
{
    const QJsonValue path = object.value(QLatin1String("path"));
    const bool secretOperation = object.contains(QLatin1String("op")) && path.isString() &&
                                 RequestRedactor::isSecretName(attributeOfPath(path.toString()));
    QJsonObject result;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (RequestRedactor::isSecretName(it.key()) ||
            (secretOperation && it.key().compare(u"value", Qt::CaseInsensitive) == 0))
            result.insert(it.key(), Redacted);
        else
            result.insert(it.key(), redactJson(it.value()));
    }
    return result;
}

QJsonValue redactJson(const QJsonValue& value)
{
    if (value.isObject())
        return redactJsonObject(value.toObject());
    if (value.isArray()) {
        QJsonArray result;
        for (const QJsonValue& item : value.toArray())
            result.append(redactJson(item));
        return result;
    }
    return value;
}

bool mentionsSecret(const QByteArray& text)
{
    static const QRegularExpression hint(
        QStringLiteral("password|secret|token|api.?key|private.?key|session"),
        QRegularExpression::CaseInsensitiveOption);
    return hint.match(QString::fromUtf8(text)).hasMatch();
}

QByteArray redactText(const QByteArray& body)
{
    // Quoted values after a secret-named member, as in JSON cut short by the record limit.
    static const QRegularExpression member(
        QStringLiteral("(\"([A-Za-z_-]+)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*(\"|$)"));
    const QString text = QString::fromUtf8(body);
    QString result;
    qsizetype last = 0;
    for (auto it = member.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (!RequestRedactor::isSecretName(match.capturedView(2)))
            continue;
        result += QStringView(text).sliced(last, match.capturedStart() - last);
        result += match.capturedView(1) + u'"' + Redacted + u'"';
        last = match.capturedEnd();
    }
    result += QStringView(text).sliced(last);
    return result.toUtf8();
}

} // namespace

bool RequestRedactor::isSecretName(QStringView name)
{
    static const QSet<QString> names{
        QStringLiteral("password"),      QStringLiteral("passwd"),
        QStringLiteral("secret"),        QStringLiteral("clientsecret"),
        QStringLiteral("token"),         QStringLiteral("accesstoken"),
        QStringLiteral("refreshtoken"),  QStringLiteral("idtoken"),
        QStringLiteral("bearertoken"),   QStringLiteral("authtoken"),
        QStringLiteral("apitoken"),      QStringLiteral("sessiontoken"),
        QStringLiteral("apikey"),        QStringLiteral("xapikey"),
        QStringLiteral("xauthtoken"),    QStringLiteral("xaccesstoken"),
        QStringLiteral("xapitoken"),     QStringLiteral("privatekey"),
        QStringLiteral("authorization"), QStringLiteral("proxyauthorization"),
        QStringLiteral("cookie"),        QStringLiteral("setcookie"),
        QStringLiteral("sessionid"),
    };
    return names.contains(normalized(name));
}

RequestRecord::Headers RequestRedactor::redactHeaders(const RequestRecord::Headers& headers)
{
    // The transport's rule keeps the scheme of Authorization ("Bearer [redacted]").
    RequestRecord::Headers result = RequestRecord::redactHeaders(headers);
    for (auto& [name, value] : result) {
        const QString text = QString::fromLatin1(name);
        if (name.compare("authorization", Qt::CaseInsensitive) == 0 ||
            name.compare("proxy-authorization", Qt::CaseInsensitive) == 0)
            continue;
        if (isSecretName(text))
            value = RequestRecord::redacted.toByteArray();
    }
    return result;
}

QString RequestRedactor::redactQuery(const QString& query)
{
    if (query.isEmpty())
        return query;
    QStringList pairs = query.split(u'&');
    for (QString& pair : pairs) {
        const qsizetype equals = pair.indexOf(u'=');
        const QString name = QString(pair.left(equals < 0 ? pair.size() : equals)).replace(u'+', u' ');
        if (equals >= 0 && isSecretName(QUrl::fromPercentEncoding(name.toUtf8())))
            pair = pair.left(equals + 1) + Redacted;
    }
    return pairs.join(u'&');
}

QByteArray RequestRedactor::redactBody(const QByteArray& body, QByteArrayView contentType)
{
    if (body.isEmpty() || !mentionsSecret(body))
        return body;
    if (contentType.contains("x-www-form-urlencoded"))
        return redactQuery(QString::fromUtf8(body)).toUtf8();
    // Passwords the transport's way first (it also knows PATCH operations on "password").
    const QByteArray withoutPasswords = RequestRecord::redactBody(body);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(withoutPasswords, &error);
    if (error.error != QJsonParseError::NoError || !(document.isObject() || document.isArray()))
        return redactText(withoutPasswords);
    const QJsonValue redacted =
        redactJson(document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()));
    return (redacted.isObject() ? QJsonDocument(redacted.toObject()) : QJsonDocument(redacted.toArray()))
        .toJson(QJsonDocument::Compact);
}

RequestRecord RequestRedactor::redact(RequestRecord record)
{
    const auto contentType = [](const RequestRecord::Headers& headers) {
        for (const auto& [name, value] : headers) {
            if (name.compare("content-type", Qt::CaseInsensitive) == 0)
                return value;
        }
        return QByteArray();
    };
    record.query = redactQuery(record.query);
    record.requestHeaders = redactHeaders(record.requestHeaders);
    record.responseHeaders = redactHeaders(record.responseHeaders);
    record.requestBody = redactBody(record.requestBody, contentType(record.requestHeaders));
    record.responseBody = redactBody(record.responseBody, contentType(record.responseHeaders));
    return record;
}

} // namespace muster
