#include "editor/AttributeLabels.h"

#include "schema/SchemaUrns.h"

#include <QHash>

namespace muster {

QString AttributeLabels::attribute(const QString& name)
{
    // Built on each call so that a translator loaded later applies.
    const QHash<QString, QString> labels{
        {QStringLiteral("userName"), tr("User name")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("formatted"), tr("Formatted")},
        {QStringLiteral("familyName"), tr("Family name")},
        {QStringLiteral("givenName"), tr("Given name")},
        {QStringLiteral("middleName"), tr("Middle name")},
        {QStringLiteral("honorificPrefix"), tr("Honorific prefix")},
        {QStringLiteral("honorificSuffix"), tr("Honorific suffix")},
        {QStringLiteral("displayName"), tr("Display name")},
        {QStringLiteral("nickName"), tr("Nickname")},
        {QStringLiteral("profileUrl"), tr("Profile URL")},
        {QStringLiteral("title"), tr("Title")},
        {QStringLiteral("userType"), tr("User type")},
        {QStringLiteral("preferredLanguage"), tr("Preferred language")},
        {QStringLiteral("locale"), tr("Locale")},
        {QStringLiteral("timezone"), tr("Time zone")},
        {QStringLiteral("active"), tr("Active (may sign in)")},
        {QStringLiteral("password"), tr("Password")},
        {QStringLiteral("emails"), tr("E-mail addresses")},
        {QStringLiteral("phoneNumbers"), tr("Phone numbers")},
        {QStringLiteral("ims"), tr("Instant messaging")},
        {QStringLiteral("photos"), tr("Photos")},
        {QStringLiteral("addresses"), tr("Addresses")},
        {QStringLiteral("entitlements"), tr("Entitlements")},
        {QStringLiteral("roles"), tr("Roles")},
        {QStringLiteral("x509Certificates"), tr("X.509 certificates")},
        {QStringLiteral("externalId"), tr("External ID")},
        {QStringLiteral("value"), tr("Value")},
        {QStringLiteral("display"), tr("Display")},
        {QStringLiteral("type"), tr("Type")},
        {QStringLiteral("primary"), tr("Primary")},
        {QStringLiteral("streetAddress"), tr("Street")},
        {QStringLiteral("locality"), tr("City")},
        {QStringLiteral("region"), tr("Region")},
        {QStringLiteral("postalCode"), tr("Postal code")},
        {QStringLiteral("country"), tr("Country")},
        {QStringLiteral("employeeNumber"), tr("Employee number")},
        {QStringLiteral("costCenter"), tr("Cost center")},
        {QStringLiteral("organization"), tr("Organization")},
        {QStringLiteral("division"), tr("Division")},
        {QStringLiteral("department"), tr("Department")},
        {QStringLiteral("manager"), tr("Manager")},
        {QStringLiteral("members"), tr("Members")},
    };
    return labels.value(name, fromName(name));
}

QString AttributeLabels::schema(const Schema& schema)
{
    if (schema.id.compare(urns::EnterpriseUser, Qt::CaseInsensitive) == 0)
        return tr("Enterprise");
    if (schema.id.compare(urns::User, Qt::CaseInsensitive) == 0)
        return tr("User");
    if (schema.id.compare(urns::Group, Qt::CaseInsensitive) == 0)
        return tr("Group");
    return schema.name.isEmpty() ? schema.id.section(u':', -1) : schema.name;
}

QString AttributeLabels::fromName(const QString& name)
{
    QString label;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (i == 0) {
            label.append(c.toUpper());
        } else if (c.isUpper() && !name.at(i - 1).isUpper()) {
            label.append(u' ');
            label.append(c.toLower());
        } else {
            label.append(c);
        }
    }
    return label;
}

} // namespace muster
