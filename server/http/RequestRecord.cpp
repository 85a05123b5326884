#include "http/RequestRecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace muster {

namespace {

bool isPasswordName(QStringView name)
{
    return name.compare(u"password", Qt::CaseInsensitive) == 0;
}

// Whether a PATCH operation's path targets the password ("password", "PASSWORD",
// "urn:ietf:params:scim:schemas:core:2.0:User:password").
bool isPasswordPath(const QJsonValue& path)
{
    if (!path.isString())
        return false;
    const QString text = path.toString();
    const qsizetype colon = text.lastIndexOf(u':');
    return isPasswordName(colon < 0 ? QStringView(text) : QStringView(text).sliced(colon + 1));
}

QJsonValue redactValue(const QJsonValue& value);

QJsonObject redactObject(const QJsonObject& object)
{
    QJsonObject result;
    const bool passwordOperation =
        object.contains(QLatin1String("op")) && isPasswordPath(object.value(QLatin1String("path")));
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isPasswordName(it.key()) ||
            (passwordOperation && it.key().compare(u"value", Qt::CaseInsensitive) == 0))
            result.insert(it.key(), QString::fromLatin1(RequestRecord::redacted));
        else
            result.insert(it.key(), redactValue(it.value()));
    }
    return result;
}

QJsonValue redactValue(const QJsonValue& value)
{
    if (value.isObject())
        return redactObject(value.toObject());
    if (value.isArray()) {
        QJsonArray result;
        for (const QJsonValue item : value.toArray())
            result.append(redactValue(item));
        return result;
    }
    return value;
}

} // namespace

RequestRecord::Headers RequestRecord::redactHeaders(const Headers& headers)
{
    Headers result = headers;
    for (auto& [name, value] : result) {
        if (name.compare("authorization", Qt::CaseInsensitive) == 0 ||
            name.compare("proxy-authorization", Qt::CaseInsensitive) == 0) {
            const qsizetype space = value.indexOf(' ');
            value = space < 0 ? redacted.toByteArray() : value.left(space + 1) + redacted;
        } else if (name.compare("cookie", Qt::CaseInsensitive) == 0) {
            value = redacted.toByteArray();
        }
    }
    return result;
}

QByteArray RequestRecord::redactBody(const QByteArray& body)
{
    if (!body.contains("assword") && !body.contains("ASSWORD"))
        return body;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && (document.isObject() || document.isArray())) {
        const QJsonValue redactedValue =
            redactValue(document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()));
        const QJsonDocument result = redactedValue.isObject() ? QJsonDocument(redactedValue.toObject())
                                                              : QJsonDocument(redactedValue.toArray());
        return result.toJson(QJsonDocument::Compact);
    }
    // Not JSON (or cut short): blank every quoted value that follows a "password" member name.
    static const QRegularExpression passwordMember(
        QStringLiteral("(\"password\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*(\"|$)"),
        QRegularExpression::CaseInsensitiveOption);
    QString text = QString::fromUtf8(body);
    text.replace(passwordMember, QStringLiteral("\\1\"[redacted]\""));
    return text.toUtf8();
}

} // namespace muster
