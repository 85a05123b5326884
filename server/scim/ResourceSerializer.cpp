#include "scim/ResourceSerializer.h"

#include "schema/SchemaUrns.h"
#include "scim/ScimResponse.h"

#include <QJsonDocument>

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

QByteArray ResourceSerializer::toBytes(const Resource& resource, const ResourceType& type,
                                       const ResourceLocator& locator, const Projection& projection)
{
    return toBytes(toJson(resource, type, locator, projection));
}

QByteArray ResourceSerializer::toBytes(const QJsonObject& json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

HttpResponse ResourceSerializer::response(int status, const QByteArray& body, const Resource& resource,
                                          const ResourceType& type, const ResourceLocator& locator)
{
    HttpResponse response = ScimResponse::json(status, body);
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

QByteArray ResourceSerializer::listResponse(qint64 totalResults, const QByteArrayList& resources,
                                            std::optional<qint64> startIndex, const QString& nextCursor)
{
    static const QByteArray head = R"({"schemas":[")" + urns::ListResponse.toUtf8() + R"("],"totalResults":)";
    qsizetype size = head.size() + 96 + nextCursor.size();
    for (const QByteArray& resource : resources)
        size += resource.size() + 1;
    QByteArray text;
    text.reserve(size);
    text += head;
    text += QByteArray::number(totalResults);
    text += R"(,"itemsPerPage":)";
    text += QByteArray::number(resources.size());
    if (startIndex) {
        text += R"(,"startIndex":)";
        text += QByteArray::number(*startIndex);
    }
    text += R"(,"Resources":[)";
    for (qsizetype i = 0; i < resources.size(); ++i) {
        if (i > 0)
            text += ',';
        text += resources.at(i);
    }
    text += "]}";
    if (nextCursor.isEmpty())
        return text;
    return joined(text, toBytes(QJsonObject{{QStringLiteral("nextCursor"), nextCursor}}));
}

QByteArray ResourceSerializer::joined(const QByteArray& object, const QByteArray& more)
{
    if (more.size() <= 2)
        return object;
    if (object.size() <= 2)
        return more;
    QByteArray text;
    text.reserve(object.size() + more.size());
    text += QByteArrayView(object).chopped(1);
    text += ',';
    text += QByteArrayView(more).sliced(1);
    return text;
}

} // namespace muster
