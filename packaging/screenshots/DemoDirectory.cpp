#include "DemoDirectory.h"

#include "query/FilterParser.h"
#include "schema/SchemaUrns.h"

#include <QJsonArray>
#include <QMap>

namespace muster {

namespace {

struct Person {
    const char* given;
    const char* family;
    const char* department;
    const char* title;
};

// Department, then title: a believable org chart.
constexpr Person Staff[] = {
    {"Amelia", "Hart", "Engineering", "VP Engineering"},
    {"Noah", "Okafor", "Engineering", "Staff Engineer"},
    {"Priya", "Raman", "Engineering", "Senior Engineer"},
    {"Lukas", "Becker", "Engineering", "Engineer"},
    {"Sofia", "Marino", "Engineering", "Engineer"},
    {"Daniel", "Kim", "Engineering", "Site Reliability Engineer"},
    {"Hannah", "Schultz", "Engineering", "QA Engineer"},
    {"Mateo", "Alvarez", "Engineering", "Engineer"},
    {"Grace", "Liu", "Engineering", "Engineering Manager"},
    {"Oliver", "Brennan", "Sales", "Head of Sales"},
    {"Chloe", "Dubois", "Sales", "Account Executive"},
    {"Ethan", "Walsh", "Sales", "Account Executive"},
    {"Isabella", "Rossi", "Sales", "Sales Engineer"},
    {"Jacob", "Nowak", "Sales", "Account Manager"},
    {"Mia", "Fischer", "Sales", "Sales Development Rep"},
    {"Liam", "O'Connor", "Finance", "CFO"},
    {"Ava", "Lindqvist", "Finance", "Controller"},
    {"William", "Tanaka", "Finance", "Accountant"},
    {"Emily", "Novak", "Finance", "Payroll Specialist"},
    {"James", "Adeyemi", "Customer Support", "Support Lead"},
    {"Zoe", "Papadopoulos", "Customer Support", "Support Specialist"},
    {"Benjamin", "Moreau", "Customer Support", "Support Specialist"},
    {"Lily", "Johansson", "Customer Support", "Support Specialist"},
    {"Samuel", "Haddad", "Marketing", "Head of Marketing"},
    {"Ella", "Fernandes", "Marketing", "Content Strategist"},
    {"Henry", "Kowalski", "Marketing", "Designer"},
    {"Aria", "Sato", "Marketing", "Marketing Analyst"},
    {"Jack", "Murphy", "People", "People Partner"},
    {"Nora", "Eriksen", "People", "Recruiter"},
    {"Leo", "Costa", "IT", "IT Administrator"},
    {"Ruby", "Chen", "IT", "Security Engineer"},
    {"Oscar", "Petrov", "IT", "Help Desk"},
    {"Maya", "Goldberg", "Engineering", "Engineer"},
    {"Felix", "Andersen", "Sales", "Account Executive"},
    {"Clara", "Weber", "Finance", "Financial Analyst"},
    {"Theo", "Lambert", "Customer Support", "Support Specialist"},
};

constexpr Person Subsidiary[] = {
    {"Julien", "Girard", "Sales", "Country Manager"},
    {"Elena", "Vasquez", "Sales", "Account Executive"},
    {"Matteo", "Ricci", "Customer Support", "Support Specialist"},
    {"Ingrid", "Halvorsen", "Finance", "Accountant"},
    {"Pieter", "de Vries", "Engineering", "Engineer"},
    {"Anna", "Kowalczyk", "Marketing", "Marketing Manager"},
};

QString userNameOf(const Person& person, const QString& domain)
{
    return (QString::fromUtf8(person.given) + u'.' + QString::fromUtf8(person.family))
               .toLower()
               .remove(u' ')
               .remove(u'\'') +
           u'@' + domain;
}

QJsonObject userJson(const Person& person, const QString& domain, int index)
{
    const QString given = QString::fromUtf8(person.given);
    const QString family = QString::fromUtf8(person.family);
    const QString email = userNameOf(person, domain);
    return QJsonObject{
        {QStringLiteral("schemas"), QJsonArray{urns::User, urns::EnterpriseUser}},
        {QStringLiteral("userName"), email},
        {QStringLiteral("externalId"), QStringLiteral("00u%1a7x").arg(1000 + index * 37)},
        {QStringLiteral("name"),
         QJsonObject{{QStringLiteral("givenName"), given}, {QStringLiteral("familyName"), family}}},
        {QStringLiteral("displayName"), QString(given + u' ' + family)},
        {QStringLiteral("title"), QString::fromUtf8(person.title)},
        // One in nine has left and waits for deprovisioning.
        {QStringLiteral("active"), index % 9 != 7},
        {QStringLiteral("emails"), QJsonArray{QJsonObject{{QStringLiteral("value"), email},
                                                          {QStringLiteral("type"), QStringLiteral("work")},
                                                          {QStringLiteral("primary"), true}}}},
        {QStringLiteral("phoneNumbers"),
         QJsonArray{
             QJsonObject{{QStringLiteral("value"),
                          QStringLiteral("+1 415 555 %1").arg(100 + index * 7, 4, 10, QLatin1Char('0'))},
                         {QStringLiteral("type"), QStringLiteral("work")}}}},
        {urns::EnterpriseUser,
         QJsonObject{{QStringLiteral("employeeNumber"), QString::number(4100 + index)},
                     {QStringLiteral("department"), QString::fromUtf8(person.department)},
                     {QStringLiteral("costCenter"),
                      QStringLiteral("CC-%1").arg(QString::fromUtf8(person.department).left(3).toUpper())}}},
    };
}

// Creates the people of a tenant and a group per department plus the cross-cutting ones.
template <qsizetype N>
Status seedTenant(Directory& directory, const QString& tenant, const Person (&people)[N],
                  const QString& domain, bool withAdminGroups)
{
    const OperationContext context{tenant, QStringLiteral("token:okta")};
    QMap<QString, QJsonArray> departments;
    QJsonArray everyone;
    QJsonArray admins;
    QJsonArray vpn;
    for (qsizetype i = 0; i < N; ++i) {
        const Result<Resource> user =
            directory.create(context, QStringLiteral("User"), userJson(people[i], domain, int(i)));
        if (!user)
            return user.error();
        const QJsonObject member{{QStringLiteral("value"), user->id}};
        departments[QString::fromUtf8(people[i].department)].append(member);
        everyone.append(member);
        if (QLatin1String(people[i].department) == QLatin1String("IT"))
            admins.append(member);
        if (QLatin1String(people[i].department) == QLatin1String("Engineering") ||
            QLatin1String(people[i].department) == QLatin1String("IT"))
            vpn.append(member);
    }
    QMap<QString, QJsonArray> groups = departments;
    groups.insert(QStringLiteral("All Staff"), everyone);
    if (withAdminGroups) {
        groups.insert(QStringLiteral("Directory Admins"), admins);
        groups.insert(QStringLiteral("VPN Users"), vpn);
    }
    int groupNumber = 0;
    for (auto it = groups.constBegin(); it != groups.constEnd(); ++it) {
        const Result<Resource> group = directory.create(
            context, QStringLiteral("Group"),
            {{QStringLiteral("schemas"), QJsonArray{urns::Group}},
             {QStringLiteral("displayName"), it.key()},
             {QStringLiteral("externalId"), QStringLiteral("00g%1").arg(7301 + 13 * groupNumber++)},
             {QStringLiteral("members"), it.value()}});
        if (!group)
            return group.error();
    }
    return {};
}

} // namespace

Status DemoDirectory::seed(Directory& directory)
{
    if (Status seeded = seedTenant(directory, ResourceStore::DefaultTenant, Staff,
                                   QStringLiteral("northwind.example"), true);
        !seeded)
        return seeded;
    if (Status created = directory.createTenant(QString::fromLatin1(SecondTenant)); !created)
        return created;
    return seedTenant(directory, QString::fromLatin1(SecondTenant), Subsidiary,
                      QStringLiteral("fabrikam.example"), false);
}

QString DemoDirectory::featuredUser(const Directory& directory)
{
    Query query;
    query.resourceType = QStringLiteral("User");
    query.filter =
        FilterParser::parse(QStringLiteral("userName eq \"priya.raman@northwind.example\"")).value();
    const auto found = directory.query({ResourceStore::DefaultTenant, QString()}, query);
    return found && !found->resources.isEmpty() ? found->resources.first().id : QString();
}

} // namespace muster
