#pragma once

#include "http/HttpResponse.h"

#include <QJsonObject>

namespace muster {

// HttpResponse builders for what the SCIM service answers: JSON in the SCIM media type, empty replies
// and plain text for the health probes.
class ScimResponse final {
public:
    static inline const QByteArray ContentType = QByteArrayLiteral("application/scim+json; charset=utf-8");

    static HttpResponse json(int status, const QJsonObject& body);
    static HttpResponse json(int status, const QByteArray& body); // JSON text
    static HttpResponse empty(int status);
    static HttpResponse text(int status, const QByteArray& text);
};

} // namespace muster
