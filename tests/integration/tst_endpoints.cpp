#include "ScimConversation.h"
#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

using muster::test::Exchange;
using muster::test::Exchanges;
using muster::test::ScimConversation;
using muster::test::ServerProcess;

namespace {

const QString Base = QStringLiteral("/scim/v2");
const QString Users = QStringLiteral("/scim/v2/Users");
const QString Groups = QStringLiteral("/scim/v2/Groups");
const QString User = QStringLiteral("/scim/v2/Users/{user}");
const QString User2 = QStringLiteral("/scim/v2/Users/{user2}");
const QString Group = QStringLiteral("/scim/v2/Groups/{group}");
const QByteArray UserUrn = "urn:ietf:params:scim:schemas:core:2.0:User";
const QByteArray GroupUrn = "urn:ietf:params:scim:schemas:core:2.0:Group";
const qint64 MaxBody = 256 * 1024; // --max-body

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

QByteArray user(const QByteArray& members)
{
    return "{\"schemas\":[\"" + UserUrn + "\"]," + members + '}';
}

QByteArray patchOp(const QByteArray& operations)
{
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[" + operations +
           "]}";
}

QByteArray search(const QByteArray& members)
{
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"]" +
           (members.isEmpty() ? QByteArray() : ',' + members) + '}';
}

QByteArray bulk(const QByteArray& operations)
{
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],\"Operations\":[" +
           operations + "]}";
}

QString unknownId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

// Every endpoint of muster-server and every error status over HTTP, on one server with SQLite: the
// answers, the RFC 7644 §3.12 error bodies, and that a refused request changes nothing.
class TestEndpoints : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void reads_data();
    void reads();
    void errors_data();
    void errors();
    void writes_data();
    void writes();
    void strictModeRefusesDialects();
    void concurrentConditionalWrites_data();
    void concurrentConditionalWrites();

private:
    static void addColumns();

    QTemporaryDir m_data;
    ServerProcess m_server;
    std::unique_ptr<ScimConversation> m_conversation;
};

void TestEndpoints::initTestCase()
{
    QVERIFY(m_data.isValid());
    QVERIFY2(m_server.start({QStringLiteral("--data"), m_data.path(), QStringLiteral("--max-body"),
                             QString::number(MaxBody), QStringLiteral("--workers"), QStringLiteral("2")}),
             qPrintable(m_server.output()));
    const ServerProcess::Reply seeded = m_server.request("POST", QStringLiteral("/scim/v2/Bulk"), Seed);
    QVERIFY2(seeded.status == 200, seeded.body.constData());
    m_conversation = std::make_unique<ScimConversation>(m_server);
    const QJsonArray operations = seeded.json().value(QStringLiteral("Operations")).toArray();
    const char* names[] = {"user", "user2", "group"};
    for (int i = 0; i < 3; ++i) {
        const QString location = operations.at(i).toObject().value(QStringLiteral("location")).toString();
        QVERIFY2(!location.isEmpty(), seeded.body.constData());
        m_conversation->define(QString::fromLatin1(names[i]), location.section(u'/', -1).toUtf8());
    }
    m_conversation->define(QStringLiteral("port"), QByteArray::number(m_server.port()));

    // Tokens made as an administrator makes them, while the server runs: it notices the file change.
    const QString userId = m_conversation->fill(QStringLiteral("{user}"));
    const QByteArray me =
        ServerProcess::createToken(m_data.path(), QStringLiteral("me"), {QStringLiteral("--user"), userId});
    const QByteArray other = ServerProcess::createToken(
        m_data.path(), QStringLiteral("other"), {QStringLiteral("--tenant"), QStringLiteral("other")});
    QVERIFY(!me.isEmpty() && !other.isEmpty());
    m_conversation->define(QStringLiteral("me"), me);
    m_conversation->define(QStringLiteral("other"), other);
    // Both tokens are known once /Me answers for the one and the other is refused for its tenant (403)
    // rather than unknown (401).
    const auto statusWith = [&](const QString& path, const QByteArray& token) {
        return m_server.request("GET", path, QByteArray(), {{"Authorization", "Bearer " + token}}).status;
    };
    const QDeadlineTimer deadline(10000);
    bool known = false;
    while (!known && !deadline.hasExpired()) {
        known = statusWith(QStringLiteral("/scim/v2/Me"), me) == 200 && statusWith(Users, other) == 403;
        if (!known)
            QThread::msleep(100);
    }
    QVERIFY2(known, "the server did not take up the new tokens");
}

void TestEndpoints::cleanupTestCase()
{
    QVERIFY2(m_server.terminate() == 0, qPrintable(m_server.output()));
}

void TestEndpoints::addColumns()
{
    QTest::addColumn<Exchanges>("exchanges");
}

// Successful requests that change nothing, one or more per endpoint.
void TestEndpoints::reads_data()
{
    addColumns();
    using E = Exchange;
    const QByteArray bearerMe = "Bearer {me}";
    const QString listResponse =
        QStringLiteral("schemas=[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"]");

    QTest::newRow("Users") << Exchanges{E::get(Users).expect(
        200, {listResponse, QStringLiteral("totalResults=2"), QStringLiteral("itemsPerPage=2"),
              QStringLiteral("startIndex=1"), QStringLiteral("Resources#2")})};
    QTest::newRow("Users HEAD") << Exchanges{E::make("HEAD", Users).expect(200)};
    QTest::newRow("Users filtered") << Exchanges{
        E::get(Users + QStringLiteral("?filter=name.familyName eq \"Jensen\" and emails[type eq \"work\"]"))
            .expect(200, {QStringLiteral("totalResults=1"), QStringLiteral("Resources/0/id=\"{user}\"")})};
    QTest::newRow("Users sorted and paged") << Exchanges{
        E::get(Users + QStringLiteral("?sortBy=userName&sortOrder=descending&startIndex=2&count=1"))
            .expect(200, {QStringLiteral("totalResults=2"), QStringLiteral("itemsPerPage=1"),
                          QStringLiteral("startIndex=2"),
                          QStringLiteral("Resources/0/userName=\"bjensen@example.com\"")})};
    QTest::newRow("User") << Exchanges{E::get(User).expect(
        200, {QStringLiteral("id=\"{user}\""), QStringLiteral("userName=\"bjensen@example.com\""),
              QStringLiteral("meta/resourceType=\"User\""),
              QStringLiteral("meta/location=\"http://127.0.0.1:{port}/scim/v2/Users/{user}\""),
              QStringLiteral("groups/0/value=\"{group}\""), QStringLiteral("password=")})};
    QTest::newRow("User with attributes") << Exchanges{
        E::get(User + QStringLiteral("?attributes=userName"))
            .expect(200, {QStringLiteral("id=\"{user}\""), QStringLiteral("userName=\"bjensen@example.com\""),
                          QStringLiteral("displayName=")})};
    QTest::newRow("User conditional GET") << Exchanges{
        E::get(User).expect(200), E::get(User).header("If-None-Match", "{etag}").expect(304),
        E::get(User).header("If-None-Match", "W/\"stale\"").expect(200, {QStringLiteral("id=\"{user}\"")})};
    QTest::newRow("Groups") << Exchanges{E::get(Groups).expect(
        200, {QStringLiteral("totalResults=1"), QStringLiteral("Resources/0/members/0/value=\"{user}\"")})};
    QTest::newRow("Group") << Exchanges{E::get(Group).expect(
        200, {QStringLiteral("displayName=\"Staff\""), QStringLiteral("members#1"),
              QStringLiteral("members/0/value=\"{user}\""), QStringLiteral("meta/resourceType=\"Group\"")})};
    QTest::newRow("root listing") << Exchanges{
        E::get(Base).expect(200, {QStringLiteral("totalResults=3"), QStringLiteral("Resources#3")})};
    QTest::newRow("root .search") << Exchanges{
        E::make("POST", Base + QStringLiteral("/.search"), search("\"count\":10"))
            .expect(200, {QStringLiteral("totalResults=3"), QStringLiteral("Resources#3")})};
    QTest::newRow("Users .search") << Exchanges{
        E::make("POST", Users + QStringLiteral("/.search"),
                search("\"filter\":\"userName eq \\\"jsmith\\\"\",\"attributes\":[\"userName\"]"))
            .expect(200, {QStringLiteral("totalResults=1"), QStringLiteral("Resources/0/id=\"{user2}\""),
                          QStringLiteral("Resources/0/meta=")})};
    QTest::newRow("Groups .search") << Exchanges{
        E::make("POST", Groups + QStringLiteral("/.search"),
                search("\"filter\":\"displayName eq \\\"staff\\\"\",\"excludedAttributes\":[\"members\"]"))
            .expect(200, {QStringLiteral("totalResults=1"), QStringLiteral("Resources/0/members=")})};
    QTest::newRow("Bulk whose operations all fail") << Exchanges{
        E::make("POST", Base + QStringLiteral("/Bulk"),
                bulk("{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"d\",\"data\":" +
                     user("\"userName\":\"BJENSEN@example.com\"") +
                     "},{\"method\":\"DELETE\",\"path\":\"/Users/" + unknownId().toUtf8() + "\"}"))
            .expect(200, {QStringLiteral("schemas=[\"urn:ietf:params:scim:api:messages:2.0:BulkResponse\"]"),
                          QStringLiteral("Operations#2"), QStringLiteral("Operations/0/status=\"409\""),
                          QStringLiteral("Operations/0/response/scimType=\"uniqueness\""),
                          QStringLiteral("Operations/1/status=\"404\"")})};
    QTest::newRow("Me") << Exchanges{E::get(Base + QStringLiteral("/Me"))
                                         .header("Authorization", bearerMe)
                                         .expect(200, {QStringLiteral("id=\"{user}\""),
                                                       QStringLiteral("userName=\"bjensen@example.com\"")})};
    QTest::newRow("Me for a token of no user") << Exchanges{E::get(Base + QStringLiteral("/Me")).error(501)};
    QTest::newRow("ServiceProviderConfig") << Exchanges{
        E::get(Base + QStringLiteral("/ServiceProviderConfig"))
            .expect(200, {QStringLiteral(
                              "schemas=[\"urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig\"]"),
                          QStringLiteral("patch/supported=true"), QStringLiteral("bulk/supported=true"),
                          QStringLiteral("bulk/maxOperations=1000"), QStringLiteral("filter/supported=true"),
                          QStringLiteral("filter/maxResults=1000"), QStringLiteral("etag/supported=true"),
                          QStringLiteral("sort/supported=true")})};
    QTest::newRow("ResourceTypes") << Exchanges{
        E::get(Base + QStringLiteral("/ResourceTypes"))
            .expect(200, {QStringLiteral("totalResults=2"), QStringLiteral("Resources#2")})};
    QTest::newRow("ResourceTypes/User") << Exchanges{
        E::get(Base + QStringLiteral("/ResourceTypes/User"))
            .expect(200, {QStringLiteral("id=\"User\""), QStringLiteral("endpoint=\"/Users\""),
                          QStringLiteral("schema=\"urn:ietf:params:scim:schemas:core:2.0:User\""),
                          QStringLiteral("schemaExtensions/0/schema=\"urn:ietf:params:scim:schemas:extension:"
                                         "enterprise:2.0:User\"")})};
    QTest::newRow("Schemas") << Exchanges{
        E::get(Base + QStringLiteral("/Schemas")).expect(200, {QStringLiteral("totalResults=6")})};
    QTest::newRow("Schemas/<urn>") << Exchanges{
        E::get(Base + QStringLiteral("/Schemas/urn:ietf:params:scim:schemas:core:2.0:User"))
            .expect(200, {QStringLiteral("id=\"urn:ietf:params:scim:schemas:core:2.0:User\""),
                          QStringLiteral("name=\"User\"")})};
    QTest::newRow("healthz without a token") << Exchanges{E::get(QStringLiteral("/healthz"))
                                                              .header("Authorization", "")
                                                              .expect(200, {QStringLiteral("body~ok")})};
    QTest::newRow("readyz without a token") << Exchanges{E::get(QStringLiteral("/readyz"))
                                                             .header("Authorization", "")
                                                             .expect(200, {QStringLiteral("body~ready")})};
    QTest::newRow("metrics") << Exchanges{
        E::get(QStringLiteral("/metrics")).expect(200, {QStringLiteral("body~muster_http_requests_total")})};
    QTest::newRow("a filter value in invalid UTF-8")
        << Exchanges{E::get(Users + QStringLiteral("?filter=userName%20eq%20%22%FF%FE%22"))
                         .sentRaw()
                         .expect(200, {QStringLiteral("totalResults=0")})};
}

void TestEndpoints::reads()
{
    QFETCH(Exchanges, exchanges);
    const QByteArray before = m_conversation->snapshot();
    m_conversation->run(exchanges);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_conversation->snapshot(), before);
}

// Every error status, and bad input of every kind: each a SCIM error body that changes nothing.
void TestEndpoints::errors_data()
{
    addColumns();
    using E = Exchange;
    const QByteArray text = "text/plain";
    const auto post = [](const QByteArray& body) { return E::make("POST", Users, body); };
    const QString invalidSyntax = QStringLiteral("invalidSyntax");
    const QString invalidValue = QStringLiteral("invalidValue");
    const QString invalidFilter = QStringLiteral("invalidFilter");
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    const QByteArray missing = unknownId().toUtf8();

    // 400: JSON that is not JSON, or not an object
    QTest::newRow("400 invalid JSON")
        << Exchanges{post("{\"schemas\":[\"" + UserUrn + "\"],\"userName\":").error(400, invalidSyntax)};
    QTest::newRow("400 trailing garbage")
        << Exchanges{post(user("\"userName\":\"x\"") + " x").error(400, invalidSyntax)};
    QTest::newRow("400 an array") << Exchanges{post("[]").error(400, invalidSyntax)};
    QTest::newRow("400 no body") << Exchanges{E::make("POST", Users).error(400, invalidSyntax)};
    QTest::newRow("400 JSON nested 100,000 deep") << Exchanges{post(deep).error(400, invalidSyntax)};
    QTest::newRow("400 JSON nested 100,000 deep in a user")
        << Exchanges{post(user("\"userName\":\"deep\",\"x\":" + deep)).error(400, invalidSyntax)};
    QTest::newRow("400 invalid UTF-8")
        << Exchanges{post(user("\"userName\":\"\xff\xfe\"")).error(400, invalidSyntax)};
    QTest::newRow("400 overlong UTF-8")
        << Exchanges{post(user("\"userName\":\"\xc0\xaf\"")).error(400, invalidSyntax)};
    QTest::newRow("400 UTF-8 surrogate")
        << Exchanges{post(user("\"userName\":\"\xed\xa0\x80\"")).error(400, invalidSyntax)};
    QTest::newRow("400 truncated UTF-8")
        << Exchanges{post(user("\"userName\":\"\xe2\x82\"")).error(400, invalidSyntax)};
    QTest::newRow("400 invalid UTF-8 in a PATCH") << Exchanges{
        E::make("PATCH", User, patchOp("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"\xff\"}"))
            .error(400, invalidSyntax)};
    // 400: wrong types and schemas
    QTest::newRow("400 userName a number")
        << Exchanges{post(user("\"userName\":5")).error(400, invalidValue)};
    QTest::newRow("400 active an object")
        << Exchanges{post(user("\"userName\":\"t\",\"active\":{}")).error(400, invalidValue)};
    QTest::newRow("400 emails a string")
        << Exchanges{post(user("\"userName\":\"t\",\"emails\":\"t@x\"")).error(400, invalidValue)};
    QTest::newRow("400 name an array")
        << Exchanges{post(user("\"userName\":\"t\",\"name\":[]")).error(400, invalidValue)};
    QTest::newRow("400 no userName") << Exchanges{
        post(user("\"displayName\":\"t\"")).error(400, invalidValue)};
    QTest::newRow("400 no schemas") << Exchanges{post("{\"userName\":\"t\"}").error(400, invalidSyntax)};
    QTest::newRow("400 schemas a string")
        << Exchanges{post("{\"schemas\":\"" + UserUrn + "\",\"userName\":\"t\"}").error(400, invalidSyntax)};
    QTest::newRow("400 only an unknown schema URN") << Exchanges{
        post("{\"schemas\":[\"urn:ietf:params:scim:schemas:extension:unknown:2.0:User\"],\"userName\":\"t\"}")
            .error(400, invalidSyntax)};
    QTest::newRow("400 the Group schema on Users") << Exchanges{
        post("{\"schemas\":[\"" + GroupUrn + "\"],\"userName\":\"t\"}").error(400, invalidSyntax)};
    QTest::newRow("400 PATCH naming another schema") << Exchanges{
        E::make("PATCH", User,
                "{\"schemas\":[\"" + UserUrn +
                    "\"],\"Operations\":[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"x\"}]}")
            .error(400, invalidSyntax)};
    QTest::newRow("400 PATCH with an unknown op") << Exchanges{
        E::make("PATCH", User, patchOp("{\"op\":\"explode\",\"path\":\"displayName\",\"value\":\"x\"}"))
            .error(400, invalidSyntax)};
    QTest::newRow("400 PATCH path in an unknown schema URN")
        << Exchanges{E::make("PATCH", User,
                             patchOp("{\"op\":\"add\",\"path\":\"urn:ietf:params:scim:schemas:extension:"
                                     "unknown:2.0:User:badge\",\"value\":\"x\"}"))
                         .error(400, QStringLiteral("invalidPath"))};
    QTest::newRow("400 PATCH of the read-only id")
        << Exchanges{E::make("PATCH", User, patchOp("{\"op\":\"replace\",\"path\":\"id\",\"value\":\"x\"}"))
                         .error(400, QStringLiteral("mutability"))};
    // 400: filters and list parameters
    QTest::newRow("400 filter without a value")
        << Exchanges{E::get(Users + QStringLiteral("?filter=userName eq")).error(400, invalidFilter)};
    QTest::newRow("400 filter with an unknown operator")
        << Exchanges{E::get(Users + QStringLiteral("?filter=userName xx \"a\"")).error(400, invalidFilter)};
    QTest::newRow("400 filter with an open parenthesis")
        << Exchanges{E::get(Users + QStringLiteral("?filter=(userName eq \"a\"")).error(400, invalidFilter)};
    QTest::newRow("400 filter ending in and") << Exchanges{
        E::get(Users + QStringLiteral("?filter=userName eq \"a\" and")).error(400, invalidFilter)};
    QTest::newRow("400 filter of 9,000 characters")
        << Exchanges{E::get(Users + QStringLiteral("?filter=userName eq \"%1\"").arg(QString(9000, u'a')))
                         .error(400, invalidFilter)};
    QTest::newRow("400 .search filter a number")
        << Exchanges{E::make("POST", Users + QStringLiteral("/.search"), search("\"filter\":5"))
                         .error(400, invalidSyntax)};
    QTest::newRow("400 count not a number")
        << Exchanges{E::get(Users + QStringLiteral("?count=many")).error(400, invalidValue)};
    QTest::newRow("400 sortOrder sideways") << Exchanges{
        E::get(Users + QStringLiteral("?sortBy=userName&sortOrder=sideways")).error(400, invalidValue)};
    // 400: Bulk
    QTest::newRow("400 Bulk invalid JSON") << Exchanges{
        E::make("POST", Base + QStringLiteral("/Bulk"), "{\"Operations\":[").error(400, invalidSyntax)};
    QTest::newRow("400 Bulk without Operations")
        << Exchanges{E::make("POST", Base + QStringLiteral("/Bulk"),
                             "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"]}")
                         .error(400, invalidSyntax)};

    // 401
    QTest::newRow("401 no token") << Exchanges{E::get(Users).header("Authorization", "").error(401)};
    QTest::newRow("401 unknown token")
        << Exchanges{E::get(Users).header("Authorization", "Bearer mst_nope").error(401)};
    QTest::newRow("401 non-token") << Exchanges{
        E::get(Users).header("Authorization", "non-token").error(401)};
    QTest::newRow("401 Basic when it is off") << Exchanges{
        E::get(Users).header("Authorization", "Basic " + QByteArray("a:b").toBase64()).error(401)};
    QTest::newRow("401 metrics without a token")
        << Exchanges{E::get(QStringLiteral("/metrics")).header("Authorization", "").error(401)};
    QTest::newRow("401 a write without a token")
        << Exchanges{post(user("\"userName\":\"t\"")).header("Authorization", "").error(401)};

    // 403
    QTest::newRow("403 another tenant's token")
        << Exchanges{E::get(Users).header("Authorization", "Bearer {other}").error(403)};
    QTest::newRow("403 another tenant's token writing")
        << Exchanges{E::make("DELETE", User).header("Authorization", "Bearer {other}").error(403)};
    QTest::newRow("403 a token on another tenant's path")
        << Exchanges{E::get(QStringLiteral("/tenants/other/scim/v2/Users")).error(403)};
    QTest::newRow("403 a filter on discovery")
        << Exchanges{E::get(Base + QStringLiteral("/Schemas?filter=id eq \"x\"")).error(403)};

    // 404
    QTest::newRow("404 user") << Exchanges{E::get(Users + u'/' + QString::fromUtf8(missing)).error(404)};
    QTest::newRow("404 group") << Exchanges{E::get(Groups + u'/' + QString::fromUtf8(missing)).error(404)};
    QTest::newRow("404 PUT") << Exchanges{
        E::make("PUT", Users + u'/' + QString::fromUtf8(missing), user("\"userName\":\"t\"")).error(404)};
    QTest::newRow("404 PATCH") << Exchanges{
        E::make("PATCH", Groups + u'/' + QString::fromUtf8(missing),
                patchOp("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"x\"}"))
            .error(404)};
    QTest::newRow("404 DELETE") << Exchanges{
        E::make("DELETE", Users + u'/' + QString::fromUtf8(missing)).error(404)};
    QTest::newRow("404 an id in invalid UTF-8")
        << Exchanges{E::get(Users + QStringLiteral("/%FF%FE")).sentRaw().error(404)};
    QTest::newRow("404 below a user") << Exchanges{E::get(User + QStringLiteral("/more")).error(404)};
    QTest::newRow("404 unknown endpoint") << Exchanges{E::get(Base + QStringLiteral("/Devices")).error(404)};
    QTest::newRow("404 outside SCIM") << Exchanges{E::get(QStringLiteral("/index.html")).error(404)};
    QTest::newRow("404 unknown schema")
        << Exchanges{E::get(Base + QStringLiteral("/Schemas/urn:example:nothing")).error(404)};
    QTest::newRow("404 unknown resource type")
        << Exchanges{E::get(Base + QStringLiteral("/ResourceTypes/Device")).error(404)};

    // 405
    QTest::newRow("405 DELETE on Users") << Exchanges{
        E::make("DELETE", Users).error(405, QString(), {QStringLiteral("header:allow=GET, HEAD, POST")})};
    QTest::newRow("405 GET on Bulk") << Exchanges{
        E::get(Base + QStringLiteral("/Bulk")).error(405, QString(), {QStringLiteral("header:allow=POST")})};
    QTest::newRow("405 PUT on ServiceProviderConfig")
        << Exchanges{E::make("PUT", Base + QStringLiteral("/ServiceProviderConfig"), "{}").error(405)};

    // 409
    QTest::newRow("409 userName in another case") << Exchanges{
        post(user("\"userName\":\"BJENSEN@EXAMPLE.COM\"")).error(409, QStringLiteral("uniqueness"))};
    QTest::newRow("409 group displayName in another case")
        << Exchanges{E::make("POST", Groups, "{\"schemas\":[\"" + GroupUrn + "\"],\"displayName\":\"STAFF\"}")
                         .error(409, QStringLiteral("uniqueness"))};
    QTest::newRow("409 PUT to a taken userName")
        << Exchanges{E::make("PUT", User2, user("\"userName\":\"bjensen@example.com\""))
                         .error(409, QStringLiteral("uniqueness"))};
    QTest::newRow("409 PATCH to a taken userName") << Exchanges{
        E::make("PATCH", User2,
                patchOp("{\"op\":\"replace\",\"path\":\"userName\",\"value\":\"Bjensen@example.com\"}"))
            .error(409, QStringLiteral("uniqueness"))};

    // 412
    QTest::newRow("412 PUT with a stale If-Match")
        << Exchanges{E::make("PUT", User, user("\"userName\":\"bjensen@example.com\""))
                         .header("If-Match", "W/\"stale\"")
                         .error(412)};
    QTest::newRow("412 PATCH with a stale If-Match") << Exchanges{
        E::make("PATCH", Group, patchOp("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"x\"}"))
            .header("If-Match", "W/\"stale\"")
            .error(412)};
    QTest::newRow("412 DELETE with a stale If-Match")
        << Exchanges{E::make("DELETE", User2).header("If-Match", "W/\"stale\"").error(412)};

    // 413
    QTest::newRow("413 a user over --max-body") << Exchanges{
        post(user("\"userName\":\"big\",\"displayName\":\"" + QByteArray(MaxBody, 'x') + '"')).error(413)};
    QTest::newRow("413 a PATCH over --max-body")
        << Exchanges{E::make("PATCH", User,
                             patchOp("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"" +
                                     QByteArray(MaxBody, 'x') + "\"}"))
                         .error(413)};
    QTest::newRow("413 2 MiB, refused before it is read")
        << Exchanges{post(user("\"userName\":\"huge\",\"displayName\":\"" + QByteArray(2 << 20, 'x') + '"'))
                         .sentRaw()
                         .error(413)};
    QTest::newRow("413 Bulk over its operation limit") << Exchanges{
        E::make("POST", Base + QStringLiteral("/Bulk"),
                bulk(QByteArrayList(1001, "{\"method\":\"DELETE\",\"path\":\"/Users/" + missing + "\"}")
                         .join(',')))
            .error(413)};

    // 415
    QTest::newRow("415 text/plain") << Exchanges{
        post(user("\"userName\":\"t\"")).header("Content-Type", text).error(415)};
    QTest::newRow("415 a form") << Exchanges{
        post("userName=t").header("Content-Type", "application/x-www-form-urlencoded").error(415)};
    QTest::newRow("415 JSON in Latin-1")
        << Exchanges{post(user("\"userName\":\"t\""))
                         .header("Content-Type", "application/json; charset=iso-8859-1")
                         .error(415)};
    QTest::newRow("415 a PATCH in XML") << Exchanges{
        E::make("PATCH", User, "<PatchOp/>").header("Content-Type", "application/xml").error(415)};

    // A coded body is not read as if it were plain (it was, and a gzip body failed as invalid UTF-8).
    QTest::newRow("415 a gzip-encoded body")
        << Exchanges{post(user("\"userName\":\"coded\"")).header("Content-Encoding", "gzip").error(415)};
    QTest::newRow("415 a Bulk request in deflate")
        << Exchanges{E::make("POST", Base + QStringLiteral("/Bulk"), bulk({}))
                         .header("Content-Encoding", "deflate")
                         .error(415)};

    // 431: headers beyond the transport's limit
    QTest::newRow("431 a 20 kB header")
        << Exchanges{E::get(Users).header("X-Padding", QByteArray(20000, 'p')).error(431)};
}

void TestEndpoints::errors()
{
    QFETCH(Exchanges, exchanges);
    const QByteArray before = m_conversation->snapshot();
    m_conversation->run(exchanges);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_conversation->snapshot(), before);
    QCOMPARE(m_server.request("GET", QStringLiteral("/healthz")).status, 200);
}

// Writes on every writable endpoint; each row removes what it created.
void TestEndpoints::writes_data()
{
    addColumns();
    using E = Exchange;
    const QString created = QStringLiteral("/scim/v2/Users/{new}");
    QTest::newRow("Users: create, replace, patch, delete with If-Match") << Exchanges{
        E::make("POST", Users,
                user("\"userName\":\"lifecycle\",\"displayName\":\"One\",\"password\":\"s3cret-Passw0rd\""))
            .expect(201, {QStringLiteral("userName=\"lifecycle\""), QStringLiteral("password=")}),
        E::make("HEAD", created).expect(200, {QStringLiteral("header:etag={etag}")}),
        E::make("PUT", created, user("\"userName\":\"lifecycle\",\"displayName\":\"Two\""))
            .header("If-Match", "{etag}")
            .expect(200, {QStringLiteral("displayName=\"Two\"")}),
        E::make("PATCH", created,
                patchOp("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Three\"}"))
            .header("If-Match", "{etag}")
            .expect(204),
        E::make("PATCH", created, patchOp("{\"op\":\"add\",\"path\":\"title\",\"value\":\"Tester\"}"))
            .header("Prefer", "return=representation")
            .expect(200, {QStringLiteral("displayName=\"Three\""), QStringLiteral("title=\"Tester\"")}),
        E::make("DELETE", created).header("If-Match", "{etag}").expect(204),
        E::get(created).error(404)};
    QTest::newRow("Groups: create, replace, patch members, delete") << Exchanges{
        E::make("POST", Groups,
                "{\"schemas\":[\"" + GroupUrn +
                    "\"],\"displayName\":\"Writers\",\"members\":[{\"value\":\"{user}\"}]}")
            .expect(201, {QStringLiteral("members/0/value=\"{user}\"")}),
        E::make("PUT", QStringLiteral("/scim/v2/Groups/{new}"),
                "{\"schemas\":[\"" + GroupUrn +
                    "\"],\"displayName\":\"Writers\",\"members\":[{\"value\":\"{user2}\"}]}")
            .expect(200, {QStringLiteral("members#1"), QStringLiteral("members/0/value=\"{user2}\"")}),
        E::make("PATCH", QStringLiteral("/scim/v2/Groups/{new}"),
                patchOp("{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"{user}\"}]}"))
            .expect(204),
        E::get(User2).expect(200, {QStringLiteral("groups#1")}),
        E::make("DELETE", QStringLiteral("/scim/v2/Groups/{new}")).expect(204),
        E::get(User2).expect(200, {QStringLiteral("groups=")})};
    QTest::newRow("Bulk: create with a bulkId reference, then delete") << Exchanges{
        E::make(
            "POST", Base + QStringLiteral("/Bulk"),
            bulk("{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"u\",\"data\":" +
                 user("\"userName\":\"bulk-user\"") +
                 "},{\"method\":\"POST\",\"path\":\"/Groups\",\"bulkId\":\"g\",\"data\":{\"schemas\":[\"" +
                 GroupUrn + "\"],\"displayName\":\"Bulk Group\",\"members\":[{\"value\":\"bulkId:u\"}]}}"))
            .expect(200, {QStringLiteral("Operations/0/status=\"201\""),
                          QStringLiteral("Operations/1/status=\"201\"")})
            .capture(QStringLiteral("bulkUser"), QStringLiteral("Operations/0/location"))
            .capture(QStringLiteral("bulkGroup"), QStringLiteral("Operations/1/location")),
        E::get(QStringLiteral("/scim/v2/Users/{bulkUser}"))
            .expect(200, {QStringLiteral("groups/0/value=\"{bulkGroup}\"")}),
        E::make("POST", Base + QStringLiteral("/Bulk"),
                bulk("{\"method\":\"DELETE\",\"path\":\"/Groups/"
                     "{bulkGroup}\"},{\"method\":\"DELETE\",\"path\":\"/Users/{bulkUser}\"}"))
            .expect(200, {QStringLiteral("Operations/0/status=\"204\""),
                          QStringLiteral("Operations/1/status=\"204\"")})};
    QTest::newRow("Me: patch and replace") << Exchanges{
        E::make("PATCH", Base + QStringLiteral("/Me"),
                patchOp("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Babs\"}"))
            .header("Authorization", "Bearer {me}")
            .expect(204),
        E::get(User).expect(200, {QStringLiteral("displayName=\"Babs\"")}),
        E::make("PATCH", Base + QStringLiteral("/Me"),
                patchOp("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Babs Jensen\"}"))
            .header("Authorization", "Bearer {me}")
            .header("If-Match", "{etag}")
            .expect(204),
        E::get(Base + QStringLiteral("/Me"))
            .header("Authorization", "Bearer {me}")
            .expect(200, {QStringLiteral("displayName=\"Babs Jensen\""), QStringLiteral("id=\"{user}\"")})};
    QTest::newRow("a body in the identity coding")
        << Exchanges{E::make("POST", Users, user("\"userName\":\"identity\""))
                         .header("Content-Encoding", "identity")
                         .expect(201),
                     E::make("DELETE", created).expect(204)};
    QTest::newRow("a body without Content-Type")
        << Exchanges{E::make("POST", Users, user("\"userName\":\"no-type\"")).sentRaw().expect(201),
                     E::make("DELETE", created).expect(204)};
}

void TestEndpoints::writes()
{
    QFETCH(Exchanges, exchanges);
    const QByteArray before = m_conversation->identities();
    m_conversation->run(exchanges);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_conversation->identities(), before);
}

// Outside strict mode unknown schema URNs are dropped (identity providers list their own) and a PATCH
// may leave out "schemas"; with --strict both are refused.
void TestEndpoints::strictModeRefusesDialects()
{
    QTemporaryDir data;
    ServerProcess strict;
    QVERIFY2(strict.start({QStringLiteral("--data"), data.path(), QStringLiteral("--store"),
                           QStringLiteral("memory"), QStringLiteral("--strict")}),
             qPrintable(strict.output()));
    const QByteArray unknownUrn =
        "{\"schemas\":[\"" + UserUrn +
        "\",\"urn:ietf:params:scim:schemas:extension:unknown:2.0:User\"],\"userName\":\"t\"}";
    const QByteArray noSchemas =
        "{\"Operations\":[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"x\"}]}";
    const QString created = QStringLiteral("/scim/v2/Users/{new}");
    ScimConversation conversation(strict);
    conversation.run({Exchange::make("POST", Users, unknownUrn).error(400, QStringLiteral("invalidValue")),
                      Exchange::get(Users).expect(200, {QStringLiteral("totalResults=0")}),
                      Exchange::make("POST", Users, user("\"userName\":\"t\"")).expect(201),
                      Exchange::make("PATCH", created, noSchemas).error(400, QStringLiteral("invalidSyntax")),
                      Exchange::get(created).expect(200, {QStringLiteral("displayName=")})});
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(strict.terminate() == 0, qPrintable(strict.output()));

    ScimConversation lenient(m_server);
    lenient.run({Exchange::make("POST", Users, unknownUrn)
                     .expect(201, {QStringLiteral("schemas=[\"%1\"]").arg(QString::fromLatin1(UserUrn))}),
                 Exchange::make("PATCH", created, noSchemas).expect(204),
                 Exchange::get(created).expect(200, {QStringLiteral("displayName=\"x\"")}),
                 Exchange::make("DELETE", created).expect(204)});
}

void TestEndpoints::concurrentConditionalWrites_data()
{
    QTest::addColumn<QByteArray>("method");
    // %1: the writer's number. A write that changes nothing keeps the version, so every writer changes
    // something, and each row differently from the one before.
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("displayName");
    QTest::newRow("PATCH") << QByteArray("PATCH")
                           << patchOp(
                                  "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"patcher %1\"}")
                           << QStringLiteral("patcher %1");
    QTest::newRow("PUT") << QByteArray("PUT") << user("\"userName\":\"jsmith\",\"displayName\":\"putter %1\"")
                         << QStringLiteral("putter %1");
}

// Writers that all read the same version and write with If-Match at once, each on its own connection:
// exactly one wins, the others get 412, and the winner's write is the one kept.
void TestEndpoints::concurrentConditionalWrites()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    QFETCH(QString, displayName);
    const QString path = m_conversation->fill(User2);
    const ServerProcess::Reply before = m_server.request("GET", path);
    QCOMPARE(before.status, 200);
    const QByteArray etag = before.header("etag");
    QVERIFY(!etag.isEmpty());

    const int writers = 8;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < writers; ++i) {
        const QByteArray content = QString::fromUtf8(body).arg(i).toUtf8();
        sockets.push_back(m_server.sendRaw(method + ' ' + path.toUtf8() +
                                           " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                                           m_server.token() + "\r\nIf-Match: " + etag +
                                           "\r\nContent-Type: application/scim+json\r\nContent-Length: " +
                                           QByteArray::number(content.size()) + "\r\n\r\n" + content));
        QVERIFY(sockets.back());
    }
    int winner = -1;
    for (int i = 0; i < writers; ++i) {
        const ServerProcess::Reply reply = ServerProcess::readRaw(*sockets[i]);
        QVERIFY2(reply.failure.isEmpty(), qPrintable(reply.failure));
        if (reply.status == 412) {
            QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("412"));
            continue;
        }
        QVERIFY2(reply.status == 200 || reply.status == 204, reply.body.constData());
        QVERIFY2(winner < 0, "two writers with the same If-Match both succeeded");
        winner = i;
    }
    QVERIFY2(winner >= 0, "no writer succeeded");
    const ServerProcess::Reply after = m_server.request("GET", path);
    QCOMPARE(after.json().value(QStringLiteral("displayName")).toString(), displayName.arg(winner));
    QVERIFY(after.header("etag") != etag);
}

QTEST_GUILESS_MAIN(TestEndpoints)
#include "tst_endpoints.moc"
