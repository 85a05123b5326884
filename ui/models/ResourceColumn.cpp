#include "models/ResourceColumn.h"

#include "schema/SchemaUrns.h"

namespace muster {

QString ResourceColumn::sortPath() const
{
    return kind == Kind::PrimaryValue ? path + QStringLiteral(".value") : path;
}

QList<ResourceColumn> ResourceColumn::userColumns()
{
    const QString enterprise = urns::EnterpriseUser + u':';
    return {
        {QStringLiteral("userName"), tr("User name"), QStringLiteral("userName")},
        {QStringLiteral("displayName"), tr("Display name"), QStringLiteral("displayName")},
        {QStringLiteral("givenName"), tr("Given name"), QStringLiteral("name.givenName")},
        {QStringLiteral("familyName"), tr("Family name"), QStringLiteral("name.familyName")},
        {QStringLiteral("email"), tr("Email"), QStringLiteral("emails"), Kind::PrimaryValue},
        {QStringLiteral("active"), tr("Active"), QStringLiteral("active"), Kind::Boolean},
        {QStringLiteral("department"), tr("Department"), enterprise + QStringLiteral("department")},
        {QStringLiteral("title"), tr("Title"), QStringLiteral("title"), Kind::Text, false},
        {QStringLiteral("externalId"), tr("External ID"), QStringLiteral("externalId"), Kind::Text, false},
        {QStringLiteral("lastModified"), tr("Last modified"), QStringLiteral("meta.lastModified"),
         Kind::DateTime},
    };
}

QList<ResourceColumn> ResourceColumn::groupColumns()
{
    return {
        {QStringLiteral("displayName"), tr("Name"), QStringLiteral("displayName")},
        {QStringLiteral("members"), tr("Members"), QStringLiteral("members"), Kind::MemberCount},
        {QStringLiteral("externalId"), tr("External ID"), QStringLiteral("externalId"), Kind::Text, false},
        {QStringLiteral("lastModified"), tr("Last modified"), QStringLiteral("meta.lastModified"),
         Kind::DateTime},
    };
}

} // namespace muster
