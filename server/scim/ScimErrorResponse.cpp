#include "scim/ScimErrorResponse.h"

#include "schema/SchemaUrns.h"
#include "scim/ScimResponse.h"

#include <QJsonArray>

namespace muster {

QJsonObject ScimErrorResponse::body(const ScimError& error)
{
    QJsonObject body{{QStringLiteral("schemas"), QJsonArray{urns::Error}},
                     {QStringLiteral("status"), QString::number(error.status)}};
    const QString scimType = error.scimTypeName();
    if (!scimType.isEmpty())
        body.insert(QStringLiteral("scimType"), scimType);
    if (!error.detail.isEmpty())
        body.insert(QStringLiteral("detail"), error.detail);
    return body;
}

HttpResponse ScimErrorResponse::response(const ScimError& error)
{
    HttpResponse response = ScimResponse::json(error.status, body(error));
    // 503 is a passing state (the database unreachable, the server stopping): a client may try again soon
    // rather than after its own, often long, back-off.
    if (error.status == 503)
        response.setHeader(QByteArrayLiteral("retry-after"), QByteArrayLiteral("1"));
    return response;
}

} // namespace muster
