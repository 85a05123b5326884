#include "resource/ResourceCanonicalizer.h"
#include "schema/SchemaUrns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <optional>

using namespace muster;

namespace {

const QString LabUrn = QStringLiteral("urn:example:params:scim:schemas:extension:lab:2.0:User");
const QString DeviceUrn = QStringLiteral("urn:example:params:scim:schemas:core:2.0:Device");
const QString WarrantyUrn = QStringLiteral("urn:example:params:scim:schemas:extension:warranty:2.0:Device");

// Test JSON spells the long URNs as %USER%, %GROUP%, %ENT%, %LAB%, %DEVICE% and %WARRANTY%. Its raw
// strings hold no \" and no // (URLs use JSON's \/ escape): moc 6.4 misreads both inside raw strings
// and then finds no test class.
QByteArray expand(const char* text)
{
    QString json = QString::fromUtf8(text);
    json.replace(QLatin1String("%USER%"), urns::User)
        .replace(QLatin1String("%GROUP%"), urns::Group)
        .replace(QLatin1String("%ENT%"), urns::EnterpriseUser)
        .replace(QLatin1String("%LAB%"), LabUrn)
        .replace(QLatin1String("%DEVICE%"), DeviceUrn)
        .replace(QLatin1String("%WARRANTY%"), WarrantyUrn);
    return json.toUtf8();
}

QString expandText(const char* text)
{
    return QString::fromUtf8(expand(text));
}

std::optional<QJsonObject> parse(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QString text(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

template <typename T>
QString detailOf(const Result<T>& result)
{
    return result ? QString() : result.error().detail;
}

QStringList keyTexts(const QList<UniqueKey>& keys)
{
    QStringList texts;
    for (const UniqueKey& key : keys)
        texts.append(key.attribute + u'=' + key.value);
    texts.sort();
    return texts;
}

} // namespace

class TestResourceCanonicalizer : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<SchemaRegistry> m_registry;

    const ResourceType* type(const QString& name) const { return m_registry->resourceType(name); }

private slots:
    void initTestCase()
    {
        m_registry = SchemaRegistry::builtIn();
        const Status loaded = m_registry->loadDirectory(QStringLiteral(MUSTER_TEST_DATA_DIR "/schemas"));
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().detail));
        QVERIFY(type(QStringLiteral("User")));
        QVERIFY(type(QStringLiteral("Group")));
        QVERIFY(type(QStringLiteral("Device")));
        QVERIFY(type(QStringLiteral("User"))->hasExtension(LabUrn));
    }

    void canonicalize_data()
    {
        QTest::addColumn<QString>("typeName");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");

        const auto row = [](const char* name, const char* typeName, const char* input, const char* expected) {
            QTest::addRow("%s", name) << QString::fromLatin1(typeName) << expand(input) << expand(expected);
        };

        // Users: names, URNs and common attributes.
        row("minimal user", "User", R"({"schemas":["%USER%"],"userName":"bjensen"})",
            R"({"schemas":["%USER%"],"userName":"bjensen"})");
        row("attribute names in any case", "User",
            R"({"SCHEMAS":["%USER%"],"USERNAME":"bjensen","DisplayName":"Babs",
                "NAME":{"GivenName":"Barbara","FAMILYNAME":"Jensen"}})",
            R"({"schemas":["%USER%"],"userName":"bjensen","displayName":"Babs",
                "name":{"givenName":"Barbara","familyName":"Jensen"}})");
        row("core URN in any case", "User",
            R"({"schemas":["URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:USER"],"userName":"bjensen"})",
            R"({"schemas":["%USER%"],"userName":"bjensen"})");
        row("id and meta dropped", "User",
            R"({"schemas":["%USER%"],"id":"2819c223","userName":"bjensen",
                "meta":{"resourceType":"User","created":"2010-01-23T04:56:22Z","version":"W/3"}})",
            R"({"schemas":["%USER%"],"userName":"bjensen"})");
        row("meta of the wrong type is dropped, not checked", "User",
            R"({"schemas":["%USER%"],"userName":"bjensen","meta":"whatever","ID":17})",
            R"({"schemas":["%USER%"],"userName":"bjensen"})");
        row("readOnly groups dropped", "User",
            R"({"schemas":["%USER%"],"userName":"bjensen","groups":[{"value":"g1","display":"Tour Guides"}]})",
            R"({"schemas":["%USER%"],"userName":"bjensen"})");
        row("externalId kept in schema spelling", "User",
            R"({"schemas":["%USER%"],"userName":"bjensen","EXTERNALID":"ext-701984"})",
            R"({"schemas":["%USER%"],"userName":"bjensen","externalId":"ext-701984"})");
        row("unknown attributes and sub-attributes dropped", "User",
            R"({"schemas":["%USER%"],"userName":"bjensen","favouriteColour":"blue","name.givenName":"B",
                "name":{"givenName":"Barbara","shoeSize":38}})",
            R"({"schemas":["%USER%"],"userName":"bjensen","name":{"givenName":"Barbara"}})");
        row("null and empty arrays are unassigned", "User",
            R"({"schemas":["%USER%"],"userName":"bjensen","displayName":null,"emails":[],"name":null,
                "title":"Tour Guide"})",
            R"({"schemas":["%USER%"],"userName":"bjensen","title":"Tour Guide"})");
        row("complex value with only nulls is unassigned", "User",
            R"({"schemas":["%USER%"],"userName":"bjensen","name":{"givenName":null},"emails":[{"value":null}]})",
            R"({"schemas":["%USER%"],"userName":"bjensen"})");
        row("null elements of arrays skipped", "User",
            R"({"schemas":["%USER%"],"userName":"bjensen","emails":[null,{"value":"bjensen@example.com"}]})",
            R"({"schemas":["%USER%"],"userName":"bjensen","emails":[{"value":"bjensen@example.com"}]})");
        row("empty string kept for an optional attribute", "User",
            R"({"schemas":["%USER%"],"userName":"bjensen","nickName":""})",
            R"({"schemas":["%USER%"],"userName":"bjensen","nickName":""})");
        row("password kept as given", "User",
            R"({"schemas":["%USER%"],"userName":"bjensen","password":"t1meMa$heen"})",
            R"({"schemas":["%USER%"],"userName":"bjensen","password":"t1meMa$heen"})");

        // Booleans.
        row("boolean true", "User", R"({"schemas":["%USER%"],"userName":"b","active":true})",
            R"({"schemas":["%USER%"],"userName":"b","active":true})");
        row("boolean from the string \"True\"", "User",
            R"({"schemas":["%USER%"],"userName":"b","active":"True"})",
            R"({"schemas":["%USER%"],"userName":"b","active":true})");
        row("boolean from the string \"FALSE\"", "User",
            R"({"schemas":["%USER%"],"userName":"b","active":"FALSE"})",
            R"({"schemas":["%USER%"],"userName":"b","active":false})");

        // Multi-valued attributes.
        row("single email becomes a one-element array", "User",
            R"({"schemas":["%USER%"],"userName":"b","emails":{"value":"b@example.com","type":"work"}})",
            R"({"schemas":["%USER%"],"userName":"b","emails":[{"value":"b@example.com","type":"work"}]})");
        row("emails kept in order, one primary", "User",
            R"({"schemas":["%USER%"],"userName":"b","emails":[{"value":"b@example.com","primary":true},
                {"value":"babs@jensen.org","primary":false}]})",
            R"({"schemas":["%USER%"],"userName":"b","emails":[{"value":"b@example.com","primary":true},
                {"value":"babs@jensen.org","primary":false}]})");
        row("sub-attribute names in any case, primary as a string", "User",
            R"({"schemas":["%USER%"],"userName":"b","Emails":[{"VALUE":"b@example.com","Primary":"true",
                "TYPE":"work"}]})",
            R"({"schemas":["%USER%"],"userName":"b","emails":[{"value":"b@example.com","primary":true,
                "type":"work"}]})");
        row("no primary at all", "User",
            R"({"schemas":["%USER%"],"userName":"b","phoneNumbers":[{"value":"555-1"},{"value":"555-2"}]})",
            R"({"schemas":["%USER%"],"userName":"b","phoneNumbers":[{"value":"555-1"},{"value":"555-2"}]})");
        row("reference and binary values", "User",
            R"({"schemas":["%USER%"],"userName":"b","x509Certificates":[{"value":"TUlJRFFEQ0NBeWlnQXdJQkFnSUpB"}],
                "profileUrl":"https:\/\/login.example.com/bjensen","photos":[{"value":"https:\/\/b.example.com/b.jpg"}]})",
            R"({"schemas":["%USER%"],"userName":"b","x509Certificates":[{"value":"TUlJRFFEQ0NBeWlnQXdJQkFnSUpB"}],
                "profileUrl":"https:\/\/login.example.com/bjensen","photos":[{"value":"https:\/\/b.example.com/b.jpg"}]})");
        row("addresses", "User",
            R"({"schemas":["%USER%"],"userName":"b","addresses":[{"streetAddress":"100 Universal City Plaza",
                "locality":"Hollywood","postalCode":"91608","country":"US","type":"work","primary":"TRUE"}]})",
            R"({"schemas":["%USER%"],"userName":"b","addresses":[{"streetAddress":"100 Universal City Plaza",
                "locality":"Hollywood","postalCode":"91608","country":"US","type":"work","primary":true}]})");

        // Extensions.
        row("enterprise extension, readOnly manager.displayName dropped", "User",
            R"({"schemas":["%USER%","%ENT%"],"userName":"b","%ENT%":{"employeeNumber":"701984",
                "manager":{"value":"26118915","displayName":"John Smith"}}})",
            R"({"schemas":["%USER%","%ENT%"],"userName":"b","%ENT%":{"employeeNumber":"701984",
                "manager":{"value":"26118915"}}})");
        row("extension key and attributes in any case", "User",
            R"({"schemas":["%USER%","urn:ietf:params:scim:schemas:extension:Enterprise:2.0:user"],"userName":"b",
                "URN:IETF:PARAMS:SCIM:SCHEMAS:EXTENSION:ENTERPRISE:2.0:USER":{"EmployeeNumber":"1",
                "DEPARTMENT":"Tour Operations"}})",
            R"({"schemas":["%USER%","%ENT%"],"userName":"b","%ENT%":{"employeeNumber":"1",
                "department":"Tour Operations"}})");
        row("extension object not listed in schemas still counts", "User",
            R"({"schemas":["%USER%"],"userName":"b","%ENT%":{"costCenter":"4130"}})",
            R"({"schemas":["%USER%","%ENT%"],"userName":"b","%ENT%":{"costCenter":"4130"}})");
        row("extension listed but absent leaves schemas", "User",
            R"({"schemas":["%USER%","%ENT%","%LAB%"],"userName":"b"})",
            R"({"schemas":["%USER%"],"userName":"b"})");
        row("extension emptied by readOnly values is absent", "User",
            R"({"schemas":["%USER%","%ENT%"],"userName":"b","%ENT%":{"manager":{"displayName":"John Smith"}}})",
            R"({"schemas":["%USER%"],"userName":"b"})");
        row("URN-qualified extension attribute folded", "User",
            R"({"schemas":["%USER%","%ENT%"],"userName":"b","%ENT%:employeeNumber":"42"})",
            R"({"schemas":["%USER%","%ENT%"],"userName":"b","%ENT%":{"employeeNumber":"42"}})");
        row("URN-qualified key in any case merged with the object", "User",
            R"({"schemas":["%USER%","%ENT%"],"userName":"b","%ENT%":{"department":"Tours"},
                "URN:IETF:PARAMS:SCIM:SCHEMAS:EXTENSION:ENTERPRISE:2.0:USER:COSTCENTER":"4130"})",
            R"({"schemas":["%USER%","%ENT%"],"userName":"b","%ENT%":{"department":"Tours","costCenter":"4130"}})");
        row("URN-qualified sub-attribute folded into its parent", "User",
            R"({"schemas":["%USER%","%ENT%"],"userName":"b","%ENT%":{"manager":{"$ref":"../Users/m1"}},
                "%ENT%:manager.value":"m1"})",
            R"({"schemas":["%USER%","%ENT%"],"userName":"b","%ENT%":{"manager":{"value":"m1","$ref":"../Users/m1"}}})");
        row("URN-qualified core attribute at the top level", "User",
            R"({"schemas":["%USER%"],"%USER%:userName":"b","urn:ietf:params:scim:schemas:core:2.0:user:name.givenName":"Babs"})",
            R"({"schemas":["%USER%"],"userName":"b","name":{"givenName":"Babs"}})");
        row("unknown extension object dropped", "User",
            R"({"schemas":["%USER%"],"userName":"b","urn:example:params:scim:schemas:extension:nope:2.0:User":
                {"shoeSize":38},"urn:example:nope:2.0:User:shoeSize":38})",
            R"({"schemas":["%USER%"],"userName":"b"})");
        row("another type's schema as a key dropped", "User",
            R"({"schemas":["%USER%"],"userName":"b","%GROUP%":{"displayName":"x"},"%GROUP%:displayName":"x"})",
            R"({"schemas":["%USER%"],"userName":"b"})");
        row("unqualified extension attribute at the top level dropped", "User",
            R"({"schemas":["%USER%"],"userName":"b","employeeNumber":"701984"})",
            R"({"schemas":["%USER%"],"userName":"b"})");

        // Every attribute type, through the lab extension.
        row("integer", "User", R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"level":42}})",
            R"({"schemas":["%USER%","%LAB%"],"userName":"b","%LAB%":{"level":42}})");
        row("integer written with a zero fraction", "User",
            R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"level":3.0,"scores":[-1,2.0]}})",
            R"({"schemas":["%USER%","%LAB%"],"userName":"b","%LAB%":{"level":3,"scores":[-1,2]}})");
        row("integer at the 64-bit limits", "User",
            R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"level":9223372036854775807,"scores":[-9223372036854775808]}})",
            R"({"schemas":["%USER%","%LAB%"],"userName":"b","%LAB%":{"level":9223372036854775807,"scores":[-9223372036854775808]}})");
        row("decimal", "User", R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"ratio":0.75}})",
            R"({"schemas":["%USER%","%LAB%"],"userName":"b","%LAB%":{"ratio":0.75}})");
        row("decimal written as a whole number", "User",
            R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"ratio":2}})",
            R"({"schemas":["%USER%","%LAB%"],"userName":"b","%LAB%":{"ratio":2}})");
        row("boolean in an extension", "User",
            R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"verified":"tRuE"}})",
            R"({"schemas":["%USER%","%LAB%"],"userName":"b","%LAB%":{"verified":true}})");
        row("dateTime in UTC", "User",
            R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"hiredAt":"2024-05-01T12:30:00Z"}})",
            R"({"schemas":["%USER%","%LAB%"],"userName":"b","%LAB%":{"hiredAt":"2024-05-01T12:30:00Z"}})");
        row("dateTime with an offset to UTC", "User",
            R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"hiredAt":"2024-05-01T14:30:00+02:00"}})",
            R"({"schemas":["%USER%","%LAB%"],"userName":"b","%LAB%":{"hiredAt":"2024-05-01T12:30:00Z"}})");
        row("dateTime across the new year, milliseconds kept", "User",
            R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"hiredAt":"2024-12-31T23:30:00.5-01:00"}})",
            R"({"schemas":["%USER%","%LAB%"],"userName":"b","%LAB%":{"hiredAt":"2025-01-01T00:30:00.500Z"}})");
        row("dateTime without a zone is UTC", "User",
            R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"hiredAt":"2024-05-01T12:30:00"}})",
            R"({"schemas":["%USER%","%LAB%"],"userName":"b","%LAB%":{"hiredAt":"2024-05-01T12:30:00Z"}})");
        row("dateTime microseconds cut to milliseconds", "User",
            R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"hiredAt":"2024-02-29T08:00:00.123456+05:30"}})",
            R"({"schemas":["%USER%","%LAB%"],"userName":"b","%LAB%":{"hiredAt":"2024-02-29T02:30:00.123Z"}})");
        row("binary padded and unpadded", "User",
            R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"photo":"aGVsbG8="},"%LAB%:homepage":"https:\/\/b.example.com"})",
            R"({"schemas":["%USER%","%LAB%"],"userName":"b","%LAB%":{"photo":"aGVsbG8=","homepage":"https:\/\/b.example.com"}})");
        row("binary without padding", "User",
            R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"photo":"aGVsbG8"}})",
            R"({"schemas":["%USER%","%LAB%"],"userName":"b","%LAB%":{"photo":"aGVsbG8"}})");
        row("multi-valued string from a single value", "User",
            R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"TAGS":"vip"}})",
            R"({"schemas":["%USER%","%LAB%"],"userName":"b","%LAB%":{"tags":["vip"]}})");
        row("single-valued complex in an extension", "User",
            R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"contract":{"NUMBER":"C-1",
                "signed":"2024-01-01T00:00:00+01:00","hours":37.5}}})",
            R"({"schemas":["%USER%","%LAB%"],"userName":"b","%LAB%":{"contract":{"number":"C-1",
                "signed":"2023-12-31T23:00:00Z","hours":37.5}}})");
        row("readOnly extension attribute and sub-attribute dropped", "User",
            R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"computedScore":9.5,
                "devices":[{"value":"d1","registered":"2024-01-01T00:00:00Z","primary":"true"}]}})",
            R"({"schemas":["%USER%","%LAB%"],"userName":"b","%LAB%":{"devices":[{"value":"d1","primary":true}]}})");
        row("both extensions, schemas in resource type order", "User",
            R"({"schemas":["%LAB%","%ENT%","%USER%"],"userName":"b","%LAB%":{"level":1},"%ENT%":{"division":"Tours"}})",
            R"({"schemas":["%USER%","%ENT%","%LAB%"],"userName":"b","%ENT%":{"division":"Tours"},"%LAB%":{"level":1}})");

        // Groups.
        row("group, readOnly members.display dropped", "Group",
            R"({"schemas":["%GROUP%"],"displayName":"Tour Guides","members":[{"value":"u1","display":"Babs",
                "type":"User","$ref":"https:\/\/example.com/v2/Users/u1"}]})",
            R"({"schemas":["%GROUP%"],"displayName":"Tour Guides","members":[{"value":"u1","type":"User",
                "$ref":"https:\/\/example.com/v2/Users/u1"}]})");
        row("group names in any case", "Group",
            R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:GROUP"],"DISPLAYNAME":"Tour Guides",
                "Members":[{"Value":"u1","TYPE":"User"},{"value":"u2"}]})",
            R"({"schemas":["%GROUP%"],"displayName":"Tour Guides","members":[{"value":"u1","type":"User"},
                {"value":"u2"}]})");
        row("group with a single member object", "Group",
            R"({"schemas":["%GROUP%"],"displayName":"Tour Guides","members":{"value":"u1"},"externalId":"g-ext"})",
            R"({"schemas":["%GROUP%"],"displayName":"Tour Guides","members":[{"value":"u1"}],"externalId":"g-ext"})");
        row("group without members", "Group",
            R"({"schemas":["%GROUP%"],"displayName":"Empty","members":null})",
            R"({"schemas":["%GROUP%"],"displayName":"Empty"})");

        // A resource type with a required extension.
        row("device with its required extension", "Device",
            R"({"schemas":["%DEVICE%","%WARRANTY%"],"serialNumber":"SN-1",
                "%WARRANTY%":{"expires":"2026-01-01T00:00:00+01:00","vendor":"Acme"}})",
            R"({"schemas":["%DEVICE%","%WARRANTY%"],"serialNumber":"SN-1",
                "%WARRANTY%":{"expires":"2025-12-31T23:00:00Z","vendor":"Acme"}})");
        row("device extension given as a URN-qualified key", "Device",
            R"({"schemas":["%DEVICE%"],"SerialNumber":"SN-2","%WARRANTY%:Expires":"2026-01-01T00:00:00Z"})",
            R"({"schemas":["%DEVICE%","%WARRANTY%"],"serialNumber":"SN-2","%WARRANTY%":{"expires":"2026-01-01T00:00:00Z"}})");
    }

    void canonicalize()
    {
        QFETCH(QString, typeName);
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);

        const std::optional<QJsonObject> inputObject = parse(input);
        const std::optional<QJsonObject> expectedObject = parse(expected);
        QVERIFY2(inputObject, input.constData());
        QVERIFY2(expectedObject, expected.constData());
        const ResourceType* resourceType = type(typeName);
        QVERIFY(resourceType);

        const ResourceCanonicalizer canonicalizer(*m_registry, *resourceType);
        const auto canonical = canonicalizer.canonicalize(*inputObject);
        QVERIFY2(canonical, qPrintable(detailOf(canonical)));
        QCOMPARE(text(*canonical), text(*expectedObject));
        QCOMPARE(*canonical, *expectedObject);

        // The stored form (canonical plus id and meta) canonicalizes to itself: the Directory relies on
        // that to notice writes that change nothing.
        QJsonObject stored = *canonical;
        stored.insert(QStringLiteral("id"), QStringLiteral("3f1c"));
        stored.insert(QStringLiteral("meta"),
                      QJsonObject{{QStringLiteral("resourceType"), typeName},
                                  {QStringLiteral("version"), QStringLiteral("W/\"1\"")}});
        const auto again = canonicalizer.canonicalize(stored);
        QVERIFY2(again, qPrintable(detailOf(again)));
        QCOMPARE(*again, *canonical);
    }

    // Canonical resources share one "schemas" array per list of URNs (memory): a change to one
    // resource's list must stay its own, and later resources must still get the right list.
    void schemasStayIndependent()
    {
        const ResourceCanonicalizer canonicalizer(*m_registry, *type(QStringLiteral("User")));
        const QJsonObject input{{QStringLiteral("schemas"), QJsonArray{urns::User}},
                                {QStringLiteral("userName"), QStringLiteral("a")}};
        auto first = canonicalizer.canonicalize(input);
        const auto second = canonicalizer.canonicalize(input);
        QVERIFY(first && second);
        QJsonArray changed = first->value(QLatin1String("schemas")).toArray();
        changed.append(QStringLiteral("urn:example:changed"));
        first->insert(QStringLiteral("schemas"), changed);
        const QJsonArray expected{urns::User};
        QCOMPARE(second->value(QLatin1String("schemas")).toArray(), expected);
        const auto third = canonicalizer.canonicalize(input);
        QVERIFY(third);
        QCOMPARE(third->value(QLatin1String("schemas")).toArray(), expected);
        QCOMPARE(first->value(QLatin1String("schemas")).toArray().size(), 2);
    }

    void exactIntegers()
    {
        // Beyond 2^53 a double would round: integers must come through exactly.
        const auto input = parse(expand(R"({"schemas":["%USER%"],"userName":"b",
            "%LAB%":{"level":9007199254740993,"scores":[9223372036854775807,-9223372036854775807]}})"));
        QVERIFY(input);
        const auto canonical =
            ResourceCanonicalizer(*m_registry, *type(QStringLiteral("User"))).canonicalize(*input);
        QVERIFY2(canonical, qPrintable(detailOf(canonical)));
        const QJsonObject lab = canonical->value(LabUrn).toObject();
        QCOMPARE(lab.value(QLatin1String("level")).toInteger(), Q_INT64_C(9007199254740993));
        const QJsonArray scores = lab.value(QLatin1String("scores")).toArray();
        QCOMPARE(scores.size(), 2);
        QCOMPARE(scores.at(0).toInteger(), Q_INT64_C(9223372036854775807));
        QCOMPARE(scores.at(1).toInteger(), Q_INT64_C(-9223372036854775807));
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("typeName");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("scimType");
        QTest::addColumn<QString>("detailFragment");

        const auto row = [](const char* name, const char* typeName, const char* input, const char* scimType,
                            const char* fragment) {
            QTest::addRow("%s", name) << QString::fromLatin1(typeName) << expand(input)
                                      << QString::fromLatin1(scimType) << expandText(fragment);
        };
        const char* syntax = "invalidSyntax";
        const char* value = "invalidValue";

        // "schemas".
        row("no schemas", "User", R"({"userName":"bjensen"})", syntax, "\"schemas\"");
        row("schemas not an array", "User", R"({"schemas":"%USER%","userName":"b"})", syntax,
            "array of schema URNs");
        row("schemas with a number", "User", R"({"schemas":["%USER%",7],"userName":"b"})", syntax,
            "array of schema URNs");
        row("schemas null", "User", R"({"schemas":null,"userName":"b"})", syntax, "array of schema URNs");
        row("schemas without the core schema", "User", R"({"schemas":["%ENT%"],"userName":"b"})", syntax,
            "%USER%");
        row("a group sent as a user", "User", R"({"schemas":["%GROUP%"],"displayName":"x"})", syntax,
            "%USER%");
        row("schemas empty", "Group", R"({"schemas":[],"displayName":"x"})", syntax, "%GROUP%");
        row("unknown URN in schemas", "User",
            R"({"schemas":["%USER%","urn:example:nope:2.0:User"],"userName":"b"})", value,
            "urn:example:nope:2.0:User");
        row("another type's core schema in schemas", "User",
            R"({"schemas":["%USER%","%GROUP%"],"userName":"b"})", value, "%GROUP%");
        row("another type's extension in schemas", "User",
            R"({"schemas":["%USER%","%WARRANTY%"],"userName":"b"})", value, "%WARRANTY%");
        row("user extension on a group", "Group", R"({"schemas":["%GROUP%","%ENT%"],"displayName":"x"})",
            value, "%ENT%");
        row("schemas given twice", "User", R"({"schemas":["%USER%"],"Schemas":["%USER%"],"userName":"b"})",
            syntax, "schemas");

        // Required attributes.
        row("userName missing", "User", R"({"schemas":["%USER%"],"displayName":"Babs"})", value,
            "userName is required");
        row("userName null", "User", R"({"schemas":["%USER%"],"userName":null})", value,
            "userName is required");
        row("userName empty", "User", R"({"schemas":["%USER%"],"userName":""})", value,
            "userName is required");
        row("userName blank", "User", R"({"schemas":["%USER%"],"userName":"   "})", value,
            "userName is required");
        row("group displayName missing", "Group", R"({"schemas":["%GROUP%"],"members":[{"value":"u1"}]})",
            value, "displayName is required");
        row("required sub-attribute missing in a multi-valued value", "User",
            R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"devices":[{"value":"d1"},{"model":"X1"}]}})",
            value, "%LAB%:devices[1].value is required");
        row("required sub-attribute missing in a single value", "User",
            R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"contract":{"hours":3}}})", value,
            "%LAB%:contract.number is required");
        row("required extension missing", "Device", R"({"schemas":["%DEVICE%"],"serialNumber":"SN-1"})",
            value, "%WARRANTY%");
        row("required extension empty", "Device",
            R"({"schemas":["%DEVICE%","%WARRANTY%"],"serialNumber":"SN-1","%WARRANTY%":{}})", value,
            "%WARRANTY%");
        row("required extension attribute missing", "Device",
            R"({"schemas":["%DEVICE%","%WARRANTY%"],"serialNumber":"SN-1","%WARRANTY%":{"vendor":"Acme"}})",
            value, "%WARRANTY%:expires is required");
        row("required core attribute of a custom type missing", "Device",
            R"({"schemas":["%DEVICE%"],"%WARRANTY%":{"expires":"2026-01-01T00:00:00Z"}})", value,
            "serialNumber is required");

        // Types, core schema.
        row("userName a number", "User", R"({"schemas":["%USER%"],"userName":42})", value,
            "userName must be of type string");
        row("userName an array", "User", R"({"schemas":["%USER%"],"userName":["b"]})", value,
            "userName must be of type string");
        row("displayName an object", "User", R"({"schemas":["%USER%"],"userName":"b","DISPLAYNAME":{"x":1}})",
            value, "displayName must be of type string");
        row("active \"yes\"", "User", R"({"schemas":["%USER%"],"userName":"b","active":"yes"})", value,
            "active must be of type boolean");
        row("active a number", "User", R"({"schemas":["%USER%"],"userName":"b","active":1})", value,
            "active must be of type boolean");
        row("name a string", "User", R"({"schemas":["%USER%"],"userName":"b","name":"Barbara Jensen"})",
            value, "name must be of type complex");
        row("name.givenName a number", "User",
            R"({"schemas":["%USER%"],"userName":"b","name":{"GIVENNAME":7}})", value,
            "name.givenName must be of type string");
        row("emails[1].value a number", "User",
            R"({"schemas":["%USER%"],"userName":"b","emails":[{"value":"b@example.com"},{"value":5}]})",
            value, "emails[1].value must be of type string");
        row("emails element a string", "User",
            R"({"schemas":["%USER%"],"userName":"b","emails":["b@example.com"]})", value,
            "emails[0] must be of type complex");
        row("single email with a bad value", "User",
            R"({"schemas":["%USER%"],"userName":"b","emails":{"value":true}})", value,
            "emails.value must be of type string");
        row("emails[0].primary not a boolean", "User",
            R"({"schemas":["%USER%"],"userName":"b","emails":[{"value":"a@x","primary":"maybe"}]})", value,
            "emails[0].primary must be of type boolean");
        row("profileUrl a number", "User", R"({"schemas":["%USER%"],"userName":"b","profileUrl":3})", value,
            "profileUrl must be of type reference");
        row("certificate not base64", "User",
            R"({"schemas":["%USER%"],"userName":"b","x509Certificates":[{"value":"not base64!"}]})", value,
            "x509Certificates[0].value must be of type binary");
        row("certificate with misplaced padding", "User",
            R"({"schemas":["%USER%"],"userName":"b","x509Certificates":[{"value":"ab=c"}]})", value,
            "x509Certificates[0].value must be of type binary");
        row("members[0].value a number", "Group",
            R"({"schemas":["%GROUP%"],"displayName":"x","members":[{"value":1}]})", value,
            "members[0].value must be of type string");

        // Types, extensions.
        row("integer with a fraction", "User",
            R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"level":1.5}})", value,
            "%LAB%:level must be of type integer");
        row("integer as a string", "User", R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"level":"42"}})",
            value, "%LAB%:level must be of type integer");
        row("integer beyond 64 bits", "User",
            R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"level":1e19}})", value,
            "%LAB%:level must be of type integer");
        row("integer element a string", "User",
            R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"scores":[1,"x"]}})", value,
            "%LAB%:scores[1] must be of type integer");
        row("decimal as a string", "User", R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"ratio":"0.5"}})",
            value, "%LAB%:ratio must be of type decimal");
        row("dateTime free text", "User",
            R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"hiredAt":"yesterday"}})", value,
            "%LAB%:hiredAt must be of type dateTime");
        row("dateTime on a day that does not exist", "User",
            R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"hiredAt":"2023-02-29T00:00:00Z"}})", value,
            "%LAB%:hiredAt must be of type dateTime");
        row("dateTime with a space", "User",
            R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"hiredAt":"2024-05-01 12:30:00Z"}})", value,
            "%LAB%:hiredAt must be of type dateTime");
        row("dateTime hour 25", "User",
            R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"hiredAt":"2024-05-01T25:00:00Z"}})", value,
            "%LAB%:hiredAt must be of type dateTime");
        row("dateTime offset beyond 14 hours", "User",
            R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"hiredAt":"2024-05-01T12:00:00+15:00"}})", value,
            "%LAB%:hiredAt must be of type dateTime");
        row("dateTime date only", "User",
            R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"hiredAt":"2024-05-01"}})", value,
            "%LAB%:hiredAt must be of type dateTime");
        row("dateTime a number", "User",
            R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"hiredAt":1714566600}})", value,
            "%LAB%:hiredAt must be of type dateTime");
        row("binary not base64", "User", R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"photo":"a*b="}})",
            value, "%LAB%:photo must be of type binary");
        row("binary with a dangling character", "User",
            R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"photo":"aGVsb"}})", value,
            "%LAB%:photo must be of type binary");
        row("nested array in a multi-valued string", "User",
            R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"tags":[["vip"]]}})", value,
            "%LAB%:tags[0] must be of type string");
        row("dateTime sub-attribute", "User",
            R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"contract":{"number":"C","signed":"soon"}}})",
            value, "%LAB%:contract.signed must be of type dateTime");
        row("enterprise employeeNumber a number", "User",
            R"({"schemas":["%USER%","%ENT%"],"userName":"b","%ENT%":{"employeeNumber":701984}})", value,
            "%ENT%:employeeNumber must be of type string");
        row("URN-qualified manager not an object", "User",
            R"({"schemas":["%USER%","%ENT%"],"userName":"b","%ENT%:manager":"boss"})", value,
            "%ENT%:manager must be of type complex");
        row("extension value not an object", "User",
            R"({"schemas":["%USER%","%ENT%"],"userName":"b","%ENT%":"x"})", value, "%ENT%");

        // Primary.
        row("two primary emails", "User",
            R"({"schemas":["%USER%"],"userName":"b","emails":[{"value":"a@x","primary":true},
                {"value":"b@x","primary":true}]})",
            value, "emails: at most one value");
        row("two primary values given as strings", "User",
            R"({"schemas":["%USER%"],"userName":"b","phoneNumbers":[{"value":"1","primary":"TRUE"},
                {"value":"2","primary":"true"},{"value":"3","primary":false}]})",
            value, "phoneNumbers: at most one value");
        row("two primary devices in an extension", "User",
            R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"devices":[{"value":"d1","primary":true},
                {"value":"d2","primary":true}]}})",
            value, "%LAB%:devices: at most one value");

        // Attributes given twice, and structure.
        row("userName in two spellings", "User", R"({"schemas":["%USER%"],"userName":"a","USERNAME":"b"})",
            syntax, "userName is given more than once");
        row("sub-attribute in two spellings", "User",
            R"({"schemas":["%USER%"],"userName":"b","name":{"givenName":"a","GivenName":"b"}})", syntax,
            "name.givenName is given more than once");
        row("extension attribute in the object and as a URN key", "User",
            R"({"schemas":["%USER%","%ENT%"],"userName":"b","%ENT%":{"employeeNumber":"1"},
                "%ENT%:employeeNumber":"2"})",
            syntax, "%ENT%:employeeNumber is given more than once");
        row("URN-qualified sub-attribute of a multi-valued attribute", "User",
            R"({"schemas":["%USER%"],"userName":"b","%USER%:emails.value":"a@x"})", value, "emails");
    }

    void rejects()
    {
        QFETCH(QString, typeName);
        QFETCH(QByteArray, input);
        QFETCH(QString, scimType);
        QFETCH(QString, detailFragment);

        const std::optional<QJsonObject> inputObject = parse(input);
        QVERIFY2(inputObject, input.constData());
        const ResourceType* resourceType = type(typeName);
        QVERIFY(resourceType);

        const auto canonical = ResourceCanonicalizer(*m_registry, *resourceType).canonicalize(*inputObject);
        QVERIFY2(!canonical, qPrintable(canonical ? text(*canonical) : QString()));
        QCOMPARE(canonical.error().status, 400);
        QCOMPARE(canonical.error().scimTypeName(), scimType);
        QVERIFY2(canonical.error().detail.contains(detailFragment),
                 qPrintable(canonical.error().detail + QStringLiteral(" lacks ") + detailFragment));
    }

    void checkImmutable_data()
    {
        QTest::addColumn<QString>("typeName");
        QTest::addColumn<QByteArray>("existing");    // as stored: canonical plus id, meta, server values
        QTest::addColumn<QByteArray>("replacement"); // as a client sends it; canonicalized first
        QTest::addColumn<QString>("detailFragment"); // empty: allowed

        const auto row = [](const char* name, const char* typeName, const char* existing,
                            const char* replacement, const char* fragment) {
            QTest::addRow("%s", name) << QString::fromLatin1(typeName) << expand(existing)
                                      << expand(replacement) << expandText(fragment);
        };

        const char* user = R"({"schemas":["%USER%","%LAB%"],"id":"u1","userName":"bjensen",
            "meta":{"resourceType":"User","version":"W/2"},
            "%LAB%":{"employeeCode":"EC-9","hiredAt":"2024-05-01T12:30:00Z","clearances":["A","B"],
                     "contract":{"number":"C-1","hours":20},
                     "devices":[{"value":"d1","kind":"laptop","model":"X1"},{"value":"d2","kind":"phone"}]}})";

        row("readWrite attributes change freely", "User", user,
            R"({"schemas":["%USER%","%LAB%"],"userName":"babs","displayName":"Babs",
                "%LAB%":{"employeeCode":"EC-9","level":3}})",
            "");
        row("immutable value repeated", "User", user,
            R"({"schemas":["%USER%"],"userName":"bjensen","%LAB%":{"employeeCode":"EC-9"}})", "");
        row("immutable value in another case, not caseExact", "User", user,
            R"({"schemas":["%USER%"],"userName":"bjensen","%LAB%":{"employeeCode":"ec-9"}})", "");
        row("immutable value changed", "User", user,
            R"({"schemas":["%USER%"],"userName":"bjensen","%LAB%":{"employeeCode":"EC-10"}})",
            "%LAB%:employeeCode is immutable");
        row("immutable value left out", "User", user, R"({"schemas":["%USER%"],"userName":"bjensen"})", "");
        row("immutable value set for the first time", "User",
            R"({"schemas":["%USER%"],"userName":"bjensen"})",
            R"({"schemas":["%USER%"],"userName":"bjensen","%LAB%":{"employeeCode":"EC-1","hiredAt":"2020-01-01T00:00:00Z"}})",
            "");
        row("immutable dateTime, same instant in another zone", "User", user,
            R"({"schemas":["%USER%"],"userName":"bjensen","%LAB%":{"hiredAt":"2024-05-01T14:30:00+02:00"}})",
            "");
        row("immutable dateTime changed", "User", user,
            R"({"schemas":["%USER%"],"userName":"bjensen","%LAB%":{"hiredAt":"2024-05-02T12:30:00Z"}})",
            "%LAB%:hiredAt is immutable");
        row("immutable multi-valued in another order", "User", user,
            R"({"schemas":["%USER%"],"userName":"bjensen","%LAB%":{"clearances":["B","A"]}})", "");
        row("immutable multi-valued with a value added", "User", user,
            R"({"schemas":["%USER%"],"userName":"bjensen","%LAB%":{"clearances":["A","B","C"]}})",
            "%LAB%:clearances is immutable");
        row("immutable multi-valued with a value swapped", "User", user,
            R"({"schemas":["%USER%"],"userName":"bjensen","%LAB%":{"clearances":["A","C"]}})",
            "%LAB%:clearances is immutable");
        row("immutable caseExact multi-valued in another case", "User", user,
            R"({"schemas":["%USER%"],"userName":"bjensen","%LAB%":{"clearances":["a","B"]}})",
            "%LAB%:clearances is immutable");
        row("immutable sub-attribute of a single value changed", "User", user,
            R"({"schemas":["%USER%"],"userName":"bjensen","%LAB%":{"contract":{"number":"C-2","hours":20}}})",
            "%LAB%:contract.number is immutable");
        row("mutable sub-attribute beside an immutable one changed", "User", user,
            R"({"schemas":["%USER%"],"userName":"bjensen","%LAB%":{"contract":{"number":"C-1","hours":40}}})",
            "");
        row("multi-valued values removed and added", "User", user,
            R"({"schemas":["%USER%"],"userName":"bjensen","%LAB%":{"devices":[{"value":"d3","kind":"tablet"}]}})",
            "");
        row("kept value with its immutable part changed", "User", user,
            R"({"schemas":["%USER%"],"userName":"bjensen","%LAB%":{"devices":[{"value":"d2","kind":"tablet"}]}})",
            "%LAB%:devices[value eq \"d2\"].kind is immutable");
        row("kept value with a mutable part changed", "User", user,
            R"({"schemas":["%USER%"],"userName":"bjensen","%LAB%":{"devices":[{"value":"d1","kind":"laptop","model":"X2"}]}})",
            "");
        row("kept value with its immutable part left out", "User", user,
            R"({"schemas":["%USER%"],"userName":"bjensen","%LAB%":{"devices":[{"value":"d1"}]}})", "");

        const char* group = R"({"schemas":["%GROUP%"],"id":"g1","displayName":"Tour Guides",
            "meta":{"resourceType":"Group","version":"W/5"},
            "members":[{"value":"u1","type":"User","display":"Babs"},{"value":"g2","type":"Group","display":"Leads"}]})";
        row("group members added and removed", "Group", group,
            R"({"schemas":["%GROUP%"],"displayName":"Tour Guides","members":[{"value":"u1"},{"value":"u3","type":"User"}]})",
            "");
        row("group member display differs (readOnly)", "Group", group,
            R"({"schemas":["%GROUP%"],"displayName":"Guides","members":[{"value":"u1","type":"User","display":"B"}]})",
            "");
        row("group member type changed", "Group", group,
            R"({"schemas":["%GROUP%"],"displayName":"Tour Guides","members":[{"value":"u1","type":"Group"}]})",
            "members[value eq \"u1\"].type is immutable");

        const char* device = R"({"schemas":["%DEVICE%","%WARRANTY%"],"id":"d1","serialNumber":"SN-1",
            "%WARRANTY%":{"expires":"2026-01-01T00:00:00Z"}})";
        row("device serial number repeated", "Device", device,
            R"({"schemas":["%DEVICE%"],"serialNumber":"SN-1","retired":true,"%WARRANTY%:expires":"2027-01-01T00:00:00Z"})",
            "");
        row("device serial number in another case (caseExact)", "Device", device,
            R"({"schemas":["%DEVICE%"],"serialNumber":"sn-1","%WARRANTY%:expires":"2026-01-01T00:00:00Z"})",
            "serialNumber is immutable");
    }

    void checkImmutable()
    {
        QFETCH(QString, typeName);
        QFETCH(QByteArray, existing);
        QFETCH(QByteArray, replacement);
        QFETCH(QString, detailFragment);

        const std::optional<QJsonObject> existingObject = parse(existing);
        const std::optional<QJsonObject> replacementObject = parse(replacement);
        QVERIFY2(existingObject, existing.constData());
        QVERIFY2(replacementObject, replacement.constData());
        const ResourceType* resourceType = type(typeName);
        QVERIFY(resourceType);
        const ResourceCanonicalizer canonicalizer(*m_registry, *resourceType);
        const auto canonical = canonicalizer.canonicalize(*replacementObject);
        QVERIFY2(canonical, qPrintable(detailOf(canonical)));

        const Status status = canonicalizer.checkImmutable(*canonical, *existingObject);
        if (detailFragment.isEmpty()) {
            QVERIFY2(status, qPrintable(detailOf(status)));
            return;
        }
        QVERIFY(!status);
        QCOMPARE(status.error().status, 400);
        QCOMPARE(status.error().scimTypeName(), QStringLiteral("mutability"));
        QVERIFY2(status.error().detail.contains(detailFragment),
                 qPrintable(status.error().detail + QStringLiteral(" lacks ") + detailFragment));
    }

    void keepOmittedImmutable_data()
    {
        QTest::addColumn<QString>("typeName");
        QTest::addColumn<QByteArray>("existing");
        QTest::addColumn<QByteArray>("replacement"); // canonicalized first
        QTest::addColumn<QByteArray>("expected");    // canonical replacement after the call

        const auto row = [](const char* name, const char* typeName, const char* existing,
                            const char* replacement, const char* expected) {
            QTest::addRow("%s", name) << QString::fromLatin1(typeName) << expand(existing)
                                      << expand(replacement) << expand(expected);
        };
        const char* user = R"({"schemas":["%USER%","%LAB%"],"id":"u1","userName":"bjensen",
            "%LAB%":{"employeeCode":"EC-9","level":2}})";
        row("omitted immutable extension attribute kept, extension listed", "User", user,
            R"({"schemas":["%USER%"],"userName":"bjensen"})",
            R"({"schemas":["%USER%","%LAB%"],"userName":"bjensen","%LAB%":{"employeeCode":"EC-9"}})");
        row("given immutable value left to the immutability check", "User", user,
            R"({"schemas":["%USER%","%LAB%"],"userName":"bjensen","%LAB%":{"employeeCode":"EC-10"}})",
            R"({"schemas":["%USER%","%LAB%"],"userName":"bjensen","%LAB%":{"employeeCode":"EC-10"}})");
        row("readWrite extension attribute may be dropped", "User", user,
            R"({"schemas":["%USER%","%LAB%"],"userName":"bjensen","%LAB%":{"employeeCode":"EC-9"}})",
            R"({"schemas":["%USER%","%LAB%"],"userName":"bjensen","%LAB%":{"employeeCode":"EC-9"}})");
        row("nothing immutable stored", "User", R"({"schemas":["%USER%"],"id":"u1","userName":"bjensen"})",
            R"({"schemas":["%USER%"],"userName":"babs"})", R"({"schemas":["%USER%"],"userName":"babs"})");
    }

    void keepOmittedImmutable()
    {
        QFETCH(QString, typeName);
        QFETCH(QByteArray, existing);
        QFETCH(QByteArray, replacement);
        QFETCH(QByteArray, expected);

        const ResourceType* resourceType = type(typeName);
        QVERIFY(resourceType);
        const ResourceCanonicalizer canonicalizer(*m_registry, *resourceType);
        auto canonical = canonicalizer.canonicalize(*parse(replacement));
        QVERIFY2(canonical, qPrintable(detailOf(canonical)));
        QJsonObject result = *canonical;
        canonicalizer.keepOmittedImmutable(result, *parse(existing));
        QCOMPARE(text(result), text(*parse(expected)));
    }

    void uniqueKeys_data()
    {
        QTest::addColumn<QString>("typeName");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("expected"); // "attribute=value", sorted

        const auto row = [](const char* name, const char* typeName, const char* input,
                            std::initializer_list<const char*> keys) {
            QStringList expected;
            for (const char* key : keys)
                expected.append(expandText(key));
            expected.sort();
            QTest::addRow("%s", name) << QString::fromLatin1(typeName) << expand(input) << expected;
        };

        row("userName case-folded", "User", R"({"schemas":["%USER%"],"userName":"BJensen"})",
            {"userName=bjensen"});
        row("userName non-ASCII case-folded", "User", R"({"schemas":["%USER%"],"userName":"ÅSA.ÖBERG"})",
            {"userName=åsa.öberg"});
        row("id is not a key (the store keeps ids unique)", "User",
            R"({"schemas":["%USER%"],"id":"ABC","userName":"b","externalId":"X-1"})", {"userName=b"});
        row("caseExact extension attribute kept as is", "User",
            R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"badgeNumber":"AB-12"}})",
            {"userName=b", "%LAB%:badgeNumber=AB-12"});
        row("global uniqueness, not caseExact", "User",
            R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"employeeCode":"EC-9"}})",
            {"userName=b", "%LAB%:employeeCode=ec-9"});
        row("multi-valued integers, one key each", "User",
            R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"lockers":[12,7,12]}})",
            {"userName=b", "%LAB%:lockers=12", "%LAB%:lockers=7"});
        row("unique sub-attribute of a multi-valued attribute", "User",
            R"({"schemas":["%USER%"],"userName":"b","%LAB%":{"devices":[{"value":"D1"},{"value":"d2"}]}})",
            {"userName=b", "%LAB%:devices.value=D1", "%LAB%:devices.value=d2"});
        row("attributes without uniqueness give none", "User",
            R"({"schemas":["%USER%"],"userName":"b","displayName":"Babs","emails":[{"value":"b@x"}],
                "%ENT%":{"employeeNumber":"1"}})",
            {"userName=b"});
        row("group has no unique attribute", "Group",
            R"({"schemas":["%GROUP%"],"displayName":"Tour Guides"})", {});
        row("custom type, caseExact and folded", "Device",
            R"({"schemas":["%DEVICE%"],"serialNumber":"SN-Ab","assetTag":"Tag-7","%WARRANTY%":{"expires":"2026-01-01T00:00:00Z"}})",
            {"serialNumber=SN-Ab", "assetTag=tag-7"});
    }

    void uniqueKeys()
    {
        QFETCH(QString, typeName);
        QFETCH(QByteArray, input);
        QFETCH(QStringList, expected);

        const std::optional<QJsonObject> inputObject = parse(input);
        QVERIFY2(inputObject, input.constData());
        const ResourceType* resourceType = type(typeName);
        QVERIFY(resourceType);
        const ResourceCanonicalizer canonicalizer(*m_registry, *resourceType);
        auto canonical = canonicalizer.canonicalize(*inputObject);
        QVERIFY2(canonical, qPrintable(detailOf(canonical)));
        // As the Directory calls it: after the id has been added.
        canonical->insert(QStringLiteral("id"),
                          inputObject->value(QLatin1String("id")).toString(QStringLiteral("x")));

        QCOMPARE(keyTexts(canonicalizer.uniqueKeys(*canonical)), expected);
    }
};

QTEST_GUILESS_MAIN(TestResourceCanonicalizer)
#include "tst_resourcecanonicalizer.moc"
