#include "scim/JsonBodyReader.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>

namespace muster {

namespace {

ScimError invalidSyntax(const QString& detail)
{
    return ScimError::badRequest(ScimType::InvalidSyntax, detail);
}

// The deepest nesting of objects and arrays, counted outside strings; stops counting past `limit`.
int nestingDepth(const QByteArray& text, int limit)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            deepest = std::max(deepest, ++depth);
            if (deepest > limit)
                return deepest;
            break;
        case '}':
        case ']':
            --depth;
            break;
        default:
            break;
        }
    }
    return deepest;
}

} // namespace

Result<QJsonObject> JsonBodyReader::read(const HttpRequest& request, qint64 maxBytes)
{
    if (Status type = checkContentType(request.header("content-type")); !type)
        return type.error();
    if (Status coding = checkContentEncoding(request.header("content-encoding")); !coding)
        return coding.error();
    if (Status size = checkSize(request.body.size(), maxBytes); !size)
        return size.error();
    return parse(request.body);
}

Status JsonBodyReader::checkContentType(const QByteArray& contentType)
{
    if (contentType.trimmed().isEmpty())
        return {};
    const QList<QByteArray> parts = contentType.split(';');
    const QByteArray mediaType = parts.first().trimmed().toLower();
    if (mediaType != "application/scim+json" && mediaType != "application/json") {
        return ScimError{415, ScimType::None,
                         QStringLiteral("Unsupported Content-Type \"%1\": send application/scim+json or "
                                        "application/json")
                             .arg(QString::fromLatin1(mediaType))};
    }
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts.at(i).trimmed();
        const qsizetype equals = parameter.indexOf('=');
        if (equals < 0 || parameter.left(equals).trimmed().toLower() != "charset")
            continue;
        QByteArray charset = parameter.mid(equals + 1).trimmed().toLower();
        if (charset.size() >= 2 && charset.startsWith('"') && charset.endsWith('"'))
            charset = charset.mid(1, charset.size() - 2);
        if (charset != "utf-8" && charset != "utf8") {
            return ScimError{415, ScimType::None,
                             QStringLiteral("Unsupported charset \"%1\": SCIM bodies are UTF-8")
                                 .arg(QString::fromLatin1(charset))};
        }
    }
    return {};
}

Status JsonBodyReader::checkContentEncoding(const QByteArray& contentEncoding)
{
    const QByteArray coding = contentEncoding.trimmed().toLower();
    if (coding.isEmpty() || coding == "identity")
        return {};
    return ScimError{
        415, ScimType::None,
        QStringLiteral("Unsupported Content-Encoding \"%1\": send the body without a content coding")
            .arg(QString::fromLatin1(coding.left(100)))};
}

Status JsonBodyReader::checkSize(qint64 size, qint64 maxBytes)
{
    if (size <= maxBytes)
        return {};
    return ScimError{413, ScimType::None,
                     QStringLiteral("The request body has %1 bytes; the largest accepted is %2 bytes")
                         .arg(size)
                         .arg(maxBytes)};
}

Result<QJsonObject> JsonBodyReader::parse(const QByteArray& body)
{
    if (body.trimmed().isEmpty())
        return invalidSyntax(QStringLiteral("The request has no body; a JSON object was expected"));
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    [[maybe_unused]] const QString decoded = utf8(body); // decoding is what sets hasError()
    if (utf8.hasError())
        return invalidSyntax(QStringLiteral("The request body is not valid UTF-8"));
    if (nestingDepth(body, MaxDepth) > MaxDepth) {
        return invalidSyntax(
            QStringLiteral("The request body nests objects and arrays deeper than %1 levels").arg(MaxDepth));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return invalidSyntax(QStringLiteral("The request body is not valid JSON: %1 at byte %2")
                                 .arg(error.errorString())
                                 .arg(error.offset));
    }
    if (!document.isObject())
        return invalidSyntax(QStringLiteral("The request body must be a JSON object"));
    return document.object();
}

} // namespace muster
