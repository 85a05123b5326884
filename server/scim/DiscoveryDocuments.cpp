#include "scim/DiscoveryDocuments.h"

#include "schema/SchemaUrns.h"
#include "scim/ResourceSerializer.h"

#include <QJsonArray>
#include <QUrl>

namespace muster {

DiscoveryDocuments::DiscoveryDocuments(const SchemaRegistry& registry, const ScimServiceOptions& options,
                                       Capabilities capabilities)
    : m_registry(registry)
    , m_options(options)
    , m_capabilities(capabilities)
{}

QJsonObject DiscoveryDocuments::withMeta(QJsonObject document, const QString& resourceType,
                                         const QString& location) const
{
    document.insert(QStringLiteral("meta"), QJsonObject{{QStringLiteral("resourceType"), resourceType},
                                                        {QStringLiteral("location"), location}});
    return document;
}

QJsonObject DiscoveryDocuments::serviceProviderConfig(const ResourceLocator& locator) const
{
    const auto supported = [](bool value) { return QJsonObject{{QStringLiteral("supported"), value}}; };

    QJsonArray schemes;
    if (m_capabilities.bearerTokens) {
        schemes.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("oauthbearertoken")},
            {QStringLiteral("name"), QStringLiteral("OAuth Bearer Token")},
            {QStringLiteral("description"), QStringLiteral("Authentication with a bearer token issued by "
                                                           "this Muster server for one tenant")},
            {QStringLiteral("specUri"), QStringLiteral("https://www.rfc-editor.org/info/rfc6750")},
            {QStringLiteral("primary"), true},
        });
        if (m_capabilities.basicAuth) {
            schemes.append(QJsonObject{
                {QStringLiteral("type"), QStringLiteral("httpbasic")},
                {QStringLiteral("name"), QStringLiteral("HTTP Basic")},
                {QStringLiteral("description"), QStringLiteral("HTTP Basic authentication with a bearer "
                                                               "token as the password")},
                {QStringLiteral("specUri"), QStringLiteral("https://www.rfc-editor.org/info/rfc7617")},
            });
        }
    }

    QJsonObject bulk = supported(true);
    bulk.insert(QStringLiteral("maxOperations"), m_options.bulkMaxOperations);
    bulk.insert(QStringLiteral("maxPayloadSize"), m_options.bulkMaxPayloadBytes);
    QJsonObject filter = supported(true);
    filter.insert(QStringLiteral("maxResults"), m_capabilities.maxResults);

    const QJsonObject config{
        {QStringLiteral("schemas"), QJsonArray{urns::ServiceProviderConfig}},
        {QStringLiteral("patch"), supported(true)},
        {QStringLiteral("bulk"), bulk},
        {QStringLiteral("filter"), filter},
        {QStringLiteral("changePassword"), supported(true)},
        {QStringLiteral("sort"), supported(true)},
        {QStringLiteral("etag"), supported(true)},
        // RFC 9865 §5
        {QStringLiteral("pagination"),
         QJsonObject{
             {QStringLiteral("cursor"), true},
             {QStringLiteral("index"), true},
             {QStringLiteral("defaultPaginationMethod"), QStringLiteral("index")},
             {QStringLiteral("defaultPageSize"), m_capabilities.maxResults},
             {QStringLiteral("maxPageSize"), m_capabilities.maxResults},
         }},
        {QStringLiteral("authenticationSchemes"), schemes},
    };
    return withMeta(config, QStringLiteral("ServiceProviderConfig"),
                    locator.endpoint(u"/ServiceProviderConfig"));
}

QJsonObject DiscoveryDocuments::resourceTypeDocument(const ResourceLocator& locator,
                                                     const ResourceType& type) const
{
    return withMeta(type.toJson(), QStringLiteral("ResourceType"),
                    locator.endpoint(QString(QStringLiteral("/ResourceTypes/") + type.name)));
}

QJsonObject DiscoveryDocuments::schemaDocument(const ResourceLocator& locator, const Schema& schema) const
{
    return withMeta(schema.toJson(), QStringLiteral("Schema"),
                    locator.endpoint(QString(QStringLiteral("/Schemas/") + schema.id)));
}

QJsonObject DiscoveryDocuments::resourceTypes(const ResourceLocator& locator) const
{
    QJsonArray list;
    for (const ResourceType* type : m_registry.resourceTypes())
        list.append(resourceTypeDocument(locator, *type));
    return ResourceSerializer::listResponse(list.size(), list, 1);
}

std::optional<QJsonObject> DiscoveryDocuments::resourceType(const ResourceLocator& locator,
                                                            QStringView name) const
{
    const ResourceType* type = m_registry.resourceType(name);
    if (!type)
        return std::nullopt;
    return resourceTypeDocument(locator, *type);
}

QJsonObject DiscoveryDocuments::schemas(const ResourceLocator& locator) const
{
    QJsonArray list;
    for (const Schema* schema : m_registry.schemas())
        list.append(schemaDocument(locator, *schema));
    return ResourceSerializer::listResponse(list.size(), list, 1);
}

std::optional<QJsonObject> DiscoveryDocuments::schema(const ResourceLocator& locator, QStringView urn) const
{
    const Schema* schema = m_registry.schema(urn);
    if (!schema)
        return std::nullopt;
    return schemaDocument(locator, *schema);
}

} // namespace muster
