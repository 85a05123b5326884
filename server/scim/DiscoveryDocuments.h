#pragma once

#include "schema/SchemaRegistry.h"
#include "scim/ResourceLocator.h"
#include "scim/ScimServiceOptions.h"

#include <QJsonObject>

#include <optional>

namespace muster {

// The RFC 7644 §4 discovery documents, generated from the schema registry and from what this server
// really does: PATCH, Bulk with its limits, filters with the Directory's maxResults, sorting, ETags,
// password changes (PUT and PATCH hash a new password), index and RFC 9865 cursor paging, and the
// authentication schemes the service accepts.
class DiscoveryDocuments final {
public:
    struct Capabilities {
        int maxResults = 1000;
        bool bearerTokens = true; // false when the service runs without a token store
        bool basicAuth = false;
    };

    DiscoveryDocuments(const SchemaRegistry& registry, const ScimServiceOptions& options,
                       Capabilities capabilities);

    QJsonObject serviceProviderConfig(const ResourceLocator& locator) const;
    QJsonObject resourceTypes(const ResourceLocator& locator) const; // a ListResponse
    std::optional<QJsonObject> resourceType(const ResourceLocator& locator, QStringView name) const;
    QJsonObject schemas(const ResourceLocator& locator) const; // a ListResponse
    std::optional<QJsonObject> schema(const ResourceLocator& locator, QStringView urn) const;

private:
    QJsonObject withMeta(QJsonObject document, const QString& resourceType, const QString& location) const;
    QJsonObject resourceTypeDocument(const ResourceLocator& locator, const ResourceType& type) const;
    QJsonObject schemaDocument(const ResourceLocator& locator, const Schema& schema) const;

    const SchemaRegistry& m_registry;
    const ScimServiceOptions& m_options;
    Capabilities m_capabilities;
};

} // namespace muster
