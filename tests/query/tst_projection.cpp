#include "QueryFixture.h"
#include "query/Projection.h"
#include "schema/SchemaUrns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace muster;
using namespace muster::queryfixture;

namespace {

QString shortName(const QString& key)
{
    if (key == urns::EnterpriseUser)
        return QStringLiteral("ent");
    if (key == ProfileUrn)
        return QStringLiteral("prof");
    return key;
}

void flattenInto(const QString& prefix, const QJsonValue& value, QStringList& paths)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            paths.append(prefix + u'.' + it.key());
        return;
    }
    if (value.isArray() && !value.toArray().isEmpty() && value.toArray().first().isObject()) {
        for (const QJsonValue& element : value.toArray())
            flattenInto(prefix, element, paths);
        return;
    }
    paths.append(prefix);
}

// The shape of a resource as a sorted list of paths: "userName", "name.givenName", "emails.value"
// (union over elements), "ent:department", "ent:manager.value", "prof:devices.kind".
QStringList shape(const QJsonObject& resource)
{
    QStringList paths;
    for (auto it = resource.begin(); it != resource.end(); ++it) {
        if (it.key() == urns::EnterpriseUser || it.key() == ProfileUrn) {
            const QJsonObject extension = it.value().toObject();
            for (auto inner = extension.begin(); inner != extension.end(); ++inner)
                flattenInto(shortName(it.key()) + u':' + inner.key(), inner.value(), paths);
        } else {
            flattenInto(it.key(), it.value(), paths);
        }
    }
    paths.sort();
    paths.removeDuplicates();
    return paths;
}

QStringList list(const char* commaSeparated)
{
    return idList(QString::fromUtf8(commaSeparated));
}

QStringList sorted(QStringList paths)
{
    paths.sort();
    return paths;
}

} // namespace

class TestProjection : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<SchemaRegistry> m_registry;
    QList<QJsonObject> m_users;

    QJsonObject user(const QString& id) const
    {
        for (const QJsonObject& resource : m_users) {
            if (resource.value(QLatin1String("id")).toString() == id)
                return resource;
        }
        return {};
    }

    QJsonObject project(const QStringList& attributes, const QStringList& excluded,
                        const QJsonObject& resource)
    {
        const auto projection = Projection::create(*m_registry, *m_registry->resourceType(u"User"),
                                                   ProjectionSpec{attributes, excluded});
        if (!projection) {
            qWarning("%s", qPrintable(projection.error().detail));
            return {};
        }
        return projection->apply(resource);
    }

    // exact: the projected shape is `present`; otherwise it contains `present` and none of `absent`.
    static void addRow(const char* name, const char* id, const char* attributes, const char* excluded,
                       bool exact, const char* present, const char* absent = "")
    {
        QTest::newRow(name) << QString::fromUtf8(id) << list(attributes) << list(excluded) << exact
                            << list(present) << list(absent);
    }

private slots:
    void initTestCase()
    {
        m_registry = registry();
        QVERIFY(m_registry);
        m_users = resources(QStringLiteral("users.json"));
        QCOMPARE(m_users.size(), 5);
    }

    void shapes_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("attributes");
        QTest::addColumn<QStringList>("excluded");
        QTest::addColumn<bool>("exact");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");

        // Nothing asked: "default" and "always" attributes, never "request" or "never" ones.
        addRow(
            "default", "u1", "", "", false,
            "id,schemas,externalId,userName,name.givenName,emails.value,emails.type,emails.primary,"
            "meta.lastModified,meta.version,ent:department,ent:manager.value,prof:level,prof:devices.value,"
            "prof:contact.phone,prof:tenantKey",
            "password,prof:badgeCode,prof:pin,prof:devices.token,prof:contact.secret");
        // attributes: the minimum set (returned "always": id, schemas, prof:tenantKey) plus what is named
        addRow("userName", "u1", "userName", "", true, "id,schemas,userName,prof:tenantKey");
        addRow("names are case-insensitive", "u1", "USERNAME", "", true,
               "id,schemas,userName,prof:tenantKey");
        addRow("sub-attribute", "u1", "name.givenName", "", true, "id,schemas,name.givenName,prof:tenantKey");
        addRow("several", "u1", "name.givenName,name.familyName,displayName", "", true,
               "id,schemas,name.givenName,name.familyName,displayName,prof:tenantKey");
        addRow("multi-valued sub-attribute", "u1", "emails.value", "", true,
               "id,schemas,emails.value,prof:tenantKey");
        addRow("multi-valued complex", "u1", "emails", "", true,
               "id,schemas,emails.value,emails.type,emails.primary,prof:tenantKey");
        addRow("meta sub-attribute", "u1", "meta.lastModified", "", true,
               "id,schemas,meta.lastModified,prof:tenantKey");
        addRow("meta", "u1", "meta", "", true,
               "id,schemas,meta.resourceType,meta.created,meta.lastModified,meta.version,prof:tenantKey");
        addRow("whole extension", "u1", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", "",
               true,
               "id,schemas,ent:employeeNumber,ent:costCenter,ent:organization,ent:division,ent:department,"
               "ent:manager.value,ent:manager.displayName,prof:tenantKey");
        addRow("qualified extension attribute", "u1",
               "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department", "", true,
               "id,schemas,ent:department,prof:tenantKey");
        addRow("unqualified extension attribute", "u1", "department", "", true,
               "id,schemas,ent:department,prof:tenantKey");
        addRow("extension sub-attribute", "u1",
               "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.displayName", "", true,
               "id,schemas,ent:manager.displayName,prof:tenantKey");
        addRow("core URN qualified", "u1", "urn:ietf:params:scim:schemas:core:2.0:User:name.familyName", "",
               true, "id,schemas,name.familyName,prof:tenantKey");
        addRow(
            "whole core schema", "u1", "urn:ietf:params:scim:schemas:core:2.0:User", "", false,
            "id,schemas,userName,externalId,emails.value,meta.created,x509Certificates.value,prof:tenantKey",
            "password,ent:department,prof:level");
        addRow("never returned even if asked", "u1", "password,pin,contact.pinHash", "", true,
               "id,schemas,prof:tenantKey");
        addRow("request attribute when asked", "u1", "badgeCode", "", true,
               "id,schemas,prof:badgeCode,prof:tenantKey");
        addRow("request sub-attribute when asked", "u1", "devices.token", "", true,
               "id,schemas,prof:devices.token,prof:tenantKey");
        addRow("complex named keeps its request sub-attributes", "u1", "devices", "", true,
               "id,schemas,prof:devices.value,prof:devices.kind,prof:devices.lastSeen,prof:devices.primary,"
               "prof:devices.token,prof:tenantKey");
        addRow("single complex named", "u1", "contact", "", true,
               "id,schemas,prof:contact.phone,prof:contact.secret,prof:tenantKey");
        addRow("whole test extension", "u1", "urn:example:params:scim:schemas:extension:profile:2.0:User", "",
               false,
               "id,schemas,prof:level,prof:badgeCode,prof:devices.token,prof:contact.secret,prof:tenantKey",
               "prof:pin,userName,ent:department");
        addRow("unknown names ignored", "u1", "nosuch,userName,urn:x:y:z,emails[type eq \"work\"]", "", true,
               "id,schemas,userName,prof:tenantKey");
        addRow("always attribute asked", "u1", "id", "", true, "id,schemas,prof:tenantKey");
        addRow("elements left empty are dropped", "u2", "devices.token", "", true,
               "id,schemas,prof:tenantKey");
        addRow("no extension at all", "u4", "userName", "", true, "id,schemas,userName");
        addRow("attributes wins over excludedAttributes", "u1", "userName", "userName,id", true,
               "id,schemas,userName,prof:tenantKey");
        // excludedAttributes: the default set minus what is named, "always" ones kept
        addRow("exclude multi-valued", "u1", "", "emails", false,
               "id,userName,phoneNumbers.value,ent:department", "emails.value,emails.type,emails.primary");
        addRow("exclude sub-attribute", "u1", "", "name.givenName", false, "name.familyName,name.formatted",
               "name.givenName");
        addRow("exclude multi-valued sub-attribute", "u1", "", "emails.value", false,
               "emails.type,emails.primary", "emails.value");
        addRow("exclude always", "u1", "", "id,schemas,tenantKey", false, "id,schemas,prof:tenantKey");
        addRow("exclude whole extension", "u1", "",
               "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", false, "userName,prof:level",
               "ent:department,ent:manager.value,ent:employeeNumber,ent:costCenter,ent:organization,ent:"
               "division");
        addRow("exclude extension keeps always", "u1", "",
               "urn:example:params:scim:schemas:extension:profile:2.0:User", false,
               "prof:tenantKey,ent:department", "prof:level,prof:devices.value,prof:contact.phone");
        addRow("exclude meta", "u1", "", "meta", false, "id,userName",
               "meta.created,meta.lastModified,meta.resourceType,meta.version");
        addRow("exclude meta sub-attribute", "u1", "", "meta.version", false, "meta.created", "meta.version");
        addRow("exclude every sub-attribute", "u1", "",
               "name.givenName,name.familyName,name.formatted,name.middleName,name.honorificPrefix,"
               "name.honorificSuffix",
               false, "userName",
               "name,name.givenName,name.familyName,name.formatted,name.middleName,name.honorificPrefix,"
               "name.honorificSuffix");
        addRow("exclude extension attribute", "u5", "", "department", false, "ent:manager.value",
               "ent:department");
        addRow("exclude unknown; empty multi-valued dropped", "u5", "", "nosuch", true,
               "id,schemas,externalId,userName,name.familyName,displayName,active,emails.value,emails.type,"
               "ent:department,ent:manager.value,prof:level,prof:score,prof:serial,"
               "meta.resourceType,meta.created,meta.lastModified,meta.version");
    }

    void shapes()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, attributes);
        QFETCH(QStringList, excluded);
        QFETCH(bool, exact);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        const QJsonObject source = user(id);
        QVERIFY(!source.isEmpty());
        const QStringList actual = shape(project(attributes, excluded, source));
        if (exact) {
            QCOMPARE(actual, sorted(present));
            return;
        }
        for (const QString& path : std::as_const(present))
            QVERIFY2(actual.contains(path),
                     qPrintable(path + QStringLiteral(" missing from ") + actual.join(u' ')));
        for (const QString& path : std::as_const(absent))
            QVERIFY2(!actual.contains(path),
                     qPrintable(path + QStringLiteral(" present in ") + actual.join(u' ')));
    }

    // "schemas" names the core schema and exactly the extensions whose objects are in the output.
    void schemasInStep_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("attributes");
        QTest::addColumn<QStringList>("excluded");
        QTest::addColumn<QStringList>("expected");
        const QString core = urns::User;
        QTest::addRow("default") << QStringLiteral("u1") << QStringList() << QStringList()
                                 << QStringList{core, urns::EnterpriseUser, ProfileUrn};
        QTest::addRow("always extension attribute stays")
            << QStringLiteral("u1") << QStringList{QStringLiteral("userName")} << QStringList()
            << QStringList{core, ProfileUrn};
        QTest::addRow("extension gone") << QStringLiteral("u3") << QStringList{QStringLiteral("userName")}
                                        << QStringList() << QStringList{core};
        QTest::addRow("extension excluded")
            << QStringLiteral("u1") << QStringList() << QStringList{urns::EnterpriseUser}
            << QStringList{core, ProfileUrn};
        QTest::addRow("extension attribute asked")
            << QStringLiteral("u5") << QStringList{QStringLiteral("department")} << QStringList()
            << QStringList{core, urns::EnterpriseUser};
        QTest::addRow("extension emptied by exclusion")
            << QStringLiteral("u5") << QStringList()
            << QStringList{QStringLiteral("department"), QStringLiteral("manager")}
            << QStringList{core, ProfileUrn};
    }

    void schemasInStep()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, attributes);
        QFETCH(QStringList, excluded);
        QFETCH(QStringList, expected);
        const QJsonObject projected = project(attributes, excluded, user(id));
        QCOMPARE(projected.value(QLatin1String("schemas")).toArray().toVariantList(),
                 QJsonArray::fromStringList(expected).toVariantList());
        for (const QString& urn : {urns::EnterpriseUser, ProfileUrn})
            QCOMPARE(projected.contains(urn), expected.contains(urn));
    }

    void schemasListsExtensionObjectsPresent()
    {
        const QJsonObject resource{
            {QStringLiteral("schemas"), QJsonArray{urns::User}},
            {QStringLiteral("id"), QStringLiteral("x")},
            {urns::EnterpriseUser, QJsonObject{{QStringLiteral("department"), QStringLiteral("Ops")}}},
        };
        const QJsonObject projected = project({}, {}, resource);
        QCOMPARE(projected.value(QLatin1String("schemas")).toArray(),
                 (QJsonArray{urns::User, urns::EnterpriseUser}));
    }

    // Projection selects; it never alters the values it keeps.
    void valuesUnchanged()
    {
        const QJsonObject source = user(QStringLiteral("u1"));
        const QJsonObject all = project({}, {}, source);
        for (const QString& key :
             {QStringLiteral("userName"), QStringLiteral("emails"), QStringLiteral("name"),
              QStringLiteral("meta"), QStringLiteral("addresses"), urns::EnterpriseUser}) {
            QCOMPARE(all.value(key), source.value(key));
        }
        const QJsonObject emails = project({QStringLiteral("emails.value")}, {}, source);
        QCOMPARE(emails.value(QLatin1String("emails")),
                 QJsonValue(
                     QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("bjensen@example.com")}},
                                QJsonObject{{QStringLiteral("value"), QStringLiteral("babs@jensen.org")}}}));
        QVERIFY(!all.contains(QLatin1String("password")));
    }

    void reusable()
    {
        const auto projection = Projection::create(*m_registry, *m_registry->resourceType(u"User"),
                                                   ProjectionSpec{{QStringLiteral("userName")}, {}});
        QVERIFY(projection.ok());
        for (const QJsonObject& resource : std::as_const(m_users)) {
            const QJsonObject projected = projection->apply(resource);
            QCOMPARE(projected.value(QLatin1String("userName")), resource.value(QLatin1String("userName")));
            QCOMPARE(projected.value(QLatin1String("id")), resource.value(QLatin1String("id")));
            QVERIFY(!projected.contains(QLatin1String("emails")));
        }
    }
};

QTEST_GUILESS_MAIN(TestProjection)
#include "tst_projection.moc"
