#include "ScimFixture.h"
#include "schema/SchemaUrns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

using namespace muster;

namespace {

const QByteArray UserBody = QByteArrayLiteral(
    "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"newbie\"}");
const QByteArray PatchTitle =
    QByteArrayLiteral("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                      "\"Operations\":[{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Guide\"}]}");
const QByteArray PutBjensen = QByteArrayLiteral(
    "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"bjensen\","
    "\"title\":\"Tour Guide\"}");

QByteArray nested(int depth)
{
    return QByteArrayLiteral(
               "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"deep\","
               "\"x\":") +
           QByteArray(depth, '[') + QByteArray(depth, ']') + '}';
}

QByteArray bigUser(qsizetype bytes)
{
    return QByteArrayLiteral(
               "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"big\","
               "\"nickName\":\"") +
           QByteArray(bytes, 'a') + "\"}";
}

QByteArray bulkWith(int operations)
{
    QByteArray body =
        QByteArrayLiteral("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],"
                          "\"Operations\":[");
    for (int i = 0; i < operations; ++i) {
        if (i > 0)
            body += ',';
        body += "{\"method\":\"DELETE\",\"path\":\"/Users/x" + QByteArray::number(i) + "\"}";
    }
    return body + "]}";
}

} // namespace

class TestScimService : public QObject {
    Q_OBJECT

private slots:
    // One request against a directory holding bjensen, jsmith, the group Staff (bjensen) and, in
    // tenant acme, acmeuser; the answer's status, scimType and one header, and whether data changed.
    void request_data();
    void request();

    void errorBodyFollowsRfc7644();
    void createReturnsLocationEtagAndResource();
    void putReplacesAndKeepsPassword();
    void patchAnswers204WithEtagOr200WhenAsked_data();
    void patchAnswers204WithEtagOr200WhenAsked();
    void groupPatchReturnsMembersOnlyWhenShown();
    void deleteRemovesAndLeavesGroups();
    void ifMatchIsAtomicAcrossWriters();
    void projectionOnReadsAndWrites_data();
    void projectionOnReadsAndWrites();
    void metaLocation_data();
    void metaLocation();
    void tenantsAreIsolated();
    void meServesTheTokensUser();
    void basicAuthentication_data();
    void basicAuthentication();
    void auditActorIsTheTokenName();
    void withoutTokenStoreEveryoneIsLetIn();
    void readinessFollowsTheStore();
    void headAnswersWithoutBody();
    void strictTenantRejectsUnknownSchemaUrns();
    void passwordChangeIsSupported();
    void randomRequestsNeverFailTheServer();
    void concurrentRequests();
};

void TestScimService::request_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("headers"); // "name: value" lines
    QTest::addColumn<QString>("token");      // default, acme, expired, none, or "raw:<Authorization>"
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("scimType");
    QTest::addColumn<bool>("changes");
    QTest::addColumn<QByteArray>("header"); // one expected "name: value", or empty

    const QString d = QStringLiteral("default");
    const QByteArray none;
    const auto row = [&](const char* name, const char* method, const QString& target, const QByteArray& body,
                         const QByteArray& headers, const QString& token, int status, const char* scimType,
                         bool changes = false, const QByteArray& header = {}) {
        QTest::addRow("%s", name) << QByteArray(method) << target << body << headers << token << status
                                  << QString::fromLatin1(scimType) << changes << header;
    };
    const QString users = QStringLiteral("/scim/v2/Users");
    const QString user = QStringLiteral("/scim/v2/Users/{user}");
    const QString groups = QStringLiteral("/scim/v2/Groups");
    const QByteArray json = QByteArrayLiteral("content-type: application/scim+json");

    // Reads and writes that work
    row("get user", "GET", user, none, none, d, 200, "", false, "etag: W/\"1\"");
    row("get user content type", "GET", user, none, none, d, 200, "", false,
        "content-type: application/scim+json; charset=utf-8");
    row("get users", "GET", users, none, none, d, 200, "");
    row("get users with trailing slash", "GET", users + u'/', none, none, d, 200, "");
    row("endpoint names ignore case", "GET", QStringLiteral("/scim/v2/users/{user}"), none, none, d, 200, "");
    row("get group", "GET", QStringLiteral("/scim/v2/Groups/{group}"), none, none, d, 200, "");
    row("post user", "POST", users, UserBody, json, d, 201, "", true, "etag: W/\"1\"");
    row("post user as application/json", "POST", users, UserBody, "content-type: application/json", d, 201,
        "", true);
    row("post user with charset", "POST", users, UserBody,
        "content-type: application/scim+json; charset=UTF-8", d, 201, "", true);
    row("post user without content type", "POST", users, UserBody, none, d, 201, "", true);
    row("put user", "PUT", user, PutBjensen, json, d, 200, "", true, "etag: W/\"2\"");
    row("patch user", "PATCH", user, PatchTitle, json, d, 204, "", true, "etag: W/\"2\"");
    row("delete user", "DELETE", user, none, none, d, 204, "", true);
    row("healthz", "GET", QStringLiteral("/healthz"), none, none, QStringLiteral("none"), 200, "");
    row("readyz", "GET", QStringLiteral("/readyz"), none, none, QStringLiteral("none"), 200, "");

    // Conditional requests
    row("if-none-match current", "GET", user, none, "if-none-match: W/\"1\"", d, 304, "", false,
        "etag: W/\"1\"");
    row("if-none-match strong form", "GET", user, none, "if-none-match: \"1\"", d, 304, "");
    row("if-none-match star", "GET", user, none, "if-none-match: *", d, 304, "");
    row("if-none-match other", "GET", user, none, "if-none-match: W/\"7\"", d, 200, "");
    row("if-none-match list", "GET", user, none, "if-none-match: W/\"7\", W/\"1\"", d, 304, "");
    row("if-match current put", "PUT", user, PutBjensen, "if-match: W/\"1\"", d, 200, "", true);
    row("if-match star patch", "PATCH", user, PatchTitle, "if-match: *", d, 204, "", true);
    row("if-match list patch", "PATCH", user, PatchTitle, "if-match: W/\"5\", W/\"1\"", d, 204, "", true);
    row("if-match current delete", "DELETE", user, none, "if-match: W/\"1\"", d, 204, "", true);
    row("if-match stale put", "PUT", user, PutBjensen, "if-match: W/\"2\"", d, 412, "");
    row("if-match stale patch", "PATCH", user, PatchTitle, "if-match: W/\"9\"", d, 412, "");
    row("if-match stale delete", "DELETE", user, none, "if-match: W/\"3\"", d, 412, "");
    row("if-match stale list", "PATCH", user, PatchTitle, "if-match: W/\"2\", W/\"3\"", d, 412, "");
    row("if-match garbage", "PUT", user, PutBjensen, "if-match: xyz", d, 412, "");
    row("if-match star on missing", "DELETE", users + QStringLiteral("/missing"), none, "if-match: *", d, 404,
        "");

    // Routing
    row("outside the base", "GET", QStringLiteral("/nowhere"), none, none, QStringLiteral("none"), 404, "");
    row("prefix of the base", "GET", QStringLiteral("/scim/v2x/Users"), none, none, d, 404, "");
    row("unknown endpoint", "GET", QStringLiteral("/scim/v2/Gadgets"), none, none, d, 404, "");
    row("too deep", "GET", user + QStringLiteral("/extra"), none, none, d, 404, "");
    row("bad tenant name", "GET", QStringLiteral("/tenants/bad!name/scim/v2/Users"), none, none, d, 404, "");
    row("get missing user", "GET", users + QStringLiteral("/missing"), none, none, d, 404, "");
    row("put missing user", "PUT", users + QStringLiteral("/missing"), PutBjensen, json, d, 404, "");
    row("patch missing user", "PATCH", users + QStringLiteral("/missing"), PatchTitle, json, d, 404, "");
    row("delete missing user", "DELETE", users + QStringLiteral("/missing"), none, none, d, 404, "");
    row("user id on groups", "GET", QStringLiteral("/scim/v2/Groups/{user}"), none, none, d, 404, "");
    row("unknown resource type", "GET", QStringLiteral("/scim/v2/ResourceTypes/Gadget"), none, none, d, 404,
        "");
    row("unknown schema", "GET", QStringLiteral("/scim/v2/Schemas/urn:example:nothing"), none, none, d, 404,
        "");
    row("delete collection", "DELETE", users, none, none, d, 405, "", false, "allow: GET, HEAD, POST");
    row("patch collection", "PATCH", users, PatchTitle, json, d, 405, "");
    row("post resource", "POST", user, UserBody, json, d, 405, "", false,
        "allow: GET, HEAD, PUT, PATCH, DELETE");
    row("get bulk", "GET", QStringLiteral("/scim/v2/Bulk"), none, none, d, 405, "", false, "allow: POST");
    row("get root search", "GET", QStringLiteral("/scim/v2/.search"), none, none, d, 405, "");
    row("get type search", "GET", users + QStringLiteral("/.search"), none, none, d, 405, "");
    row("put service provider config", "PUT", QStringLiteral("/scim/v2/ServiceProviderConfig"), PutBjensen,
        json, d, 405, "", false, "allow: GET, HEAD");
    row("delete schemas", "DELETE", QStringLiteral("/scim/v2/Schemas"), none, none, d, 405, "");
    row("post healthz", "POST", QStringLiteral("/healthz"), none, none, QStringLiteral("none"), 405, "");
    row("options user", "OPTIONS", user, none, none, d, 405, "");

    // Authentication and tenants
    row("no token", "GET", users, none, none, QStringLiteral("none"), 401, "", false,
        "www-authenticate: Bearer realm=\"Muster\"");
    row("unknown token", "GET", users, none, none, QStringLiteral("raw:Bearer nope"), 401, "");
    row("expired token", "GET", users, none, none, QStringLiteral("expired"), 401, "");
    row("not a token", "GET", users, none, none, QStringLiteral("raw:non-token"), 401, "");
    row("empty bearer", "GET", users, none, none, QStringLiteral("raw:Bearer "), 401, "");
    row("basic when not allowed", "GET", users, none, none,
        QStringLiteral("raw:Basic ") + QString::fromLatin1(QByteArray("entra:default-token").toBase64()), 401,
        "");
    row("no token on a write", "POST", users, UserBody, json, QStringLiteral("none"), 401, "");
    row("no token on discovery", "GET", QStringLiteral("/scim/v2/ServiceProviderConfig"), none, none,
        QStringLiteral("none"), 401, "");
    row("bearer scheme in lower case", "GET", users, none, none, QStringLiteral("raw:bearer default-token"),
        200, "");
    row("other tenant's token", "GET", users, none, none, QStringLiteral("acme"), 403, "");
    row("token on other tenant", "GET", QStringLiteral("/tenants/acme/scim/v2/Users"), none, none, d, 403,
        "");
    row("token on unknown tenant", "GET", QStringLiteral("/tenants/ghost/scim/v2/Users"), none, none, d, 403,
        "");
    row("write on other tenant", "DELETE", QStringLiteral("/tenants/acme/scim/v2/Users/{acmeUser}"), none,
        none, d, 403, "");
    row("acme reads acme", "GET", QStringLiteral("/tenants/acme/scim/v2/Users/{acmeUser}"), none, none,
        QStringLiteral("acme"), 200, "");
    row("acme cannot see default's user", "GET", QStringLiteral("/tenants/acme/scim/v2/Users/{user}"), none,
        none, QStringLiteral("acme"), 404, "");
    row("acme cannot delete default's user", "DELETE", QStringLiteral("/tenants/acme/scim/v2/Users/{user}"),
        none, none, QStringLiteral("acme"), 404, "");
    row("me without a user", "GET", QStringLiteral("/scim/v2/Me"), none, none, d, 501, "");
    row("post me", "POST", QStringLiteral("/scim/v2/Me"), UserBody, json, d, 405, "");

    // Bodies
    row("invalid json", "POST", users, "{\"userName\":", json, d, 400, "invalidSyntax");
    row("json array", "POST", users, "[1,2]", json, d, 400, "invalidSyntax");
    row("json string", "POST", users, "\"user\"", json, d, 400, "invalidSyntax");
    row("json null", "POST", users, "null", json, d, 400, "invalidSyntax");
    row("empty body", "POST", users, none, json, d, 400, "invalidSyntax");
    row("trailing garbage", "POST", users, UserBody + "x", json, d, 400, "invalidSyntax");
    row("invalid utf-8", "POST", users,
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"b\xc3\x28\"}", json, d,
        400, "invalidSyntax");
    row("utf-8 surrogate", "POST", users,
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"\xed\xa0\x80\"}", json,
        d, 400, "invalidSyntax");
    row("100000 deep", "POST", users, nested(100000), json, d, 400, "invalidSyntax");
    row("65 deep", "POST", users, nested(64), json, d, 400, "invalidSyntax");
    row("60 deep is parsed", "POST", users, nested(60), json, d, 201, "", true);
    row("brackets inside strings do not nest", "POST", users,
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"brackets\","
        "\"nickName\":\"" +
            QByteArray(500, '[') + "\\\"" + QByteArray(500, '{') + "\"}",
        json, d, 201, "", true);
    row("2 MiB body", "POST", users, bigUser(2 * 1024 * 1024), json, d, 413, "");
    row("2 MiB put", "PUT", user, bigUser(2 * 1024 * 1024), json, d, 413, "");
    row("text/plain", "POST", users, UserBody, "content-type: text/plain", d, 415, "");
    row("xml", "PUT", user, PutBjensen, "content-type: application/xml", d, 415, "");
    row("form", "PATCH", user, PatchTitle, "content-type: application/x-www-form-urlencoded", d, 415, "");
    row("latin-1 charset", "POST", users, UserBody, "content-type: application/json; charset=iso-8859-1", d,
        415, "");
    row("put invalid json", "PUT", user, "{", json, d, 400, "invalidSyntax");
    row("patch invalid json", "PATCH", user, "]", json, d, 400, "invalidSyntax");
    row("search invalid json", "POST", users + QStringLiteral("/.search"), "{,}", json, d, 400,
        "invalidSyntax");

    // Resource content
    row("missing userName", "POST", users, "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"]}",
        json, d, 400, "invalidValue");
    row("userName not a string", "POST", users,
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":42}", json, d, 400,
        "invalidValue");
    row("active not a boolean", "POST", users,
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"a\",\"active\":{}}",
        json, d, 400, "invalidValue");
    row("emails not complex", "PUT", user,
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"bjensen\",\"emails\":[["
        "1]]}",
        json, d, 400, "invalidValue");
    row("no schemas", "POST", users, "{\"userName\":\"noschemas\"}", json, d, 400, "invalidSyntax");
    row("only unknown schemas", "POST", users, "{\"schemas\":[\"urn:example:thing\"],\"userName\":\"x\"}",
        json, d, 400, "invalidSyntax");
    row("group schema on users", "POST", users,
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\",\"urn:ietf:params:scim:schemas:core:2."
        "0:"
        "Group\"],\"userName\":\"x\"}",
        json, d, 400, "invalidValue");
    row("schemas not an array", "POST", users, "{\"schemas\":\"urn:ietf:params:scim:schemas:core:2.0:User\"}",
        json, d, 400, "invalidSyntax");
    row("duplicate userName", "POST", users,
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"BJensen\"}", json, d,
        409, "uniqueness");
    row("put onto taken userName", "PUT", user,
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"jsmith\"}", json, d,
        409, "uniqueness");
    row("duplicate group name", "POST", groups,
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"staff\"}", json, d,
        409, "uniqueness");
    row("group with unknown member", "POST", groups,
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"G\","
        "\"members\":[{\"value\":\"nobody\"}]}",
        json, d, 400, "invalidValue");
    row("patch without PatchOp schema", "PATCH", user,
        "{\"schemas\":[\"urn:example\"],\"Operations\":[{\"op\":\"replace\",\"path\":\"title\",\"value\":"
        "\"x\"}]}",
        json, d, 400, "invalidSyntax");
    row("patch unknown op", "PATCH", user,
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"move\","
        "\"path\":\"title\",\"value\":\"x\"}]}",
        json, d, 400, "invalidSyntax");
    row("patch bad path", "PATCH", user,
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":"
        "\"replace\","
        "\"path\":\"emails[type eq\",\"value\":\"x\"}]}",
        json, d, 400, "invalidPath");
    row("patch remove without path", "PATCH", user,
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"remove\"}"
        "]}",
        json, d, 400, "noTarget");
    row("patch wrong type", "PATCH", user,
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":"
        "\"replace\","
        "\"path\":\"active\",\"value\":[1]}]}",
        json, d, 400, "invalidValue");
    row("patch userName away", "PATCH", user,
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"remove\","
        "\"path\":\"userName\"}]}",
        json, d, 400, "mutability");
    row("patch onto taken userName", "PATCH", user,
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":"
        "\"replace\","
        "\"path\":\"userName\",\"value\":\"JSMITH\"}]}",
        json, d, 409, "uniqueness");

    // Queries
    row("filter syntax", "GET", users + QStringLiteral("?filter=userName eq"), none, none, d, 400,
        "invalidFilter");
    row("filter unknown operator", "GET", users + QStringLiteral("?filter=userName is \"x\""), none, none, d,
        400, "invalidFilter");
    row("filter unknown attribute", "GET", users + QStringLiteral("?filter=shoeSize gt 3"), none, none, d,
        400, "invalidFilter");
    row("filter too long", "GET",
        users + QStringLiteral("?filter=userName eq \"") + QString(9000, u'x') + u'"', none, none, d, 400,
        "invalidFilter");
    row("sortBy not a path", "GET", users + QStringLiteral("?sortBy=name..x"), none, none, d, 400,
        "invalidPath");
    row("sortBy unknown", "GET", users + QStringLiteral("?sortBy=shoeSize"), none, none, d, 400,
        "invalidPath");
    row("sortOrder unknown", "GET", users + QStringLiteral("?sortBy=userName&sortOrder=up"), none, none, d,
        400, "invalidValue");
    row("startIndex not a number", "GET", users + QStringLiteral("?startIndex=first"), none, none, d, 400,
        "invalidValue");
    row("count not a number", "GET", users + QStringLiteral("?count=ten"), none, none, d, 400,
        "invalidValue");
    row("negative count", "GET", users + QStringLiteral("?count=-5"), none, none, d, 200, "");
    row("cursor garbage", "GET", users + QStringLiteral("?cursor=abc"), none, none, d, 400, "invalidValue");
    row("cursor and startIndex", "GET", users + QStringLiteral("?cursor=&startIndex=2"), none, none, d, 400,
        "invalidValue");
    row("cursor by multi-valued sort", "GET", users + QStringLiteral("?cursor=&sortBy=emails"), none, none, d,
        400, "invalidValue");
    row("search without schema", "POST", users + QStringLiteral("/.search"), "{\"filter\":\"userName pr\"}",
        json, d, 400, "invalidSyntax");
    row("search filter not a string", "POST", users + QStringLiteral("/.search"),
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],\"filter\":7}", json, d, 400,
        "invalidSyntax");
    row("search bad filter", "POST", QStringLiteral("/scim/v2/.search"),
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],\"filter\":\"(\"}", json, d,
        400, "invalidFilter");
    row("root search with sortBy", "POST", QStringLiteral("/scim/v2/.search"),
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],\"sortBy\":\"id\"}", json, d,
        400, "invalidValue");
    row("discovery with filter", "GET", QStringLiteral("/scim/v2/Schemas?filter=id pr"), none, none, d, 403,
        "");

    // Bulk limits and shape
    row("bulk over maxOperations", "POST", QStringLiteral("/scim/v2/Bulk"), bulkWith(1001), json, d, 413, "");
    row("bulk over maxPayloadSize", "POST", QStringLiteral("/scim/v2/Bulk"), bigUser(1024 * 1024 + 10), json,
        d, 413, "");
    row("bulk without schema", "POST", QStringLiteral("/scim/v2/Bulk"), "{\"Operations\":[]}", json, d, 400,
        "invalidSyntax");
    row("bulk operations not an array", "POST", QStringLiteral("/scim/v2/Bulk"),
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],\"Operations\":{}}", json, d,
        400, "invalidSyntax");
    row("bulk failOnErrors zero", "POST", QStringLiteral("/scim/v2/Bulk"),
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],\"failOnErrors\":0,"
        "\"Operations\":[]}",
        json, d, 400, "invalidValue");
    row("bulk duplicate bulkId", "POST", QStringLiteral("/scim/v2/Bulk"),
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],\"Operations\":["
        "{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"a\",\"data\":" +
            UserBody +
            "},{\"method\":\"POST\",\"path\":\"/Groups\",\"bulkId\":\"a\",\"data\":{\"schemas\":[\"urn:ietf:"
            "params:scim:schemas:core:2.0:Group\"],\"displayName\":\"A\"}}]}",
        json, d, 400, "invalidValue");
}

void TestScimService::request()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, target);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, headers);
    QFETCH(QString, token);
    QFETCH(int, status);
    QFETCH(QString, scimType);
    QFETCH(bool, changes);
    QFETCH(QByteArray, header);

    ScimFixture fixture;
    const QString bjensen = fixture.createUser(QStringLiteral("bjensen"));
    const QString jsmith = fixture.createUser(QStringLiteral("jsmith"));
    const QString staff = fixture.createGroup(QStringLiteral("Staff"), {bjensen});
    const QString acmeUser = fixture.createUser(QStringLiteral("acmeuser"), {}, ScimFixture::Acme);
    const auto fill = [&](QString text) {
        return text.replace(QLatin1String("{user}"), bjensen)
            .replace(QLatin1String("{group}"), staff)
            .replace(QLatin1String("{acmeUser}"), acmeUser);
    };

    ScimFixture::Headers requestHeaders;
    for (const QByteArray& line : headers.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            requestHeaders.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    std::optional<QByteArray> bearer;
    if (token == QLatin1String("default"))
        bearer = ScimFixture::DefaultToken;
    else if (token == QLatin1String("acme"))
        bearer = ScimFixture::AcmeToken;
    else if (token == QLatin1String("expired"))
        bearer = ScimFixture::ExpiredToken;
    else if (token.startsWith(QLatin1String("raw:")))
        requestHeaders.append({QByteArrayLiteral("authorization"), token.mid(4).toUtf8()});

    const QByteArray before = fixture.snapshot();
    const HttpResponse response = fixture.send(method, fill(target), body, requestHeaders, bearer);
    QVERIFY2(response.status == status,
             qPrintable(
                 QStringLiteral("status %1: %2").arg(response.status).arg(QString::fromUtf8(response.body))));
    if (!header.isEmpty()) {
        const qsizetype colon = header.indexOf(':');
        QCOMPARE(response.header(header.left(colon)), header.mid(colon + 1).trimmed());
    }
    if (status >= 400 && !response.header("content-type").startsWith("text/plain")) {
        const QJsonObject error = ScimFixture::json(response);
        QCOMPARE(error.value(QStringLiteral("schemas")).toArray(), QJsonArray{urns::Error});
        QCOMPARE(error.value(QStringLiteral("status")).toString(), QString::number(status));
        QCOMPARE(error.value(QStringLiteral("scimType")).toString(), scimType);
        QVERIFY(!error.value(QStringLiteral("detail")).toString().isEmpty());
        QCOMPARE(response.header("content-type"), QByteArrayLiteral("application/scim+json; charset=utf-8"));
    }
    if (status == 304 || status == 204)
        QVERIFY(response.body.isEmpty());
    if (!changes)
        QCOMPARE(fixture.snapshot(), before);
    else
        QVERIFY(fixture.snapshot() != before);
}

void TestScimService::errorBodyFollowsRfc7644()
{
    ScimFixture fixture;
    fixture.createUser(QStringLiteral("bjensen"));
    const HttpResponse response =
        fixture.send("POST", QStringLiteral("/scim/v2/Users"),
                     QJsonObject{{QStringLiteral("schemas"), QJsonArray{urns::User}},
                                 {QStringLiteral("userName"), QStringLiteral("bjensen")}});
    QCOMPARE(response.status, 409);
    const QJsonObject error = ScimFixture::json(response);
    QCOMPARE(error.keys(), (QStringList{QStringLiteral("detail"), QStringLiteral("schemas"),
                                        QStringLiteral("scimType"), QStringLiteral("status")}));
    QVERIFY(error.value(QStringLiteral("status")).isString());
    QCOMPARE(error.value(QStringLiteral("scimType")).toString(), QStringLiteral("uniqueness"));
}

void TestScimService::createReturnsLocationEtagAndResource()
{
    ScimFixture fixture;
    const HttpResponse response =
        fixture.send("POST", QStringLiteral("/scim/v2/Users"),
                     QJsonObject{{QStringLiteral("schemas"), QJsonArray{urns::User}},
                                 {QStringLiteral("userName"), QStringLiteral("alice")},
                                 {QStringLiteral("password"), QStringLiteral("t0p-Secret")},
                                 {QStringLiteral("id"), QStringLiteral("client-chosen")}});
    QCOMPARE(response.status, 201);
    const QJsonObject created = ScimFixture::json(response);
    const QString id = created.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(id != QLatin1String("client-chosen"));
    QVERIFY(!created.contains(QStringLiteral("password")));
    const QString location = QStringLiteral("http://scim.example.test/scim/v2/Users/") + id;
    QCOMPARE(QString::fromUtf8(response.header("location")), location);
    QCOMPARE(created.value(QStringLiteral("meta")).toObject().value(QStringLiteral("location")).toString(),
             location);
    QCOMPARE(response.header("etag"), QByteArrayLiteral("W/\"1\""));
    QCOMPARE(created.value(QStringLiteral("meta")).toObject().value(QStringLiteral("version")).toString(),
             QStringLiteral("W/\"1\""));

    const HttpResponse read = fixture.send("GET", QStringLiteral("/scim/v2/Users/") + id);
    QCOMPARE(read.status, 200);
    QCOMPARE(ScimFixture::json(read), created);
}

void TestScimService::putReplacesAndKeepsPassword()
{
    ScimFixture fixture;
    const QString id = fixture.createUser(QStringLiteral("bjensen"),
                                          {{QStringLiteral("password"), QStringLiteral("first-Pass1")},
                                           {QStringLiteral("title"), QStringLiteral("Guide")}});
    const HttpResponse response =
        fixture.send("PUT", QStringLiteral("/scim/v2/Users/") + id,
                     QJsonObject{{QStringLiteral("schemas"), QJsonArray{urns::User}},
                                 {QStringLiteral("userName"), QStringLiteral("bjensen")},
                                 {QStringLiteral("nickName"), QStringLiteral("Babs")}});
    QCOMPARE(response.status, 200);
    const QJsonObject replaced = ScimFixture::json(response);
    QCOMPARE(replaced.value(QStringLiteral("nickName")).toString(), QStringLiteral("Babs"));
    QVERIFY(!replaced.contains(QStringLiteral("title")));
    QCOMPARE(response.header("etag"), QByteArrayLiteral("W/\"2\""));
    QVERIFY(fixture.directory().verifyPassword({QStringLiteral("default"), {}}, id,
                                               QStringLiteral("first-Pass1")));
}

void TestScimService::patchAnswers204WithEtagOr200WhenAsked_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("prefer");
    QTest::addColumn<bool>("optionSet");
    QTest::addColumn<int>("status");
    QTest::addRow("plain") << QString() << QByteArray() << false << 204;
    QTest::addRow("attributes") << QStringLiteral("?attributes=title") << QByteArray() << false << 200;
    QTest::addRow("excludedAttributes")
        << QStringLiteral("?excludedAttributes=emails") << QByteArray() << false << 200;
    QTest::addRow("prefer representation")
        << QString() << QByteArray("return=representation") << false << 200;
    QTest::addRow("prefer minimal") << QString() << QByteArray("return=minimal") << false << 204;
    QTest::addRow("option") << QString() << QByteArray() << true << 200;
}

void TestScimService::patchAnswers204WithEtagOr200WhenAsked()
{
    QFETCH(QString, query);
    QFETCH(QByteArray, prefer);
    QFETCH(bool, optionSet);
    QFETCH(int, status);

    ScimServiceOptions options;
    options.patchReturnsResource = optionSet;
    ScimFixture fixture(options);
    const QString id = fixture.createUser(QStringLiteral("bjensen"));
    ScimFixture::Headers headers;
    if (!prefer.isEmpty())
        headers.append({QByteArrayLiteral("prefer"), prefer});
    const HttpResponse response =
        fixture.send("PATCH", QStringLiteral("/scim/v2/Users/") + id + query, PatchTitle, headers);
    QCOMPARE(response.status, status);
    QCOMPARE(response.header("etag"), QByteArrayLiteral("W/\"2\""));
    if (status == 204) {
        QVERIFY(response.body.isEmpty());
    } else {
        const QJsonObject patched = ScimFixture::json(response);
        QCOMPARE(patched.value(QStringLiteral("title")).toString(), QStringLiteral("Guide"));
        QCOMPARE(patched.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(patched.contains(QStringLiteral("userName")),
                 !query.startsWith(QLatin1String("?attributes")));
    }
}

void TestScimService::groupPatchReturnsMembersOnlyWhenShown()
{
    ScimFixture fixture;
    const QString alice = fixture.createUser(QStringLiteral("alice"));
    const QString bob = fixture.createUser(QStringLiteral("bob"));
    const QString group = fixture.createGroup(QStringLiteral("Staff"), {alice});
    const QByteArray addBob = ScimFixture::bytes(
        QJsonObject{{QStringLiteral("schemas"), QJsonArray{urns::PatchOp}},
                    {QStringLiteral("Operations"),
                     QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("add")},
                                            {QStringLiteral("path"), QStringLiteral("members")},
                                            {QStringLiteral("value"),
                                             QJsonArray{QJsonObject{{QStringLiteral("value"), bob}}}}}}}});
    const QString path = QStringLiteral("/scim/v2/Groups/") + group;

    HttpResponse response =
        fixture.send("PATCH", path + QStringLiteral("?excludedAttributes=members"), addBob);
    QCOMPARE(response.status, 200);
    QVERIFY(!ScimFixture::json(response).contains(QStringLiteral("members")));
    QCOMPARE(ScimFixture::json(response).value(QStringLiteral("displayName")).toString(),
             QStringLiteral("Staff"));

    response = fixture.send("PATCH", path + QStringLiteral("?attributes=members"),
                            QByteArray(addBob).replace(bob.toUtf8(), alice.toUtf8()));
    QCOMPARE(response.status, 200);
    QCOMPARE(ScimFixture::json(response).value(QStringLiteral("members")).toArray().size(), 2);

    response = fixture.send("GET", path);
    QCOMPARE(ScimFixture::json(response).value(QStringLiteral("members")).toArray().size(), 2);
    response = fixture.send("GET", path + QStringLiteral("?excludedAttributes=members"));
    QVERIFY(!ScimFixture::json(response).contains(QStringLiteral("members")));
}

void TestScimService::deleteRemovesAndLeavesGroups()
{
    ScimFixture fixture;
    const QString alice = fixture.createUser(QStringLiteral("alice"));
    const QString group = fixture.createGroup(QStringLiteral("Staff"), {alice});
    QCOMPARE(fixture.send("DELETE", QStringLiteral("/scim/v2/Users/") + alice).status, 204);
    QCOMPARE(fixture.send("GET", QStringLiteral("/scim/v2/Users/") + alice).status, 404);
    QCOMPARE(fixture.send("DELETE", QStringLiteral("/scim/v2/Users/") + alice).status, 404);
    const QJsonObject staff =
        ScimFixture::json(fixture.send("GET", QStringLiteral("/scim/v2/Groups/") + group));
    QVERIFY(staff.value(QStringLiteral("members")).toArray().isEmpty());
}

void TestScimService::ifMatchIsAtomicAcrossWriters()
{
    ScimFixture fixture;
    const QString id = fixture.createUser(QStringLiteral("bjensen"));
    const QString path = QStringLiteral("/scim/v2/Users/") + id;
    const QByteArray etag = fixture.send("GET", path).header("etag");
    QCOMPARE(etag, QByteArrayLiteral("W/\"1\""));
    // Two clients read version 1; the first write wins, the second is refused and changes nothing.
    QCOMPARE(fixture.send("PATCH", path, PatchTitle, {{"if-match", etag}}).status, 204);
    const QByteArray before = fixture.snapshot();
    const QByteArray other = QByteArray(PatchTitle).replace("Guide", "Other");
    const HttpResponse second = fixture.send("PATCH", path, other, {{"if-match", etag}});
    QCOMPARE(second.status, 412);
    QCOMPARE(fixture.snapshot(), before);
    QCOMPARE(ScimFixture::json(fixture.send("GET", path)).value(QStringLiteral("title")).toString(),
             QStringLiteral("Guide"));
}

void TestScimService::projectionOnReadsAndWrites_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    const QStringList always{QStringLiteral("id"), QStringLiteral("schemas")};
    QTest::addRow("get attributes") << QByteArray("GET") << QStringLiteral("?attributes=userName")
                                    << (always + QStringList{QStringLiteral("userName")})
                                    << QStringList{QStringLiteral("title"), QStringLiteral("emails"),
                                                   QStringLiteral("meta")};
    QTest::addRow("get excluded") << QByteArray("GET") << QStringLiteral("?excludedAttributes=title,emails")
                                  << (always +
                                      QStringList{QStringLiteral("userName"), QStringLiteral("meta")})
                                  << QStringList{QStringLiteral("title"), QStringLiteral("emails")};
    QTest::addRow("get excluded id kept")
        << QByteArray("GET") << QStringLiteral("?excludedAttributes=id") << always << QStringList();
    QTest::addRow("get sub-attribute")
        << QByteArray("GET") << QStringLiteral("?attributes=emails.value")
        << (always + QStringList{QStringLiteral("emails")}) << QStringList{QStringLiteral("userName")};
    QTest::addRow("get value filter")
        << QByteArray("GET") << QStringLiteral("?attributes=emails[type eq \"work\"]")
        << (always + QStringList{QStringLiteral("emails")}) << QStringList{QStringLiteral("title")};
    QTest::addRow("put attributes") << QByteArray("PUT") << QStringLiteral("?attributes=title")
                                    << (always + QStringList{QStringLiteral("title")})
                                    << QStringList{QStringLiteral("userName")};
    QTest::addRow("put excluded") << QByteArray("PUT") << QStringLiteral("?excludedAttributes=title")
                                  << (always + QStringList{QStringLiteral("userName")})
                                  << QStringList{QStringLiteral("title")};
    QTest::addRow("post attributes") << QByteArray("POST") << QStringLiteral("?attributes=userName")
                                     << (always + QStringList{QStringLiteral("userName")})
                                     << QStringList{QStringLiteral("title")};
    QTest::addRow("unknown names ignored") << QByteArray("GET") << QStringLiteral("?attributes=shoeSize")
                                           << always << QStringList{QStringLiteral("userName")};
}

void TestScimService::projectionOnReadsAndWrites()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, query);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);

    ScimFixture fixture;
    const QJsonObject details{
        {QStringLiteral("title"), QStringLiteral("Guide")},
        {QStringLiteral("emails"),
         QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("b@example.com")},
                                {QStringLiteral("type"), QStringLiteral("work")}}}}};
    const QString id = fixture.createUser(QStringLiteral("bjensen"), details);
    QJsonObject body{{QStringLiteral("schemas"), QJsonArray{urns::User}}};
    for (auto it = details.begin(); it != details.end(); ++it)
        body.insert(it.key(), it.value());
    body.insert(QStringLiteral("userName"),
                method == "POST" ? QStringLiteral("other") : QStringLiteral("bjensen"));
    const QString path =
        method == "POST" ? QStringLiteral("/scim/v2/Users") : QStringLiteral("/scim/v2/Users/") + id;
    const HttpResponse response =
        fixture.send(method, path + query, method == "GET" ? QByteArray() : ScimFixture::bytes(body));
    QVERIFY2(response.status < 300, response.body.constData());
    const QJsonObject json = ScimFixture::json(response);
    for (const QString& name : present)
        QVERIFY2(json.contains(name), qPrintable(name));
    for (const QString& name : absent)
        QVERIFY2(!json.contains(name), qPrintable(name));
}

void TestScimService::metaLocation_data()
{
    QTest::addColumn<QString>("publicBaseUrl");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<bool>("secure");
    QTest::addColumn<QString>("tenantBase");
    QTest::addColumn<QString>("expectedBase");
    QTest::addRow("host header") << QString() << QByteArray("scim.example.com:8443") << false
                                 << QStringLiteral("/scim/v2")
                                 << QStringLiteral("http://scim.example.com:8443/scim/v2");
    QTest::addRow("tls") << QString() << QByteArray("scim.example.com") << true << QStringLiteral("/scim/v2")
                         << QStringLiteral("https://scim.example.com/scim/v2");
    QTest::addRow("ipv6 host") << QString() << QByteArray("[::1]:8080") << false << QStringLiteral("/scim/v2")
                               << QStringLiteral("http://[::1]:8080/scim/v2");
    QTest::addRow("host with path") << QString() << QByteArray("evil.example/x") << false
                                    << QStringLiteral("/scim/v2")
                                    << QStringLiteral("http://127.0.0.1/scim/v2");
    QTest::addRow("host with user") << QString() << QByteArray("user@evil.example") << false
                                    << QStringLiteral("/scim/v2")
                                    << QStringLiteral("http://127.0.0.1/scim/v2");
    QTest::addRow("no host") << QString() << QByteArray() << false << QStringLiteral("/scim/v2")
                             << QStringLiteral("http://127.0.0.1/scim/v2");
    QTest::addRow("public base url") << QStringLiteral("https://idp.example.org/") << QByteArray("internal:9")
                                     << false << QStringLiteral("/scim/v2")
                                     << QStringLiteral("https://idp.example.org/scim/v2");
    QTest::addRow("tenant") << QStringLiteral("https://idp.example.org") << QByteArray("x") << false
                            << QStringLiteral("/tenants/acme/scim/v2")
                            << QStringLiteral("https://idp.example.org/tenants/acme/scim/v2");
}

void TestScimService::metaLocation()
{
    QFETCH(QString, publicBaseUrl);
    QFETCH(QByteArray, host);
    QFETCH(bool, secure);
    QFETCH(QString, tenantBase);
    QFETCH(QString, expectedBase);

    ScimServiceOptions options;
    options.publicBaseUrl = publicBaseUrl;
    ScimFixture fixture(options, {}, false);
    const QString tenant =
        tenantBase.startsWith(QLatin1String("/tenants")) ? ScimFixture::Acme : QStringLiteral("default");
    const QString id = fixture.createUser(QStringLiteral("bjensen"), {}, tenant);

    HttpRequest request;
    request.method = "GET";
    request.path = tenantBase + QStringLiteral("/Users/") + id;
    request.secure = secure;
    if (!host.isEmpty())
        request.headers.append({QByteArrayLiteral("host"), host});
    HttpResponse response = fixture.service().handle(request);
    QCOMPARE(response.status, 200);
    QCOMPARE(ScimFixture::json(response)
                 .value(QStringLiteral("meta"))
                 .toObject()
                 .value(QStringLiteral("location"))
                 .toString(),
             expectedBase + QStringLiteral("/Users/") + id);

    request.path = tenantBase + QStringLiteral("/ServiceProviderConfig");
    response = fixture.service().handle(request);
    QCOMPARE(ScimFixture::json(response)
                 .value(QStringLiteral("meta"))
                 .toObject()
                 .value(QStringLiteral("location"))
                 .toString(),
             expectedBase + QStringLiteral("/ServiceProviderConfig"));

    request.method = "POST";
    request.path = tenantBase + QStringLiteral("/Groups");
    request.body = "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"G\"}";
    response = fixture.service().handle(request);
    QCOMPARE(response.status, 201);
    QVERIFY(response.header("location").startsWith((expectedBase + QStringLiteral("/Groups/")).toUtf8()));
}

void TestScimService::tenantsAreIsolated()
{
    ScimFixture fixture;
    fixture.createUser(QStringLiteral("shared-name"));
    const HttpResponse created =
        fixture.send("POST", ScimFixture::AcmeBase + QStringLiteral("/Users"),
                     QJsonObject{{QStringLiteral("schemas"), QJsonArray{urns::User}},
                                 {QStringLiteral("userName"), QStringLiteral("shared-name")}},
                     {}, ScimFixture::AcmeToken);
    QCOMPARE(created.status, 201); // uniqueness is per tenant
    const QJsonObject acmeList = ScimFixture::json(fixture.send(
        "GET", ScimFixture::AcmeBase + QStringLiteral("/Users"), QByteArray(), {}, ScimFixture::AcmeToken));
    QCOMPARE(acmeList.value(QStringLiteral("totalResults")).toInt(), 1);
    const QJsonObject defaultList = ScimFixture::json(fixture.send("GET", QStringLiteral("/scim/v2/Users")));
    QCOMPARE(defaultList.value(QStringLiteral("totalResults")).toInt(), 1);
    QVERIFY(defaultList.value(QStringLiteral("Resources"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("id")) != ScimFixture::json(created).value(QStringLiteral("id")));
    // The acme token reaches nothing of the default tenant, not even its discovery documents.
    QCOMPARE(fixture
                 .send("GET", QStringLiteral("/scim/v2/ServiceProviderConfig"), QByteArray(), {},
                       ScimFixture::AcmeToken)
                 .status,
             403);
    QCOMPARE(fixture.send("POST", QStringLiteral("/scim/v2/Bulk"), QByteArray(), {}, ScimFixture::AcmeToken)
                 .status,
             403);
}

void TestScimService::meServesTheTokensUser()
{
    ScimFixture fixture;
    const QString id = fixture.createUser(QStringLiteral("bjensen"));
    const QByteArray token = fixture.meToken(id);
    HttpResponse response = fixture.send("GET", QStringLiteral("/scim/v2/Me"), QByteArray(), {}, token);
    QCOMPARE(response.status, 200);
    QCOMPARE(ScimFixture::json(response).value(QStringLiteral("id")).toString(), id);
    QCOMPARE(ScimFixture::json(response)
                 .value(QStringLiteral("meta"))
                 .toObject()
                 .value(QStringLiteral("location"))
                 .toString(),
             QStringLiteral("http://scim.example.test/scim/v2/Users/") + id);
    QCOMPARE(response.header("etag"), QByteArrayLiteral("W/\"1\""));

    response = fixture.send("PATCH", QStringLiteral("/scim/v2/Me?attributes=title"), PatchTitle, {}, token);
    QCOMPARE(response.status, 200);
    QCOMPARE(ScimFixture::json(response).value(QStringLiteral("title")).toString(), QStringLiteral("Guide"));

    response = fixture.send("GET", QStringLiteral("/scim/v2/Me"), QByteArray(),
                            {{"if-none-match", "W/\"2\""}}, token);
    QCOMPARE(response.status, 304);

    QCOMPARE(fixture.send("DELETE", QStringLiteral("/scim/v2/Me"), QByteArray(), {}, token).status, 204);
    QCOMPARE(fixture.send("GET", QStringLiteral("/scim/v2/Me"), QByteArray(), {}, token).status, 404);
}

void TestScimService::basicAuthentication_data()
{
    QTest::addColumn<QByteArray>("credentials");
    QTest::addColumn<int>("status");
    QTest::addRow("token as password") << QByteArray("entra:default-token") << 200;
    QTest::addRow("any user name") << QByteArray("someone:default-token") << 200;
    QTest::addRow("wrong password") << QByteArray("entra:nope") << 401;
    QTest::addRow("expired token") << QByteArray("old:expired-token") << 401;
    QTest::addRow("no colon") << QByteArray("default-token") << 401;
    QTest::addRow("empty password") << QByteArray("entra:") << 401;
}

void TestScimService::basicAuthentication()
{
    QFETCH(QByteArray, credentials);
    QFETCH(int, status);
    ScimServiceOptions options;
    options.allowBasicAuth = true;
    ScimFixture fixture(options);
    const HttpResponse response =
        fixture.send("GET", QStringLiteral("/scim/v2/Users"), QByteArray(),
                     {{"authorization", "Basic " + credentials.toBase64()}}, std::nullopt);
    QCOMPARE(response.status, status);
    if (status == 401) {
        QByteArrayList challenges;
        for (const auto& [name, value] : response.headers) {
            if (name == "www-authenticate")
                challenges.append(value);
        }
        QCOMPARE(challenges.size(), 2);
        QVERIFY(challenges.last().startsWith("Basic realm="));
    }
    const QJsonObject config =
        ScimFixture::json(fixture.send("GET", QStringLiteral("/scim/v2/ServiceProviderConfig")));
    QCOMPARE(config.value(QStringLiteral("authenticationSchemes")).toArray().size(), 2);
}

void TestScimService::auditActorIsTheTokenName()
{
    ScimFixture fixture;
    QCOMPARE(fixture.send("POST", QStringLiteral("/scim/v2/Users"), UserBody).status, 201);
    const QList<AuditEntry> log = fixture.directory().auditLog({QStringLiteral("default"), {}});
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().actor, QStringLiteral("token:entra"));
}

void TestScimService::withoutTokenStoreEveryoneIsLetIn()
{
    ScimFixture fixture({}, {}, false);
    QCOMPARE(fixture.send("POST", QStringLiteral("/scim/v2/Users"), UserBody, {}, std::nullopt).status, 201);
    QCOMPARE(
        fixture.send("GET", ScimFixture::AcmeBase + QStringLiteral("/Users"), QByteArray(), {}, std::nullopt)
            .status,
        200);
    QCOMPARE(
        fixture.send("GET", QStringLiteral("/tenants/ghost/scim/v2/Users"), QByteArray(), {}, std::nullopt)
            .status,
        404);
    QCOMPARE(
        fixture.send("GET", QStringLiteral("/tenants/ghost/scim/v2/Schemas"), QByteArray(), {}, std::nullopt)
            .status,
        404);
    QCOMPARE(fixture.send("GET", QStringLiteral("/scim/v2/Me"), QByteArray(), {}, std::nullopt).status, 501);
    const QJsonObject config =
        ScimFixture::json(fixture.send("GET", QStringLiteral("/scim/v2/ServiceProviderConfig")));
    QVERIFY(config.value(QStringLiteral("authenticationSchemes")).toArray().isEmpty());
    QCOMPARE(fixture.directory().auditLog({QStringLiteral("default"), {}}).first().actor,
             QStringLiteral("anonymous"));
}

void TestScimService::readinessFollowsTheStore()
{
    ScimFixture fixture;
    HttpResponse response = fixture.send("GET", QStringLiteral("/readyz"), QByteArray(), {}, std::nullopt);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArrayLiteral("ready\n"));
    response = fixture.send("GET", QStringLiteral("/healthz"), QByteArray(), {}, std::nullopt);
    QCOMPARE(response.body, QByteArrayLiteral("ok\n"));
    QCOMPARE(response.header("content-type"), QByteArrayLiteral("text/plain; charset=utf-8"));
    QCOMPARE(fixture.tokens().authentications(), 0);
}

void TestScimService::headAnswersWithoutBody()
{
    ScimFixture fixture;
    const QString id = fixture.createUser(QStringLiteral("bjensen"));
    const HttpResponse response = fixture.send("HEAD", QStringLiteral("/scim/v2/Users/") + id);
    QCOMPARE(response.status, 200);
    QVERIFY(response.body.isEmpty());
    QCOMPARE(response.header("etag"), QByteArrayLiteral("W/\"1\""));
}

void TestScimService::strictTenantRejectsUnknownSchemaUrns()
{
    ScimFixture fixture;
    const QByteArray body =
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\",\"urn:example:extra\"],"
        "\"userName\":\"strict\"}";
    fixture.directory().setStrictProtocol(QStringLiteral("default"), true);
    const HttpResponse strict = fixture.send("POST", QStringLiteral("/scim/v2/Users"), body);
    QCOMPARE(strict.status, 400);
    QCOMPARE(ScimFixture::json(strict).value(QStringLiteral("scimType")).toString(),
             QStringLiteral("invalidValue"));
    fixture.directory().setStrictProtocol(QStringLiteral("default"), false);
    const HttpResponse lenient = fixture.send("POST", QStringLiteral("/scim/v2/Users"), body);
    QCOMPARE(lenient.status, 201);
    QCOMPARE(ScimFixture::json(lenient).value(QStringLiteral("schemas")).toArray(), QJsonArray{urns::User});
}

void TestScimService::passwordChangeIsSupported()
{
    ScimFixture fixture;
    const QString id = fixture.createUser(QStringLiteral("bjensen"),
                                          {{QStringLiteral("password"), QStringLiteral("old-Pass1")}});
    const QByteArray patch =
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
        "\"Operations\":[{\"op\":\"replace\",\"path\":\"password\",\"value\":\"new-Pass2\"}]}";
    QCOMPARE(fixture.send("PATCH", QStringLiteral("/scim/v2/Users/") + id, patch).status, 204);
    const OperationContext context{QStringLiteral("default"), {}};
    QVERIFY(fixture.directory().verifyPassword(context, id, QStringLiteral("new-Pass2")));
    QVERIFY(!fixture.directory().verifyPassword(context, id, QStringLiteral("old-Pass1")));
    const QJsonObject config =
        ScimFixture::json(fixture.send("GET", QStringLiteral("/scim/v2/ServiceProviderConfig")));
    QCOMPARE(
        config.value(QStringLiteral("changePassword")).toObject().value(QStringLiteral("supported")).toBool(),
        true);
}

// Mutated bodies, paths and query strings: every answer is a client error or a success with a
// well-formed body, never a server error, a crash or a hang.
void TestScimService::randomRequestsNeverFailTheServer()
{
    ScimFixture fixture;
    const QString bjensen = fixture.createUser(QStringLiteral("bjensen"));
    const QString staff = fixture.createGroup(QStringLiteral("Staff"), {bjensen});
    const QByteArrayList methods{"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "get", "TRACE"};
    const QStringList paths{QStringLiteral("/scim/v2/Users"),
                            QStringLiteral("/scim/v2/Users/") + bjensen,
                            QStringLiteral("/scim/v2/Groups/") + staff,
                            QStringLiteral("/scim/v2/Bulk"),
                            QStringLiteral("/scim/v2/.search"),
                            QStringLiteral("/scim/v2/Users/.search"),
                            QStringLiteral("/scim/v2/Me"),
                            QStringLiteral("/scim/v2/Schemas/%00"),
                            QStringLiteral("/scim/v2"),
                            QStringLiteral("/tenants/acme/scim/v2/Users"),
                            QStringLiteral("/scim/v2/Users/\u0000/x"),
                            QStringLiteral("/scim/v2/ResourceTypes/")};
    const QByteArrayList samples{
        UserBody, PatchTitle, PutBjensen,
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],\"filter\":\"userName sw "
        "\\\"b\\\"\","
        "\"startIndex\":1,\"count\":2,\"attributes\":[\"userName\"]}",
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],\"failOnErrors\":1,"
        "\"Operations\":[{"
        "\"method\":\"POST\",\"path\":\"/Groups\",\"bulkId\":\"g\",\"data\":{\"schemas\":[\"urn:ietf:params:"
        "scim:schemas:core:2.0:Group\"],\"displayName\":\"G\",\"members\":[{\"value\":\"bulkId:u\"}]}},{"
        "\"method\":"
        "\"POST\",\"path\":\"/Users\",\"bulkId\":\"u\",\"data\":" +
            UserBody + "}]}"};
    const QStringList queryParts{QStringLiteral("filter=userName eq \"x\""),
                                 QStringLiteral("filter=(((("),
                                 QStringLiteral("filter=emails[type eq \"work\" and value co \"@\"]"),
                                 QStringLiteral("filter=not(title pr) or meta.created gt \"2020\""),
                                 QStringLiteral("sortBy=userName"),
                                 QStringLiteral("sortBy=emails.value"),
                                 QStringLiteral("sortOrder=descending"),
                                 QStringLiteral("startIndex=-1"),
                                 QStringLiteral("count=2147483648"),
                                 QStringLiteral("cursor="),
                                 QStringLiteral("cursor=e30.AAAA"),
                                 QStringLiteral("attributes=%ZZ,[,],\""),
                                 QStringLiteral("excludedAttributes=members"),
                                 QStringLiteral("filter=%00%ff")};
    QRandomGenerator random(20240611);
    QHash<int, int> statuses;
    for (int i = 0; i < 3000; ++i) {
        QByteArray body = samples.at(random.bounded(samples.size()));
        switch (random.bounded(5)) {
        case 0:
            body[random.bounded(body.size())] = char(random.bounded(256));
            break;
        case 1:
            body.truncate(random.bounded(body.size()));
            break;
        // The draws are named, in a fixed order: the order of evaluation of function arguments differs
        // between compilers, and the mix must be the same whichever builds the test.
        case 2: {
            const char filler = "[{\"}]"[random.bounded(5)];
            const int length = random.bounded(1, 80);
            body.insert(random.bounded(body.size()), QByteArray(length, filler));
            break;
        }
        case 3: {
            const int length = random.bounded(1, 10);
            body.replace(random.bounded(body.size()), length, "\"bulkId:g\"");
            break;
        }
        default:
            break;
        }
        QStringList query;
        for (int part = random.bounded(3); part > 0; --part)
            query.append(queryParts.at(random.bounded(queryParts.size())));
        const QByteArray method = methods.at(random.bounded(methods.size()));
        const QString target = paths.at(random.bounded(paths.size())) +
                               (query.isEmpty() ? QString() : QStringLiteral("?") + query.join(u'&'));
        const HttpResponse response = fixture.send(method, target, body);
        ++statuses[response.status];
        QVERIFY2(response.status < 500 || response.status == 501,
                 qPrintable(QStringLiteral("%1 %2 -> %3 %4")
                                .arg(QString::fromLatin1(method), target)
                                .arg(response.status)
                                .arg(QString::fromUtf8(response.body))));
        if (!response.body.isEmpty()) {
            QJsonParseError error;
            QJsonDocument::fromJson(response.body, &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
        }
    }
    // The mix reached the endpoints, not only the parsers.
    for (const int status : {200, 201, 204, 400, 404, 405, 409})
        QVERIFY2(statuses.value(status) > 0, qPrintable(QString::number(status)));
}

void TestScimService::concurrentRequests()
{
    ScimFixture fixture;
    const QString staff = fixture.createGroup(QStringLiteral("Staff"));
    constexpr int Threads = 4;
    constexpr int UsersPerThread = 25;
    QList<QThread*> threads;
    std::atomic<int> failures{0};
    for (int t = 0; t < Threads; ++t) {
        threads.append(QThread::create([&, t] {
            for (int i = 0; i < UsersPerThread; ++i) {
                const QString name = QStringLiteral("t%1-u%2").arg(t).arg(i);
                const HttpResponse created =
                    fixture.send("POST", QStringLiteral("/scim/v2/Users"),
                                 QJsonObject{{QStringLiteral("schemas"), QJsonArray{urns::User}},
                                             {QStringLiteral("userName"), name}});
                const QString id = ScimFixture::json(created).value(QStringLiteral("id")).toString();
                const QByteArray join = ScimFixture::bytes(QJsonObject{
                    {QStringLiteral("schemas"), QJsonArray{urns::PatchOp}},
                    {QStringLiteral("Operations"),
                     QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("add")},
                                            {QStringLiteral("path"), QStringLiteral("members")},
                                            {QStringLiteral("value"),
                                             QJsonArray{QJsonObject{{QStringLiteral("value"), id}}}}}}}});
                if (created.status != 201 ||
                    fixture.send("PATCH", QStringLiteral("/scim/v2/Groups/") + staff, join).status != 204 ||
                    fixture.send("GET", QStringLiteral("/scim/v2/Users?filter=userName eq \"") + name + u'"')
                            .status != 200)
                    ++failures;
            }
        }));
    }
    for (QThread* thread : std::as_const(threads))
        thread->start();
    for (QThread* thread : std::as_const(threads)) {
        QVERIFY(thread->wait(120000));
        delete thread;
    }
    QCOMPARE(failures.load(), 0);
    const QJsonObject group =
        ScimFixture::json(fixture.send("GET", QStringLiteral("/scim/v2/Groups/") + staff));
    QCOMPARE(group.value(QStringLiteral("members")).toArray().size(), Threads * UsersPerThread);
    QCOMPARE(ScimFixture::json(fixture.send("GET", QStringLiteral("/scim/v2/Users?count=0")))
                 .value(QStringLiteral("totalResults"))
                 .toInt(),
             Threads * UsersPerThread);
}

QTEST_GUILESS_MAIN(TestScimService)
#include "tst_scimservice.moc"
