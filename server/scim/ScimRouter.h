#pragma once

#include "schema/SchemaRegistry.h"
#include "scim/ScimRoute.h"
#include "scim/ScimServiceOptions.h"

namespace muster {

// Maps request paths to SCIM endpoints: the default tenant at the base path ("/scim/v2"), another
// tenant T at "/tenants/T" + base path; below it the RFC 7644 endpoints and the registry's resource
// type endpoints. Endpoint names match case-insensitively and a trailing '/' is ignored (Entra ID sends
// "/Users/?filter=..."). Built once; route() is const and thread-safe.
class ScimRouter final {
public:
    ScimRouter(const SchemaRegistry& registry, const ScimServiceOptions& options);

    ScimRoute route(QStringView path) const;
    // A path relative to a tenant's base, as Bulk operations give it ("/Users/2819c223").
    ScimRoute routeBelowBase(const QString& tenant, QStringView relativePath) const;

    static bool isValidTenantName(QStringView tenant);

private:
    const SchemaRegistry& m_registry;
    QString m_basePath; // without a trailing '/'; empty when the service sits at the root
};

} // namespace muster
