#pragma once

#include "schema/ResourceType.h"

#include <QByteArrayList>
#include <QString>

namespace muster {

// Where a request path leads within the SCIM service (see ScimRouter).
struct ScimRoute {
    enum class Kind {
        Outside,               // not below any SCIM base path
        NotFound,              // below a base path, but no endpoint there
        Root,                  // the base itself: a query across resource types (GET)
        RootSearch,            // /.search
        Bulk,                  // /Bulk
        Me,                    // /Me
        ServiceProviderConfig, // /ServiceProviderConfig
        ResourceTypes,         // /ResourceTypes
        ResourceTypeByName,    // /ResourceTypes/{name}
        Schemas,               // /Schemas
        SchemaById,            // /Schemas/{urn}
        Collection,            // /Users
        TypeSearch,            // /Users/.search
        Resource,              // /Users/{id}
    };

    Kind kind = Kind::Outside;
    QString tenant;
    const ResourceType* type = nullptr; // Collection, TypeSearch, Resource
    QString name;                       // the resource id, resource type name or schema URN

    // The methods the endpoint answers, for 405 and its Allow header.
    QByteArrayList allowedMethods() const;
    bool allows(QByteArrayView method) const;
    bool isDiscovery() const;
};

} // namespace muster
