#include "undo/PatchBody.h"

#include "resource/ResourceCanonicalizer.h"
#include "schema/SchemaUrns.h"

#include <QJsonArray>

namespace muster {

namespace {

const QString Operations = QStringLiteral("Operations");

QJsonObject wrapped(const QJsonArray& operations)
{
    return QJsonObject{{QStringLiteral("schemas"), QJsonArray{urns::PatchOp}}, {Operations, operations}};
}

QJsonObject operation(const QString& op, const QString& path, const QJsonValue& value = QJsonValue::Undefined)
{
    QJsonObject operation{{QStringLiteral("op"), op}, {QStringLiteral("path"), path}};
    if (!value.isUndefined())
        operation.insert(QStringLiteral("value"), value);
    return operation;
}

// A filter value: a JSON string literal.
QString quoted(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + escaped + u'"';
}

void diff(const AttributeDefinition& attribute, const QString& path, const QJsonValue& before,
          const QJsonValue& after, QJsonArray& operations)
{
    const bool had = ResourceCanonicalizer::isAssigned(before);
    const bool has = ResourceCanonicalizer::isAssigned(after);
    if (!had && !has)
        return;
    if (had && has && ResourceCanonicalizer::equalValues(attribute, before, after))
        return;
    if (!has) {
        operations.append(operation(QStringLiteral("remove"), path));
        return;
    }
    if (had && attribute.type == AttributeType::Complex && !attribute.multiValued) {
        const QJsonObject kept = after.toObject();
        const QJsonObject old = before.toObject();
        for (auto it = old.begin(); it != old.end(); ++it) {
            if (!kept.contains(it.key())) {
                operations.append(operation(QStringLiteral("remove"), path));
                operations.append(operation(QStringLiteral("add"), path, after));
                return;
            }
        }
    }
    operations.append(operation(QStringLiteral("replace"), path, after));
}

bool isPatchable(const AttributeDefinition& attribute, bool groupSchema)
{
    if (attribute.mutability == Mutability::ReadOnly || attribute.mutability == Mutability::WriteOnly)
        return false;
    if (attribute.name == QLatin1String("password") || attribute.name == QLatin1String("schemas"))
        return false;
    return !(groupSchema && attribute.name == QLatin1String("members"));
}

} // namespace

QJsonObject PatchBody::between(const SchemaRegistry& registry, const ResourceType& type,
                               const QJsonObject& from, const QJsonObject& to)
{
    QJsonArray operations;
    const bool groupSchema = type.schema.compare(urns::Group, Qt::CaseInsensitive) == 0;
    QList<const AttributeDefinition*> topLevel;
    if (const Schema* core = registry.schema(type.schema)) {
        for (const AttributeDefinition& attribute : core->attributes)
            topLevel.append(&attribute);
    }
    for (const AttributeDefinition& attribute : registry.commonAttributes().attributes)
        topLevel.append(&attribute);
    for (const AttributeDefinition* attribute : std::as_const(topLevel)) {
        if (isPatchable(*attribute, groupSchema))
            diff(*attribute, attribute->name, from.value(attribute->name), to.value(attribute->name),
                 operations);
    }
    for (const SchemaExtension& declared : type.schemaExtensions) {
        const Schema* extension = registry.schema(declared.schema);
        if (!extension)
            continue;
        const QJsonObject before = from.value(extension->id).toObject();
        const QJsonObject after = to.value(extension->id).toObject();
        for (const AttributeDefinition& attribute : extension->attributes) {
            if (isPatchable(attribute, false)) {
                diff(attribute, extension->id + u':' + attribute.name, before.value(attribute.name),
                     after.value(attribute.name), operations);
            }
        }
    }
    return wrapped(operations);
}

QJsonObject PatchBody::members(const QStringList& added, const QStringList& removed)
{
    QJsonArray operations;
    if (!added.isEmpty()) {
        QJsonArray values;
        for (const QString& id : added)
            values.append(QJsonObject{{QStringLiteral("value"), id}});
        operations.append(operation(QStringLiteral("add"), QStringLiteral("members"), values));
    }
    for (const QString& id : removed)
        operations.append(
            operation(QStringLiteral("remove"), QStringLiteral("members[value eq %1]").arg(quoted(id))));
    return wrapped(operations);
}

QJsonObject PatchBody::replace(const QString& path, const QJsonValue& value)
{
    return wrapped(QJsonArray{operation(QStringLiteral("replace"), path, value)});
}

QJsonObject PatchBody::remove(const QString& path)
{
    return wrapped(QJsonArray{operation(QStringLiteral("remove"), path)});
}

QJsonObject PatchBody::joined(QJsonObject body, const QJsonObject& more)
{
    QJsonArray operations = body.value(Operations).toArray();
    for (const QJsonValue& operation : more.value(Operations).toArray())
        operations.append(operation);
    body.insert(Operations, operations);
    if (!body.contains(QStringLiteral("schemas")))
        body.insert(QStringLiteral("schemas"), QJsonArray{urns::PatchOp});
    return body;
}

bool PatchBody::isEmpty(const QJsonObject& body)
{
    return body.value(Operations).toArray().isEmpty();
}

} // namespace muster
