#include "schema/Schema.h"

#include "query/CaseFolding.h"
#include "schema/SchemaUrns.h"

#include <QJsonArray>
#include <QSet>

namespace muster {

namespace {

ScimError invalid(const QString& source, const QString& message)
{
    return ScimError::badRequest(ScimType::InvalidValue,
                                 source.isEmpty() ? message : source + QStringLiteral(": ") + message);
}

// Schema URNs are how clients qualify attribute paths, so they must look like URNs.
bool isUrn(const QString& id)
{
    if (!id.startsWith(QLatin1String("urn:"), Qt::CaseInsensitive) || id.endsWith(u':'))
        return false;
    for (const QChar c : id) {
        if (c.isSpace() || c == u'"')
            return false;
    }
    return true;
}

} // namespace

const AttributeDefinition* Schema::attribute(QStringView attributeName) const
{
    for (const AttributeDefinition& definition : attributes) {
        if (equalIgnoringCase(attributeName, definition.name))
            return &definition;
    }
    return nullptr;
}

QJsonObject Schema::toJson() const
{
    QJsonArray list;
    for (const AttributeDefinition& definition : attributes)
        list.append(definition.toJson());
    return QJsonObject{
        {QStringLiteral("schemas"), QJsonArray{urns::SchemaSchema}},
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("description"), description},
        {QStringLiteral("attributes"), list},
    };
}

Result<Schema> Schema::fromJson(const QJsonObject& json, const QString& source)
{
    Schema schema;
    const QJsonValue id = json.value(QLatin1String("id"));
    if (!id.isString())
        return invalid(source, id.isUndefined() ? QStringLiteral("schema without \"id\"")
                                                : QStringLiteral("schema \"id\" must be a string"));
    schema.id = id.toString();
    if (!isUrn(schema.id))
        return invalid(source, QStringLiteral("schema id \"%1\" is not a URN").arg(schema.id));
    const QString where = source.isEmpty() ? QStringLiteral("schema \"%1\"").arg(schema.id)
                                           : source + QStringLiteral(": schema \"%1\"").arg(schema.id);

    for (const QString& key : {QStringLiteral("name"), QStringLiteral("description")}) {
        const QJsonValue value = json.value(key);
        if (!value.isUndefined() && !value.isString())
            return invalid(where, QStringLiteral("\"%1\" must be a string").arg(key));
    }
    schema.name = json.value(QLatin1String("name")).toString();
    schema.description = json.value(QLatin1String("description")).toString();

    const QJsonValue attributes = json.value(QLatin1String("attributes"));
    if (!attributes.isArray())
        return invalid(where, attributes.isUndefined() ? QStringLiteral("missing \"attributes\"")
                                                       : QStringLiteral("\"attributes\" must be an array"));
    QSet<QString> seen;
    const QJsonArray list = attributes.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject())
            return invalid(where, QStringLiteral("attribute %1 must be an object").arg(i));
        const QJsonObject attributeJson = list.at(i).toObject();
        if (!attributeJson.value(QLatin1String("name")).isString())
            return invalid(where, QStringLiteral("attribute %1 has no \"name\" string").arg(i));
        auto definition = AttributeDefinition::fromJson(attributeJson, source);
        if (!definition)
            return definition.error();
        const QString key = definition->name.toCaseFolded();
        if (seen.contains(key))
            return invalid(
                source, QStringLiteral("attribute \"%1\": duplicate attribute name").arg(definition->name));
        seen.insert(key);
        schema.attributes.append(std::move(*definition));
    }
    return schema;
}

} // namespace muster
