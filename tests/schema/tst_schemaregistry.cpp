#include "schema/SchemaRegistry.h"
#include "schema/SchemaUrns.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace muster;

namespace {

// The error detail of a failed result, empty for a success (QVERIFY2 evaluates its message eagerly).
template <typename T>
QString detailOf(const Result<T>& result)
{
    return result ? QString() : result.error().detail;
}

AttributeDefinition namedAttribute(const QString& name)
{
    AttributeDefinition definition;
    definition.name = name;
    return definition;
}

// What RFC 7643 says about one attribute; the defaults are those of §2.2.
struct Expected {
    QString path;
    AttributeType type = AttributeType::String;
    bool multiValued = false;
    bool required = false;
    bool caseExact = false;
    Mutability mutability = Mutability::ReadWrite;
    Returned returned = Returned::Default;
    Uniqueness uniqueness = Uniqueness::None;
    QStringList canonicalValues = {};
    QStringList referenceTypes = {};
};

// The RFC's value/display/type/primary pattern of multi-valued attributes (§2.4).
QList<Expected> multiValuedPattern(const QString& name, const QStringList& typeValues,
                                   AttributeType valueType = AttributeType::String,
                                   const QStringList& valueReferenceTypes = {})
{
    return {
        {.path = name, .type = AttributeType::Complex, .multiValued = true},
        {.path = name + QStringLiteral(".value"), .type = valueType, .referenceTypes = valueReferenceTypes},
        {.path = name + QStringLiteral(".display")},
        {.path = name + QStringLiteral(".type"), .canonicalValues = typeValues},
        {.path = name + QStringLiteral(".primary"), .type = AttributeType::Boolean},
    };
}

QStringList strings(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list.append(QString::fromLatin1(item));
    return list;
}

QString commonKey()
{
    return QStringLiteral("(common)");
}

// RFC 7643 §4.1, §8.7.1 (User), §4.2 (Group), §4.3 (Enterprise User) and §3.1 (common attributes).
QList<std::pair<QString, Expected>> expectedAttributes()
{
    QList<Expected> user{
        {.path = QStringLiteral("userName"), .required = true, .uniqueness = Uniqueness::Server},
        {.path = QStringLiteral("name"), .type = AttributeType::Complex},
        {.path = QStringLiteral("name.formatted")},
        {.path = QStringLiteral("name.familyName")},
        {.path = QStringLiteral("name.givenName")},
        {.path = QStringLiteral("name.middleName")},
        {.path = QStringLiteral("name.honorificPrefix")},
        {.path = QStringLiteral("name.honorificSuffix")},
        {.path = QStringLiteral("displayName")},
        {.path = QStringLiteral("nickName")},
        {.path = QStringLiteral("profileUrl"),
         .type = AttributeType::Reference,
         .referenceTypes = strings({"external"})},
        {.path = QStringLiteral("title")},
        {.path = QStringLiteral("userType")},
        {.path = QStringLiteral("preferredLanguage")},
        {.path = QStringLiteral("locale")},
        {.path = QStringLiteral("timezone")},
        {.path = QStringLiteral("active"), .type = AttributeType::Boolean},
        {.path = QStringLiteral("password"),
         .mutability = Mutability::WriteOnly,
         .returned = Returned::Never},
    };
    user += multiValuedPattern(QStringLiteral("emails"), strings({"work", "home", "other"}));
    user += multiValuedPattern(QStringLiteral("phoneNumbers"),
                               strings({"work", "home", "mobile", "fax", "pager", "other"}));
    user += multiValuedPattern(QStringLiteral("ims"),
                               strings({"aim", "gtalk", "icq", "xmpp", "msn", "skype", "qq", "yahoo"}));
    user += multiValuedPattern(QStringLiteral("photos"), strings({"photo", "thumbnail"}),
                               AttributeType::Reference, strings({"external"}));
    user += QList<Expected>{
        {.path = QStringLiteral("addresses"), .type = AttributeType::Complex, .multiValued = true},
        {.path = QStringLiteral("addresses.formatted")},
        {.path = QStringLiteral("addresses.streetAddress")},
        {.path = QStringLiteral("addresses.locality")},
        {.path = QStringLiteral("addresses.region")},
        {.path = QStringLiteral("addresses.postalCode")},
        {.path = QStringLiteral("addresses.country")},
        {.path = QStringLiteral("addresses.type"), .canonicalValues = strings({"work", "home", "other"})},
        {.path = QStringLiteral("addresses.primary"), .type = AttributeType::Boolean},
        {.path = QStringLiteral("groups"),
         .type = AttributeType::Complex,
         .multiValued = true,
         .mutability = Mutability::ReadOnly},
        {.path = QStringLiteral("groups.value"), .mutability = Mutability::ReadOnly},
        {.path = QStringLiteral("groups.$ref"),
         .type = AttributeType::Reference,
         .mutability = Mutability::ReadOnly,
         .referenceTypes = strings({"User", "Group"})},
        {.path = QStringLiteral("groups.display"), .mutability = Mutability::ReadOnly},
        {.path = QStringLiteral("groups.type"),
         .mutability = Mutability::ReadOnly,
         .canonicalValues = strings({"direct", "indirect"})},
    };
    user += multiValuedPattern(QStringLiteral("entitlements"), {});
    user += multiValuedPattern(QStringLiteral("roles"), {});
    user += multiValuedPattern(QStringLiteral("x509Certificates"), {}, AttributeType::Binary);

    const QList<Expected> group{
        {.path = QStringLiteral("displayName"), .required = true},
        {.path = QStringLiteral("members"), .type = AttributeType::Complex, .multiValued = true},
        {.path = QStringLiteral("members.value"), .mutability = Mutability::Immutable},
        {.path = QStringLiteral("members.$ref"),
         .type = AttributeType::Reference,
         .mutability = Mutability::Immutable,
         .referenceTypes = strings({"User", "Group"})},
        {.path = QStringLiteral("members.display"), .mutability = Mutability::ReadOnly},
        {.path = QStringLiteral("members.type"),
         .mutability = Mutability::Immutable,
         .canonicalValues = strings({"User", "Group"})},
    };

    const QList<Expected> enterprise{
        {.path = QStringLiteral("employeeNumber")},
        {.path = QStringLiteral("costCenter")},
        {.path = QStringLiteral("organization")},
        {.path = QStringLiteral("division")},
        {.path = QStringLiteral("department")},
        {.path = QStringLiteral("manager"), .type = AttributeType::Complex},
        {.path = QStringLiteral("manager.value")},
        {.path = QStringLiteral("manager.$ref"),
         .type = AttributeType::Reference,
         .referenceTypes = strings({"User"})},
        {.path = QStringLiteral("manager.displayName"), .mutability = Mutability::ReadOnly},
    };

    const QList<Expected> common{
        {.path = QStringLiteral("id"),
         .caseExact = true,
         .mutability = Mutability::ReadOnly,
         .returned = Returned::Always,
         .uniqueness = Uniqueness::Server},
        {.path = QStringLiteral("externalId"), .caseExact = true},
        {.path = QStringLiteral("meta"), .type = AttributeType::Complex, .mutability = Mutability::ReadOnly},
        {.path = QStringLiteral("meta.resourceType"), .caseExact = true, .mutability = Mutability::ReadOnly},
        {.path = QStringLiteral("meta.created"),
         .type = AttributeType::DateTime,
         .mutability = Mutability::ReadOnly},
        {.path = QStringLiteral("meta.lastModified"),
         .type = AttributeType::DateTime,
         .mutability = Mutability::ReadOnly},
        {.path = QStringLiteral("meta.location"),
         .type = AttributeType::Reference,
         .mutability = Mutability::ReadOnly,
         .referenceTypes = strings({"uri"})},
        {.path = QStringLiteral("meta.version"), .caseExact = true, .mutability = Mutability::ReadOnly},
        {.path = QStringLiteral("schemas"), .multiValued = true, .returned = Returned::Always},
    };

    QList<std::pair<QString, Expected>> all;
    for (const Expected& e : user)
        all.append({urns::User, e});
    for (const Expected& e : group)
        all.append({urns::Group, e});
    for (const Expected& e : enterprise)
        all.append({urns::EnterpriseUser, e});
    for (const Expected& e : common)
        all.append({commonKey(), e});
    return all;
}

const AttributeDefinition* definitionAt(const Schema& schema, const QString& path)
{
    const qsizetype dot = path.indexOf(u'.');
    const AttributeDefinition* attribute = schema.attribute(dot < 0 ? path : path.left(dot));
    if (!attribute || dot < 0)
        return attribute;
    return attribute->subAttribute(QStringView(path).mid(dot + 1));
}

QStringList pathsOf(const Schema& schema)
{
    QStringList paths;
    for (const AttributeDefinition& attribute : schema.attributes) {
        paths.append(attribute.name);
        for (const AttributeDefinition& sub : attribute.subAttributes)
            paths.append(attribute.name + u'.' + sub.name);
    }
    return paths;
}

// Field by field, so that a failure names what differs.
void compareDefinitions(const AttributeDefinition& actual, const AttributeDefinition& expected)
{
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(actual.type, expected.type);
    QCOMPARE(actual.multiValued, expected.multiValued);
    QCOMPARE(actual.description, expected.description);
    QCOMPARE(actual.required, expected.required);
    QCOMPARE(actual.caseExact, expected.caseExact);
    QCOMPARE(actual.mutability, expected.mutability);
    QCOMPARE(actual.returned, expected.returned);
    QCOMPARE(actual.uniqueness, expected.uniqueness);
    QCOMPARE(actual.canonicalValues, expected.canonicalValues);
    QCOMPARE(actual.referenceTypes, expected.referenceTypes);
    QCOMPARE(actual.subAttributes.size(), expected.subAttributes.size());
    for (qsizetype i = 0; i < actual.subAttributes.size(); ++i)
        compareDefinitions(actual.subAttributes.at(i), expected.subAttributes.at(i));
}

QString dataPath(const QString& relative)
{
    return QStringLiteral(MUSTER_TEST_DATA_DIR "/") + relative;
}

} // namespace

class TestSchemaRegistry final : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<SchemaRegistry> m_builtIn = SchemaRegistry::builtIn();

    const ResourceType& type(const QString& name) const
    {
        const ResourceType* found = m_builtIn->resourceType(name);
        Q_ASSERT(found);
        return *found;
    }

    const Schema& schemaFor(const QString& key) const
    {
        if (key == commonKey())
            return m_builtIn->commonAttributes();
        const Schema* schema = m_builtIn->schema(key);
        Q_ASSERT(schema);
        return *schema;
    }

private slots:
    void builtInContents()
    {
        QStringList ids;
        for (const Schema* schema : m_builtIn->schemas())
            ids.append(schema->id);
        QCOMPARE(ids, (QStringList{urns::User, urns::Group, urns::EnterpriseUser, urns::ServiceProviderConfig,
                                   urns::ResourceTypeSchema, urns::SchemaSchema}));

        const ResourceType* user = m_builtIn->resourceType(u"User");
        QVERIFY(user);
        QCOMPARE(user->endpoint, QStringLiteral("/Users"));
        QCOMPARE(user->schema, urns::User);
        QCOMPARE(user->schemaExtensions.size(), 1);
        QCOMPARE(user->schemaExtensions.first().schema, urns::EnterpriseUser);
        QCOMPARE(user->schemaExtensions.first().required, false);

        const ResourceType* group = m_builtIn->resourceType(u"Group");
        QVERIFY(group);
        QCOMPARE(group->endpoint, QStringLiteral("/Groups"));
        QCOMPARE(group->schema, urns::Group);
        QVERIFY(group->schemaExtensions.isEmpty());
        QCOMPARE(m_builtIn->resourceTypes(), (QList<const ResourceType*>{user, group}));
    }

    void builtInAttribute_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("multiValued");
        QTest::addColumn<bool>("required");
        QTest::addColumn<bool>("caseExact");
        QTest::addColumn<int>("mutability");
        QTest::addColumn<int>("returned");
        QTest::addColumn<int>("uniqueness");
        QTest::addColumn<QStringList>("canonicalValues");
        QTest::addColumn<QStringList>("referenceTypes");
        for (const auto& [schema, e] : expectedAttributes()) {
            const QString label = schema == commonKey() ? QStringLiteral("common") : schema.section(u':', -1);
            const QString prefix = schema == urns::EnterpriseUser ? QStringLiteral("Enterprise") : label;
            QTest::addRow("%s:%s", qPrintable(prefix), qPrintable(e.path))
                << schema << e.path << int(e.type) << e.multiValued << e.required << e.caseExact
                << int(e.mutability) << int(e.returned) << int(e.uniqueness) << e.canonicalValues
                << e.referenceTypes;
        }
    }

    void builtInAttribute()
    {
        QFETCH(QString, schema);
        QFETCH(QString, path);
        const AttributeDefinition* definition = definitionAt(schemaFor(schema), path);
        QVERIFY2(definition, qPrintable(path));
        // The schema's spelling is the RFC's, character for character.
        QCOMPARE(definition->name, path.section(u'.', -1));
        QTEST(int(definition->type), "type");
        QTEST(definition->multiValued, "multiValued");
        QTEST(definition->required, "required");
        QTEST(definition->caseExact, "caseExact");
        QTEST(int(definition->mutability), "mutability");
        QTEST(int(definition->returned), "returned");
        QTEST(int(definition->uniqueness), "uniqueness");
        QTEST(definition->canonicalValues, "canonicalValues");
        QTEST(definition->referenceTypes, "referenceTypes");
        QVERIFY(!definition->description.isEmpty());
        QCOMPARE(definition->subAttributes.isEmpty(), definition->type != AttributeType::Complex);
    }

    // No attribute of the built-in schemas goes unchecked above, and none is missing.
    void builtInAttributesAreAllListed_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::addRow("User") << urns::User;
        QTest::addRow("Group") << urns::Group;
        QTest::addRow("Enterprise User") << urns::EnterpriseUser;
        QTest::addRow("common") << commonKey();
    }

    void builtInAttributesAreAllListed()
    {
        QFETCH(QString, schema);
        QStringList expected;
        for (const auto& [key, e] : expectedAttributes()) {
            if (key == schema)
                expected.append(e.path);
        }
        QCOMPARE(pathsOf(schemaFor(schema)), expected);
    }

    void otherBuiltInSchemas_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("multiValued");
        QTest::addColumn<bool>("required");
        QTest::addRow("SPC:patch.supported")
            << urns::ServiceProviderConfig << QStringLiteral("patch.supported") << int(AttributeType::Boolean)
            << false << true;
        QTest::addRow("SPC:bulk.maxOperations")
            << urns::ServiceProviderConfig << QStringLiteral("bulk.maxOperations")
            << int(AttributeType::Integer) << false << true;
        QTest::addRow("SPC:filter.maxResults")
            << urns::ServiceProviderConfig << QStringLiteral("filter.maxResults")
            << int(AttributeType::Integer) << false << true;
        QTest::addRow("SPC:authenticationSchemes")
            << urns::ServiceProviderConfig << QStringLiteral("authenticationSchemes")
            << int(AttributeType::Complex) << true << true;
        QTest::addRow("SPC:documentationUri")
            << urns::ServiceProviderConfig << QStringLiteral("documentationUri")
            << int(AttributeType::Reference) << false << false;
        QTest::addRow("ResourceType:endpoint") << urns::ResourceTypeSchema << QStringLiteral("endpoint")
                                               << int(AttributeType::Reference) << false << true;
        QTest::addRow("ResourceType:schemaExtensions.required")
            << urns::ResourceTypeSchema << QStringLiteral("schemaExtensions.required")
            << int(AttributeType::Boolean) << false << true;
        QTest::addRow("Schema:attributes") << urns::SchemaSchema << QStringLiteral("attributes")
                                           << int(AttributeType::Complex) << true << true;
        QTest::addRow("Schema:attributes.canonicalValues")
            << urns::SchemaSchema << QStringLiteral("attributes.canonicalValues")
            << int(AttributeType::String) << true << false;
    }

    void otherBuiltInSchemas()
    {
        QFETCH(QString, schema);
        QFETCH(QString, path);
        const AttributeDefinition* definition = definitionAt(schemaFor(schema), path);
        QVERIFY2(definition, qPrintable(path));
        QTEST(int(definition->type), "type");
        QTEST(definition->multiValued, "multiValued");
        QTEST(definition->required, "required");
        // Configuration and schema documents are the service provider's, never a client's.
        QCOMPARE(definition->mutability, Mutability::ReadOnly);
    }

    void lookupsAreCaseInsensitive_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::addRow("schema as is") << QStringLiteral("schema") << urns::User << urns::User;
        QTest::addRow("schema upper")
            << QStringLiteral("schema") << urns::EnterpriseUser.toUpper() << urns::EnterpriseUser;
        QTest::addRow("schema lower") << QStringLiteral("schema") << urns::Group.toLower() << urns::Group;
        QTest::addRow("schema unknown")
            << QStringLiteral("schema") << QStringLiteral("urn:x:User") << QString();
        QTest::addRow("schema mixed")
            << QStringLiteral("schema") << QStringLiteral("URN:ietf:params:scim:schemas:core:2.0:user")
            << urns::User;
        QTest::addRow("type as is") << QStringLiteral("type") << QStringLiteral("User")
                                    << QStringLiteral("User");
        QTest::addRow("type lower") << QStringLiteral("type") << QStringLiteral("user")
                                    << QStringLiteral("User");
        QTest::addRow("type upper") << QStringLiteral("type") << QStringLiteral("GROUP")
                                    << QStringLiteral("Group");
        QTest::addRow("type unknown") << QStringLiteral("type") << QStringLiteral("Users") << QString();
        QTest::addRow("endpoint with slash")
            << QStringLiteral("endpoint") << QStringLiteral("/Users") << QStringLiteral("User");
        QTest::addRow("endpoint without slash")
            << QStringLiteral("endpoint") << QStringLiteral("Groups") << QStringLiteral("Group");
        QTest::addRow("endpoint other case")
            << QStringLiteral("endpoint") << QStringLiteral("/uSERS") << QStringLiteral("User");
        QTest::addRow("endpoint unknown") << QStringLiteral("endpoint") << QStringLiteral("/Me") << QString();
    }

    void lookupsAreCaseInsensitive()
    {
        QFETCH(QString, what);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        QString found;
        if (what == QLatin1String("schema")) {
            if (const Schema* schema = m_builtIn->schema(key))
                found = schema->id;
        } else if (what == QLatin1String("type")) {
            if (const ResourceType* type = m_builtIn->resourceType(key))
                found = type->name;
        } else if (const ResourceType* type = m_builtIn->resourceTypeByEndpoint(key)) {
            found = type->name;
        }
        QCOMPARE(found, expected);
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("resourceType");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>(
            "schema"); // "(common)" for common attributes; empty when an error is expected
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<QString>("subAttribute");
        QTest::addColumn<bool>("inExtension");
        QTest::addColumn<QString>("error"); // part of the error detail

        const QString user = QStringLiteral("User");
        const QString group = QStringLiteral("Group");
        const QString common = commonKey();
        const QString enterprise = urns::EnterpriseUser;
        const auto ok = [](const char* name, const QString& type, const QString& path, const QString& schema,
                           const char* attribute, const char* sub, bool inExtension) {
            QTest::newRow(name) << type << path << schema << QString::fromLatin1(attribute)
                                << QString::fromLatin1(sub) << inExtension << QString();
        };
        const auto fails = [](const char* name, const QString& type, const QString& path,
                              const QString& error) {
            QTest::newRow(name) << type << path << QString() << QString() << QString() << false << error;
        };
        const auto qualified = [](const QString& urn, const char* rest) -> QString {
            return urn + u':' + QLatin1String(rest);
        };

        ok("plain", user, QStringLiteral("userName"), urns::User, "userName", "", false);
        ok("plain other case", user, QStringLiteral("USERNAME"), urns::User, "userName", "", false);
        ok("multi-valued", user, QStringLiteral("emails"), urns::User, "emails", "", false);
        ok("sub-attribute", user, QStringLiteral("name.givenName"), urns::User, "name", "givenName", false);
        ok("sub-attribute other case", user, QStringLiteral("Name.GIVENNAME"), urns::User, "name",
           "givenName", false);
        ok("multi-valued sub-attribute", user, QStringLiteral("emails.value"), urns::User, "emails", "value",
           false);
        ok("$ref sub-attribute", group, QStringLiteral("members.$ref"), urns::Group, "members", "$ref",
           false);
        ok("group plain", group, QStringLiteral("displayname"), urns::Group, "displayName", "", false);
        ok("core URN", user, qualified(urns::User, "userName"), urns::User, "userName", "", false);
        ok("core URN sub-attribute", user, qualified(urns::User, "name.familyName"), urns::User, "name",
           "familyName", false);
        ok("core URN other case", user, qualified(urns::User.toUpper(), "emails.type"), urns::User, "emails",
           "type", false);
        ok("core URN common attribute", user, qualified(urns::User, "meta.lastModified"), common, "meta",
           "lastModified", false);
        ok("extension unqualified", user, QStringLiteral("department"), enterprise, "department", "", true);
        ok("extension unqualified sub-attribute", user, QStringLiteral("manager.value"), enterprise,
           "manager", "value", true);
        ok("extension URN", user, qualified(enterprise, "employeeNumber"), enterprise, "employeeNumber", "",
           true);
        ok("extension URN sub-attribute", user, qualified(enterprise, "manager.displayName"), enterprise,
           "manager", "displayName", true);
        ok("extension URN lower case", user, qualified(enterprise.toLower(), "COSTCENTER"), enterprise,
           "costCenter", "", true);
        ok("whole extension", user, enterprise, enterprise, "", "", true);
        ok("whole extension other case", user, enterprise.toUpper(), enterprise, "", "", true);
        ok("common id", user, QStringLiteral("id"), common, "id", "", false);
        ok("common externalId", group, QStringLiteral("EXTERNALID"), common, "externalId", "", false);
        ok("common meta sub-attribute", group, QStringLiteral("meta.created"), common, "meta", "created",
           false);
        ok("common schemas", user, QStringLiteral("schemas"), common, "schemas", "", false);
        ok("core before extension", user, QStringLiteral("displayName"), urns::User, "displayName", "",
           false);

        fails("unknown attribute", user, QStringLiteral("shoeSize"), QStringLiteral("\"shoeSize\""));
        fails("group attribute on user", user, QStringLiteral("members"), QStringLiteral("\"members\""));
        fails("user attribute on group", group, QStringLiteral("userName"), QStringLiteral("\"userName\""));
        fails("sub-attribute of simple attribute", user, QStringLiteral("userName.first"),
              QStringLiteral("\"userName.first\""));
        fails("unknown sub-attribute", user, QStringLiteral("name.nickName"),
              QStringLiteral("\"name.nickName\""));
        fails("unknown common sub-attribute", user, QStringLiteral("meta.owner"),
              QStringLiteral("\"meta.owner\""));
        fails("extension of another type", group, qualified(enterprise, "department"),
              QStringLiteral("is not a schema of resource type \"Group\""));
        fails("whole extension of another type", group, enterprise,
              QStringLiteral("is not a schema of resource type \"Group\""));
        fails("core URN of another type", user, qualified(urns::Group, "displayName"),
              QStringLiteral("is not a schema of resource type \"User\""));
        fails("unknown URN", user, QStringLiteral("urn:example:params:scim:schemas:core:2.0:Robot:serial"),
              QStringLiteral("\"urn:example:params:scim:schemas:core:2.0:Robot:serial\""));
        fails("URN without such attribute", user, qualified(enterprise, "userName"),
              QStringLiteral("has no attribute \"userName\""));
        fails("common attribute under extension URN", user, qualified(enterprise, "id"),
              QStringLiteral("has no attribute \"id\""));
    }

    void resolve()
    {
        QFETCH(QString, resourceType);
        QFETCH(QString, path);
        QFETCH(QString, schema);
        QFETCH(QString, attribute);
        QFETCH(QString, subAttribute);
        QFETCH(bool, inExtension);
        QFETCH(QString, error);

        const auto resolved = m_builtIn->resolve(type(resourceType), path);
        if (!error.isEmpty()) {
            QVERIFY(!resolved);
            QCOMPARE(resolved.error().status, 400);
            QCOMPARE(resolved.error().scimType, ScimType::InvalidPath);
            QVERIFY2(resolved.error().detail.contains(error), qPrintable(detailOf(resolved)));
            return;
        }
        QVERIFY2(resolved, qPrintable(detailOf(resolved)));
        QCOMPARE(resolved->schema, &schemaFor(schema));
        QCOMPARE(resolved->attribute ? resolved->attribute->name : QString(), attribute);
        QCOMPARE(resolved->subAttribute ? resolved->subAttribute->name : QString(), subAttribute);
        QCOMPARE(resolved->inExtension, inExtension);
        QCOMPARE(resolved->target(), resolved->subAttribute ? resolved->subAttribute : resolved->attribute);
        if (resolved->attribute) {
            // The definitions handed out are the registry's own, not copies.
            QCOMPARE(resolved->attribute, resolved->schema->attribute(attribute));
        }
    }

    // resolve() on a path already split, as the filter and patch parsers hand it over.
    void resolveSplitPath_data()
    {
        QTest::addColumn<QString>("urn");
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<QString>("subAttribute");
        QTest::addColumn<QString>("expected"); // attribute.sub as resolved, or "error"
        QTest::addRow("plain") << QString() << QStringLiteral("nickname") << QString()
                               << QStringLiteral("nickName");
        QTest::addRow("sub") << QString() << QStringLiteral("addresses") << QStringLiteral("postalcode")
                             << QStringLiteral("addresses.postalCode");
        QTest::addRow("qualified") << urns::User << QStringLiteral("title") << QString()
                                   << QStringLiteral("title");
        QTest::addRow("whole extension")
            << QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0")
            << QStringLiteral("User") << QString() << QString();
        QTest::addRow("empty") << QString() << QString() << QString() << QStringLiteral("error");
        QTest::addRow("urn only") << urns::User << QString() << QString() << QStringLiteral("error");
    }

    void resolveSplitPath()
    {
        QFETCH(QString, urn);
        QFETCH(QString, attribute);
        QFETCH(QString, subAttribute);
        QFETCH(QString, expected);
        const auto resolved =
            m_builtIn->resolve(type(QStringLiteral("User")), AttributePath{urn, attribute, subAttribute});
        if (expected == QLatin1String("error")) {
            QVERIFY(!resolved);
            QCOMPARE(resolved.error().scimType, ScimType::InvalidPath);
            return;
        }
        QVERIFY2(resolved, qPrintable(detailOf(resolved)));
        QString actual;
        if (resolved->attribute)
            actual = resolved->attribute->name;
        if (resolved->subAttribute)
            actual += u'.' + resolved->subAttribute->name;
        QCOMPARE(actual, expected);
    }

    void loadCustomDirectory()
    {
        const auto shared = SchemaRegistry::builtIn();
        SchemaRegistry& registry = *shared;
        const Status loaded = registry.loadDirectory(dataPath(QStringLiteral("custom")));
        QVERIFY2(loaded, qPrintable(detailOf(loaded)));

        QCOMPARE(registry.schemas().size(), 6 + 3);
        const ResourceType* device = registry.resourceTypeByEndpoint(u"/devices");
        QVERIFY(device);
        QCOMPARE(device->name, QStringLiteral("Device"));
        QCOMPARE(device->schema, QStringLiteral("urn:example:params:scim:schemas:core:2.0:Device"));
        QCOMPARE(device->schemaExtensions.size(), 1);
        QVERIFY(device->schemaExtensions.first().required);
        QCOMPARE(registry.resourceTypes().size(), 3);

        // Restating User in a file added the badge extension next to the enterprise one.
        const ResourceType* user = registry.resourceType(u"User");
        QCOMPARE(user->schemaExtensions.size(), 2);
        QVERIFY(user->hasExtension(u"URN:EXAMPLE:params:scim:schemas:extension:badge:2.0:User"));
        QVERIFY(user->hasExtension(urns::EnterpriseUser));
    }

    void resolveCustom_data()
    {
        QTest::addColumn<QString>("resourceType");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("inExtension");
        const QString device = QStringLiteral("urn:example:params:scim:schemas:core:2.0:Device");
        const QString warranty =
            QStringLiteral("urn:example:params:scim:schemas:extension:warranty:2.0:Device");
        const QString badge = QStringLiteral("urn:example:params:scim:schemas:extension:badge:2.0:User");
        QTest::addRow("device core") << QStringLiteral("Device") << QStringLiteral("serialnumber") << device
                                     << QStringLiteral("serialNumber") << int(AttributeType::String) << false;
        QTest::addRow("device sub-attribute")
            << QStringLiteral("Device") << QStringLiteral("owner.$ref") << device << QStringLiteral("$ref")
            << int(AttributeType::Reference) << false;
        QTest::addRow("device dateTime")
            << QStringLiteral("Device") << QStringLiteral("purchased") << device
            << QStringLiteral("purchased") << int(AttributeType::DateTime) << false;
        QTest::addRow("device common")
            << QStringLiteral("Device") << QStringLiteral("meta.version") << QString()
            << QStringLiteral("version") << int(AttributeType::String) << false;
        QTest::addRow("device extension")
            << QStringLiteral("Device") << QStringLiteral("expires") << warranty << QStringLiteral("expires")
            << int(AttributeType::DateTime) << true;
        QTest::addRow("device extension URN")
            << QStringLiteral("Device") << warranty + QStringLiteral(":VENDOR") << warranty
            << QStringLiteral("vendor") << int(AttributeType::String) << true;
        QTest::addRow("user badge") << QStringLiteral("User") << QStringLiteral("badgeNumber") << badge
                                    << QStringLiteral("badgeNumber") << int(AttributeType::String) << true;
        QTest::addRow("user badge sub-attribute")
            << QStringLiteral("User") << QStringLiteral("badges.level") << badge << QStringLiteral("level")
            << int(AttributeType::Integer) << true;
        QTest::addRow("user badge URN sub-attribute")
            << QStringLiteral("User") << badge + QStringLiteral(":badges.issued") << badge
            << QStringLiteral("issued") << int(AttributeType::DateTime) << true;
        QTest::addRow("user enterprise still there")
            << QStringLiteral("User") << QStringLiteral("division") << urns::EnterpriseUser
            << QStringLiteral("division") << int(AttributeType::String) << true;
    }

    void resolveCustom()
    {
        QFETCH(QString, resourceType);
        QFETCH(QString, path);
        QFETCH(QString, schema);
        QFETCH(QString, target);
        QFETCH(int, type);
        QFETCH(bool, inExtension);
        const auto registry = SchemaRegistry::builtIn();
        const Status loaded = registry->loadDirectory(dataPath(QStringLiteral("custom")));
        QVERIFY2(loaded, qPrintable(detailOf(loaded)));
        const auto resolved = registry->resolve(*registry->resourceType(resourceType), path);
        QVERIFY2(resolved, qPrintable(detailOf(resolved)));
        QCOMPARE(resolved->schema->id, schema);
        QCOMPARE(resolved->target()->name, target);
        QCOMPARE(int(resolved->target()->type), type);
        QCOMPARE(resolved->inExtension, inExtension);
    }

    void customCharacteristics()
    {
        const auto registry = SchemaRegistry::builtIn();
        QVERIFY(registry->loadDirectory(dataPath(QStringLiteral("custom"))));
        const Schema* device = registry->schema(u"urn:example:params:scim:schemas:core:2.0:Device");
        QVERIFY(device);
        // Keywords in any case are accepted and normalised.
        const AttributeDefinition* serial = device->attribute(u"serialNumber");
        QCOMPARE(serial->type, AttributeType::String);
        QCOMPARE(serial->mutability, Mutability::Immutable);
        QCOMPARE(serial->returned, Returned::Always);
        QCOMPARE(serial->uniqueness, Uniqueness::Global);
        QVERIFY(serial->required);
        QVERIFY(serial->caseExact);
        QCOMPARE(serial->toJson().value(QLatin1String("mutability")).toString(), QStringLiteral("immutable"));
        QCOMPARE(device->attribute(u"purchased")->toJson().value(QLatin1String("type")).toString(),
                 QStringLiteral("dateTime"));
        // Omitted characteristics take the RFC 7643 §2.2 defaults.
        const AttributeDefinition* displayName = device->attribute(u"displayName");
        QCOMPARE(displayName->mutability, Mutability::ReadWrite);
        QCOMPARE(displayName->returned, Returned::Default);
        QCOMPARE(displayName->uniqueness, Uniqueness::None);
        QVERIFY(!displayName->caseExact);
        QCOMPARE(device->attribute(u"tags")->canonicalValues, strings({"laptop", "phone", "tablet"}));
    }

    void loadLists_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("typeName");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("path");
        QTest::addRow("ListResponse") << QStringLiteral("lists/listresponse.json") << QStringLiteral("Room")
                                      << QStringLiteral("/Rooms") << QStringLiteral("roomNumber");
        QTest::addRow("array") << QStringLiteral("lists/array.json") << QStringLiteral("Printer")
                               << QStringLiteral("/Printers") << QStringLiteral("color");
    }

    void loadLists()
    {
        QFETCH(QString, file);
        QFETCH(QString, typeName);
        QFETCH(QString, endpoint);
        QFETCH(QString, path);
        const auto registry = SchemaRegistry::builtIn();
        const Status loaded = registry->loadFile(dataPath(file));
        QVERIFY2(loaded, qPrintable(detailOf(loaded)));
        QCOMPARE(registry->schemas().size(), 7);
        const ResourceType* type = registry->resourceType(typeName);
        QVERIFY(type);
        QCOMPARE(type->endpoint, endpoint);
        QCOMPARE(type->id, typeName);
        QVERIFY(registry->resolve(*type, path));
    }

    void malformedFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("mentions"); // besides the file name
        const auto row = [](const char* file, std::initializer_list<const char*> mentions) {
            QTest::newRow(file) << QString::fromLatin1(file) << strings(mentions);
        };
        row("unknown-type.json", {"attribute \"badges.level\"", "unknown type \"strng\""});
        row("name-starts-with-digit.json", {"\"2ndFactor\"", "invalid attribute name"});
        row("name-with-space.json", {"\"cost center\"", "invalid attribute name"});
        row("top-level-ref.json", {"\"$ref\"", "invalid attribute name"});
        row("subattributes-on-string.json", {"\"nickName\"", "subAttributes"});
        row("complex-in-complex.json", {"\"badges.history\"", "complex"});
        row("duplicate-attribute.json", {"\"Title\"", "duplicate"});
        row("duplicate-sub-attribute.json", {"\"badges.LEVEL\"", "duplicate"});
        row("unknown-mutability.json", {"\"floor\"", "unknown mutability \"sometimes\""});
        row("unknown-returned.json", {"\"floor\"", "unknown returned \"rarely\""});
        row("unknown-uniqueness.json", {"\"floor\"", "unknown uniqueness \"local\""});
        row("canonical-values-not-strings.json", {"\"badges.color\"", "canonicalValues"});
        row("boolean-as-string.json", {"\"floor\"", "\"required\" must be a boolean"});
        row("multivalued-as-number.json", {"\"floor\"", "\"multiValued\" must be a boolean"});
        row("type-not-string.json", {"\"floor\"", "\"type\" must be a string"});
        row("reference-types-not-array.json", {"\"homePage\"", "referenceTypes"});
        row("reference-types-on-string.json", {"\"homePage\"", "referenceTypes"});
        row("complex-without-sub-attributes.json", {"\"badges\"", "subAttributes"});
        row("misspelt-key.json", {"\"floor\"", "unknown key \"mutablity\""});
        row("invalid-json.json", {"invalid JSON"});
        row("not-a-urn.json", {"\"BadgeSchema\"", "not a URN"});
        row("type-with-unknown-schema.json", {"\"Gadget\"", "urn:example:params:scim:schemas:core:2.0:Gadget",
                                              "urn:example:params:scim:schemas:extension:gizmo:2.0:Gadget"});
        row("endpoint-taken.json", {"\"Person\"", "\"/users\"", "\"User\""});
        row("extension-required-not-boolean.json", {"\"Person\"", "\"required\" must be a boolean"});
        row("neither.json", {"neither a schema nor a resource type"});
        row("schema-taken.json", {"urn:ietf:params:scim:schemas:core:2.0:group", "already registered"});
    }

    void malformedFile()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, mentions);
        const auto registry = SchemaRegistry::builtIn();
        const Status loaded = registry->loadFile(dataPath(QStringLiteral("malformed/") + file));
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().status, 400);
        QCOMPARE(loaded.error().scimType, ScimType::InvalidValue);
        const QString detail = loaded.error().detail;
        QVERIFY2(detail.startsWith(file + QStringLiteral(": ")), qPrintable(detail));
        for (const QString& mention : mentions)
            QVERIFY2(detail.contains(mention), qPrintable(detail));
        // Nothing of a rejected file is kept.
        QCOMPARE(registry->schemas().size(), 6);
        QCOMPARE(registry->resourceTypes().size(), 2);
    }

    void malformedFileIsRejectedWhole()
    {
        const auto registry = SchemaRegistry::builtIn();
        const Status loaded = registry->loadFile(dataPath(QStringLiteral("lists/half-broken.json")));
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().detail.contains(QLatin1String("half-broken.json: attribute \"cut\"")),
                 qPrintable(detailOf(loaded)));
        // The well-formed Locker schema and resource type before and after the bad one are not added either.
        QVERIFY(!registry->schema(u"urn:example:params:scim:schemas:core:2.0:Locker"));
        QVERIFY(!registry->resourceType(u"Locker"));
        QCOMPARE(registry->schemas().size(), 6);
    }

    void malformedDirectoryIsRejectedWhole()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QFile::copy(dataPath(QStringLiteral("custom/badge-extension.json")),
                            dir.filePath(QStringLiteral("a-badge.json"))));
        QVERIFY(QFile::copy(dataPath(QStringLiteral("malformed/unknown-returned.json")),
                            dir.filePath(QStringLiteral("b-broken.json"))));
        const auto registry = SchemaRegistry::builtIn();
        const Status loaded = registry->loadDirectory(dir.path());
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().detail.startsWith(QLatin1String("b-broken.json: ")),
                 qPrintable(detailOf(loaded)));
        QCOMPARE(registry->schemas().size(), 6);
    }

    void missingFileOrDirectory()
    {
        const auto registry = SchemaRegistry::builtIn();
        const Status file = registry->loadFile(dataPath(QStringLiteral("no-such-file.json")));
        QVERIFY(!file);
        QVERIFY(file.error().detail.contains(QLatin1String("no-such-file.json")));
        const Status dir = registry->loadDirectory(dataPath(QStringLiteral("no-such-dir")));
        QVERIFY(!dir);
        QVERIFY(dir.error().detail.contains(QLatin1String("no-such-dir")));
    }

    void addSchemaAndTypesInCode()
    {
        SchemaRegistry registry;
        QVERIFY(registry.schemas().isEmpty());
        QVERIFY(registry.commonAttributes().attribute(u"meta"));

        Schema robot;
        robot.id = QStringLiteral("urn:example:params:scim:schemas:core:2.0:Robot");
        robot.name = QStringLiteral("Robot");
        AttributeDefinition serial;
        serial.name = QStringLiteral("serial");
        robot.attributes.append(serial);

        ResourceType robots;
        robots.id = robots.name = QStringLiteral("Robot");
        robots.endpoint = QStringLiteral("/Robots");
        robots.schema = robot.id;
        robots.schemaExtensions.append(
            {QStringLiteral("urn:example:params:scim:schemas:extension:arm:2.0:Robot"), false});

        // Its schemas must be registered first, and the error names the missing ones.
        Status added = registry.addResourceType(robots);
        QVERIFY(!added);
        QCOMPARE(added.error().scimType, ScimType::InvalidValue);
        QVERIFY2(added.error().detail.contains(robot.id), qPrintable(detailOf(added)));
        QVERIFY2(added.error().detail.contains(robots.schemaExtensions.first().schema),
                 qPrintable(detailOf(added)));

        QVERIFY(registry.addSchema(robot));
        Schema duplicate = robot;
        duplicate.id = robot.id.toUpper().replace(QLatin1String("URN:"), QLatin1String("urn:"));
        added = registry.addSchema(duplicate);
        QVERIFY(!added);
        QVERIFY(added.error().detail.contains(QLatin1String("already registered")));

        robots.schemaExtensions.clear();
        QVERIFY(registry.addResourceType(robots));
        QCOMPARE(registry.resourceTypeByEndpoint(u"robots"), registry.resourceTypes().first());
        QVERIFY(registry.resolve(*registry.resourceType(u"robot"), u"serial"));

        ResourceType sameEndpoint = robots;
        sameEndpoint.id = sameEndpoint.name = QStringLiteral("Droid");
        added = registry.addResourceType(sameEndpoint);
        QVERIFY(!added);
        QVERIFY(added.error().detail.contains(QLatin1String("/Robots")));

        // Extensions: unknown type, unregistered schema, then a good one, then the same one again.
        const SchemaExtension arm{QStringLiteral("urn:example:params:scim:schemas:extension:arm:2.0:Robot"),
                                  true};
        QVERIFY(!registry.addExtension(QStringLiteral("Droid"), arm));
        added = registry.addExtension(QStringLiteral("Robot"), arm);
        QVERIFY(!added);
        QVERIFY(added.error().detail.contains(arm.schema));
        Schema armSchema;
        armSchema.id = arm.schema;
        AttributeDefinition reach;
        reach.name = QStringLiteral("reach");
        reach.type = AttributeType::Decimal;
        armSchema.attributes.append(reach);
        QVERIFY(registry.addSchema(armSchema));
        QVERIFY(registry.addExtension(QStringLiteral("robot"), arm));
        QVERIFY(!registry.addExtension(QStringLiteral("Robot"), arm));
        QVERIFY(!registry.addExtension(QStringLiteral("Robot"), {robot.id, false}));

        const auto resolved = registry.resolve(*registry.resourceType(u"Robot"), u"REACH");
        QVERIFY2(resolved, qPrintable(detailOf(resolved)));
        QVERIFY(resolved->inExtension);
        QCOMPARE(resolved->attribute->type, AttributeType::Decimal);
    }

    void addSchemaValidates_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("attributeName");
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("withSubAttribute");
        QTest::addRow("not a URN") << QStringLiteral("Robot") << QStringLiteral("serial")
                                   << int(AttributeType::String) << false;
        QTest::addRow("bad name") << QStringLiteral("urn:x:Robot") << QStringLiteral("serial no")
                                  << int(AttributeType::String) << false;
        QTest::addRow("complex without sub-attributes")
            << QStringLiteral("urn:x:Robot") << QStringLiteral("parts") << int(AttributeType::Complex)
            << false;
        QTest::addRow("string with sub-attributes")
            << QStringLiteral("urn:x:Robot") << QStringLiteral("parts") << int(AttributeType::String) << true;
        QTest::addRow("complex inside complex") << QStringLiteral("urn:x:Robot") << QStringLiteral("parts")
                                                << int(AttributeType::Complex) << true;
    }

    void addSchemaValidates()
    {
        QFETCH(QString, id);
        QFETCH(QString, attributeName);
        QFETCH(int, type);
        QFETCH(bool, withSubAttribute);
        Schema schema;
        schema.id = id;
        AttributeDefinition attribute;
        attribute.name = attributeName;
        attribute.type = AttributeType(type);
        if (withSubAttribute) {
            AttributeDefinition sub = namedAttribute(QStringLiteral("part"));
            // A complex parent gets a complex child, which is the error; a simple one any child at all.
            if (attribute.type == AttributeType::Complex) {
                sub.type = AttributeType::Complex;
                sub.subAttributes.append(namedAttribute(QStringLiteral("leaf")));
            }
            attribute.subAttributes.append(sub);
        }
        schema.attributes.append(attribute);
        SchemaRegistry registry;
        const Status added = registry.addSchema(schema);
        QVERIFY(!added);
        QCOMPARE(added.error().scimType, ScimType::InvalidValue);
        QVERIFY(registry.schemas().isEmpty());
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("schema");
        for (const Schema* schema : m_builtIn->schemas())
            QTest::newRow(qPrintable(schema->name)) << schema->id;
        QTest::newRow("common") << commonKey();
    }

    void roundTrip()
    {
        QFETCH(QString, schema);
        const Schema& original = schemaFor(schema);
        if (schema == commonKey()) {
            // The common attributes have no URN of their own; their definitions round-trip one by one.
            for (const AttributeDefinition& attribute : original.attributes) {
                auto parsed = AttributeDefinition::fromJson(attribute.toJson(), QStringLiteral("common"));
                QVERIFY2(parsed, qPrintable(detailOf(parsed)));
                compareDefinitions(*parsed, attribute);
            }
            return;
        }
        const QJsonObject json = original.toJson();
        QCOMPARE(json.value(QLatin1String("schemas")).toArray(), QJsonArray{urns::SchemaSchema});
        auto parsed = Schema::fromJson(json, QStringLiteral("round trip"));
        QVERIFY2(parsed, qPrintable(detailOf(parsed)));
        QCOMPARE(parsed->id, original.id);
        QCOMPARE(parsed->name, original.name);
        QCOMPARE(parsed->description, original.description);
        QCOMPARE(parsed->attributes.size(), original.attributes.size());
        for (qsizetype i = 0; i < original.attributes.size(); ++i)
            compareDefinitions(parsed->attributes.at(i), original.attributes.at(i));
        QCOMPARE(parsed->toJson(), json);
        // Serialized and read back as text too, as the /Schemas endpoint and a client would.
        auto reparsed =
            Schema::fromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object(), QString());
        QVERIFY(reparsed);
        QCOMPARE(reparsed->toJson(), json);
    }

    void resourceTypeRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("User") << QStringLiteral("User");
        QTest::addRow("Group") << QStringLiteral("Group");
    }

    void resourceTypeRoundTrip()
    {
        QFETCH(QString, name);
        const ResourceType& original = type(name);
        const QJsonObject json = original.toJson();
        QCOMPARE(json.value(QLatin1String("schemas")).toArray(), QJsonArray{urns::ResourceTypeSchema});
        QCOMPARE(json.value(QLatin1String("endpoint")).toString(), original.endpoint);
        auto parsed = ResourceType::fromJson(json, QStringLiteral("round trip"));
        QVERIFY2(parsed, qPrintable(detailOf(parsed)));
        QCOMPARE(parsed->id, original.id);
        QCOMPARE(parsed->name, original.name);
        QCOMPARE(parsed->endpoint, original.endpoint);
        QCOMPARE(parsed->description, original.description);
        QCOMPARE(parsed->schema, original.schema);
        QCOMPARE(parsed->schemaExtensions.size(), original.schemaExtensions.size());
        for (qsizetype i = 0; i < original.schemaExtensions.size(); ++i) {
            QCOMPARE(parsed->schemaExtensions.at(i).schema, original.schemaExtensions.at(i).schema);
            QCOMPARE(parsed->schemaExtensions.at(i).required, original.schemaExtensions.at(i).required);
        }
        QCOMPARE(parsed->toJson(), json);
    }

    // Each built-in registry is independent: additions to one do not leak into another.
    void builtInRegistriesAreIndependent()
    {
        const auto first = SchemaRegistry::builtIn();
        QVERIFY(first->loadDirectory(dataPath(QStringLiteral("custom"))));
        const auto second = SchemaRegistry::builtIn();
        QVERIFY(!second->resourceType(u"Device"));
        QCOMPARE(second->resourceType(u"User")->schemaExtensions.size(), 1);
        QVERIFY(second->schema(urns::User) != first->schema(urns::User));
    }
};

QTEST_GUILESS_MAIN(TestSchemaRegistry)
#include "tst_schemaregistry.moc"
