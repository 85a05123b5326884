#pragma once

#include "http/HttpResponse.h"
#include "query/Projection.h"
#include "resource/Resource.h"
#include "scim/ResourceLocator.h"

#include <QByteArrayList>
#include <QJsonArray>

#include <optional>

namespace muster {

// Resources as a client receives them: meta.location added, attributes / excludedAttributes applied,
// and responses that carry one resource with its ETag (the weak tag of its version).
class ResourceSerializer final {
public:
    static QJsonObject toJson(const Resource& resource, const ResourceType& type,
                              const ResourceLocator& locator, const Projection& projection);
    // The same as compact JSON text.
    static QByteArray toBytes(const Resource& resource, const ResourceType& type,
                              const ResourceLocator& locator, const Projection& projection);
    static QByteArray toBytes(const QJsonObject& json);
    // One resource with ETag (and Location for 201), `body` being its JSON text.
    static HttpResponse response(int status, const QByteArray& body, const Resource& resource,
                                 const ResourceType& type, const ResourceLocator& locator);
    // RFC 7644 §3.4.2 ListResponse; "Resources" is always present, empty or not (Entra ID expects it).
    static QJsonObject listResponse(qint64 totalResults, const QJsonArray& resources,
                                    std::optional<qint64> startIndex);
    // The same as JSON text, from the resources' JSON texts, so that cached bytes are joined rather than
    // parsed and written again. An RFC 9865 `nextCursor` is added when not empty.
    static QByteArray listResponse(qint64 totalResults, const QByteArrayList& resources,
                                   std::optional<qint64> startIndex, const QString& nextCursor = {});
    // The JSON object text `object` with the members of the JSON object text `more` added (no key in
    // both).
    static QByteArray joined(const QByteArray& object, const QByteArray& more);
};

} // namespace muster
