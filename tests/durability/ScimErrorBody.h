#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace muster::test {

// The RFC 7644 §3.12 error body that muster-server must send with every error status.
class ScimErrorBody final {
public:
    // Whether `body` is a SCIM error that names `status`.
    static bool describes(const QJsonObject& body, int status)
    {
        return body.value(QStringLiteral("status")).toString() == QString::number(status) &&
               body.value(QStringLiteral("schemas"))
                   .toArray()
                   .contains(QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error"));
    }
};

} // namespace muster::test
