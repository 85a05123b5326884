#include "ScimErrorBody.h"
#include "ServerProcess.h"
#include "SqliteIntegrity.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using muster::test::ScimErrorBody;
using muster::test::ServerProcess;
using muster::test::SqliteIntegrity;

namespace {

// Small enough to fill in a few seconds, large enough for the empty database, its WAL and the tokens.
constexpr int TmpfsKiB = 3072;
// Each user carries this much text, so that the disk fills after a few hundred writes.
const QString Padding = QString(1500, u'x');

bool run(const QString& program, const QStringList& arguments, QString& output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool finished = process.waitForFinished(30000);
    output = QString::fromUtf8(process.readAll());
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

QByteArray newUser(int number)
{
    return QStringLiteral("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":"
                          "\"full-%1\",\"displayName\":\"%2\"}")
        .arg(number)
        .arg(Padding)
        .toUtf8();
}

} // namespace

// muster-server with its SQLite file on a tmpfs of a few MiB that the writes fill up: once the disk is
// full, writes fail with 507 or 500 and a SCIM body, reads go on working, and nothing acknowledged is
// lost or damaged: the file passes PRAGMA integrity_check, and after the tmpfs grows and the server
// restarts, every acknowledged user is there and writes work again. Mounting needs root: QSKIP otherwise.
class TestDiskFull : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fullDiskKeepsWhatWasAcknowledged();

private:
    // Every user whose userName starts with "full-", by userName.
    QSet<QString> listedUsers(QString& error);

    QTemporaryDir m_folder;
    QString m_mountPoint;
    bool m_mounted = false;
    ServerProcess m_server;
};

void TestDiskFull::initTestCase()
{
    if (geteuid() != 0)
        QSKIP("mounting the small tmpfs that this test fills needs root");
    QVERIFY(m_folder.isValid());
    m_mountPoint = m_folder.filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(m_mountPoint));
    QString output;
    if (!run(QStringLiteral("mount"),
             {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
              QStringLiteral("size=%1k").arg(TmpfsKiB), QStringLiteral("muster-diskfull"), m_mountPoint},
             output))
        QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here: ") + output.trimmed()));
    m_mounted = true;
}

void TestDiskFull::cleanupTestCase()
{
    if (m_server.isRunning())
        m_server.kill();
    QString output;
    if (m_mounted)
        QVERIFY2(run(QStringLiteral("umount"), {m_mountPoint}, output), qPrintable(output));
}

QSet<QString> TestDiskFull::listedUsers(QString& error)
{
    QSet<QString> users;
    for (int start = 1;; start += 500) {
        const ServerProcess::Reply page = m_server.request(
            "GET",
            QStringLiteral(
                "/scim/v2/Users?filter=userName sw \"full-\"&attributes=userName&count=500&startIndex=%1")
                .arg(start));
        if (page.status != 200) {
            error =
                QStringLiteral("listing answered %1: %2").arg(page.status).arg(QString::fromUtf8(page.body));
            return {};
        }
        const QJsonArray resources = page.json().value(QStringLiteral("Resources")).toArray();
        for (const auto user : resources)
            users.insert(user.toObject().value(QStringLiteral("userName")).toString());
        if (resources.size() < 500)
            return users;
    }
}

void TestDiskFull::fullDiskKeepsWhatWasAcknowledged()
{
    const QString database = m_mountPoint + u"/muster.sqlite";
    const QStringList arguments{QStringLiteral("--data"), m_mountPoint, QStringLiteral("--store"),
                                u"sqlite:"_qs + database};
    QVERIFY2(m_server.start(arguments), qPrintable(m_server.output()));

    QSet<QString> acknowledged;
    QString firstUserPath;
    int refused = 0;
    for (int number = 0; refused < 20 && number < 20000; ++number) {
        const ServerProcess::Reply reply =
            m_server.request("POST", QStringLiteral("/scim/v2/Users"), newUser(number));
        if (reply.status == 201) {
            acknowledged.insert(QStringLiteral("full-%1").arg(number));
            if (firstUserPath.isEmpty())
                firstUserPath =
                    QStringLiteral("/scim/v2/Users/") + reply.json().value(QStringLiteral("id")).toString();
            continue;
        }
        QVERIFY2(reply.status == 507 || reply.status == 500, reply.body.constData());
        QVERIFY2(ScimErrorBody::describes(reply.json(), reply.status), reply.body.constData());
        ++refused;
    }
    QVERIFY2(refused == 20, "the disk never filled up");
    QVERIFY2(acknowledged.size() > 10, qPrintable(QString::number(acknowledged.size())));

    // Reads keep working on the full disk, and show every acknowledged write.
    QCOMPARE(m_server.request("GET", firstUserPath).status, 200);
    QString error;
    QSet<QString> listed = listedUsers(error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(listed, acknowledged);

    QCOMPARE(m_server.terminate(), 0);
    QCOMPARE(SqliteIntegrity::check(database), QStringLiteral("ok"));

    // More room: the restarted server has everything and takes writes again.
    QString output;
    QVERIFY2(run(QStringLiteral("mount"),
                 {QStringLiteral("-o"), QStringLiteral("remount,size=%1k").arg(TmpfsKiB * 4), m_mountPoint},
                 output),
             qPrintable(output));
    QVERIFY2(m_server.start(arguments), qPrintable(m_server.output()));
    listed = listedUsers(error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(listed, acknowledged);
    QCOMPARE(m_server.request("POST", QStringLiteral("/scim/v2/Users"), newUser(-1)).status, 201);
    QCOMPARE(m_server.terminate(), 0);
    QCOMPARE(SqliteIntegrity::check(database), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
