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
    return ScimResponse::json(error.status, body(error));
}

} // namespace muster
