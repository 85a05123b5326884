#include "ScimFixture.h"
#include "schema/SchemaUrns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace muster;

namespace {

const QString Base = QStringLiteral("http://scim.example.test/scim/v2");

QJsonValue parsed(const char* json)
{
    return QJsonDocument::fromJson(QByteArray("[") + json + "]").array().first();
}

} // namespace

class TestScimDiscovery : public QObject {
    Q_OBJECT

private slots:
    // One value of a discovery document, by path: what the server really supports.
    void documentContent_data();
    void documentContent();
    void everySchemaAndResourceTypeIsListedWithItsLocation();
    void customResourceTypesAreDiscoveredAndServed();
    void limitsFollowTheOptions();
};

void TestScimDiscovery::documentContent_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("expected");

    const auto row = [](const char* name, const char* endpoint, const char* path, const char* json) {
        QTest::addRow("%s", name) << QString::fromLatin1(endpoint) << QString::fromLatin1(path)
                                  << parsed(json);
    };
    const char* spc = "/ServiceProviderConfig";
    row("spc schema", spc, "schemas/0", "\"urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig\"");
    row("patch", spc, "patch/supported", "true");
    row("bulk", spc, "bulk/supported", "true");
    row("bulk maxOperations", spc, "bulk/maxOperations", "1000");
    row("bulk maxPayloadSize", spc, "bulk/maxPayloadSize", "1048576");
    row("filter", spc, "filter/supported", "true");
    row("filter maxResults", spc, "filter/maxResults", "250");
    row("changePassword", spc, "changePassword/supported", "true");
    row("sort", spc, "sort/supported", "true");
    row("etag", spc, "etag/supported", "true");
    row("cursor pagination", spc, "pagination/cursor", "true");
    row("index pagination", spc, "pagination/index", "true");
    row("default pagination", spc, "pagination/defaultPaginationMethod", "\"index\"");
    row("max page size", spc, "pagination/maxPageSize", "250");
    row("bearer scheme", spc, "authenticationSchemes/0/type", "\"oauthbearertoken\"");
    row("bearer is primary", spc, "authenticationSchemes/0/primary", "true");
    row("only bearer without basic", spc, "authenticationSchemes/1", "null");
    row("spc resource type", spc, "meta/resourceType", "\"ServiceProviderConfig\"");
    row("spc location", spc, "meta/location", "\"http://scim.example.test/scim/v2/ServiceProviderConfig\"");

    const char* types = "/ResourceTypes";
    row("types list", types, "schemas/0", "\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"");
    row("types total", types, "totalResults", "2");
    row("users first", types, "Resources/0/endpoint", "\"/Users\"");
    row("user schema", types, "Resources/0/schema", "\"urn:ietf:params:scim:schemas:core:2.0:User\"");
    row("enterprise extension", types, "Resources/0/schemaExtensions/0/schema",
        "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"");
    row("extension optional", types, "Resources/0/schemaExtensions/0/required", "false");
    row("groups", types, "Resources/1/endpoint", "\"/Groups\"");
    row("type location", types, "Resources/1/meta/location",
        "\"http://scim.example.test/scim/v2/ResourceTypes/Group\"");
    row("type meta", types, "Resources/1/meta/resourceType", "\"ResourceType\"");
    row("one type", "/ResourceTypes/User", "name", "\"User\"");
    row("one type case-insensitive", "/ResourceTypes/group", "endpoint", "\"/Groups\"");
    row("one type schemas", "/ResourceTypes/User", "schemas/0",
        "\"urn:ietf:params:scim:schemas:core:2.0:ResourceType\"");

    const char* schemas = "/Schemas";
    row("schemas list", schemas, "schemas/0", "\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"");
    row("user first", schemas, "Resources/0/id", "\"urn:ietf:params:scim:schemas:core:2.0:User\"");
    row("user account", schemas, "Resources/0/description", "\"User Account\"");
    row("schema meta", schemas, "Resources/0/meta/resourceType", "\"Schema\"");
    row("schema location", schemas, "Resources/0/meta/location",
        "\"http://scim.example.test/scim/v2/Schemas/urn:ietf:params:scim:schemas:core:2.0:User\"");
    row("one schema", "/Schemas/urn:ietf:params:scim:schemas:core:2.0:Group", "name", "\"Group\"");
    row("one schema attributes", "/Schemas/urn:ietf:params:scim:schemas:core:2.0:User", "attributes/0/name",
        "\"userName\"");
    row("userName unique", "/Schemas/urn:ietf:params:scim:schemas:core:2.0:User", "attributes/0/uniqueness",
        "\"server\"");
    row("schema id case-insensitive", "/Schemas/URN:IETF:PARAMS:SCIM:SCHEMAS:EXTENSION:ENTERPRISE:2.0:USER",
        "id", "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"");
}

void TestScimDiscovery::documentContent()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, path);
    QFETCH(QJsonValue, expected);

    DirectoryOptions directoryOptions;
    directoryOptions.maxResults = 250;
    ScimFixture fixture({}, directoryOptions);
    const HttpResponse response = fixture.send("GET", QStringLiteral("/scim/v2") + endpoint);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("content-type"), QByteArrayLiteral("application/scim+json; charset=utf-8"));
    const QJsonValue actual = ScimFixture::at(ScimFixture::json(response), path);
    if (expected.isNull()) // null stands for "absent"
        QVERIFY2(actual.isUndefined(), QJsonDocument(QJsonArray{actual}).toJson().constData());
    else
        QCOMPARE(actual, expected);
}

void TestScimDiscovery::everySchemaAndResourceTypeIsListedWithItsLocation()
{
    ScimFixture fixture;
    const QJsonObject schemas = ScimFixture::json(fixture.send("GET", QStringLiteral("/scim/v2/Schemas")));
    QStringList ids;
    for (const QJsonValue& schema : schemas.value(QStringLiteral("Resources")).toArray()) {
        const QString id = schema.toObject().value(QStringLiteral("id")).toString();
        ids.append(id);
        QCOMPARE(ScimFixture::at(schema, QStringLiteral("meta/location")).toString(),
                 Base + QStringLiteral("/Schemas/") + id);
        // Each listed schema can be read on its own, with the same content.
        const HttpResponse one = fixture.send("GET", QStringLiteral("/scim/v2/Schemas/") + id);
        QCOMPARE(one.status, 200);
        QCOMPARE(QJsonValue(ScimFixture::json(one)), schema);
    }
    QCOMPARE(schemas.value(QStringLiteral("totalResults")).toInt(), ids.size());
    for (const QString& urn : {urns::User, urns::Group, urns::EnterpriseUser})
        QVERIFY2(ids.contains(urn), qPrintable(urn));

    const QJsonObject types =
        ScimFixture::json(fixture.send("GET", QStringLiteral("/scim/v2/ResourceTypes")));
    for (const QJsonValue& type : types.value(QStringLiteral("Resources")).toArray()) {
        const QString name = type.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(QJsonValue(ScimFixture::json(
                     fixture.send("GET", QStringLiteral("/scim/v2/ResourceTypes/") + name))),
                 type);
        QVERIFY(ids.contains(type.toObject().value(QStringLiteral("schema")).toString()));
    }
}

void TestScimDiscovery::customResourceTypesAreDiscoveredAndServed()
{
    ScimFixture fixture({}, {}, true, ScimFixture::registryWithDevices());
    const QJsonObject types =
        ScimFixture::json(fixture.send("GET", QStringLiteral("/scim/v2/ResourceTypes")));
    QCOMPARE(types.value(QStringLiteral("totalResults")).toInt(), 3);
    QCOMPARE(ScimFixture::at(types, QStringLiteral("Resources/2/endpoint")).toString(),
             QStringLiteral("/Devices"));
    const HttpResponse schema = fixture.send(
        "GET", QStringLiteral("/scim/v2/Schemas/urn:example:params:scim:schemas:core:2.0:Device"));
    QCOMPARE(schema.status, 200);

    const HttpResponse created =
        fixture.send("POST", QStringLiteral("/scim/v2/Devices"),
                     QByteArray("{\"schemas\":[\"urn:example:params:scim:schemas:core:2.0:Device\"],"
                                "\"serialNumber\":\"SN-1\",\"price\":999.5}"));
    QCOMPARE(created.status, 201);
    const QString id = ScimFixture::json(created).value(QStringLiteral("id")).toString();
    QCOMPARE(QString::fromUtf8(created.header("location")), Base + QStringLiteral("/Devices/") + id);
    QCOMPARE(fixture.send("GET", QStringLiteral("/scim/v2/Devices?filter=price gt 100")).status, 200);
    QCOMPARE(ScimFixture::at(ScimFixture::json(fixture.send("GET", QStringLiteral("/scim/v2/Devices/") + id)),
                             QStringLiteral("meta/resourceType"))
                 .toString(),
             QStringLiteral("Device"));
}

void TestScimDiscovery::limitsFollowTheOptions()
{
    ScimServiceOptions options;
    options.bulkMaxOperations = 7;
    options.bulkMaxPayloadBytes = 4096;
    options.allowBasicAuth = true;
    options.publicBaseUrl = QStringLiteral("https://idp.example.org");
    ScimFixture fixture(options);
    const QJsonObject config = ScimFixture::json(
        fixture.send("GET", ScimFixture::AcmeBase + QStringLiteral("/ServiceProviderConfig"), QByteArray(),
                     {}, ScimFixture::AcmeToken));
    QCOMPARE(ScimFixture::at(config, QStringLiteral("bulk/maxOperations")).toInt(), 7);
    QCOMPARE(ScimFixture::at(config, QStringLiteral("bulk/maxPayloadSize")).toInt(), 4096);
    QCOMPARE(ScimFixture::at(config, QStringLiteral("authenticationSchemes/1/type")).toString(),
             QStringLiteral("httpbasic"));
    QCOMPARE(ScimFixture::at(config, QStringLiteral("meta/location")).toString(),
             QStringLiteral("https://idp.example.org/tenants/acme/scim/v2/ServiceProviderConfig"));
}

QTEST_GUILESS_MAIN(TestScimDiscovery)
#include "tst_scimdiscovery.moc"
