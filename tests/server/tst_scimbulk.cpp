#include "ScimFixture.h"
#include "schema/SchemaUrns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace muster;

namespace {

QJsonObject user(const QString& userName)
{
    return QJsonObject{{QStringLiteral("schemas"), QJsonArray{urns::User}},
                       {QStringLiteral("userName"), userName}};
}

QJsonObject group(const QString& displayName, const QStringList& members = {})
{
    QJsonArray list;
    for (const QString& member : members)
        list.append(QJsonObject{{QStringLiteral("value"), member}});
    QJsonObject json{{QStringLiteral("schemas"), QJsonArray{urns::Group}},
                     {QStringLiteral("displayName"), displayName}};
    if (!list.isEmpty())
        json.insert(QStringLiteral("members"), list);
    return json;
}

QJsonObject patch(const QString& op, const QString& path, const QJsonValue& value = QJsonValue::Undefined)
{
    QJsonObject operation{{QStringLiteral("op"), op}, {QStringLiteral("path"), path}};
    if (!value.isUndefined())
        operation.insert(QStringLiteral("value"), value);
    return QJsonObject{{QStringLiteral("schemas"), QJsonArray{urns::PatchOp}},
                       {QStringLiteral("Operations"), QJsonArray{operation}}};
}

QJsonObject op(const QString& method, const QString& path, const QString& bulkId = QString(),
               const QJsonValue& data = QJsonValue::Undefined, const QString& version = QString())
{
    QJsonObject operation{{QStringLiteral("method"), method}, {QStringLiteral("path"), path}};
    if (!bulkId.isEmpty())
        operation.insert(QStringLiteral("bulkId"), bulkId);
    if (!data.isUndefined())
        operation.insert(QStringLiteral("data"), data);
    if (!version.isEmpty())
        operation.insert(QStringLiteral("version"), version);
    return operation;
}

QJsonObject bulk(const QJsonArray& operations, int failOnErrors = 0)
{
    QJsonObject request{{QStringLiteral("schemas"), QJsonArray{urns::BulkRequest}},
                        {QStringLiteral("Operations"), operations}};
    if (failOnErrors > 0)
        request.insert(QStringLiteral("failOnErrors"), failOnErrors);
    return request;
}

using Backend = ScimFixture::Backend;

// A `backend` column with one row per store.
void backendRows()
{
    QTest::addColumn<int>("backend");
    for (const auto& [name, backend] : ScimFixture::backends())
        QTest::addRow("%s", name) << int(backend);
}

const QString Users = QStringLiteral("/Users");
const QString Groups = QStringLiteral("/Groups");
const QString BjensenPath = QStringLiteral("/Users/{user}");

} // namespace

class TestScimBulk : public QObject {
    Q_OBJECT

private slots:
    // Operations of one request, the order they ran in ("METHOD bulkId status"), and how many users
    // and groups exist afterwards (bjensen and jsmith and the group Staff exist before).
    // Every row on each store: memory, SQLite, PostgreSQL (SQL stores run the request in one
    // transaction, each operation a savepoint of it).
    void operations_data();
    void operations();
    void resultsCarryLocationVersionAndErrors_data() { backendRows(); }
    void resultsCarryLocationVersionAndErrors();
    void forwardReferencesResolveToCreatedIds_data() { backendRows(); }
    void forwardReferencesResolveToCreatedIds();
    // An operation that fails in the store halfway through its writes (a userName taken, found after
    // its row was inserted) is undone alone: the operations before and after it stay, and it leaves no
    // row, audit entry or change event behind. failOnErrors stops right after it.
    void failedOperationIsUndoneAlone_data();
    void failedOperationIsUndoneAlone();
    // Another client's write to the same tenant while a Bulk request runs waits for it, then succeeds.
    void otherWritersWaitForTheBulk_data() { backendRows(); }
    void otherWritersWaitForTheBulk();
    void limits_data();
    void limits();
    void concurrentRequestsAreBounded();
};

void TestScimBulk::operations_data()
{
    QTest::addColumn<int>("backend");
    QTest::addColumn<QJsonArray>("operations");
    QTest::addColumn<int>("failOnErrors");
    QTest::addColumn<QStringList>("results");
    QTest::addColumn<int>("users");
    QTest::addColumn<int>("groups");

    for (const auto& [backendName, backend] : ScimFixture::backends()) {
        const auto addRow = [&, backendName = backendName,
                             backend = backend](const char* name) -> QTestData& {
            return QTest::addRow("%s: %s", backendName, name) << int(backend);
        };

        const QJsonObject replacement = user(QStringLiteral("bjensen"));
        addRow("create replace patch delete")
            << QJsonArray{op(QStringLiteral("POST"), Users, QStringLiteral("u"),
                             user(QStringLiteral("alice"))),
                          op(QStringLiteral("PUT"), BjensenPath, {}, replacement),
                          op(QStringLiteral("PATCH"), BjensenPath, {},
                             patch(QStringLiteral("add"), QStringLiteral("title"), QStringLiteral("Guide"))),
                          op(QStringLiteral("DELETE"), QStringLiteral("/Users/{user2}"))}
            << 0
            << QStringList{QStringLiteral("POST u 201"), QStringLiteral("PUT - 200"),
                           QStringLiteral("PATCH - 204"), QStringLiteral("DELETE - 204")}
            << 2 << 1;
        addRow("empty") << QJsonArray{} << 0 << QStringList{} << 2 << 1;
        addRow("method in lower case") << QJsonArray{op(QStringLiteral("post"), Users, QStringLiteral("u"),
                                                        user(QStringLiteral("alice")))}
                                       << 0 << QStringList{QStringLiteral("POST u 201")} << 3 << 1;
        addRow("forward reference in data")
            << QJsonArray{op(QStringLiteral("POST"), Groups, QStringLiteral("g"),
                             group(QStringLiteral("G"), {QStringLiteral("bulkId:u")})),
                          op(QStringLiteral("POST"), Users, QStringLiteral("u"),
                             user(QStringLiteral("alice")))}
            << 0 << QStringList{QStringLiteral("POST u 201"), QStringLiteral("POST g 201")} << 3 << 2;
        addRow("forward reference in path")
            << QJsonArray{op(QStringLiteral("PATCH"), QStringLiteral("/Groups/bulkId:g"), {},
                             patch(QStringLiteral("add"), QStringLiteral("members"),
                                   QJsonArray{
                                       QJsonObject{{QStringLiteral("value"), QStringLiteral("{user}")}}})),
                          op(QStringLiteral("POST"), Groups, QStringLiteral("g"), group(QStringLiteral("G")))}
            << 0 << QStringList{QStringLiteral("POST g 201"), QStringLiteral("PATCH - 204")} << 2 << 2;
        addRow("reference inside a patch filter")
            << QJsonArray{op(QStringLiteral("POST"), Users, QStringLiteral("u"),
                             user(QStringLiteral("alice"))),
                          op(QStringLiteral("POST"), Groups, QStringLiteral("g"),
                             group(QStringLiteral("G"), {QStringLiteral("bulkId:u")})),
                          op(QStringLiteral("PATCH"), QStringLiteral("/Groups/bulkId:g"), {},
                             patch(QStringLiteral("remove"),
                                   QStringLiteral("members[value eq \"bulkId:u\"]")))}
            << 0
            << QStringList{QStringLiteral("POST u 201"), QStringLiteral("POST g 201"),
                           QStringLiteral("PATCH - 204")}
            << 3 << 2;
        addRow("chain in reverse order")
            << QJsonArray{op(QStringLiteral("POST"), Groups, QStringLiteral("c"),
                             group(QStringLiteral("C"), {QStringLiteral("bulkId:b")})),
                          op(QStringLiteral("POST"), Groups, QStringLiteral("b"),
                             group(QStringLiteral("B"), {QStringLiteral("bulkId:a")})),
                          op(QStringLiteral("POST"), Users, QStringLiteral("a"),
                             user(QStringLiteral("alice")))}
            << 0
            << QStringList{QStringLiteral("POST a 201"), QStringLiteral("POST b 201"),
                           QStringLiteral("POST c 201")}
            << 3 << 3;
        addRow("cycle of two") << QJsonArray{op(QStringLiteral("POST"), Groups, QStringLiteral("g1"),
                                                group(QStringLiteral("G1"), {QStringLiteral("bulkId:g2")})),
                                             op(QStringLiteral("POST"), Groups, QStringLiteral("g2"),
                                                group(QStringLiteral("G2"), {QStringLiteral("bulkId:g1")})),
                                             op(QStringLiteral("POST"), Users, QStringLiteral("u"),
                                                user(QStringLiteral("alice")))}
                               << 0
                               << QStringList{QStringLiteral("POST u 201"), QStringLiteral("POST g1 409"),
                                              QStringLiteral("POST g2 409")}
                               << 3 << 1;
        addRow("self reference") << QJsonArray{op(QStringLiteral("POST"), Groups, QStringLiteral("g"),
                                                  group(QStringLiteral("G"), {QStringLiteral("bulkId:g")}))}
                                 << 0 << QStringList{QStringLiteral("POST g 409")} << 2 << 1;
        addRow("waits for a cycle")
            << QJsonArray{op(QStringLiteral("POST"), Groups, QStringLiteral("g3"),
                             group(QStringLiteral("G3"), {QStringLiteral("bulkId:g1")})),
                          op(QStringLiteral("POST"), Groups, QStringLiteral("g1"),
                             group(QStringLiteral("G1"), {QStringLiteral("bulkId:g2")})),
                          op(QStringLiteral("POST"), Groups, QStringLiteral("g2"),
                             group(QStringLiteral("G2"), {QStringLiteral("bulkId:g1")}))}
            << 0
            << QStringList{QStringLiteral("POST g3 409"), QStringLiteral("POST g1 409"),
                           QStringLiteral("POST g2 409")}
            << 2 << 1;
        addRow("unknown bulkId") << QJsonArray{op(
                                        QStringLiteral("POST"), Groups, QStringLiteral("g"),
                                        group(QStringLiteral("G"), {QStringLiteral("bulkId:nope")}))}
                                 << 0 << QStringList{QStringLiteral("POST g 409")} << 2 << 1;
        addRow("reference to a failed operation")
            << QJsonArray{op(QStringLiteral("POST"), Groups, QStringLiteral("g"),
                             group(QStringLiteral("G"), {QStringLiteral("bulkId:u")})),
                          op(QStringLiteral("POST"), Users, QStringLiteral("u"),
                             QJsonObject{{QStringLiteral("schemas"), QJsonArray{urns::User}}})}
            << 0 << QStringList{QStringLiteral("POST u 400"), QStringLiteral("POST g 409")} << 2 << 1;
        addRow("failOnErrors 1 stops at the first error")
            << QJsonArray{op(QStringLiteral("POST"), Users, QStringLiteral("u"),
                             user(QStringLiteral("alice"))),
                          op(QStringLiteral("DELETE"), QStringLiteral("/Users/missing")),
                          op(QStringLiteral("POST"), Users, QStringLiteral("v"), user(QStringLiteral("bob")))}
            << 1 << QStringList{QStringLiteral("POST u 201"), QStringLiteral("DELETE - 404")} << 3 << 1;
        addRow("failOnErrors 2") << QJsonArray{op(QStringLiteral("DELETE"), QStringLiteral("/Users/missing")),
                                               op(QStringLiteral("POST"), Users, QStringLiteral("u"),
                                                  user(QStringLiteral("BJENSEN"))),
                                               op(QStringLiteral("POST"), Users, QStringLiteral("v"),
                                                  user(QStringLiteral("bob")))}
                                 << 2
                                 << QStringList{QStringLiteral("DELETE - 404"), QStringLiteral("POST u 409")}
                                 << 2 << 1;
        addRow("without failOnErrors everything runs")
            << QJsonArray{op(QStringLiteral("DELETE"), QStringLiteral("/Users/missing")),
                          op(QStringLiteral("POST"), Users, QStringLiteral("u"),
                             user(QStringLiteral("BJENSEN"))),
                          op(QStringLiteral("POST"), Users, QStringLiteral("v"), user(QStringLiteral("bob")))}
            << 0
            << QStringList{QStringLiteral("DELETE - 404"), QStringLiteral("POST u 409"),
                           QStringLiteral("POST v 201")}
            << 3 << 1;
        addRow("malformed operations")
            << QJsonArray{op(QStringLiteral("GET"), BjensenPath),
                          op(QStringLiteral("POST"), Users, {}, user(QStringLiteral("alice"))),
                          QJsonObject{{QStringLiteral("method"), QStringLiteral("DELETE")}},
                          op(QStringLiteral("PUT"), BjensenPath, {}, QStringLiteral("not an object")),
                          QJsonValue(42)}
            << 0
            << QStringList{QStringLiteral("GET - 400"), QStringLiteral("POST - 400"),
                           QStringLiteral("DELETE - 400"), QStringLiteral("PUT - 400"),
                           QStringLiteral("- - 400")}
            << 2 << 1;
        addRow("paths that do not fit the method")
            << QJsonArray{op(QStringLiteral("POST"), BjensenPath, QStringLiteral("u"),
                             user(QStringLiteral("alice"))),
                          op(QStringLiteral("PUT"), Users, {}, replacement),
                          op(QStringLiteral("DELETE"), QStringLiteral("/Gadgets/x")),
                          op(QStringLiteral("POST"), QStringLiteral("/Bulk"), QStringLiteral("b"), bulk({}))}
            << 0
            << QStringList{QStringLiteral("POST u 400"), QStringLiteral("PUT - 400"),
                           QStringLiteral("DELETE - 404"), QStringLiteral("POST b 400")}
            << 2 << 1;
        addRow("version")
            << QJsonArray{op(QStringLiteral("PUT"), BjensenPath, {}, replacement, QStringLiteral("W/\"9\"")),
                          op(QStringLiteral("PATCH"), BjensenPath, {},
                             patch(QStringLiteral("add"), QStringLiteral("title"), QStringLiteral("x")),
                             QStringLiteral("W/\"1\"")),
                          op(QStringLiteral("DELETE"), BjensenPath, {}, QJsonValue::Undefined,
                             QStringLiteral("W/\"1\""))}
            << 0
            << QStringList{QStringLiteral("PUT - 412"), QStringLiteral("PATCH - 204"),
                           QStringLiteral("DELETE - 412")}
            << 2 << 1;
        addRow("deleting twice") << QJsonArray{op(QStringLiteral("DELETE"), BjensenPath),
                                               op(QStringLiteral("DELETE"), BjensenPath)}
                                 << 0
                                 << QStringList{QStringLiteral("DELETE - 204"),
                                                QStringLiteral("DELETE - 404")}
                                 << 1 << 1;
    }
}

void TestScimBulk::operations()
{
    QFETCH(int, backend);
    QFETCH(QJsonArray, operations);
    QFETCH(int, failOnErrors);
    QFETCH(QStringList, results);
    QFETCH(int, users);
    QFETCH(int, groups);

    ScimFixture fixture{Backend(backend)};
    if (!fixture.isReady())
        QSKIP("No PostgreSQL server (tests/postgres)");
    const QString bjensen = fixture.createUser(QStringLiteral("bjensen"));
    const QString jsmith = fixture.createUser(QStringLiteral("jsmith"));
    fixture.createGroup(QStringLiteral("Staff"), {bjensen});
    const QByteArray body = ScimFixture::bytes(bulk(operations, failOnErrors))
                                .replace("{user}", bjensen.toUtf8())
                                .replace("{user2}", jsmith.toUtf8());

    const HttpResponse response = fixture.send("POST", QStringLiteral("/scim/v2/Bulk"), body);
    QVERIFY2(response.status == 200, response.body.constData());
    const QJsonObject answer = ScimFixture::json(response);
    QCOMPARE(answer.value(QStringLiteral("schemas")).toArray(), QJsonArray{urns::BulkResponse});
    QStringList actual;
    for (const QJsonValue& value : answer.value(QStringLiteral("Operations")).toArray()) {
        const QJsonObject result = value.toObject();
        const QString status = result.value(QStringLiteral("status")).toString();
        actual.append(QStringList{result.value(QStringLiteral("method")).toString(QStringLiteral("-")),
                                  result.value(QStringLiteral("bulkId")).toString(QStringLiteral("-")),
                                  status}
                          .join(u' '));
        if (status.toInt() >= 400) {
            const QJsonObject error = result.value(QStringLiteral("response")).toObject();
            QCOMPARE(error.value(QStringLiteral("schemas")).toArray(), QJsonArray{urns::Error});
            QCOMPARE(error.value(QStringLiteral("status")).toString(), status);
            QVERIFY(!error.value(QStringLiteral("detail")).toString().isEmpty());
        } else {
            QVERIFY(result.value(QStringLiteral("location"))
                        .toString()
                        .startsWith(QLatin1String("http://scim.example.test/scim/v2/")));
            QVERIFY(!result.contains(QStringLiteral("response")));
            if (result.value(QStringLiteral("method")).toString() != QLatin1String("DELETE"))
                QVERIFY(result.value(QStringLiteral("version")).toString().startsWith(QLatin1String("W/\"")));
        }
    }
    QCOMPARE(actual, results);

    const auto total = [&](const QString& endpoint) {
        return ScimFixture::json(
                   fixture.send("GET", QStringLiteral("/scim/v2") + endpoint + QStringLiteral("?count=0")))
            .value(QStringLiteral("totalResults"))
            .toInt();
    };
    QCOMPARE(total(Users), users);
    QCOMPARE(total(Groups), groups);
}

void TestScimBulk::resultsCarryLocationVersionAndErrors()
{
    QFETCH(int, backend);
    ScimFixture fixture{Backend(backend)};
    if (!fixture.isReady())
        QSKIP("No PostgreSQL server (tests/postgres)");
    const HttpResponse response = fixture.send(
        "POST", QStringLiteral("/scim/v2/Bulk"),
        bulk({op(QStringLiteral("POST"), Users, QStringLiteral("qwerty"), user(QStringLiteral("alice"))),
              op(QStringLiteral("POST"), Users, QStringLiteral("dup"), user(QStringLiteral("ALICE")))}));
    QCOMPARE(response.status, 200);
    const QJsonObject answer = ScimFixture::json(response);
    const QJsonObject created = ScimFixture::at(answer, QStringLiteral("Operations/0")).toObject();
    QCOMPARE(created.value(QStringLiteral("status")).toString(), QStringLiteral("201"));
    QCOMPARE(created.value(QStringLiteral("version")).toString(), QStringLiteral("W/\"1\""));
    const QString location = created.value(QStringLiteral("location")).toString();
    const HttpResponse read =
        fixture.send("GET", location.mid(QStringLiteral("http://scim.example.test").size()));
    QCOMPARE(read.status, 200);
    QCOMPARE(ScimFixture::json(read).value(QStringLiteral("userName")).toString(), QStringLiteral("alice"));
    QCOMPARE(ScimFixture::at(ScimFixture::json(read), QStringLiteral("meta/location")).toString(), location);

    const QJsonObject failed = ScimFixture::at(answer, QStringLiteral("Operations/1")).toObject();
    QCOMPARE(failed.value(QStringLiteral("status")).toString(), QStringLiteral("409"));
    QCOMPARE(ScimFixture::at(failed, QStringLiteral("response/scimType")).toString(),
             QStringLiteral("uniqueness"));
    QVERIFY(!failed.contains(QStringLiteral("location")));
}

void TestScimBulk::forwardReferencesResolveToCreatedIds()
{
    QFETCH(int, backend);
    ScimFixture fixture{Backend(backend)};
    if (!fixture.isReady())
        QSKIP("No PostgreSQL server (tests/postgres)");
    const HttpResponse response = fixture.send(
        "POST", QStringLiteral("/scim/v2/Bulk"),
        bulk({op(QStringLiteral("POST"), Groups, QStringLiteral("team"),
                 group(QStringLiteral("Team"),
                       {QStringLiteral("bulkId:alice"), QStringLiteral("bulkId:bob")})),
              op(QStringLiteral("POST"), Users, QStringLiteral("alice"), user(QStringLiteral("alice"))),
              op(QStringLiteral("POST"), Users, QStringLiteral("bob"), user(QStringLiteral("bob")))}));
    const QJsonArray results = ScimFixture::json(response).value(QStringLiteral("Operations")).toArray();
    QCOMPARE(results.size(), 3);
    QHash<QString, QString> ids;
    for (const QJsonValue& result : results)
        ids.insert(result.toObject().value(QStringLiteral("bulkId")).toString(),
                   result.toObject().value(QStringLiteral("location")).toString().section(u'/', -1));
    const QJsonObject team = ScimFixture::json(
        fixture.send("GET", QStringLiteral("/scim/v2/Groups/") + ids.value(QStringLiteral("team"))));
    QStringList members;
    for (const QJsonValue& member : team.value(QStringLiteral("members")).toArray())
        members.append(member.toObject().value(QStringLiteral("value")).toString());
    QCOMPARE(members, (QStringList{ids.value(QStringLiteral("alice")), ids.value(QStringLiteral("bob"))}));
    const QJsonObject alice = ScimFixture::json(
        fixture.send("GET", QStringLiteral("/scim/v2/Users/") + ids.value(QStringLiteral("alice"))));
    QCOMPARE(ScimFixture::at(alice, QStringLiteral("groups/0/value")).toString(),
             ids.value(QStringLiteral("team")));
}

void TestScimBulk::failedOperationIsUndoneAlone_data()
{
    QTest::addColumn<int>("backend");
    QTest::addColumn<int>("failOnErrors");
    QTest::addColumn<QStringList>("results");
    for (const auto& [name, backend] : ScimFixture::backends()) {
        QTest::addRow("%s: every operation runs", name)
            << int(backend) << 0
            << QStringList{QStringLiteral("201"), QStringLiteral("201"), QStringLiteral("409"),
                           QStringLiteral("201"), QStringLiteral("204")};
        QTest::addRow("%s: failOnErrors 1 stops after it", name)
            << int(backend) << 1
            << QStringList{QStringLiteral("201"), QStringLiteral("201"), QStringLiteral("409")};
    }
}

void TestScimBulk::failedOperationIsUndoneAlone()
{
    QFETCH(int, backend);
    QFETCH(int, failOnErrors);
    QFETCH(QStringList, results);
    ScimFixture fixture{Backend(backend)};
    if (!fixture.isReady())
        QSKIP("No PostgreSQL server (tests/postgres)");
    const QString bjensen = fixture.createUser(QStringLiteral("bjensen"));
    const OperationContext context{QStringLiteral("default"), QStringLiteral("test")};
    const qsizetype auditBefore = fixture.directory().auditLog(context, 0, 100000).size();
    QSignalSpy changes(&fixture.directory(), &Directory::resourceChanged);

    // The third operation's userName is taken by the first's: the store notices only after it has
    // inserted the user's row and e-mail index entry, which must go again.
    QJsonObject taken = user(QStringLiteral("ALICE"));
    taken.insert(QStringLiteral("emails"),
                 QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("taken@example.com")}}});
    const QJsonArray operations{
        op(QStringLiteral("POST"), Users, QStringLiteral("a"), user(QStringLiteral("alice"))),
        op(QStringLiteral("POST"), Users, QStringLiteral("b"), user(QStringLiteral("bob"))),
        op(QStringLiteral("POST"), Users, QStringLiteral("t"), taken),
        op(QStringLiteral("POST"), Users, QStringLiteral("c"), user(QStringLiteral("carol"))),
        op(QStringLiteral("PATCH"), QStringLiteral("/Users/") + bjensen, {},
           patch(QStringLiteral("replace"), QStringLiteral("title"), QStringLiteral("Guide")))};
    const HttpResponse response =
        fixture.send("POST", QStringLiteral("/scim/v2/Bulk"), bulk(operations, failOnErrors));
    QVERIFY2(response.status == 200, response.body.constData());
    QStringList statuses;
    for (const QJsonValue& result : ScimFixture::json(response).value(QStringLiteral("Operations")).toArray())
        statuses.append(result.toObject().value(QStringLiteral("status")).toString());
    QCOMPARE(statuses, results);
    const qsizetype succeeded = statuses.count(QStringLiteral("201")) + statuses.count(QStringLiteral("204"));

    const auto matches = [&](const QString& filter) {
        return ScimFixture::json(fixture.send("GET", QStringLiteral("/scim/v2/Users?filter=") + filter))
            .value(QStringLiteral("totalResults"))
            .toInt();
    };
    QCOMPARE(matches(QStringLiteral("userName eq \"alice\"")), 1);
    QCOMPARE(matches(QStringLiteral("userName eq \"bob\"")), 1);
    QCOMPARE(matches(QStringLiteral("userName eq \"carol\"")), failOnErrors == 0 ? 1 : 0);
    QCOMPARE(matches(QStringLiteral("emails.value eq \"taken@example.com\"")), 0);
    QCOMPARE(matches(QStringLiteral("title eq \"Guide\"")), failOnErrors == 0 ? 1 : 0);
    QCOMPARE(fixture.directory().store().count(QStringLiteral("default"), QStringLiteral("User")),
             1 + statuses.count(QStringLiteral("201")));
    QCOMPARE(fixture.directory().auditLog(context, 0, 100000).size(), auditBefore + succeeded);
    QCOMPARE(changes.size(), succeeded);
    // The e-mail address of the undone operation is free.
    QJsonObject again = user(QStringLiteral("dave"));
    again.insert(QStringLiteral("emails"),
                 QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("taken@example.com")}}});
    QCOMPARE(fixture.send("POST", QStringLiteral("/scim/v2/Users"), again).status, 201);
    QCOMPARE(matches(QStringLiteral("emails.value eq \"taken@example.com\"")), 1);
}

void TestScimBulk::otherWritersWaitForTheBulk()
{
    QFETCH(int, backend);
    constexpr int Operations = 300;
    ScimServiceOptions options;
    options.bulkMaxOperations = Operations;
    options.bulkMaxPayloadBytes = 16 * 1024 * 1024;
    ScimFixture fixture(Backend(backend), options);
    if (!fixture.isReady())
        QSKIP("No PostgreSQL server (tests/postgres)");
    QJsonArray operations;
    for (int i = 0; i < Operations; ++i)
        operations.append(op(QStringLiteral("POST"), Users, QStringLiteral("b%1").arg(i),
                             user(QStringLiteral("bulk%1").arg(i))));

    HttpResponse bulkResponse;
    std::atomic<bool> bulkDone{false};
    std::thread running([&] {
        bulkResponse = fixture.send("POST", QStringLiteral("/scim/v2/Bulk"), bulk(operations));
        bulkDone = true;
    });
    // Single writes meanwhile, from this thread: each waits for the Bulk request or goes before it.
    QList<int> statuses;
    for (int i = 0; i < 20 && !bulkDone; ++i)
        statuses.append(
            fixture.send("POST", QStringLiteral("/scim/v2/Users"), user(QStringLiteral("single%1").arg(i)))
                .status);
    running.join();
    QCOMPARE(bulkResponse.status, 200);
    const QJsonArray results = ScimFixture::json(bulkResponse).value(QStringLiteral("Operations")).toArray();
    QCOMPARE(results.size(), Operations);
    for (const QJsonValue& result : results)
        QCOMPARE(result.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("201"));
    QCOMPARE(statuses, QList<int>(statuses.size(), 201));
    QCOMPARE(fixture.directory().store().count(QStringLiteral("default"), QStringLiteral("User")),
             Operations + statuses.size());
}

void TestScimBulk::limits_data()
{
    QTest::addColumn<int>("operations");
    QTest::addColumn<int>("padding"); // bytes of nickName per created user
    QTest::addColumn<int>("status");
    QTest::addRow("at maxOperations") << 3 << 0 << 200;
    QTest::addRow("over maxOperations") << 4 << 0 << 413;
    QTest::addRow("at most maxPayloadSize") << 1 << 1000 << 200;
    QTest::addRow("over maxPayloadSize") << 1 << 3000 << 413;
}

void TestScimBulk::limits()
{
    QFETCH(int, operations);
    QFETCH(int, padding);
    QFETCH(int, status);
    ScimServiceOptions options;
    options.bulkMaxOperations = 3;
    options.bulkMaxPayloadBytes = 2048;
    ScimFixture fixture(options);
    QJsonArray list;
    for (int i = 0; i < operations; ++i) {
        QJsonObject data = user(QStringLiteral("user%1").arg(i));
        if (padding > 0)
            data.insert(QStringLiteral("nickName"), QString(padding, u'n'));
        list.append(op(QStringLiteral("POST"), Users, QStringLiteral("b%1").arg(i), data));
    }
    const QByteArray before = fixture.snapshot();
    const HttpResponse response = fixture.send("POST", QStringLiteral("/scim/v2/Bulk"), bulk(list));
    QCOMPARE(response.status, status);
    if (status == 413) {
        QCOMPARE(ScimFixture::json(response).value(QStringLiteral("status")).toString(),
                 QStringLiteral("413"));
        QCOMPARE(ScimFixture::json(response).value(QStringLiteral("schemas")).toArray(),
                 QJsonArray{urns::Error});
        QCOMPARE(fixture.snapshot(), before);
    } else {
        QCOMPARE(ScimFixture::json(response).value(QStringLiteral("Operations")).toArray().size(),
                 operations);
    }
}

// With one Bulk request allowed at a time, a second one sent while a slow one runs is answered 429 with
// Retry-After and changes nothing; once the first is done, Bulk works again.
void TestScimBulk::concurrentRequestsAreBounded()
{
    constexpr int SlowOperations = 5000;
    ScimServiceOptions options;
    options.bulkMaxConcurrent = 1;
    options.bulkMaxOperations = SlowOperations;
    options.bulkMaxPayloadBytes = 16 * 1024 * 1024;
    ScimFixture fixture(options);
    const auto users = [&fixture] {
        return fixture.directory().store().count(QStringLiteral("default"), QStringLiteral("User"));
    };
    const qint64 before = users();
    QJsonArray slow;
    for (int i = 0; i < SlowOperations; ++i)
        slow.append(op(QStringLiteral("POST"), Users, QStringLiteral("s%1").arg(i),
                       user(QStringLiteral("slow%1").arg(i))));
    const QJsonObject quick = bulk(
        QJsonArray{op(QStringLiteral("POST"), Users, QStringLiteral("q"), user(QStringLiteral("quick")))});

    HttpResponse slowResponse;
    std::thread running(
        [&] { slowResponse = fixture.send("POST", QStringLiteral("/scim/v2/Bulk"), bulk(slow)); });
    while (users() == before) // the slow request has begun creating
        QThread::yieldCurrentThread();
    const HttpResponse refused = fixture.send("POST", QStringLiteral("/scim/v2/Bulk"), quick);
    const bool slowStillRunning = users() < before + SlowOperations;
    running.join();
    QCOMPARE(slowResponse.status, 200);
    if (!slowStillRunning)
        QSKIP("the slow Bulk request ended before the second was sent");

    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.header("retry-after"), QByteArray("1"));
    QCOMPARE(ScimFixture::json(refused).value(QStringLiteral("status")).toString(), QStringLiteral("429"));
    QCOMPARE(users(), before + SlowOperations); // the refused request created nothing
    QCOMPARE(fixture.send("POST", QStringLiteral("/scim/v2/Bulk"), quick).status, 200);
    QCOMPARE(users(), before + SlowOperations + 1);
}

QTEST_GUILESS_MAIN(TestScimBulk)
#include "tst_scimbulk.moc"
