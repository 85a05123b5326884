#include "ServerProcess.h"
#include "directory/Directory.h"
#include "store/StoreFactory.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using muster::test::ServerProcess;

namespace {

// Words only tenant B's resources hold: no answer to tenant A may contain them.
const QByteArray SecretUserName = "bob.secret@b.example";
const QByteArray SecretGroupName = "B secret group";
const QByteArray SecretEmail = "bob.private@b.example";

QByteArray patchOp(const QByteArray& operation)
{
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[" + operation +
           "]}";
}

QByteArray bulk(const QByteArray& operations)
{
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],\"Operations\":[" +
           operations + "]}";
}

} // namespace

// Tenant isolation against the real server (SQLite): tenant A's tokens (plain and /Me) on every endpoint,
// with tenant B's ids, names and paths, in filters, .search, member references, Bulk operations and /Me. Each
// answer is 403 or 404 (or an empty list or a refused write), never a byte of B's data, and B's resources are
// unchanged afterwards.
class TestTenantIsolation : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void crossTenant_data();
    void crossTenant();
    void tenantBUnchanged();

private:
    QByteArray fill(QByteArray text) const;
    // The ETags of B's user and group, as B reads them; empty when either read fails.
    QByteArray versionsOfB();

    QTemporaryDir m_data;
    ServerProcess m_server;
    QByteArray m_tokenA;
    QByteArray m_meTokenA;
    QByteArray m_tokenB;
    QByteArray m_userB;
    QByteArray m_groupB;
    QByteArray m_userA;
    QByteArray m_groupA;
    QByteArray m_versionsB; // B's user and group as B sees them before the matrix
};

void TestTenantIsolation::initTestCase()
{
    QVERIFY(m_data.isValid());
    // muster-server serves the tenants its store has and makes none but the default: tenant B is made
    // in the SQLite file beforehand, as the desktop app would.
    const QString store = u"sqlite:"_qs + m_data.filePath(QStringLiteral("muster.sqlite"));
    {
        const auto registry = muster::SchemaRegistry::builtIn();
        auto opened = muster::StoreFactory::open(registry, store);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().detail));
        muster::Directory directory(registry, *opened);
        QVERIFY(directory.createTenant(QStringLiteral("b")));
    }
    QVERIFY2(m_server.start({QStringLiteral("--data"), m_data.path(), QStringLiteral("--store"), store}),
             qPrintable(m_server.output()));
    m_tokenA = m_server.token();
    m_tokenB = ServerProcess::createToken(m_data.path(), QStringLiteral("b"),
                                          {QStringLiteral("--tenant"), QStringLiteral("b")});
    QVERIFY(!m_tokenB.isEmpty());

    const auto created = [&](const QString& path, const QByteArray& token, const QByteArray& body) {
        const ServerProcess::Reply reply =
            m_server.request("POST", path, body, {{"Authorization", "Bearer " + token}});
        return reply.status == 201 ? reply.json().value(QStringLiteral("id")).toString().toUtf8()
                                   : QByteArray();
    };
    // The server notices new tokens by watching the file: retry until B's token works.
    const QDeadlineTimer deadline(10000);
    while (m_userB.isEmpty() && !deadline.hasExpired()) {
        m_userB = created(QStringLiteral("/tenants/b/scim/v2/Users"), m_tokenB,
                          "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"" +
                              SecretUserName + "\",\"externalId\":\"ext-b\",\"emails\":[{\"value\":\"" +
                              SecretEmail + "\"}]}");
        if (m_userB.isEmpty())
            QThread::msleep(100);
    }
    QVERIFY2(!m_userB.isEmpty(), qPrintable(m_server.output()));
    m_groupB = created(QStringLiteral("/tenants/b/scim/v2/Groups"), m_tokenB,
                       "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"" +
                           SecretGroupName + "\",\"members\":[{\"value\":\"" + m_userB + "\"}]}");
    QVERIFY(!m_groupB.isEmpty());
    m_userA = created(
        QStringLiteral("/scim/v2/Users"), m_tokenA,
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"alice@a.example\"}");
    m_groupA = created(
        QStringLiteral("/scim/v2/Groups"), m_tokenA,
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"A group\"}");
    QVERIFY(!m_userA.isEmpty() && !m_groupA.isEmpty());
    m_meTokenA = ServerProcess::createToken(m_data.path(), QStringLiteral("a-me"),
                                            {QStringLiteral("--user"), QString::fromUtf8(m_userA)});
    QVERIFY(!m_meTokenA.isEmpty());
    const QDeadlineTimer meDeadline(10000);
    while (m_server.request("GET", QStringLiteral("/scim/v2/Me"), {},
                            {{"Authorization", "Bearer " + m_meTokenA}})
                   .status != 200 &&
           !meDeadline.hasExpired())
        QThread::msleep(100);

    m_versionsB = versionsOfB();
    QVERIFY(!m_versionsB.isEmpty());
}

void TestTenantIsolation::cleanupTestCase()
{
    if (m_server.isRunning())
        QVERIFY2(m_server.terminate() == 0, qPrintable(m_server.output()));
}

QByteArray TestTenantIsolation::versionsOfB()
{
    QByteArray versions;
    const QByteArray paths[] = {"/tenants/b/scim/v2/Users/" + m_userB,
                                "/tenants/b/scim/v2/Groups/" + m_groupB};
    for (const QByteArray& path : paths) {
        const ServerProcess::Reply found =
            m_server.request("GET", QString::fromUtf8(path), {}, {{"Authorization", "Bearer " + m_tokenB}});
        if (found.status != 200)
            return {};
        versions += found.header("etag");
    }
    return versions;
}

QByteArray TestTenantIsolation::fill(QByteArray text) const
{
    return text.replace("{userB}", m_userB)
        .replace("{groupB}", m_groupB)
        .replace("{userA}", m_userA)
        .replace("{groupA}", m_groupA)
        .replace("{secretUser}", SecretUserName)
        .replace("{secretGroup}", SecretGroupName)
        .replace("{secretEmail}", SecretEmail);
}

void TestTenantIsolation::crossTenant_data()
{
    QTest::addColumn<bool>("meToken");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    // Statuses allowed; 200 only with an empty list (totalResults 0).
    QTest::addColumn<QList<int>>("allowed");

    const QList<int> forbidden{403};
    const QList<int> notFound{404};
    const QList<int> emptyList{200};
    const QList<int> refusedReference{400, 404, 409};
    // A PATCH that adds a member unknown to the tenant skips it (as identity providers expect): 204, and
    // tenantBUnchanged checks that A's group gained nothing.
    const QList<int> skippedReference{204, 400, 404, 409};
    const QByteArray otherTenant = "/tenants/b/scim/v2";
    // A's token on B's paths: 403 whatever the endpoint.
    for (const QByteArray endpoint :
         {"/Users", "/Users/{userB}", "/Groups", "/Groups/{groupB}", "/Me", "/Schemas", "/ResourceTypes",
          "/ServiceProviderConfig", "/Users?filter=userName%20eq%20%22{secretUser}%22"}) {
        QTest::addRow("B's path, GET %s", endpoint.constData())
            << false << QByteArray("GET") << otherTenant + endpoint << QByteArray() << forbidden;
        QTest::addRow("B's path with /Me token, GET %s", endpoint.constData())
            << true << QByteArray("GET") << otherTenant + endpoint << QByteArray() << forbidden;
    }
    for (const QByteArray method : {"PUT", "PATCH", "DELETE"}) {
        QTest::addRow("B's path, %s user", method.constData())
            << false << method << otherTenant + "/Users/{userB}"
            << (method == "PATCH"
                    ? patchOp("{\"op\":\"replace\",\"path\":\"active\",\"value\":false}")
                    : QByteArray("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                                 "\"userName\":\"stolen\"}"))
            << forbidden;
    }
    QTest::newRow("B's path, POST user")
        << false << QByteArray("POST") << otherTenant + "/Users"
        << QByteArray("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                      "\"userName\":\"planted\"}")
        << forbidden;
    QTest::newRow("B's path, .search")
        << false << QByteArray("POST") << otherTenant + "/.search"
        << QByteArray("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"]}") << forbidden;
    QTest::newRow("B's path, Bulk") << false << QByteArray("POST") << otherTenant + "/Bulk"
                                    << bulk("{\"method\":\"DELETE\",\"path\":\"/Users/{userB}\"}")
                                    << forbidden;

    // A's own paths with B's ids: 404, as if they did not exist.
    for (const QByteArray method : {"GET", "PUT", "PATCH", "DELETE"}) {
        for (const QByteArray resource : {"/Users/{userB}", "/Groups/{groupB}"}) {
            QByteArray body;
            if (method == "PATCH")
                body = patchOp("{\"op\":\"add\",\"path\":\"externalId\",\"value\":\"x\"}");
            else if (method == "PUT")
                body =
                    resource.startsWith("/Users")
                        ? "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"x\"}"
                        : "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":"
                          "\"x\"}";
            QTest::addRow("B's id, %s %s", method.constData(), resource.constData())
                << false << method << "/scim/v2" + resource << body << notFound;
        }
    }
    QTest::newRow("B's id, GET with attributes")
        << false << QByteArray("GET") << QByteArray("/scim/v2/Users/{userB}?attributes=userName,emails")
        << QByteArray() << notFound;

    // Filters and searches naming B's values find nothing.
    for (const QByteArray filter :
         {"userName%20eq%20%22{secretUser}%22", "emails.value%20co%20%22b.example%22",
          "id%20eq%20%22{userB}%22", "externalId%20eq%20%22ext-b%22", "groups.value%20eq%20%22{groupB}%22"}) {
        QTest::addRow("filter Users %s", filter.constData())
            << false << QByteArray("GET") << "/scim/v2/Users?filter=" + filter << QByteArray() << emptyList;
    }
    for (const QByteArray filter : {"displayName%20eq%20%22{secretGroup}%22",
                                    "members.value%20eq%20%22{userB}%22", "id%20eq%20%22{groupB}%22"}) {
        QTest::addRow("filter Groups %s", filter.constData())
            << false << QByteArray("GET") << "/scim/v2/Groups?filter=" + filter << QByteArray() << emptyList;
    }
    QTest::newRow("root .search")
        << false << QByteArray("POST") << QByteArray("/scim/v2/.search")
        << QByteArray("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
                      "\"filter\":\"emails.value co \\\"b.example\\\" or displayName eq "
                      "\\\"{secretGroup}\\\"\"}")
        << emptyList;
    QTest::newRow("/Me, own user only")
        << true << QByteArray("GET") << QByteArray("/scim/v2/Me?attributes=userName") << QByteArray()
        << QList<int>{200};

    // References to B's resources from A's writes are refused, not resolved.
    QTest::newRow("new group with B's user")
        << false << QByteArray("POST") << QByteArray("/scim/v2/Groups")
        << QByteArray("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                      "\"displayName\":\"thief\",\"members\":[{\"value\":\"{userB}\"}]}")
        << refusedReference;
    QTest::newRow("add B's user to A's group")
        << false << QByteArray("PATCH") << QByteArray("/scim/v2/Groups/{groupA}")
        << patchOp("{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"{userB}\"}]}")
        << skippedReference;
    QTest::newRow("add B's group to A's group")
        << false << QByteArray("PATCH") << QByteArray("/scim/v2/Groups/{groupA}")
        << patchOp("{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"{groupB}\"}]}")
        << skippedReference;
}

void TestTenantIsolation::crossTenant()
{
    QFETCH(bool, meToken);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    QFETCH(QList<int>, allowed);

    const QByteArray token = meToken ? m_meTokenA : m_tokenA;
    const ServerProcess::Reply reply = m_server.request(method, QString::fromUtf8(fill(path)), fill(body),
                                                        {{"Authorization", "Bearer " + token}});
    QVERIFY2(allowed.contains(reply.status),
             qPrintable(QString::number(reply.status) + u' ' + QString::fromUtf8(reply.body)));
    if (reply.status == 200 && reply.json().contains(QStringLiteral("totalResults")))
        QCOMPARE(reply.json().value(QStringLiteral("totalResults")).toInt(), 0);
    for (const QByteArray& secret : {SecretUserName, SecretGroupName, SecretEmail, QByteArray("ext-b")}) {
        // The request itself may name B's values; the answer must not hand them back beyond that.
        if (!fill(path + body).contains(secret))
            QVERIFY2(!reply.body.contains(secret), reply.body.constData());
    }
}

void TestTenantIsolation::tenantBUnchanged()
{
    // Bulk with B's ids inside A's tenant: every operation fails with 404.
    const ServerProcess::Reply reply = m_server.request(
        "POST", QStringLiteral("/scim/v2/Bulk"),
        fill(bulk(
            "{\"method\":\"PATCH\",\"path\":\"/Users/{userB}\",\"data\":" +
            patchOp("{\"op\":\"replace\",\"path\":\"active\",\"value\":false}") +
            "},{\"method\":\"DELETE\",\"path\":\"/Groups/{groupB}\"},{\"method\":\"PUT\",\"path\":\"/Users/"
            "{userB}\",\"data\":{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":"
            "\"x\"}},{\"method\":\"POST\",\"path\":\"/Groups\",\"data\":{\"displayName\":\"g\",\"members\":[{"
            "\"value\":\"{userB}\"}]}}")),
        {{"Authorization", "Bearer " + m_tokenA}});
    QCOMPARE(reply.status, 200);
    const QJsonArray operations = reply.json().value(QStringLiteral("Operations")).toArray();
    QCOMPARE(operations.size(), 4);
    for (const auto operation : operations) {
        const int status = operation.toObject().value(QStringLiteral("status")).toString().toInt();
        QVERIFY2(status == 404 || status == 400 || status == 409, reply.body.constData());
    }
    QVERIFY(!reply.body.contains(SecretUserName) && !reply.body.contains(SecretGroupName));

    // B's user and group are as they were, and A's group holds none of B's resources.
    QCOMPARE(versionsOfB(), m_versionsB);
    const ServerProcess::Reply groupA =
        m_server.request("GET", QStringLiteral("/scim/v2/Groups/") + QString::fromUtf8(m_groupA));
    QCOMPARE(groupA.status, 200);
    QVERIFY2(groupA.json().value(QStringLiteral("members")).toArray().isEmpty(), groupA.body.constData());
}

QTEST_GUILESS_MAIN(TestTenantIsolation)
#include "tst_tenantisolation.moc"
