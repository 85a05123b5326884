#include "scim/ResourceSerializer.h"

#include "schema/SchemaUrns.h"
#include "scim/ScimResponse.h"

namespace muster {

QJsonObject ResourceSerializer::toJson(const Resource& resource, const ResourceType& type,
                                       const ResourceLocator& locator, const Projection& projection)
{
    QJsonObject json = resource.json;
    QJsonObject meta = json.value(QStringLiteral("meta")).toObject();
    meta.insert(QStringLiteral("location"), locator.resource(type, resource.id));
    json.insert(QStringLiteral("meta"), meta);
    return projection.apply(json);
}

HttpResponse ResourceSerializer::response(int status, const Resource& resource, const ResourceType& type,
                                          const ResourceLocator& locator, const Projection& projection)
{
    HttpResponse response = ScimResponse::json(status, toJson(resource, type, locator, projection));
    response.setHeader(QByteArrayLiteral("etag"), resource.etag().toLatin1());
    if (status == 201)
        response.setHeader(QByteArrayLiteral("location"), locator.resource(type, resource.id).toUtf8());
    return response;
}

QJsonObject ResourceSerializer::listResponse(qint64 totalResults, const QJsonArray& resources,
                                             std::optional<qint64> startIndex)
{
    QJsonObject list{{QStringLiteral("schemas"), QJsonArray{urns::ListResponse}},
                     {QStringLiteral("totalResults"), totalResults},
                     {QStringLiteral("itemsPerPage"), resources.size()}};
    if (startIndex)
        list.insert(QStringLiteral("startIndex"), *startIndex);
    list.insert(QStringLiteral("Resources"), resources);
    return list;
}

} // namespace muster
