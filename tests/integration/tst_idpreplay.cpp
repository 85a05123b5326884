#include "ScimConversation.h"
#include "ServerProcess.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using muster::test::Exchange;
using muster::test::Exchanges;
using muster::test::ScimConversation;
using muster::test::ServerProcess;

namespace {

const QString Users = QStringLiteral("/scim/v2/Users");
const QString Groups = QStringLiteral("/scim/v2/Groups");
const QString User = QStringLiteral("/scim/v2/Users/{user}");
const QString Group = QStringLiteral("/scim/v2/Groups/{group}");

// Two users and a group with the first user, created in one Bulk request.
const QByteArray Seed = QByteArrayLiteral(
    "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],\"Operations\":["
    "{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"b\",\"data\":{\"schemas\":"
    "[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"bjensen@example.com\","
    "\"displayName\":\"Babs Jensen\",\"externalId\":\"ext-1\",\"name\":{\"givenName\":\"Barbara\","
    "\"familyName\":\"Jensen\"},\"emails\":[{\"value\":\"bjensen@example.com\",\"type\":\"work\","
    "\"primary\":true}],\"active\":true}},"
    "{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"j\",\"data\":{\"schemas\":"
    "[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"jsmith\"}},"
    "{\"method\":\"POST\",\"path\":\"/Groups\",\"bulkId\":\"s\",\"data\":{\"schemas\":"
    "[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"Staff\","
    "\"members\":[{\"value\":\"bulkId:b\"}]}}]}");

// Requests as Microsoft Entra ID, Okta and JumpCloud send them: from their provisioning documentation,
// Microsoft's SCIM validation collection and Okta's SCIM test suite.
const QByteArray EntraUser = QByteArrayLiteral(
    "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\","
    "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"],"
    "\"externalId\":\"0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef\",\"userName\":\"Test_User_ab6490ee@contoso.com\","
    "\"active\":true,\"displayName\":\"Test User\",\"emails\":[{\"primary\":true,\"type\":\"work\","
    "\"value\":\"Test_User_fd0ea19b@contoso.com\"}],\"meta\":{\"resourceType\":\"User\"},"
    "\"name\":{\"formatted\":\"givenName "
    "familyName\",\"familyName\":\"familyName\",\"givenName\":\"givenName\"},"
    "\"roles\":[],\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":{\"department\":\"Sales\","
    "\"manager\":{\"value\":\"{user}\"}}}");
const QByteArray EntraGroup = QByteArrayLiteral(
    "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\","
    "\"http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group\"],"
    "\"externalId\":\"8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159\",\"displayName\":\"Entra Group\","
    "\"meta\":{\"resourceType\":\"Group\"},\"members\":[]}");
const QByteArray OktaUser = QByteArrayLiteral(
    "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"test.user@okta.local\","
    "\"name\":{\"givenName\":\"Test\",\"familyName\":\"User\"},\"emails\":[{\"primary\":true,"
    "\"value\":\"test.user@okta.local\",\"type\":\"work\"}],\"displayName\":\"Test User\","
    "\"locale\":\"en-US\",\"externalId\":\"00ujl29u0le5T6Aj10h7\",\"groups\":[],"
    "\"password\":\"1mz050nq\",\"active\":true}");
// Okta's full-resource PUT: the whole user as Okta holds it, with the change.
QByteArray oktaPut(const char* givenName, bool active)
{
    return QByteArrayLiteral(
               "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"id\":\"{user}\","
               "\"userName\":\"bjensen@example.com\",\"name\":{\"givenName\":\"") +
           givenName +
           QByteArrayLiteral(
               "\",\"familyName\":\"Jensen\"},\"emails\":[{\"primary\":true,"
               "\"value\":\"bjensen@example.com\",\"type\":\"work\"}],\"displayName\":\"Babs Jensen\","
               "\"externalId\":\"ext-1\",\"active\":") +
           (active ? "true" : "false") +
           QByteArrayLiteral(",\"groups\":[],\"meta\":{\"resourceType\":\"User\"}}");
}

QByteArray patchOp(const QByteArray& operations)
{
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[" + operations +
           "]}";
}

QString randomName()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QStringList emptyList()
{
    return {QStringLiteral("schemas/0=\"urn:ietf:params:scim:api:messages:2.0:ListResponse\""),
            QStringLiteral("totalResults=0"), QStringLiteral("Resources#0")};
}

// What a row must leave as it was.
enum class Unchanged {
    Everything, // every resource with its version: reads and refused requests
    Identities, // the same users and groups: what a row creates it deletes again
    Nothing,    // the row changes the directory
};

} // namespace

Q_DECLARE_METATYPE(Unchanged)

// What identity providers send, replayed against muster-server over HTTP on each store.
class TestIdpReplay : public QObject {
    Q_OBJECT

private slots:
    void replay_data();
    void replay();

private:
    static void addReplay(const char* name, Unchanged unchanged, const Exchanges& exchanges);
};

void TestIdpReplay::addReplay(const char* name, Unchanged unchanged, const Exchanges& exchanges)
{
    for (const char* store : {"memory", "sqlite"})
        QTest::addRow("%s: %s", store, name) << QString::fromLatin1(store) << unchanged << exchanges;
}

void TestIdpReplay::replay_data()
{
    QTest::addColumn<QString>("store");
    QTest::addColumn<Unchanged>("unchanged");
    QTest::addColumn<Exchanges>("exchanges");
    using E = Exchange;
    const QByteArray json = "application/json";

    // Microsoft Entra ID. "Test Connection" looks up a random user and group that must not exist.
    addReplay(
        "entra test connection", Unchanged::Everything,
        {E::get(Users + QStringLiteral("?filter=userName eq \"%1\"").arg(randomName()))
             .expect(200, emptyList()),
         E::get(Groups +
                QStringLiteral("?excludedAttributes=members&filter=displayName eq \"%1\"").arg(randomName()))
             .expect(200, emptyList())});
    addReplay("entra userName lookup", Unchanged::Everything,
              {E::get(Users + QStringLiteral("?filter=userName eq \"bjensen@example.com\""))
                   .expect(200, {QStringLiteral("totalResults=1"), QStringLiteral("Resources#1"),
                                 QStringLiteral("Resources/0/id=\"{user}\""),
                                 QStringLiteral("Resources/0/userName=\"bjensen@example.com\"")})});
    addReplay(
        "entra externalId lookup", Unchanged::Everything,
        {E::get(Users + QStringLiteral("?filter=externalId eq \"ext-1\""))
             .expect(200, {QStringLiteral("totalResults=1"), QStringLiteral("Resources/0/id=\"{user}\""),
                           QStringLiteral("Resources/0/externalId=\"ext-1\"")}),
         // externalId is caseExact (RFC 7643 §3.1).
         E::get(Users + QStringLiteral("?filter=externalId eq \"EXT-1\"")).expect(200, emptyList())});
    addReplay(
        "entra creates a user with meta, empty roles and the enterprise extension", Unchanged::Nothing,
        {E::make("POST", Users, EntraUser)
             .expect(
                 201,
                 {QStringLiteral("userName=\"Test_User_ab6490ee@contoso.com\""),
                  QStringLiteral("meta/resourceType=\"User\""), QStringLiteral("roles="),
                  QStringLiteral(
                      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User/department=\"Sales\""),
                  QStringLiteral(
                      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User/manager/value=\"{user}\""),
                  QStringLiteral("emails/0/primary=true"), QStringLiteral("active=true"),
                  QStringLiteral("externalId=\"0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef\"")}),
         E::get(Users + QStringLiteral("?filter=userName eq \"Test_User_ab6490ee@contoso.com\""))
             .expect(200, {QStringLiteral("totalResults=1"), QStringLiteral("Resources/0/id=\"{new}\"")})});
    addReplay(
        "entra creates a group listing a Microsoft schema", Unchanged::Nothing,
        {E::make("POST", Groups, EntraGroup)
             .expect(201, {QStringLiteral("schemas=[\"urn:ietf:params:scim:schemas:core:2.0:Group\"]"),
                           QStringLiteral("displayName=\"Entra Group\""), QStringLiteral("members="),
                           QStringLiteral("meta/resourceType=\"Group\"")}),
         E::get(Groups + QStringLiteral("?excludedAttributes=members&filter=displayName eq \"Entra Group\""))
             .expect(200, {QStringLiteral("totalResults=1"), QStringLiteral("Resources/0/id=\"{new}\"")})});
    addReplay(
        "entra group lookup without members", Unchanged::Everything,
        {E::get(Groups + QStringLiteral("?excludedAttributes=members&filter=displayName eq \"Staff\""))
             .expect(200, {QStringLiteral("totalResults=1"), QStringLiteral("Resources/0/id=\"{group}\""),
                           QStringLiteral("Resources/0/displayName=\"Staff\""),
                           QStringLiteral("Resources/0/members=")})});
    addReplay(
        "entra adds and removes members", Unchanged::Nothing,
        {E::make("PATCH", Group,
                 patchOp("{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"value\":\"{user2}\"}]}"))
             .expect(204),
         E::get(Group).expect(200, {QStringLiteral("members#2")}),
         E::make("PATCH", Group, patchOp("{\"op\":\"Remove\",\"path\":\"members[value eq \\\"{user}\\\"]\"}"))
             .expect(204),
         E::get(Group).expect(200,
                              {QStringLiteral("members#1"), QStringLiteral("members/0/value=\"{user2}\"")}),
         E::get(User).expect(200, {QStringLiteral("groups=")})});
    addReplay("entra deactivates with the string False", Unchanged::Nothing,
              {E::make("PATCH", User, patchOp("{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}"))
                   .expect(204),
               E::get(User).expect(200, {QStringLiteral("active=false")})});
    addReplay("entra creates a user that exists in another case", Unchanged::Everything,
              {E::make("POST", Users,
                       "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                       "\"userName\":\"BJensen@Example.com\"}")
                   .error(409, QStringLiteral("uniqueness"))});

    // Okta
    addReplay(
        "okta lookup with paging", Unchanged::Everything,
        {E::get(Users + QStringLiteral("?filter=userName eq \"bjensen@example.com\"&startIndex=1&count=100"))
             .expect(200, {QStringLiteral("totalResults=1"), QStringLiteral("itemsPerPage=1"),
                           QStringLiteral("startIndex=1"), QStringLiteral("Resources/0/id=\"{user}\"")})});
    addReplay(
        "okta lookup in upper case", Unchanged::Everything,
        {E::get(Users + QStringLiteral("?filter=userName eq \"BJENSEN@EXAMPLE.COM\"&startIndex=1&count=100"))
             .expect(200, {QStringLiteral("totalResults=1"), QStringLiteral("Resources/0/id=\"{user}\""),
                           QStringLiteral("Resources/0/userName=\"bjensen@example.com\"")})});
    addReplay(
        "okta lookup of a user that does not exist", Unchanged::Everything,
        {E::get(Users + QStringLiteral("?filter=userName eq \"nobody@example.com\"&startIndex=1&count=100"))
             .expect(200, emptyList())});
    addReplay("okta creates a user with a password and no groups", Unchanged::Nothing,
              {E::make("POST", Users, OktaUser)
                   .header("Content-Type", json)
                   .expect(201, {QStringLiteral("password="), QStringLiteral("groups="),
                                 QStringLiteral("locale=\"en-US\""), QStringLiteral("active=true"),
                                 QStringLiteral("externalId=\"00ujl29u0le5T6Aj10h7\"")}),
               E::get(QStringLiteral("/scim/v2/Users/{new}"))
                   .header("Content-Type", json)
                   .expect(200, {QStringLiteral("userName=\"test.user@okta.local\""),
                                 QStringLiteral("password=")})});
    addReplay(
        "okta updates with a full PUT", Unchanged::Nothing,
        {E::make("PUT", User, oktaPut("Babs", true))
             .header("Content-Type", json)
             .expect(200, {QStringLiteral("id=\"{user}\""), QStringLiteral("name/givenName=\"Babs\""),
                           QStringLiteral("active=true"), QStringLiteral("groups/0/value=\"{group}\"")}),
         E::get(User).expect(200, {QStringLiteral("name/givenName=\"Babs\""),
                                   QStringLiteral("emails/0/value=\"bjensen@example.com\"")})});
    addReplay(
        "okta deactivates with a full PUT", Unchanged::Nothing,
        {E::make("PUT", User, oktaPut("Barbara", false))
             .header("Content-Type", json)
             .expect(200, {QStringLiteral("active=false"), QStringLiteral("groups/0/value=\"{group}\"")}),
         E::get(Users + QStringLiteral("?filter=userName eq \"bjensen@example.com\"&startIndex=1&count=100"))
             .expect(200, {QStringLiteral("totalResults=1"), QStringLiteral("Resources/0/active=false")}),
         E::make("PUT", User, oktaPut("Barbara", true))
             .header("Content-Type", json)
             .expect(200, {QStringLiteral("active=true")})});
    addReplay(
        "okta sends a non-token", Unchanged::Everything,
        {E::get(Users)
             .header("Authorization", "non-token")
             .error(401, QString(), {QStringLiteral("header:www-authenticate=Bearer realm=\"Muster\"")})});
    addReplay(
        "okta group lookup and member replace", Unchanged::Nothing,
        {E::get(Groups + QStringLiteral("?filter=displayName eq \"Staff\"&startIndex=1&count=100"))
             .expect(200, {QStringLiteral("totalResults=1"), QStringLiteral("Resources/0/id=\"{group}\"")}),
         E::make("PATCH", Group,
                 patchOp("{\"op\":\"replace\",\"path\":\"members\",\"value\":[{\"value\":\"{user2}\","
                         "\"display\":\"jsmith\"}]}"))
             .header("Content-Type", json)
             .expect(204),
         E::get(Group).expect(200,
                              {QStringLiteral("members#1"), QStringLiteral("members/0/value=\"{user2}\"")})});

    // JumpCloud checks a connection by creating a test user and group, then deleting them.
    const QString testUser = QStringLiteral("jctest-%1@example.com").arg(randomName());
    addReplay("jumpcloud test user", Unchanged::Identities,
              {E::make("POST", Users,
                       "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"" +
                           testUser.toUtf8() +
                           "\",\"name\":{\"givenName\":\"JumpCloud\",\"familyName\":\"Test\"},\"emails\":[{"
                           "\"value\":\"" +
                           testUser.toUtf8() + "\",\"type\":\"work\",\"primary\":true}],\"active\":true}")
                   .expect(201, {QStringLiteral("userName=\"%1\"").arg(testUser)}),
               E::make("DELETE", QStringLiteral("/scim/v2/Users/{new}")).expect(204),
               E::get(QStringLiteral("/scim/v2/Users/{new}")).error(404),
               E::get(Users + QStringLiteral("?filter=userName eq \"%1\"").arg(testUser))
                   .expect(200, emptyList())});
    const QString testGroup = QStringLiteral("jctest-%1").arg(randomName());
    addReplay("jumpcloud test group", Unchanged::Identities,
              {E::make("POST", Groups,
                       "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"" +
                           testGroup.toUtf8() + "\",\"members\":[{\"value\":\"{user2}\"}]}")
                   .expect(201, {QStringLiteral("displayName=\"%1\"").arg(testGroup),
                                 QStringLiteral("members/0/value=\"{user2}\"")}),
               E::make("DELETE", QStringLiteral("/scim/v2/Groups/{new}")).expect(204),
               E::get(QStringLiteral("/scim/v2/Groups/{new}")).error(404),
               E::get(QStringLiteral("/scim/v2/Users/{user2}")).expect(200, {QStringLiteral("groups=")})});
}

void TestIdpReplay::replay()
{
    QFETCH(QString, store);
    QFETCH(Unchanged, unchanged);
    QFETCH(Exchanges, exchanges);

    QTemporaryDir data;
    QVERIFY(data.isValid());
    ServerProcess server;
    const QString storeUrl = store == QLatin1String("memory")
                                 ? store
                                 : QStringLiteral("sqlite:") + data.filePath(QStringLiteral("muster.db"));
    QVERIFY2(server.start({QStringLiteral("--data"), data.path(), QStringLiteral("--store"), storeUrl}),
             qPrintable(server.output()));

    const ServerProcess::Reply seeded = server.request("POST", QStringLiteral("/scim/v2/Bulk"), Seed);
    QVERIFY2(seeded.status == 200, seeded.body.constData());
    const QJsonArray operations = seeded.json().value(QStringLiteral("Operations")).toArray();
    QCOMPARE(operations.size(), 3);
    ScimConversation conversation(server);
    const char* names[] = {"user", "user2", "group"};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject operation = operations.at(i).toObject();
        QCOMPARE(operation.value(QStringLiteral("status")).toString(), QStringLiteral("201"));
        conversation.define(
            QString::fromLatin1(names[i]),
            operation.value(QStringLiteral("location")).toString().section(u'/', -1).toUtf8());
    }

    const QByteArray before = conversation.snapshot();
    const QByteArray identitiesBefore = conversation.identities();
    conversation.run(exchanges);
    if (QTest::currentTestFailed())
        return;
    if (unchanged == Unchanged::Everything)
        QCOMPARE(conversation.snapshot(), before);
    else if (unchanged == Unchanged::Identities)
        QCOMPARE(conversation.identities(), identitiesBefore);
    QVERIFY2(server.terminate() == 0, qPrintable(server.output()));
}

QTEST_GUILESS_MAIN(TestIdpReplay)
#include "tst_idpreplay.moc"
