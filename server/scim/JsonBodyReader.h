#pragma once

#include "common/Result.h"
#include "http/HttpRequest.h"

#include <QJsonObject>

namespace muster {

// Reads a request body that must be one JSON object, checking in this order: the media type
// (application/scim+json or application/json, charset UTF-8 if one is named, or no Content-Type at
// all; anything else is 415), the content coding (none or identity; a gzip or other coded body is 415,
// not misread as broken JSON), the size (413 above the limit), UTF-8 validity, the nesting depth and the
// JSON syntax (400 invalidSyntax). The depth is scanned on the raw bytes before any parser sees them,
// so that 100,000 nested brackets cost a linear scan, not a deep recursion.
class JsonBodyReader final {
public:
    static constexpr int MaxDepth = 64;

    static Result<QJsonObject> read(const HttpRequest& request, qint64 maxBytes);

    static Status checkContentType(const QByteArray& contentType);
    static Status checkContentEncoding(const QByteArray& contentEncoding);
    static Status checkSize(qint64 size, qint64 maxBytes);
    static Result<QJsonObject> parse(const QByteArray& body);
};

} // namespace muster
