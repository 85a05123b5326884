#include "schema/SchemaRegistry.h"

#include "query/CaseFolding.h"
#include "schema/SchemaUrns.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace muster {

namespace {

QString foldedKey(QStringView text)
{
    // Every filter, sortBy and attribute list looks schemas up by URN: the ASCII fast path matters.
    return foldedCase(text.toString());
}

// Looks `text` up under its registered spelling first (what nearly every caller passes, found without
// building a string), then case-insensitively under its folded form.
template <typename T>
const T* lookUp(const QHash<QString, const T*>& byName, QStringView text)
{
    if (const T* exact = byName.value(QString::fromRawData(text.data(), text.size()), nullptr))
        return exact;
    return byName.value(foldedKey(text), nullptr);
}

// Registers `entry` under its folded name and, if different, under its spelling as given.
template <typename T>
void insertNamed(QHash<QString, const T*>& byName, const QString& name, const T* entry)
{
    const QString folded = foldedKey(name);
    byName.insert(folded, entry);
    if (folded != name)
        byName.insert(name, entry);
}

QString endpointKey(QStringView endpoint)
{
    return foldedKey(endpoint.startsWith(u'/') ? endpoint.mid(1) : endpoint);
}

bool sameText(QStringView a, QStringView b)
{
    return equalIgnoringCase(a, b);
}

ScimError invalidValue(const QString& detail)
{
    return ScimError::badRequest(ScimType::InvalidValue, detail);
}

QString pathText(const AttributePath& path)
{
    QString text = path.schemaUrn.isEmpty() ? path.attribute : path.schemaUrn + u':' + path.attribute;
    if (!path.subAttribute.isEmpty())
        text += u'.' + path.subAttribute;
    return text;
}

ScimError invalidPath(const AttributePath& path, const QString& reason)
{
    return ScimError::badRequest(ScimType::InvalidPath,
                                 QStringLiteral("attribute path \"%1\": %2").arg(pathText(path), reason));
}

// What one file (or one directory) contributes, kept apart until all of it has been checked.
struct Batch {
    QList<std::pair<QString, Schema>> schemas;             // source, schema
    QList<std::pair<QString, ResourceType>> resourceTypes; // source, resource type
};

bool listsUrn(const QJsonValue& schemas, const QString& urn)
{
    const QJsonArray list = schemas.toArray();
    return std::any_of(list.begin(), list.end(),
                       [&urn](const QJsonValue& value) { return sameText(value.toString(), urn); });
}

// One document of a file: recognised by its "schemas" list, or failing that by its shape.
Status readDocument(const QJsonObject& json, const QString& source, Batch& batch, bool allowList)
{
    const QJsonValue schemas = json.value(QLatin1String("schemas"));
    if (!schemas.isUndefined() && !schemas.isArray())
        return invalidValue(source + QStringLiteral(": \"schemas\" must be an array of URNs"));

    const bool isList = schemas.isArray() ? listsUrn(schemas, urns::ListResponse)
                                          : json.value(QLatin1String("Resources")).isArray();
    const bool isSchema = schemas.isArray() ? listsUrn(schemas, urns::SchemaSchema)
                                            : json.contains(QLatin1String("attributes"));
    const bool isResourceType = schemas.isArray() ? listsUrn(schemas, urns::ResourceTypeSchema)
                                                  : json.contains(QLatin1String("endpoint"));
    if (isList) {
        if (!allowList)
            return invalidValue(source + QStringLiteral(": a list cannot contain another list"));
        const QJsonValue resources = json.value(QLatin1String("Resources"));
        if (!resources.isArray())
            return invalidValue(source + QStringLiteral(": ListResponse without a \"Resources\" array"));
        for (const QJsonValue item : resources.toArray()) {
            if (!item.isObject())
                return invalidValue(source + QStringLiteral(": \"Resources\" must hold objects only"));
            if (Status status = readDocument(item.toObject(), source, batch, false); !status)
                return status;
        }
        return {};
    }
    if (isSchema == isResourceType) {
        return invalidValue(source + (isSchema
                                          ? QStringLiteral(": document claims to be both a schema and a "
                                                           "resource type")
                                          : QStringLiteral(": document is neither a schema nor a resource "
                                                           "type")));
    }
    if (isSchema) {
        auto schema = Schema::fromJson(json, source);
        if (!schema)
            return schema.error();
        batch.schemas.append({source, std::move(*schema)});
    } else {
        auto type = ResourceType::fromJson(json, source);
        if (!type)
            return type.error();
        batch.resourceTypes.append({source, std::move(*type)});
    }
    return {};
}

Status readFile(const QString& path, Batch& batch)
{
    const QString source = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return invalidValue(QStringLiteral("%1: cannot read file: %2").arg(source, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (document.isNull())
        return invalidValue(QStringLiteral("%1: invalid JSON at offset %2: %3")
                                .arg(source, QString::number(parseError.offset), parseError.errorString()));
    if (document.isObject())
        return readDocument(document.object(), source, batch, true);
    const QJsonArray items = document.array();
    if (items.isEmpty())
        return invalidValue(source + QStringLiteral(": empty array"));
    for (const QJsonValue item : items) {
        if (!item.isObject())
            return invalidValue(source + QStringLiteral(": array must hold objects only"));
        if (Status status = readDocument(item.toObject(), source, batch, false); !status)
            return status;
    }
    return {};
}

QString quotedList(const QStringList& items)
{
    QStringList quoted;
    for (const QString& item : items)
        quoted.append(u'"' + item + u'"');
    return quoted.join(QStringLiteral(", "));
}

// Everything that could fail is checked before anything is added, so that a bad file adds nothing.
Status checkBatch(const SchemaRegistry& registry, const Batch& batch)
{
    QSet<QString> newSchemas;
    for (const auto& [source, schema] : batch.schemas) {
        const QString key = foldedKey(schema.id);
        if (registry.schema(schema.id) || newSchemas.contains(key))
            return invalidValue(
                QStringLiteral("%1: schema \"%2\" is already registered").arg(source, schema.id));
        newSchemas.insert(key);
    }
    const auto known = [&](const QString& urn) {
        return registry.schema(urn) != nullptr || newSchemas.contains(foldedKey(urn));
    };
    QSet<QString> newNames;
    QSet<QString> newEndpoints;
    for (const auto& [source, type] : batch.resourceTypes) {
        const QString where = QStringLiteral("%1: resource type \"%2\"").arg(source, type.name);
        QStringList missing;
        if (!known(type.schema))
            missing.append(type.schema);
        for (const SchemaExtension& extension : type.schemaExtensions) {
            if (!known(extension.schema))
                missing.append(extension.schema);
        }
        if (!missing.isEmpty())
            return invalidValue(where + QStringLiteral(": schemas not registered: ") + quotedList(missing));
        if (newNames.contains(foldedKey(type.name)))
            return invalidValue(where + QStringLiteral(": defined twice"));
        if (newEndpoints.contains(endpointKey(type.endpoint)))
            return invalidValue(where +
                                QStringLiteral(": endpoint \"%1\" is defined twice").arg(type.endpoint));
        newNames.insert(foldedKey(type.name));
        newEndpoints.insert(endpointKey(type.endpoint));
        if (const ResourceType* existing = registry.resourceType(type.name)) {
            // Restating a registered type is how a file adds extensions to it (the built-in User, say).
            if (!sameText(existing->endpoint, type.endpoint) || !sameText(existing->schema, type.schema))
                return invalidValue(
                    where + QStringLiteral(": already registered with endpoint \"%1\" and schema \"%2\"")
                                .arg(existing->endpoint, existing->schema));
        } else if (const ResourceType* other = registry.resourceTypeByEndpoint(type.endpoint)) {
            return invalidValue(where + QStringLiteral(": endpoint \"%1\" is already used by \"%2\"")
                                            .arg(type.endpoint, other->name));
        }
    }
    return {};
}

Status addBatch(SchemaRegistry& registry, const Batch& batch)
{
    if (Status checked = checkBatch(registry, batch); !checked)
        return checked;
    for (const auto& [source, schema] : batch.schemas) {
        if (Status added = registry.addSchema(schema); !added)
            return added;
    }
    for (const auto& [source, type] : batch.resourceTypes) {
        const ResourceType* existing = registry.resourceType(type.name);
        if (!existing) {
            if (Status added = registry.addResourceType(type); !added)
                return added;
            continue;
        }
        for (const SchemaExtension& extension : type.schemaExtensions) {
            if (existing->hasExtension(extension.schema))
                continue;
            if (Status added = registry.addExtension(existing->name, extension); !added)
                return added;
        }
    }
    return {};
}

} // namespace

SchemaRegistry::SchemaRegistry()
{
    // Every registry has the common attributes, so they come from the built-in resource even for an
    // otherwise empty registry.
    QFile file(QStringLiteral(":/muster/schemas/CommonAttributes.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Muster: the built-in common attribute definitions are missing");
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    m_commonAttributes.name = json.value(QLatin1String("name")).toString();
    m_commonAttributes.description = json.value(QLatin1String("description")).toString();
    for (const QJsonValue value : json.value(QLatin1String("attributes")).toArray()) {
        auto definition =
            AttributeDefinition::fromJson(value.toObject(), QStringLiteral("CommonAttributes.json"));
        if (!definition)
            qFatal("Muster: %s", qPrintable(definition.error().detail));
        m_commonAttributes.attributes.append(std::move(*definition));
    }
}

std::shared_ptr<SchemaRegistry> SchemaRegistry::builtIn()
{
    auto registry = std::make_shared<SchemaRegistry>();
    for (const char* name : {"User.json", "Group.json", "EnterpriseUser.json", "ServiceProviderConfig.json",
                             "ResourceType.json", "Schema.json", "ResourceTypes.json"}) {
        const Status loaded = registry->loadFile(QStringLiteral(":/muster/schemas/") + QLatin1String(name));
        if (!loaded)
            qFatal("Muster: built-in schema: %s", qPrintable(loaded.error().detail));
    }
    return registry;
}

Status SchemaRegistry::addSchema(const Schema& schema)
{
    // Through the JSON form, so that a schema built in code meets the same rules as one from a file.
    auto checked = Schema::fromJson(schema.toJson(), QString());
    if (!checked)
        return checked.error();
    if (this->schema(schema.id))
        return invalidValue(QStringLiteral("schema \"%1\" is already registered").arg(schema.id));
    m_schemas.push_back(std::move(*checked));
    const Schema* added = &m_schemas.back();
    insertNamed(m_schemaByUrn, added->id, added);
    return {};
}

Status SchemaRegistry::addResourceType(const ResourceType& type)
{
    auto checked = ResourceType::fromJson(type.toJson(), QString());
    if (!checked)
        return checked.error();
    if (resourceType(type.name))
        return invalidValue(QStringLiteral("resource type \"%1\" is already registered").arg(type.name));
    if (const ResourceType* other = resourceTypeByEndpoint(type.endpoint))
        return invalidValue(QStringLiteral("resource type \"%1\": endpoint \"%2\" is already used by \"%3\"")
                                .arg(type.name, type.endpoint, other->name));
    QStringList missing;
    if (!schema(type.schema))
        missing.append(type.schema);
    for (const SchemaExtension& extension : type.schemaExtensions) {
        if (!schema(extension.schema))
            missing.append(extension.schema);
    }
    if (!missing.isEmpty())
        return invalidValue(QStringLiteral("resource type \"%1\": schemas not registered: %2")
                                .arg(type.name, quotedList(missing)));
    m_resourceTypes.push_back(std::move(*checked));
    const ResourceType* added = &m_resourceTypes.back();
    insertNamed(m_resourceTypeByName, added->name, added);
    m_resourceTypeByEndpoint.insert(endpointKey(added->endpoint), added);
    return {};
}

Status SchemaRegistry::addExtension(const QString& resourceTypeName, const SchemaExtension& extension)
{
    const ResourceType* found = resourceType(resourceTypeName);
    if (!found)
        return invalidValue(QStringLiteral("unknown resource type \"%1\"").arg(resourceTypeName));
    if (!schema(extension.schema))
        return invalidValue(QStringLiteral("resource type \"%1\": schemas not registered: \"%2\"")
                                .arg(found->name, extension.schema));
    if (sameText(found->schema, extension.schema) || found->hasExtension(extension.schema))
        return invalidValue(QStringLiteral("resource type \"%1\" already has schema \"%2\"")
                                .arg(found->name, extension.schema));
    for (ResourceType& type : m_resourceTypes) {
        if (&type == found)
            type.schemaExtensions.append(extension);
    }
    return {};
}

Status SchemaRegistry::loadFile(const QString& path)
{
    Batch batch;
    if (Status read = readFile(path, batch); !read)
        return read;
    return addBatch(*this, batch);
}

Status SchemaRegistry::loadDirectory(const QString& path)
{
    const QDir dir(path);
    if (!dir.exists())
        return invalidValue(QStringLiteral("%1: no such directory").arg(path));
    Batch batch;
    const QStringList files =
        dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString& file : files) {
        if (Status read = readFile(dir.filePath(file), batch); !read)
            return read;
    }
    return addBatch(*this, batch);
}

const Schema* SchemaRegistry::schema(QStringView urn) const
{
    return lookUp(m_schemaByUrn, urn);
}

const ResourceType* SchemaRegistry::resourceType(QStringView name) const
{
    return lookUp(m_resourceTypeByName, name);
}

const ResourceType* SchemaRegistry::resourceTypeByEndpoint(QStringView endpoint) const
{
    return m_resourceTypeByEndpoint.value(endpointKey(endpoint), nullptr);
}

QList<const Schema*> SchemaRegistry::schemas() const
{
    QList<const Schema*> list;
    list.reserve(qsizetype(m_schemas.size()));
    for (const Schema& schema : m_schemas)
        list.append(&schema);
    return list;
}

QList<const ResourceType*> SchemaRegistry::resourceTypes() const
{
    QList<const ResourceType*> list;
    list.reserve(qsizetype(m_resourceTypes.size()));
    for (const ResourceType& type : m_resourceTypes)
        list.append(&type);
    return list;
}

const Schema& SchemaRegistry::commonAttributes() const
{
    return m_commonAttributes;
}

Result<ResolvedAttribute> SchemaRegistry::resolve(const ResourceType& type, const AttributePath& path) const
{
    if (path.attribute.isEmpty())
        return invalidPath(path, QStringLiteral("no attribute name"));

    ResolvedAttribute resolved;
    const Schema* core = schema(type.schema);
    if (path.schemaUrn.isEmpty()) {
        if (core && (resolved.attribute = core->attribute(path.attribute))) {
            resolved.schema = core;
        } else if ((resolved.attribute = m_commonAttributes.attribute(path.attribute))) {
            resolved.schema = &m_commonAttributes;
        } else {
            for (const SchemaExtension& extension : type.schemaExtensions) {
                const Schema* candidate = schema(extension.schema);
                if (candidate && (resolved.attribute = candidate->attribute(path.attribute))) {
                    resolved.schema = candidate;
                    resolved.inExtension = true;
                    break;
                }
            }
        }
        if (!resolved.attribute)
            return invalidPath(path,
                               QStringLiteral("resource type \"%1\" has no such attribute").arg(type.name));
    } else {
        // "urn:...:2.0:User" parses as URN "urn:...:2.0" and attribute "User": the whole extension.
        QString whole = path.schemaUrn + u':' + path.attribute;
        if (!path.subAttribute.isEmpty())
            whole += u'.' + path.subAttribute;
        for (const SchemaExtension& extension : type.schemaExtensions) {
            if (sameText(whole, extension.schema)) {
                if (const Schema* extensionSchema = schema(extension.schema)) {
                    resolved.schema = extensionSchema;
                    resolved.inExtension = true;
                    return resolved;
                }
            }
        }
        if (const Schema* other = schema(whole))
            return invalidPath(path, QStringLiteral("schema \"%1\" is not a schema of resource type \"%2\"")
                                         .arg(other->id, type.name));
        const Schema* named = schema(path.schemaUrn);
        if (!named)
            return invalidPath(path, QStringLiteral("unknown schema \"%1\"").arg(path.schemaUrn));
        const bool isCore = sameText(named->id, type.schema);
        if (!isCore && !type.hasExtension(named->id))
            return invalidPath(path, QStringLiteral("schema \"%1\" is not a schema of resource type \"%2\"")
                                         .arg(named->id, type.name));
        resolved.schema = named;
        resolved.inExtension = !isCore;
        resolved.attribute = named->attribute(path.attribute);
        // Common attributes belong to every resource, so the core URN may qualify them too.
        if (!resolved.attribute && isCore &&
            (resolved.attribute = m_commonAttributes.attribute(path.attribute)))
            resolved.schema = &m_commonAttributes;
        if (!resolved.attribute)
            return invalidPath(
                path, QStringLiteral("schema \"%1\" has no attribute \"%2\"").arg(named->id, path.attribute));
    }

    if (path.subAttribute.isEmpty())
        return resolved;
    if (resolved.attribute->type != AttributeType::Complex)
        return invalidPath(
            path,
            QStringLiteral("\"%1\" is not complex and has no sub-attributes").arg(resolved.attribute->name));
    resolved.subAttribute = resolved.attribute->subAttribute(path.subAttribute);
    if (!resolved.subAttribute)
        return invalidPath(path, QStringLiteral("\"%1\" has no sub-attribute \"%2\"")
                                     .arg(resolved.attribute->name, path.subAttribute));
    return resolved;
}

Result<ResolvedAttribute> SchemaRegistry::resolve(const ResourceType& type, QStringView path) const
{
    auto parsed = AttributePath::parse(path);
    if (!parsed)
        return parsed.error();
    return resolve(type, *parsed);
}

} // namespace muster
