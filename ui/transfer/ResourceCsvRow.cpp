#include "transfer/ResourceCsvRow.h"

#include "schema/SchemaUrns.h"
#include "transfer/CsvUserField.h"

#include <QJsonArray>

namespace muster {

namespace {

const QString GroupType = QStringLiteral("Group");

QString primaryValue(const QJsonValue& elements)
{
    const QJsonArray array = elements.toArray();
    for (const QJsonValue& element : array) {
        if (element.toObject().value(QStringLiteral("primary")).toBool())
            return element.toObject().value(QStringLiteral("value")).toString();
    }
    return array.isEmpty() ? QString() : array.first().toObject().value(QStringLiteral("value")).toString();
}

QString joinedLabels(const QJsonValue& elements)
{
    QStringList labels;
    for (const QJsonValue& element : elements.toArray()) {
        const QJsonObject object = element.toObject();
        const QString display = object.value(QStringLiteral("display")).toString();
        labels.append(display.isEmpty() ? object.value(QStringLiteral("value")).toString() : display);
    }
    return labels.join(QStringLiteral("; "));
}

QString userField(CsvUserField field, const QJsonObject& json)
{
    const QJsonObject name = json.value(QStringLiteral("name")).toObject();
    const QJsonObject enterprise = json.value(urns::EnterpriseUser).toObject();
    switch (field) {
    case CsvUserField::Ignore:
    case CsvUserField::Password:
        return {};
    case CsvUserField::UserName:
        return json.value(QStringLiteral("userName")).toString();
    case CsvUserField::GivenName:
        return name.value(QStringLiteral("givenName")).toString();
    case CsvUserField::FamilyName:
        return name.value(QStringLiteral("familyName")).toString();
    case CsvUserField::DisplayName:
        return json.value(QStringLiteral("displayName")).toString();
    case CsvUserField::Email:
        return primaryValue(json.value(QStringLiteral("emails")));
    case CsvUserField::Phone:
        return primaryValue(json.value(QStringLiteral("phoneNumbers")));
    case CsvUserField::Title:
        return json.value(QStringLiteral("title")).toString();
    case CsvUserField::Department:
        return enterprise.value(QStringLiteral("department")).toString();
    case CsvUserField::EmployeeNumber:
        return enterprise.value(QStringLiteral("employeeNumber")).toString();
    case CsvUserField::Active: {
        const QJsonValue active = json.value(QStringLiteral("active"));
        return active.isBool() ? (active.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                               : QString();
    }
    case CsvUserField::ExternalId:
        return json.value(QStringLiteral("externalId")).toString();
    case CsvUserField::Groups:
        return joinedLabels(json.value(QStringLiteral("groups")));
    }
    return {};
}

QList<CsvUserField> exportedUserFields()
{
    QList<CsvUserField> fields = CsvUserFields::all();
    fields.removeAll(CsvUserField::Password);
    return fields;
}

} // namespace

QStringList ResourceCsvRow::header(const QString& resourceType)
{
    if (resourceType == GroupType) {
        return {QStringLiteral("displayName"), QStringLiteral("externalId"), QStringLiteral("members"),
                QStringLiteral("id")};
    }
    QStringList header;
    for (const CsvUserField field : exportedUserFields())
        header.append(CsvUserFields::key(field));
    header.append(QStringLiteral("id"));
    return header;
}

QStringList ResourceCsvRow::fields(const QString& resourceType, const Resource& resource)
{
    const QJsonObject& json = resource.json;
    if (resourceType == GroupType) {
        return {json.value(QStringLiteral("displayName")).toString(),
                json.value(QStringLiteral("externalId")).toString(),
                joinedLabels(json.value(QStringLiteral("members"))), resource.id};
    }
    QStringList row;
    for (const CsvUserField field : exportedUserFields())
        row.append(userField(field, json));
    row.append(resource.id);
    return row;
}

} // namespace muster
