#pragma once

#include "schema/SchemaUrns.h"

#include <QJsonArray>
#include <QJsonObject>

namespace muster::benchdata {

// A minimal user: what the smallest provisioning request carries.
inline QJsonObject minimalUser(int index)
{
    return QJsonObject{{QStringLiteral("schemas"), QJsonArray{urns::User}},
                       {QStringLiteral("userName"), QStringLiteral("user%1@example.com").arg(index)}};
}

// A simple user: userName, name, one email and active.
inline QJsonObject simpleUser(int index)
{
    return QJsonObject{
        {QStringLiteral("schemas"), QJsonArray{urns::User}},
        {QStringLiteral("userName"), QStringLiteral("user%1@example.com").arg(index)},
        {QStringLiteral("name"),
         QJsonObject{{QStringLiteral("givenName"), QStringLiteral("Given%1").arg(index)},
                     {QStringLiteral("familyName"), QStringLiteral("Family%1").arg(index)}}},
        {QStringLiteral("emails"),
         QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("user%1@example.com").arg(index)},
                                {QStringLiteral("type"), QStringLiteral("work")}}}},
        {QStringLiteral("active"), true},
    };
}

// A typical provisioned user: name, display name, two emails, a phone, title, active, externalId and
// the enterprise employeeNumber and department.
inline QJsonObject typicalUser(int index)
{
    const QString number = QString::number(index);
    return QJsonObject{
        {QStringLiteral("schemas"), QJsonArray{urns::User, urns::EnterpriseUser}},
        {QStringLiteral("userName"), QStringLiteral("user%1@example.com").arg(index)},
        {QStringLiteral("externalId"), QStringLiteral("ext-%1").arg(index)},
        {QStringLiteral("name"),
         QJsonObject{{QStringLiteral("givenName"), QStringLiteral("Given%1").arg(index)},
                     {QStringLiteral("familyName"), QStringLiteral("Family%1").arg(index)}}},
        {QStringLiteral("displayName"), QStringLiteral("Given%1 Family%1").arg(index)},
        {QStringLiteral("emails"),
         QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("user%1@example.com").arg(index)},
                                {QStringLiteral("type"), QStringLiteral("work")},
                                {QStringLiteral("primary"), true}},
                    QJsonObject{{QStringLiteral("value"), QStringLiteral("user%1@home.example").arg(index)},
                                {QStringLiteral("type"), QStringLiteral("home")}}}},
        {QStringLiteral("phoneNumbers"),
         QJsonArray{QJsonObject{
             {QStringLiteral("value"), QStringLiteral("+1 555 %1").arg(index, 7, 10, QLatin1Char('0'))},
             {QStringLiteral("type"), QStringLiteral("work")}}}},
        {QStringLiteral("title"), QStringLiteral("Engineer")},
        {QStringLiteral("active"), true},
        {urns::EnterpriseUser, QJsonObject{{QStringLiteral("employeeNumber"), number},
                                           {QStringLiteral("department"),
                                            index % 2 ? QStringLiteral("Sales") : QStringLiteral("R&D")}}},
    };
}

// Every core attribute and the enterprise extension.
inline QJsonObject fullUser(int index)
{
    QJsonObject user = typicalUser(index);
    QJsonObject name = user.value(QStringLiteral("name")).toObject();
    name.insert(QStringLiteral("formatted"), QStringLiteral("Ms. Given Middle Family III"));
    name.insert(QStringLiteral("middleName"), QStringLiteral("Middle"));
    name.insert(QStringLiteral("honorificPrefix"), QStringLiteral("Ms."));
    name.insert(QStringLiteral("honorificSuffix"), QStringLiteral("III"));
    user.insert(QStringLiteral("name"), name);
    user.insert(QStringLiteral("nickName"), QStringLiteral("Nick"));
    user.insert(QStringLiteral("profileUrl"), QStringLiteral("https://login.example.com/user%1").arg(index));
    user.insert(QStringLiteral("userType"), QStringLiteral("Employee"));
    user.insert(QStringLiteral("preferredLanguage"), QStringLiteral("en-US"));
    user.insert(QStringLiteral("locale"), QStringLiteral("en-US"));
    user.insert(QStringLiteral("timezone"), QStringLiteral("America/Los_Angeles"));
    user.insert(QStringLiteral("ims"),
                QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("someaimhandle")},
                                       {QStringLiteral("type"), QStringLiteral("aim")}}});
    user.insert(
        QStringLiteral("photos"),
        QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("https://photos.example.com/p/1")},
                               {QStringLiteral("type"), QStringLiteral("photo")}}});
    user.insert(
        QStringLiteral("addresses"),
        QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("work")},
                               {QStringLiteral("streetAddress"), QStringLiteral("100 Universal City Plaza")},
                               {QStringLiteral("locality"), QStringLiteral("Hollywood")},
                               {QStringLiteral("region"), QStringLiteral("CA")},
                               {QStringLiteral("postalCode"), QStringLiteral("91608")},
                               {QStringLiteral("country"), QStringLiteral("US")},
                               {QStringLiteral("primary"), true}}});
    user.insert(QStringLiteral("entitlements"),
                QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("vpn")}}});
    user.insert(QStringLiteral("roles"),
                QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("admin")}}});
    user.insert(
        QStringLiteral("x509Certificates"),
        QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("TUlJRERqQ0NBbjhDQ0FOQ0FRQUE=")}}});
    QJsonObject enterprise = user.value(urns::EnterpriseUser).toObject();
    enterprise.insert(QStringLiteral("costCenter"), QStringLiteral("4130"));
    enterprise.insert(QStringLiteral("organization"), QStringLiteral("Universal Studios"));
    enterprise.insert(QStringLiteral("division"), QStringLiteral("Theme Park"));
    user.insert(urns::EnterpriseUser, enterprise);
    return user;
}

} // namespace muster::benchdata
