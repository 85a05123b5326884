#include "transfer/ScimJsonReader.h"

#include "schema/SchemaUrns.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace muster {

namespace {

QString resourceTypeOf(const QJsonObject& resource)
{
    const QJsonArray schemas = resource.value(QStringLiteral("schemas")).toArray();
    for (const QJsonValue& schema : schemas) {
        if (schema.toString().compare(urns::User, Qt::CaseInsensitive) == 0)
            return QStringLiteral("User");
        if (schema.toString().compare(urns::Group, Qt::CaseInsensitive) == 0)
            return QStringLiteral("Group");
    }
    const QString declared =
        resource.value(QStringLiteral("meta")).toObject().value(QStringLiteral("resourceType")).toString();
    if (declared.compare(QLatin1String("User"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("User");
    if (declared.compare(QLatin1String("Group"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("Group");
    return {};
}

} // namespace

Result<QList<ImportItem>> ScimJsonReader::read(const QByteArray& data)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return ScimError::badRequest(ScimType::InvalidSyntax, tr("The file is not JSON: %1 at character %2.")
                                                                  .arg(parseError.errorString())
                                                                  .arg(parseError.offset + 1));
    }
    QJsonArray resources;
    if (document.isArray()) {
        resources = document.array();
    } else if (document.object().contains(QStringLiteral("Resources"))) {
        resources = document.object().value(QStringLiteral("Resources")).toArray();
    } else if (!resourceTypeOf(document.object()).isEmpty()) {
        resources.append(document.object());
    } else {
        return ScimError::badRequest(ScimType::InvalidSyntax,
                                     tr("The file holds no SCIM resources: expected a ListResponse, an array "
                                        "of resources, or one User or Group."));
    }

    QList<ImportItem> users;
    QList<ImportItem> groups;
    for (qsizetype i = 0; i < resources.size(); ++i) {
        ImportItem item;
        item.line = int(i + 1);
        item.mode = ImportItem::Mode::Replace;
        const QJsonValue value = resources.at(i);
        if (!value.isObject()) {
            item.errors.append(tr("Resource %1 is not a JSON object.").arg(i + 1));
            users.append(item);
            continue;
        }
        item.attributes = value.toObject();
        item.sourceId = item.attributes.value(QStringLiteral("id")).toString();
        item.resourceType = resourceTypeOf(item.attributes);
        if (item.resourceType.isEmpty()) {
            item.errors.append(
                tr("Resource %1 is neither a User nor a Group (see its \"schemas\").").arg(i + 1));
            users.append(item);
        } else if (item.resourceType == QLatin1String("Group")) {
            groups.append(item);
        } else {
            users.append(item);
        }
    }
    return users + groups;
}

} // namespace muster
