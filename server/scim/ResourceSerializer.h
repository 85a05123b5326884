#pragma once

#include "http/HttpResponse.h"
#include "query/Projection.h"
#include "resource/Resource.h"
#include "scim/ResourceLocator.h"

#include <QJsonArray>

#include <optional>

namespace muster {

// Resources as a client receives them: meta.location added, attributes / excludedAttributes applied,
// and responses that carry one resource with its ETag (the weak tag of its version).
class ResourceSerializer final {
public:
    static QJsonObject toJson(const Resource& resource, const ResourceType& type,
                              const ResourceLocator& locator, const Projection& projection);
    // One resource with ETag (and Location for 201).
    static HttpResponse response(int status, const Resource& resource, const ResourceType& type,
                                 const ResourceLocator& locator, const Projection& projection);
    // RFC 7644 §3.4.2 ListResponse; "Resources" is always present, empty or not (Entra ID expects it).
    static QJsonObject listResponse(qint64 totalResults, const QJsonArray& resources,
                                    std::optional<qint64> startIndex);
};

} // namespace muster
