#include "schema/ResourceType.h"

#include "query/CaseFolding.h"
#include "schema/SchemaUrns.h"

#include <QJsonArray>

namespace muster {

namespace {

ScimError invalid(const QString& where, const QString& message)
{
    return ScimError::badRequest(ScimType::InvalidValue,
                                 where.isEmpty() ? message : where + QStringLiteral(": ") + message);
}

// An endpoint is one path segment after the base URL ("/Users"); anything else would not route.
bool isValidEndpoint(const QString& endpoint)
{
    if (endpoint.size() < 2 || endpoint.front() != u'/')
        return false;
    for (qsizetype i = 1; i < endpoint.size(); ++i) {
        const QChar c = endpoint.at(i);
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                             (c >= u'0' && c <= u'9') || c == u'-' || c == u'_' || c == u'.' || c == u'~';
        if (!allowed)
            return false;
    }
    return true;
}

} // namespace

bool ResourceType::hasExtension(QStringView urn) const
{
    for (const SchemaExtension& extension : schemaExtensions) {
        if (equalIgnoringCase(urn, extension.schema))
            return true;
    }
    return false;
}

QJsonObject ResourceType::toJson() const
{
    QJsonObject json{
        {QStringLiteral("schemas"), QJsonArray{urns::ResourceTypeSchema}},
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("endpoint"), endpoint},
        {QStringLiteral("description"), description},
        {QStringLiteral("schema"), schema},
    };
    if (!schemaExtensions.isEmpty()) {
        QJsonArray extensions;
        for (const SchemaExtension& extension : schemaExtensions)
            extensions.append(QJsonObject{{QStringLiteral("schema"), extension.schema},
                                          {QStringLiteral("required"), extension.required}});
        json.insert(QStringLiteral("schemaExtensions"), extensions);
    }
    return json;
}

Result<ResourceType> ResourceType::fromJson(const QJsonObject& json, const QString& source)
{
    ResourceType type;
    const QJsonValue name = json.value(QLatin1String("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return invalid(source, QStringLiteral("resource type without a \"name\" string"));
    type.name = name.toString();
    const QString where = source.isEmpty() ? QStringLiteral("resource type \"%1\"").arg(type.name)
                                           : source + QStringLiteral(": resource type \"%1\"").arg(type.name);

    for (const QString& key : {QStringLiteral("id"), QStringLiteral("description"),
                               QStringLiteral("endpoint"), QStringLiteral("schema")}) {
        const QJsonValue value = json.value(key);
        if (!value.isUndefined() && !value.isString())
            return invalid(where, QStringLiteral("\"%1\" must be a string").arg(key));
    }
    type.id = json.value(QLatin1String("id")).toString(type.name);
    type.description = json.value(QLatin1String("description")).toString();
    type.endpoint = json.value(QLatin1String("endpoint")).toString();
    if (type.endpoint.isEmpty())
        return invalid(where, QStringLiteral("missing \"endpoint\""));
    if (!isValidEndpoint(type.endpoint))
        return invalid(where,
                       QStringLiteral("endpoint \"%1\" is not of the form \"/Name\"").arg(type.endpoint));
    type.schema = json.value(QLatin1String("schema")).toString();
    if (type.schema.isEmpty())
        return invalid(where, QStringLiteral("missing \"schema\""));

    const QJsonValue extensions = json.value(QLatin1String("schemaExtensions"));
    if (extensions.isUndefined())
        return type;
    if (!extensions.isArray())
        return invalid(where, QStringLiteral("\"schemaExtensions\" must be an array"));
    const QJsonArray list = extensions.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject extension = list.at(i).toObject();
        const QJsonValue urn = extension.value(QLatin1String("schema"));
        if (!list.at(i).isObject() || !urn.isString() || urn.toString().isEmpty())
            return invalid(where, QStringLiteral("schema extension %1 has no \"schema\" string").arg(i));
        const QJsonValue required = extension.value(QLatin1String("required"));
        if (!required.isUndefined() && !required.isBool())
            return invalid(where, QStringLiteral("schema extension \"%1\": \"required\" must be a boolean")
                                      .arg(urn.toString()));
        if (urn.toString().compare(type.schema, Qt::CaseInsensitive) == 0 ||
            type.hasExtension(urn.toString()))
            return invalid(where, QStringLiteral("schema \"%1\" is listed twice").arg(urn.toString()));
        type.schemaExtensions.append(SchemaExtension{urn.toString(), required.toBool()});
    }
    return type;
}

} // namespace muster
