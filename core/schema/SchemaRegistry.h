#pragma once

#include "schema/AttributePath.h"
#include "schema/ResourceType.h"
#include "schema/Schema.h"

#include <QHash>

#include <deque>
#include <memory>

namespace muster {

// What an AttributePath refers to within one resource type.
struct ResolvedAttribute {
    const Schema* schema = nullptr;                    // schema that defines the attribute
    const AttributeDefinition* attribute = nullptr;    // nullptr when the path names a whole extension
    const AttributeDefinition* subAttribute = nullptr; // set for "attr.sub" paths
    // True when the attribute lives inside the extension's object, keyed by the schema URN, in the
    // resource JSON; false for core-schema and common attributes (top level).
    bool inExtension = false;

    // The definition the path ends at: the sub-attribute if any, else the attribute.
    const AttributeDefinition* target() const { return subAttribute ? subAttribute : attribute; }
};

// All schemas and resource types that one directory knows. Built once at start-up, then read-only and
// safe to share between threads. This is the one place where attribute names and URNs are resolved
// case-insensitively.
class SchemaRegistry final {
public:
    SchemaRegistry();

    // A registry with the RFC 7643 schemas (User, Group, Enterprise User, ServiceProviderConfig,
    // ResourceType, Schema) and the User and Group resource types.
    static std::shared_ptr<SchemaRegistry> builtIn();

    Status addSchema(const Schema& schema);           // invalidValue if the id is taken
    Status addResourceType(const ResourceType& type); // needs its schemas registered first
    Status addExtension(const QString& resourceTypeName, const SchemaExtension& extension);

    // Loads one JSON file holding a schema, a resource type, or an array or ListResponse of them.
    // A malformed file is rejected whole, with a detail naming the file and the attribute.
    Status loadFile(const QString& path);
    // Loads every *.json file of a directory: schemas first, then resource types.
    Status loadDirectory(const QString& path);

    const Schema* schema(QStringView urn) const;                            // case-insensitive
    const ResourceType* resourceType(QStringView name) const;               // by name, case-insensitive
    const ResourceType* resourceTypeByEndpoint(QStringView endpoint) const; // "/Users" or "Users"
    QList<const Schema*> schemas() const;                                   // in registration order
    QList<const ResourceType*> resourceTypes() const;                       // in registration order

    // RFC 7643 §3.1 attributes every resource has: id, externalId, meta (and its sub-attributes).
    const Schema& commonAttributes() const;

    // Resolves a path against a resource type: core schema, then common attributes, then the
    // extensions for unqualified paths; the named schema for URN-qualified ones. invalidPath if the
    // path names nothing the resource type has.
    Result<ResolvedAttribute> resolve(const ResourceType& type, const AttributePath& path) const;
    Result<ResolvedAttribute> resolve(const ResourceType& type, QStringView path) const;

private:
    std::deque<Schema> m_schemas; // deque: pointers handed out stay valid as entries are added
    std::deque<ResourceType> m_resourceTypes;
    QHash<QString, const Schema*> m_schemaByUrn;                  // keys case-folded, and as registered
    QHash<QString, const ResourceType*> m_resourceTypeByName;     // keys case-folded, and as registered
    QHash<QString, const ResourceType*> m_resourceTypeByEndpoint; // keys case-folded, without '/'
    Schema m_commonAttributes;
};

} // namespace muster
