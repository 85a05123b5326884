#include "ScimFixture.h"
#include "schema/SchemaUrns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QThread>

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

const QString Users = QStringLiteral("/Users");
const QString Groups = QStringLiteral("/Groups");
const QString BjensenPath = QStringLiteral("/Users/{user}");

} // namespace

class TestScimBulk : public QObject {
    Q_OBJECT

private slots:
    // Operations of one request, the order they ran in ("METHOD bulkId status"), and how many users
    // and groups exist afterwards (bjensen and jsmith and the group Staff exist before).
    void operations_data();
    void operations();
    void resultsCarryLocationVersionAndErrors();
    void forwardReferencesResolveToCreatedIds();
    void limits_data();
    void limits();
    void concurrentRequestsAreBounded();
};

void TestScimBulk::operations_data()
{
    QTest::addColumn<QJsonArray>("operations");
    QTest::addColumn<int>("failOnErrors");
    QTest::addColumn<QStringList>("results");
    QTest::addColumn<int>("users");
    QTest::addColumn<int>("groups");

    const QJsonObject replacement = user(QStringLiteral("bjensen"));
    QTest::addRow("create replace patch delete")
        << QJsonArray{op(QStringLiteral("POST"), Users, QStringLiteral("u"), user(QStringLiteral("alice"))),
                      op(QStringLiteral("PUT"), BjensenPath, {}, replacement),
                      op(QStringLiteral("PATCH"), BjensenPath, {},
                         patch(QStringLiteral("add"), QStringLiteral("title"), QStringLiteral("Guide"))),
                      op(QStringLiteral("DELETE"), QStringLiteral("/Users/{user2}"))}
        << 0
        << QStringList{QStringLiteral("POST u 201"), QStringLiteral("PUT - 200"),
                       QStringLiteral("PATCH - 204"), QStringLiteral("DELETE - 204")}
        << 2 << 1;
    QTest::addRow("empty") << QJsonArray{} << 0 << QStringList{} << 2 << 1;
    QTest::addRow("method in lower case")
        << QJsonArray{op(QStringLiteral("post"), Users, QStringLiteral("u"), user(QStringLiteral("alice")))}
        << 0 << QStringList{QStringLiteral("POST u 201")} << 3 << 1;
    QTest::addRow("forward reference in data")
        << QJsonArray{op(QStringLiteral("POST"), Groups, QStringLiteral("g"),
                         group(QStringLiteral("G"), {QStringLiteral("bulkId:u")})),
                      op(QStringLiteral("POST"), Users, QStringLiteral("u"), user(QStringLiteral("alice")))}
        << 0 << QStringList{QStringLiteral("POST u 201"), QStringLiteral("POST g 201")} << 3 << 2;
    QTest::addRow("forward reference in path")
        << QJsonArray{op(QStringLiteral("PATCH"), QStringLiteral("/Groups/bulkId:g"), {},
                         patch(QStringLiteral("add"), QStringLiteral("members"),
                               QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("{user}")}}})),
                      op(QStringLiteral("POST"), Groups, QStringLiteral("g"), group(QStringLiteral("G")))}
        << 0 << QStringList{QStringLiteral("POST g 201"), QStringLiteral("PATCH - 204")} << 2 << 2;
    QTest::addRow("reference inside a patch filter")
        << QJsonArray{op(QStringLiteral("POST"), Users, QStringLiteral("u"), user(QStringLiteral("alice"))),
                      op(QStringLiteral("POST"), Groups, QStringLiteral("g"),
                         group(QStringLiteral("G"), {QStringLiteral("bulkId:u")})),
                      op(QStringLiteral("PATCH"), QStringLiteral("/Groups/bulkId:g"), {},
                         patch(QStringLiteral("remove"), QStringLiteral("members[value eq \"bulkId:u\"]")))}
        << 0
        << QStringList{QStringLiteral("POST u 201"), QStringLiteral("POST g 201"),
                       QStringLiteral("PATCH - 204")}
        << 3 << 2;
    QTest::addRow("chain in reverse order")
        << QJsonArray{op(QStringLiteral("POST"), Groups, QStringLiteral("c"),
                         group(QStringLiteral("C"), {QStringLiteral("bulkId:b")})),
                      op(QStringLiteral("POST"), Groups, QStringLiteral("b"),
                         group(QStringLiteral("B"), {QStringLiteral("bulkId:a")})),
                      op(QStringLiteral("POST"), Users, QStringLiteral("a"), user(QStringLiteral("alice")))}
        << 0
        << QStringList{QStringLiteral("POST a 201"), QStringLiteral("POST b 201"),
                       QStringLiteral("POST c 201")}
        << 3 << 3;
    QTest::addRow("cycle of two")
        << QJsonArray{op(QStringLiteral("POST"), Groups, QStringLiteral("g1"),
                         group(QStringLiteral("G1"), {QStringLiteral("bulkId:g2")})),
                      op(QStringLiteral("POST"), Groups, QStringLiteral("g2"),
                         group(QStringLiteral("G2"), {QStringLiteral("bulkId:g1")})),
                      op(QStringLiteral("POST"), Users, QStringLiteral("u"), user(QStringLiteral("alice")))}
        << 0
        << QStringList{QStringLiteral("POST u 201"), QStringLiteral("POST g1 409"),
                       QStringLiteral("POST g2 409")}
        << 3 << 1;
    QTest::addRow("self reference") << QJsonArray{op(
                                           QStringLiteral("POST"), Groups, QStringLiteral("g"),
                                           group(QStringLiteral("G"), {QStringLiteral("bulkId:g")}))}
                                    << 0 << QStringList{QStringLiteral("POST g 409")} << 2 << 1;
    QTest::addRow("waits for a cycle")
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
    QTest::addRow("unknown bulkId") << QJsonArray{op(
                                           QStringLiteral("POST"), Groups, QStringLiteral("g"),
                                           group(QStringLiteral("G"), {QStringLiteral("bulkId:nope")}))}
                                    << 0 << QStringList{QStringLiteral("POST g 409")} << 2 << 1;
    QTest::addRow("reference to a failed operation")
        << QJsonArray{op(QStringLiteral("POST"), Groups, QStringLiteral("g"),
                         group(QStringLiteral("G"), {QStringLiteral("bulkId:u")})),
                      op(QStringLiteral("POST"), Users, QStringLiteral("u"),
                         QJsonObject{{QStringLiteral("schemas"), QJsonArray{urns::User}}})}
        << 0 << QStringList{QStringLiteral("POST u 400"), QStringLiteral("POST g 409")} << 2 << 1;
    QTest::addRow("failOnErrors 1 stops at the first error")
        << QJsonArray{op(QStringLiteral("POST"), Users, QStringLiteral("u"), user(QStringLiteral("alice"))),
                      op(QStringLiteral("DELETE"), QStringLiteral("/Users/missing")),
                      op(QStringLiteral("POST"), Users, QStringLiteral("v"), user(QStringLiteral("bob")))}
        << 1 << QStringList{QStringLiteral("POST u 201"), QStringLiteral("DELETE - 404")} << 3 << 1;
    QTest::addRow("failOnErrors 2")
        << QJsonArray{op(QStringLiteral("DELETE"), QStringLiteral("/Users/missing")),
                      op(QStringLiteral("POST"), Users, QStringLiteral("u"), user(QStringLiteral("BJENSEN"))),
                      op(QStringLiteral("POST"), Users, QStringLiteral("v"), user(QStringLiteral("bob")))}
        << 2 << QStringList{QStringLiteral("DELETE - 404"), QStringLiteral("POST u 409")} << 2 << 1;
    QTest::addRow("without failOnErrors everything runs")
        << QJsonArray{op(QStringLiteral("DELETE"), QStringLiteral("/Users/missing")),
                      op(QStringLiteral("POST"), Users, QStringLiteral("u"), user(QStringLiteral("BJENSEN"))),
                      op(QStringLiteral("POST"), Users, QStringLiteral("v"), user(QStringLiteral("bob")))}
        << 0
        << QStringList{QStringLiteral("DELETE - 404"), QStringLiteral("POST u 409"),
                       QStringLiteral("POST v 201")}
        << 3 << 1;
    QTest::addRow("malformed operations")
        << QJsonArray{op(QStringLiteral("GET"), BjensenPath),
                      op(QStringLiteral("POST"), Users, {}, user(QStringLiteral("alice"))),
                      QJsonObject{{QStringLiteral("method"), QStringLiteral("DELETE")}},
                      op(QStringLiteral("PUT"), BjensenPath, {}, QStringLiteral("not an object")),
                      QJsonValue(42)}
        << 0
        << QStringList{QStringLiteral("GET - 400"), QStringLiteral("POST - 400"),
                       QStringLiteral("DELETE - 400"), QStringLiteral("PUT - 400"), QStringLiteral("- - 400")}
        << 2 << 1;
    QTest::addRow("paths that do not fit the method")
        << QJsonArray{op(QStringLiteral("POST"), BjensenPath, QStringLiteral("u"),
                         user(QStringLiteral("alice"))),
                      op(QStringLiteral("PUT"), Users, {}, replacement),
                      op(QStringLiteral("DELETE"), QStringLiteral("/Gadgets/x")),
                      op(QStringLiteral("POST"), QStringLiteral("/Bulk"), QStringLiteral("b"), bulk({}))}
        << 0
        << QStringList{QStringLiteral("POST u 400"), QStringLiteral("PUT - 400"),
                       QStringLiteral("DELETE - 404"), QStringLiteral("POST b 400")}
        << 2 << 1;
    QTest::addRow("version")
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
    QTest::addRow("deleting twice")
        << QJsonArray{op(QStringLiteral("DELETE"), BjensenPath), op(QStringLiteral("DELETE"), BjensenPath)}
        << 0 << QStringList{QStringLiteral("DELETE - 204"), QStringLiteral("DELETE - 404")} << 1 << 1;
}

void TestScimBulk::operations()
{
    QFETCH(QJsonArray, operations);
    QFETCH(int, failOnErrors);
    QFETCH(QStringList, results);
    QFETCH(int, users);
    QFETCH(int, groups);

    ScimFixture fixture;
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
    ScimFixture fixture;
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
    ScimFixture fixture;
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
