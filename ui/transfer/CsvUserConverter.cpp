#include "transfer/CsvUserConverter.h"

#include "schema/SchemaUrns.h"

#include <QJsonArray>

namespace muster {

namespace {

std::optional<bool> parseBoolean(const QString& text)
{
    static const QStringList yes{QStringLiteral("yes"), QStringLiteral("y"),       QStringLiteral("true"),
                                 QStringLiteral("1"),   QStringLiteral("enabled"), QStringLiteral("active"),
                                 QStringLiteral("on")};
    static const QStringList no{QStringLiteral("no"), QStringLiteral("n"),        QStringLiteral("false"),
                                QStringLiteral("0"),  QStringLiteral("disabled"), QStringLiteral("inactive"),
                                QStringLiteral("off")};
    const QString folded = text.toLower();
    if (yes.contains(folded))
        return true;
    if (no.contains(folded))
        return false;
    return std::nullopt;
}

QJsonArray primaryWorkValue(const QString& value)
{
    return QJsonArray{QJsonObject{{QStringLiteral("value"), value},
                                  {QStringLiteral("type"), QStringLiteral("work")},
                                  {QStringLiteral("primary"), true}}};
}

} // namespace

ImportItem CsvUserConverter::toItem(const CsvRecord& record, const QList<CsvUserField>& mapping)
{
    ImportItem item;
    item.line = record.line;
    item.resourceType = QStringLiteral("User");
    item.mode = ImportItem::Mode::Merge;
    item.sourceFields = record.fields;
    if (record.fields.size() > mapping.size()) {
        item.errors.append(
            tr("The row has %1 fields, the header only %2.").arg(record.fields.size()).arg(mapping.size()));
    }
    QJsonObject name;
    QJsonObject enterprise;
    QJsonObject& json = item.attributes;
    for (qsizetype column = 0; column < mapping.size() && column < record.fields.size(); ++column) {
        const QString value = record.fields.at(column).trimmed();
        if (value.isEmpty())
            continue;
        switch (mapping.at(column)) {
        case CsvUserField::Ignore:
            break;
        case CsvUserField::UserName:
            json.insert(QStringLiteral("userName"), value);
            break;
        case CsvUserField::GivenName:
            name.insert(QStringLiteral("givenName"), value);
            break;
        case CsvUserField::FamilyName:
            name.insert(QStringLiteral("familyName"), value);
            break;
        case CsvUserField::DisplayName:
            json.insert(QStringLiteral("displayName"), value);
            break;
        case CsvUserField::Email:
            json.insert(QStringLiteral("emails"), primaryWorkValue(value));
            break;
        case CsvUserField::Phone:
            json.insert(QStringLiteral("phoneNumbers"), primaryWorkValue(value));
            break;
        case CsvUserField::Title:
            json.insert(QStringLiteral("title"), value);
            break;
        case CsvUserField::Department:
            enterprise.insert(QStringLiteral("department"), value);
            break;
        case CsvUserField::EmployeeNumber:
            enterprise.insert(QStringLiteral("employeeNumber"), value);
            break;
        case CsvUserField::Active:
            if (const std::optional<bool> active = parseBoolean(value))
                json.insert(QStringLiteral("active"), *active);
            else
                item.errors.append(tr("active: \"%1\" is neither yes nor no.").arg(value));
            break;
        case CsvUserField::ExternalId:
            json.insert(QStringLiteral("externalId"), value);
            break;
        case CsvUserField::Password:
            // Passwords keep their spaces: they are what the person typed.
            json.insert(QStringLiteral("password"), record.fields.at(column));
            break;
        case CsvUserField::Groups:
            item.groupNames = CsvUserFields::splitGroups(value);
            break;
        }
    }
    QJsonArray schemas{urns::User};
    if (!name.isEmpty())
        json.insert(QStringLiteral("name"), name);
    if (!enterprise.isEmpty()) {
        json.insert(urns::EnterpriseUser, enterprise);
        schemas.append(urns::EnterpriseUser);
    }
    json.insert(QStringLiteral("schemas"), schemas);
    return item;
}

QList<ImportItem> CsvUserConverter::toItems(const CsvTable& table, const QList<CsvUserField>& mapping)
{
    QList<ImportItem> items;
    items.reserve(table.records.size());
    for (const CsvRecord& record : table.records)
        items.append(toItem(record, mapping));
    return items;
}

} // namespace muster
