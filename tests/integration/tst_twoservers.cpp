#include "PostgresTestDatabase.h"
#include "ServerProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using muster::PostgresTestDatabase;
using muster::test::ServerProcess;

// Fails the test with the text when it is not empty.
#define QVERIFY2_EMPTY(problemText)                                                                          \
    do {                                                                                                     \
        const QString problem = (problemText);                                                               \
        QVERIFY2(problem.isEmpty(), qPrintable(problem));                                                    \
    } while (false)

namespace {

constexpr qint64 AllowedMs = 100;

QJsonObject user(const QString& userName)
{
    return QJsonObject{
        {QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
        {QStringLiteral("userName"), userName}};
}

QJsonObject patch(const QString& op, const QString& path, const QJsonValue& value)
{
    return QJsonObject{
        {QStringLiteral("schemas"),
         QJsonArray{QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp")}},
        {QStringLiteral("Operations"),
         QJsonArray{QJsonObject{
             {QStringLiteral("op"), op}, {QStringLiteral("path"), path}, {QStringLiteral("value"), value}}}}};
}

} // namespace

// Two muster-server processes on one PostgreSQL database, as behind a load balancer: what one writes,
// the other answers in its new version (ETag and meta.version) within 100 ms, although it had the old
// version in its caches. No message passes between them: the caches are keyed by the version that the
// database reports on every read.
class TestTwoServers : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void getByIdSeesTheOtherServersWrite();
    void filterSeesTheOtherServersWrite();
    void patchedGroupIsSeenByTheOtherServer();

private:
    // Asks `server` for `path` until the answer's version is `version` (meta.version of the resource that
    // `pick` takes from the JSON answer, else the ETag). Empty when that took at most AllowedMs from now,
    // else what went wrong.
    static QString waitForVersion(ServerProcess& server, const QString& path, const QString& version,
                                  const std::function<QJsonObject(const QJsonObject&)>& pick = {});

    QTemporaryDir m_folder;
    QString m_database;
    ServerProcess m_writer;
    ServerProcess m_reader;
};

void TestTwoServers::initTestCase()
{
    if (!PostgresTestDatabase::url())
        QSKIP("No PostgreSQL server (tests/postgres)");
    QVERIFY(m_folder.isValid());
    m_database = PostgresTestDatabase::createScratchDatabase(QStringLiteral("two_servers"));
    QVERIFY(!m_database.isEmpty());
    QVERIFY2(m_writer.start({QStringLiteral("--data"), m_folder.filePath(QStringLiteral("writer")),
                             QStringLiteral("--store"), m_database}),
             qPrintable(m_writer.output()));
    QVERIFY2(m_reader.start({QStringLiteral("--data"), m_folder.filePath(QStringLiteral("reader")),
                             QStringLiteral("--store"), m_database}),
             qPrintable(m_reader.output()));
}

void TestTwoServers::cleanupTestCase()
{
    if (m_writer.isRunning())
        m_writer.terminate();
    if (m_reader.isRunning())
        m_reader.terminate();
    if (!m_database.isEmpty())
        PostgresTestDatabase::dropScratchDatabase(m_database);
}

QString TestTwoServers::waitForVersion(ServerProcess& server, const QString& path, const QString& version,
                                       const std::function<QJsonObject(const QJsonObject&)>& pick)
{
    QElapsedTimer timer;
    timer.start();
    QString seen;
    do {
        const ServerProcess::Reply reply = server.request("GET", path);
        if (reply.status != 200)
            return QStringLiteral("%1 answered %2").arg(path).arg(reply.status);
        const QJsonObject resource = pick ? pick(reply.json()) : reply.json();
        seen = resource.value(QStringLiteral("meta")).toObject().value(QStringLiteral("version")).toString();
        if (!pick && QString::fromLatin1(reply.header("etag")) != seen)
            return QStringLiteral("%1: ETag %2 but meta.version %3")
                .arg(path, QString::fromLatin1(reply.header("etag")), seen);
        if (seen == version)
            return {};
    } while (timer.elapsed() <= AllowedMs);
    return QStringLiteral("%1 still answers version %2 after %3 ms, not %4")
        .arg(path, seen)
        .arg(timer.elapsed())
        .arg(version);
}

void TestTwoServers::getByIdSeesTheOtherServersWrite()
{
    const ServerProcess::Reply created =
        m_writer.request("POST", QStringLiteral("/scim/v2/Users"), user(QStringLiteral("alice")));
    QCOMPARE(created.status, 201);
    const QString path =
        QStringLiteral("/scim/v2/Users/") + created.json().value(QStringLiteral("id")).toString();
    QVERIFY2_EMPTY(waitForVersion(m_reader, path, QString::fromLatin1(created.header("etag"))));
    QVERIFY2_EMPTY(
        waitForVersion(m_reader, path, QString::fromLatin1(created.header("etag")))); // now from its caches

    const ServerProcess::Reply patched = m_writer.request(
        "PATCH", path, patch(QStringLiteral("replace"), QStringLiteral("title"), QStringLiteral("Guide")));
    QCOMPARE(patched.status, 204);
    QVERIFY(patched.header("etag") != created.header("etag"));
    QVERIFY2_EMPTY(waitForVersion(m_reader, path, QString::fromLatin1(patched.header("etag"))));
    QCOMPARE(m_reader.request("GET", path).json().value(QStringLiteral("title")).toString(),
             QStringLiteral("Guide"));
}

void TestTwoServers::filterSeesTheOtherServersWrite()
{
    const ServerProcess::Reply created =
        m_writer.request("POST", QStringLiteral("/scim/v2/Users"), user(QStringLiteral("bob")));
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(QStringLiteral("id")).toString();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("filter"), QStringLiteral("userName eq \"bob\""));
    const QString path = QStringLiteral("/scim/v2/Users?") + query.toString(QUrl::FullyEncoded);
    const auto first = [](const QJsonObject& list) {
        return list.value(QStringLiteral("Resources")).toArray().at(0).toObject();
    };
    QVERIFY2_EMPTY(waitForVersion(m_reader, path, QString::fromLatin1(created.header("etag")), first));

    const ServerProcess::Reply patched = m_writer.request(
        "PATCH", QStringLiteral("/scim/v2/Users/") + id,
        patch(QStringLiteral("replace"), QStringLiteral("displayName"), QStringLiteral("Bob B.")));
    QCOMPARE(patched.status, 204);
    QVERIFY2_EMPTY(waitForVersion(m_reader, path, QString::fromLatin1(patched.header("etag")), first));
    QCOMPARE(first(m_reader.request("GET", path).json()).value(QStringLiteral("displayName")).toString(),
             QStringLiteral("Bob B."));
}

void TestTwoServers::patchedGroupIsSeenByTheOtherServer()
{
    const ServerProcess::Reply member =
        m_writer.request("POST", QStringLiteral("/scim/v2/Users"), user(QStringLiteral("carol")));
    QCOMPARE(member.status, 201);
    const QString memberId = member.json().value(QStringLiteral("id")).toString();
    const ServerProcess::Reply created = m_writer.request(
        "POST", QStringLiteral("/scim/v2/Groups"),
        QJsonObject{{QStringLiteral("schemas"),
                     QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group")}},
                    {QStringLiteral("displayName"), QStringLiteral("Team")}});
    QCOMPARE(created.status, 201);
    const QString path =
        QStringLiteral("/scim/v2/Groups/") + created.json().value(QStringLiteral("id")).toString();
    QVERIFY2_EMPTY(waitForVersion(m_reader, path, QString::fromLatin1(created.header("etag"))));

    const ServerProcess::Reply patched =
        m_writer.request("PATCH", path,
                         patch(QStringLiteral("add"), QStringLiteral("members"),
                               QJsonArray{QJsonObject{{QStringLiteral("value"), memberId}}}));
    QCOMPARE(patched.status, 204);
    QVERIFY2_EMPTY(waitForVersion(m_reader, path, QString::fromLatin1(patched.header("etag"))));
    const QJsonArray members =
        m_reader.request("GET", path).json().value(QStringLiteral("members")).toArray();
    QCOMPARE(members.size(), 1);
    QCOMPARE(members.at(0).toObject().value(QStringLiteral("value")).toString(), memberId);
}

QTEST_GUILESS_MAIN(TestTwoServers)
#include "tst_twoservers.moc"
