#include "ScimFixture.h"
#include "schema/SchemaUrns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace muster;

namespace {

// Requests as Microsoft Entra ID and Okta send them (from their provisioning documentation and
// Microsoft's SCIM validation collection), with what they check in the answer.
const QByteArray EntraUser = QByteArrayLiteral(
    "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\","
    "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"],"
    "\"externalId\":\"0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef\",\"userName\":\"Test_User_ab6490ee@contoso.com\","
    "\"active\":true,\"displayName\":\"Test User\",\"emails\":[{\"Primary\":true,\"type\":\"work\","
    "\"value\":\"Test_User_fd0ea19b@contoso.com\"}],\"meta\":{\"resourceType\":\"User\"},"
    "\"name\":{\"formatted\":\"givenName "
    "familyName\",\"familyName\":\"familyName\",\"givenName\":\"givenName\"},"
    "\"roles\":[],\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":{\"department\":\"Sales\","
    "\"manager\":{\"value\":\"{user}\"}}}");
const QByteArray EntraGroup = QByteArrayLiteral(
    "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\","
    "\"http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group\"],"
    "\"externalId\":\"8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159\",\"displayName\":\"displayName\","
    "\"meta\":{\"resourceType\":\"Group\"},\"members\":[]}");
const QByteArray OktaUser = QByteArrayLiteral(
    "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"test.user@okta.local\","
    "\"name\":{\"givenName\":\"Test\",\"familyName\":\"User\"},\"emails\":[{\"primary\":true,"
    "\"value\":\"test.user@okta.local\",\"type\":\"work\"}],\"displayName\":\"Test User\","
    "\"locale\":\"en-US\",\"externalId\":\"00ujl29u0le5T6Aj10h7\",\"groups\":[],"
    "\"password\":\"1mz050nq\",\"active\":true}");
const QByteArray OktaDeactivate = QByteArrayLiteral(
    "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"id\":\"{user}\","
    "\"userName\":\"bjensen@example.com\",\"name\":{\"givenName\":\"Barbara\",\"familyName\":\"Jensen\"},"
    "\"emails\":[{\"primary\":true,\"value\":\"bjensen@example.com\",\"type\":\"work\"}],\"active\":false,"
    "\"groups\":[],\"meta\":{\"resourceType\":\"User\"}}");

QByteArray patchOp(const QByteArray& operations)
{
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[" + operations +
           "]}";
}

} // namespace

class TestScimReplay : public QObject {
    Q_OBJECT

private slots:
    void replay_data();
    void replay();
    void entraValidationSequence();
};

void TestScimReplay::replay_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("authorization"); // empty: the default token
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("checks"); // "path=json value" in the answer, or "GET path=json" afterwards

    const QByteArray none;
    const QString users = QStringLiteral("/scim/v2/Users");
    const QString groups = QStringLiteral("/scim/v2/Groups");
    const QString user = QStringLiteral("/scim/v2/Users/{user}");
    const QString group = QStringLiteral("/scim/v2/Groups/{group}");
    const auto row = [](const char* name, const char* method, const QString& target, const QByteArray& body,
                        const QByteArray& authorization, int status, const QStringList& checks) {
        QTest::addRow("%s", name) << QByteArray(method) << target << body << authorization << status
                                  << checks;
    };

    // Microsoft Entra ID
    row("entra test connection", "GET",
        users + QStringLiteral("?filter=userName eq \"") +
            QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("\""),
        none, none, 200,
        {QStringLiteral("totalResults=0"), QStringLiteral("Resources=[]"),
         QStringLiteral("schemas/0=\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"")});
    row("entra query by userName", "GET",
        users + QStringLiteral("?filter=userName eq \"bjensen@example.com\""), none, none, 200,
        {QStringLiteral("totalResults=1"), QStringLiteral("Resources/0/id=\"{user}\"")});
    row("entra query by externalId", "GET", users + QStringLiteral("?filter=externalId eq \"ext-1\""), none,
        none, 200, {QStringLiteral("totalResults=1")});
    row("entra query with plus and percent", "GET",
        users + QStringLiteral("/?filter=DisplayName+eq+%22Babs%20Jensen%22"), none, none, 200,
        {QStringLiteral("totalResults=1")});
    row("entra create user", "POST", users, EntraUser, none, 201,
        {QStringLiteral("userName=\"Test_User_ab6490ee@contoso.com\""),
         QStringLiteral("meta/resourceType=\"User\""),
         QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User/department=\"Sales\""),
         QStringLiteral("emails/0/primary=true"), QStringLiteral("active=true")});
    row("entra create group with a Microsoft schema", "POST", groups, EntraGroup, none, 201,
        {QStringLiteral("schemas=[\"urn:ietf:params:scim:schemas:core:2.0:Group\"]"),
         QStringLiteral("displayName=\"displayName\"")});
    row("entra group query without members", "GET",
        groups + QStringLiteral("?excludedAttributes=members&filter=displayName eq \"Staff\""), none, none,
        200,
        {QStringLiteral("totalResults=1"), QStringLiteral("Resources/0/id=\"{group}\""),
         QStringLiteral("Resources/0/members=")});
    row("entra replace userName", "PATCH", user,
        patchOp("{\"op\":\"Replace\",\"path\":\"userName\",\"value\":\"ryan3\"}"), none, 204,
        {QStringLiteral("GET userName=\"ryan3\"")});
    row("entra deactivate with a string", "PATCH", user,
        patchOp("{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}"), none, 204,
        {QStringLiteral("GET active=false")});
    row("entra replace without path", "PATCH", user,
        patchOp("{\"op\":\"replace\",\"value\":{\"displayName\":\"Babs\",\"name.givenName\":\"Babs\"}}"),
        none, 204,
        {QStringLiteral("GET displayName=\"Babs\""), QStringLiteral("GET name/givenName=\"Babs\"")});
    row("entra add member", "PATCH", group,
        patchOp("{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"value\":\"{user2}\"}]}"), none, 204,
        {QStringLiteral("GET members/1/value=\"{user2}\"")});
    row("entra remove member", "PATCH", group,
        patchOp("{\"op\":\"Remove\",\"path\":\"members[value eq \\\"{user}\\\"]\"}"), none, 204,
        {QStringLiteral("GET members=")});
    row("entra rename group", "PATCH", group,
        patchOp("{\"op\":\"Replace\",\"path\":\"displayName\",\"value\":\"1879db59-3bdf-4490-ad68-"
                "ab880a269474\"}"),
        none, 204, {QStringLiteral("GET displayName=\"1879db59-3bdf-4490-ad68-ab880a269474\"")});
    row("entra attributes with a value filter", "GET",
        users +
            QStringLiteral("?attributes=emails[type eq \"work\"]&filter=userName eq \"bjensen@example.com\""),
        none, none, 200, {QStringLiteral("Resources/0/emails/0/value=\"bjensen@example.com\"")});
    row("entra misspelt attribute ignored", "PUT", user,
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"bjensen@example.com\","
        "\"adreses\":[{\"country\":\"Germany\"}]}",
        none, 200, {QStringLiteral("adreses="), QStringLiteral("addresses=")});
    row("entra put without userName", "PUT", user,
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userame\":\"OMalley\"}", none, 400,
        {QStringLiteral("GET userName=\"bjensen@example.com\"")});
    row("entra duplicate", "POST", users,
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"BJensen@Example.com\"}",
        none, 409, {QStringLiteral("scimType=\"uniqueness\"")});
    row("entra active as string True", "POST", users,
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"emp1\",\"active\":"
        "\"True\"}",
        none, 201, {QStringLiteral("active=true")});
    row("entra paginate", "GET", users + QStringLiteral("?startIndex=1&count=1"), none, none, 200,
        {QStringLiteral("totalResults=2"), QStringLiteral("itemsPerPage=1"), QStringLiteral("startIndex=1")});
    row("entra delete", "DELETE", user, none, none, 204, {QStringLiteral("GET =404")});

    // Okta
    row("okta lookup", "GET",
        users + QStringLiteral("?filter=userName eq \"bjensen@example.com\"&startIndex=1&count=100"), none,
        none, 200, {QStringLiteral("totalResults=1"), QStringLiteral("itemsPerPage=1")});
    row("okta lookup in upper case", "GET",
        users + QStringLiteral("?filter=userName eq \"BJENSEN@EXAMPLE.COM\"&startIndex=1&count=100"), none,
        none, 200,
        {QStringLiteral("totalResults=1"), QStringLiteral("Resources/0/userName=\"bjensen@example.com\"")});
    row("okta create user", "POST", users, OktaUser, "content-type:application/json", 201,
        {QStringLiteral("password="), QStringLiteral("groups="), QStringLiteral("locale=\"en-US\"")});
    row("okta deactivate with put", "PUT", user, OktaDeactivate, "content-type:application/json", 200,
        {QStringLiteral("active=false"), QStringLiteral("groups/0/value=\"{group}\"")});
    row("okta deactivate with patch", "PATCH", user,
        patchOp("{\"op\":\"replace\",\"value\":{\"active\":false}}"), none, 204,
        {QStringLiteral("GET active=false")});
    row("okta group lookup", "GET",
        groups + QStringLiteral("?filter=displayName eq \"Staff\"&startIndex=1&count=100"), none, none, 200,
        {QStringLiteral("totalResults=1")});
    row("okta replace members", "PATCH", group,
        patchOp("{\"op\":\"replace\",\"path\":\"members\",\"value\":[{\"value\":\"{user2}\",\"display\":"
                "\"jsmith\"}]}"),
        none, 204, {QStringLiteral("GET members/0/value=\"{user2}\""), QStringLiteral("GET members/1=")});
    row("okta non-token", "GET", users, none, "authorization:non-token", 401, {});
    row("okta lists users", "GET", users + QStringLiteral("?startIndex=1&count=2"), none, none, 200,
        {QStringLiteral("totalResults=2"), QStringLiteral("itemsPerPage=2"),
         QStringLiteral("Resources/1/schemas/0=\"urn:ietf:params:scim:schemas:core:2.0:User\"")});
}

void TestScimReplay::replay()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, target);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QFETCH(QStringList, checks);

    ScimFixture fixture;
    const QString bjensen = fixture.createUser(
        QStringLiteral("bjensen@example.com"),
        {{QStringLiteral("displayName"), QStringLiteral("Babs Jensen")},
         {QStringLiteral("externalId"), QStringLiteral("ext-1")},
         {QStringLiteral("emails"),
          QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("bjensen@example.com")},
                                 {QStringLiteral("type"), QStringLiteral("work")}}}}});
    const QString jsmith = fixture.createUser(QStringLiteral("jsmith"));
    const QString staff = fixture.createGroup(QStringLiteral("Staff"), {bjensen});
    const auto fill = [&](QString text) {
        return text.replace(QLatin1String("{user}"), bjensen)
            .replace(QLatin1String("{user2}"), jsmith)
            .replace(QLatin1String("{group}"), staff);
    };

    ScimFixture::Headers headers;
    std::optional<QByteArray> token = ScimFixture::DefaultToken;
    if (!authorization.isEmpty()) {
        const qsizetype colon = authorization.indexOf(':');
        headers.append({authorization.left(colon), authorization.mid(colon + 1)});
        if (authorization.startsWith("authorization"))
            token.reset();
    }
    const QByteArray before = fixture.snapshot();
    const QString path = fill(target);
    const HttpResponse response =
        fixture.send(method, path, fill(QString::fromUtf8(body)).toUtf8(), headers, token);
    QVERIFY2(response.status == status, response.body.constData());
    if (status >= 400)
        QCOMPARE(fixture.snapshot(), before);

    for (const QString& check : checks) {
        QString expression = fill(check);
        QJsonObject subject = ScimFixture::json(response);
        if (expression.startsWith(QLatin1String("GET "))) {
            expression = expression.mid(4);
            const HttpResponse read = fixture.send("GET", path.section(u'?', 0, 0));
            if (expression == QLatin1String("=404")) {
                QCOMPARE(read.status, 404);
                continue;
            }
            QCOMPARE(read.status, 200);
            subject = ScimFixture::json(read);
        }
        const QString name = expression.section(u'=', 0, 0);
        const QString expected = expression.section(u'=', 1);
        const QJsonValue actual = ScimFixture::at(subject, name);
        if (expected.isEmpty()) { // absent
            QVERIFY2(actual.isUndefined(), qPrintable(check));
            continue;
        }
        const QJsonValue wanted =
            QJsonDocument::fromJson(QStringLiteral("[%1]").arg(expected).toUtf8()).array().first();
        QVERIFY2(
            actual == wanted,
            qPrintable(check + QStringLiteral(" got ") +
                       QString::fromUtf8(QJsonDocument(QJsonArray{actual}).toJson(QJsonDocument::Compact))));
    }
}

// The order of Microsoft's validation collection for users: create, read, filter, patch (204), replace,
// delete, with its status codes.
void TestScimReplay::entraValidationSequence()
{
    ScimFixture fixture;
    const QString manager = fixture.createUser(QStringLiteral("manager"));
    HttpResponse response = fixture.send("GET", QStringLiteral("/scim/v2/Users"), QByteArray(),
                                         {{"content-type", "application/json"}});
    QCOMPARE(response.status, 200);
    response = fixture.send("POST", QStringLiteral("/scim/v2/Users"),
                            QByteArray(EntraUser).replace("{user}", manager.toUtf8()),
                            {{"content-type", "application/json"}});
    QCOMPARE(response.status, 201);
    const QString id = ScimFixture::json(response).value(QStringLiteral("id")).toString();
    const QString path = QStringLiteral("/scim/v2/Users/") + id;
    QCOMPARE(fixture.send("GET", path).status, 200);
    QCOMPARE(
        ScimFixture::json(fixture.send("GET", QStringLiteral("/scim/v2/Users?attributes=userName,emails")))
            .value(QStringLiteral("totalResults"))
            .toInt(),
        2);
    response = fixture.send("GET", QStringLiteral("/scim/v2/Users/?filter=DisplayName+eq+%22Test%20User%22"));
    QVERIFY(response.body.contains(id.toUtf8()));
    QCOMPARE(
        fixture.send("PATCH", path, patchOp("{\"op\":\"replace\",\"path\":\"userName\",\"value\":\"ryan3\"}"))
            .status,
        204);
    QCOMPARE(ScimFixture::json(fixture.send("GET", path)).value(QStringLiteral("userName")).toString(),
             QStringLiteral("ryan3"));
    QCOMPARE(fixture.send("DELETE", path).status, 204);
    QCOMPARE(ScimFixture::json(fixture.send("GET", QStringLiteral("/scim/v2/Users?attributes=userName")))
                 .value(QStringLiteral("totalResults"))
                 .toInt(),
             1);
}

QTEST_GUILESS_MAIN(TestScimReplay)
#include "tst_scimreplay.moc"
