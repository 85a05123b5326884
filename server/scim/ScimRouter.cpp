#include "scim/ScimRouter.h"

#include "store/ResourceStore.h"

#include <QRegularExpression>

#include <algorithm>
#include <span>

namespace muster {

namespace {

using Kind = ScimRoute::Kind;

bool is(QStringView segment, QLatin1StringView name)
{
    return segment.compare(name, Qt::CaseInsensitive) == 0;
}

// Every request asks whether its method is allowed: a fixed table, no list built.
std::span<const QByteArrayView> methodsFor(Kind kind)
{
    static constexpr QByteArrayView post[] = {"POST"};
    static constexpr QByteArrayView collection[] = {"GET", "HEAD", "POST"};
    static constexpr QByteArrayView resource[] = {"GET", "HEAD", "PUT", "PATCH", "DELETE"};
    static constexpr QByteArrayView readOnly[] = {"GET", "HEAD"};
    switch (kind) {
    case Kind::Outside:
    case Kind::NotFound:
        return {};
    case Kind::RootSearch:
    case Kind::TypeSearch:
    case Kind::Bulk:
        return post;
    case Kind::Collection:
        return collection;
    case Kind::Me:
    case Kind::Resource:
        return resource;
    case Kind::Root:
    case Kind::ServiceProviderConfig:
    case Kind::ResourceTypes:
    case Kind::ResourceTypeByName:
    case Kind::Schemas:
    case Kind::SchemaById:
        return readOnly;
    }
    return {};
}

} // namespace

QByteArrayList ScimRoute::allowedMethods() const
{
    QByteArrayList methods;
    for (const QByteArrayView method : methodsFor(kind))
        methods.append(method.toByteArray());
    return methods;
}

bool ScimRoute::allows(QByteArrayView method) const
{
    const std::span<const QByteArrayView> methods = methodsFor(kind);
    return std::find(methods.begin(), methods.end(), method) != methods.end();
}

bool ScimRoute::isDiscovery() const
{
    return kind == Kind::ServiceProviderConfig || kind == Kind::ResourceTypes ||
           kind == Kind::ResourceTypeByName || kind == Kind::Schemas || kind == Kind::SchemaById;
}

ScimRouter::ScimRouter(const SchemaRegistry& registry, const ScimServiceOptions& options)
    : m_registry(registry)
    , m_basePath(options.basePath)
{
    while (m_basePath.endsWith(u'/'))
        m_basePath.chop(1);
    if (!m_basePath.isEmpty() && !m_basePath.startsWith(u'/'))
        m_basePath.prepend(u'/');
}

bool ScimRouter::isValidTenantName(QStringView tenant)
{
    // The rule Directory::createTenant enforces: only names that can exist are looked up.
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    return validName.match(tenant.toString()).hasMatch();
}

ScimRoute ScimRouter::route(QStringView path) const
{
    QString tenant = ResourceStore::DefaultTenant;
    QStringView rest = path;
    static const QLatin1StringView tenantsPrefix("/tenants/");
    if (path.startsWith(tenantsPrefix)) {
        const QStringView afterPrefix = path.mid(tenantsPrefix.size());
        const qsizetype slash = afterPrefix.indexOf(u'/');
        const QStringView name = slash < 0 ? afterPrefix : afterPrefix.left(slash);
        if (!isValidTenantName(name))
            return {};
        tenant = name.toString();
        rest = slash < 0 ? QStringView() : afterPrefix.mid(slash);
    }
    if (!rest.startsWith(m_basePath))
        return {};
    rest = rest.mid(m_basePath.size());
    if (!rest.isEmpty() && !rest.startsWith(u'/'))
        return {}; // "/scim/v2x" is not below "/scim/v2"
    return routeBelowBase(tenant, rest);
}

ScimRoute ScimRouter::routeBelowBase(const QString& tenant, QStringView relativePath) const
{
    ScimRoute route;
    route.tenant = tenant;
    route.kind = Kind::NotFound;

    QStringView rest = relativePath;
    if (rest.endsWith(u'/'))
        rest.chop(1);
    if (rest.startsWith(u'/'))
        rest = rest.mid(1);
    if (rest.isEmpty()) {
        route.kind = Kind::Root;
        return route;
    }
    const qsizetype slash = rest.indexOf(u'/');
    const QStringView first = slash < 0 ? rest : rest.left(slash);
    const QStringView remainder = slash < 0 ? QStringView() : rest.mid(slash + 1);

    if (remainder.isEmpty()) {
        if (is(first, QLatin1StringView(".search")))
            route.kind = Kind::RootSearch;
        else if (is(first, QLatin1StringView("Bulk")))
            route.kind = Kind::Bulk;
        else if (is(first, QLatin1StringView("Me")))
            route.kind = Kind::Me;
        else if (is(first, QLatin1StringView("ServiceProviderConfig")))
            route.kind = Kind::ServiceProviderConfig;
        else if (is(first, QLatin1StringView("ResourceTypes")))
            route.kind = Kind::ResourceTypes;
        else if (is(first, QLatin1StringView("Schemas")))
            route.kind = Kind::Schemas;
        if (route.kind != Kind::NotFound)
            return route;
    } else if (is(first, QLatin1StringView("ResourceTypes"))) {
        if (!remainder.contains(u'/')) {
            route.kind = Kind::ResourceTypeByName;
            route.name = remainder.toString();
        }
        return route;
    } else if (is(first, QLatin1StringView("Schemas"))) {
        // Schema ids are URIs, which may hold '/' of their own.
        route.kind = Kind::SchemaById;
        route.name = remainder.toString();
        return route;
    }

    const ResourceType* type = m_registry.resourceTypeByEndpoint(first);
    if (!type)
        return route;
    route.type = type;
    if (remainder.isEmpty()) {
        route.kind = Kind::Collection;
    } else if (remainder.contains(u'/')) {
        return route;
    } else if (is(remainder, QLatin1StringView(".search"))) {
        route.kind = Kind::TypeSearch;
    } else {
        route.kind = Kind::Resource;
        route.name = remainder.toString();
    }
    return route;
}

} // namespace muster
