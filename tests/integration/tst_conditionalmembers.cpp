#include "ServerProcess.h"
#include "resource/Resource.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <thread>
#include <vector>

using muster::Resource;
using muster::test::ServerProcess;

namespace {

constexpr int Clients = 32;
constexpr int UsersPerClient = 6;

QByteArray rawRequest(const QByteArray& method, const QString& path, const QByteArray& token,
                      const QByteArray& ifMatch = {}, const QByteArray& body = {})
{
    QByteArray head =
        method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token;
    if (!ifMatch.isEmpty())
        head += "\r\nIf-Match: " + ifMatch;
    if (!body.isEmpty())
        head +=
            "\r\nContent-Type: application/scim+json\r\nContent-Length: " + QByteArray::number(body.size());
    return head + "\r\n\r\n" + body;
}

QByteArray memberPatch(bool add, const QString& userId)
{
    const QByteArray operation =
        add ? QByteArray("{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + userId.toUtf8() +
                         "\"}]}")
            : QByteArray("{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + userId.toUtf8() +
                         "\\\"]\"}");
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[" + operation +
           "]}";
}

quint64 versionOf(const QByteArray& etag)
{
    return Resource::versionFromEtag(QString::fromLatin1(etag)).value_or(0);
}

// What one client did: its users in the group at the end, the versions its successful PATCHes produced,
// and the versions its refused ones (412) were based on.
struct ClientLog {
    QSet<QString> members;
    QList<quint64> written;
    QList<quint64> refusedAt;
    int requests = 0;
    QString failure;
};

} // namespace

// 32 clients add and remove members of one group with conditional PATCHes (If-Match with the version
// each just read) for a bounded time (MUSTER_CONCURRENCY_SECONDS, default 10) on SQLite. Each client
// only touches users of its own, so the final membership follows from the PATCHes that were
// acknowledged: no lost update. Each 412 is explained by a real race: another PATCH was acknowledged
// with a newer version than the one the refused PATCH was based on.
class TestConditionalMembers : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void noLostUpdates();

private:
    void runClient(int client, const QStringList& users, ClientLog& log, qint64 durationMs) const;

    QTemporaryDir m_folder;
    ServerProcess m_server;
    QString m_groupPath;
};

void TestConditionalMembers::initTestCase()
{
    QVERIFY(m_folder.isValid());
    QVERIFY2(m_server.start({QStringLiteral("--data"), m_folder.path()}), qPrintable(m_server.output()));
    const ServerProcess::Reply group = m_server.request(
        "POST", QStringLiteral("/scim/v2/Groups"),
        QByteArrayLiteral(
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"race\"}"));
    QCOMPARE(group.status, 201);
    m_groupPath = QStringLiteral("/scim/v2/Groups/") + group.json().value(QStringLiteral("id")).toString();
}

void TestConditionalMembers::cleanupTestCase()
{
    if (m_server.isRunning())
        QVERIFY2(m_server.terminate() == 0, qPrintable(m_server.output()));
}

void TestConditionalMembers::runClient(int client, const QStringList& users, ClientLog& log,
                                       qint64 durationMs) const
{
    QRandomGenerator random(quint32(client) + 1);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < durationMs) {
        const ServerProcess::Reply read = m_server.rawRequest(
            rawRequest("GET", m_groupPath + u"?excludedAttributes=members", m_server.token()));
        ++log.requests;
        if (read.status != 200) {
            log.failure = QStringLiteral("GET answered %1: %2 %3")
                              .arg(read.status)
                              .arg(QString::fromUtf8(read.body), read.failure);
            return;
        }
        const QByteArray etag = read.header("etag");
        const QString user = users.at(random.bounded(users.size()));
        const bool add = !log.members.contains(user);
        const ServerProcess::Reply write = m_server.rawRequest(
            rawRequest("PATCH", m_groupPath, m_server.token(), etag, memberPatch(add, user)));
        ++log.requests;
        if (write.status == 412) {
            log.refusedAt.append(versionOf(etag));
            continue;
        }
        if (write.status != 200 && write.status != 204) {
            log.failure = QStringLiteral("PATCH answered %1: %2 %3")
                              .arg(write.status)
                              .arg(QString::fromUtf8(write.body), write.failure);
            return;
        }
        log.written.append(versionOf(write.header("etag")));
        if (add)
            log.members.insert(user);
        else
            log.members.remove(user);
    }
}

void TestConditionalMembers::noLostUpdates()
{
    // The users, created in one Bulk request: UsersPerClient for each client.
    QByteArrayList operations;
    for (int i = 0; i < Clients * UsersPerClient; ++i)
        operations.append("{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"u" + QByteArray::number(i) +
                          "\",\"data\":{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                          "\"userName\":\"racer-" +
                          QByteArray::number(i) + "\"}}");
    const ServerProcess::Reply bulk = m_server.request(
        "POST", QStringLiteral("/scim/v2/Bulk"),
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],\"Operations\":[" +
            operations.join(',') + "]}");
    QCOMPARE(bulk.status, 200);
    QList<QStringList> usersOf(Clients);
    for (const auto value : bulk.json().value(QStringLiteral("Operations")).toArray()) {
        const QJsonObject operation = value.toObject();
        QCOMPARE(operation.value(QStringLiteral("status")).toString(), QStringLiteral("201"));
        const int index = operation.value(QStringLiteral("bulkId")).toString().mid(1).toInt();
        usersOf[index % Clients].append(
            operation.value(QStringLiteral("location")).toString().section(u'/', -1));
    }

    const qint64 durationMs = 1000 * qint64(qEnvironmentVariableIsSet("MUSTER_CONCURRENCY_SECONDS")
                                                ? qEnvironmentVariableIntValue("MUSTER_CONCURRENCY_SECONDS")
                                                : 10);
    std::vector<ClientLog> logs(Clients);
    std::vector<std::thread> threads;
    for (int client = 0; client < Clients; ++client)
        threads.emplace_back([&, client] { runClient(client, usersOf[client], logs[client], durationMs); });
    for (std::thread& thread : threads)
        thread.join();

    QSet<QString> expected;
    QList<quint64> written;
    int refused = 0;
    int requests = 0;
    for (const ClientLog& log : logs) {
        QVERIFY2(log.failure.isEmpty(), qPrintable(log.failure));
        expected.unite(log.members);
        written += log.written;
        refused += int(log.refusedAt.size());
        requests += log.requests;
    }
    QVERIFY2(!written.isEmpty(), "no PATCH succeeded");
    // Every PATCH changes the group, and each change is one version up: the acknowledged writes hold
    // every version from the first to the newest exactly once (two writes never both won one version).
    std::sort(written.begin(), written.end());
    for (qsizetype i = 1; i < written.size(); ++i)
        QCOMPARE(written[i], written[i - 1] + 1);
    const QSet<quint64> won(written.begin(), written.end());
    // A 412 for a PATCH based on version v is explained by the write that won v + 1.
    for (const ClientLog& log : logs) {
        for (const quint64 version : log.refusedAt)
            QVERIFY2(
                won.contains(version + 1),
                qPrintable(
                    QStringLiteral("a 412 at version %1 that no acknowledged write explains").arg(version)));
    }

    const ServerProcess::Reply final = m_server.request("GET", m_groupPath);
    QCOMPARE(final.status, 200);
    QSet<QString> members;
    for (const auto member : final.json().value(QStringLiteral("members")).toArray())
        members.insert(member.toObject().value(QStringLiteral("value")).toString());
    QCOMPARE(members, expected);
    QCOMPARE(versionOf(final.header("etag")), written.last());
    qInfo("%d requests, %lld PATCHes applied, %d refused with 412, %lld members at the end", requests,
          qlonglong(written.size()), refused, qlonglong(members.size()));
}

QTEST_GUILESS_MAIN(TestConditionalMembers)
#include "tst_conditionalmembers.moc"
