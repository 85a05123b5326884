#include "ScimErrorBody.h"
#include "ServerProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <functional>
#include <memory>
#include <unistd.h>
#include <vector>

using muster::test::ScimErrorBody;
using muster::test::ServerProcess;

namespace {

constexpr int DbTimeoutMs = 2000;
// How much longer than --db-timeout an answer may take: a loaded machine, and ASan builds.
constexpr int AnswerSlackMs = 8000;
constexpr int Clients = 6;

QByteArray rawRequest(const QByteArray& method, const QByteArray& path, const QByteArray& token,
                      const QByteArray& body = {})
{
    QByteArray head = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token;
    if (!body.isEmpty())
        head +=
            "\r\nContent-Type: application/scim+json\r\nContent-Length: " + QByteArray::number(body.size());
    return head + "\r\n\r\n" + body;
}

QByteArray newUser(const QString& userName)
{
    return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"" +
           userName.toUtf8() + "\"}";
}

} // namespace

// muster-server on a PostgreSQL cluster of the test's own, which the test stops and starts again while
// clients keep sending reads and writes: during the outage every answer is a 503 with a SCIM error body
// within the database timeout (no crash, no hang, no 500), the server comes back by itself once the
// database does, and every write it acknowledged is there afterwards.
class TestPostgresOutage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void outageAndRecovery();

private:
    // pg_ctl <arguments> on the test's cluster, as the user that owns it.
    bool pgCtl(const QStringList& arguments, QString& output) const;
    // One round: a read and a write per client, all in flight at once; the replies in order.
    struct Answer {
        ServerProcess::Reply reply;
        QByteArray method;
        QString userName; // the user a POST created
        qint64 elapsedMs = 0;
    };
    std::vector<Answer> round(const QString& phase, int number,
                              const std::function<void()>& whileInFlight = {});

    QTemporaryDir m_folder;
    QString m_fixtureDir;
    QString m_dataDir;
    QString m_pgCtl;
    ServerProcess m_server;
    QString m_someUserPath;
    QStringList m_acknowledged; // userNames whose POST got 201
};

void TestPostgresOutage::initTestCase()
{
    QVERIFY(m_folder.isValid());
    const bool required = qEnvironmentVariableIntValue("MUSTER_REQUIRE_POSTGRES") == 1;
    m_fixtureDir = m_folder.filePath(QStringLiteral("postgres"));
    QProcess fixture;
    fixture.setProcessChannelMode(QProcess::MergedChannels);
    fixture.start(QStringLiteral("bash"),
                  {QStringLiteral(MUSTER_SOURCE_DIR "/tests/postgres/postgres-fixture.sh"),
                   QStringLiteral("start"), m_fixtureDir});
    QVERIFY(fixture.waitForFinished(180000));
    const QString output = QString::fromUtf8(fixture.readAll());
    if (fixture.exitCode() == 77 && !required)
        QSKIP("PostgreSQL server binaries are not installed");
    QVERIFY2(fixture.exitCode() == 0, qPrintable(output));

    // Where the fixture put the cluster (see postgres-fixture.sh: <dir>, or the folder <dir>/cluster names).
    QFile clusterFile(m_fixtureDir + u"/cluster");
    const QString base = clusterFile.open(QIODevice::ReadOnly)
                             ? QString::fromUtf8(clusterFile.readAll()).trimmed()
                             : m_fixtureDir;
    m_dataDir = base + u"/data";
    QFile versionFile(m_dataDir + u"/PG_VERSION");
    QVERIFY(versionFile.open(QIODevice::ReadOnly));
    const QString major = QString::fromLatin1(versionFile.readAll()).trimmed();
    const QString bindir = qEnvironmentVariableIsSet("MUSTER_POSTGRES_BINDIR")
                               ? qEnvironmentVariable("MUSTER_POSTGRES_BINDIR")
                               : QStringLiteral("/usr/lib/postgresql/%1/bin").arg(major);
    m_pgCtl = bindir + u"/pg_ctl";
    QVERIFY2(QFile::exists(m_pgCtl), qPrintable(m_pgCtl));

    QFile urlFile(m_fixtureDir + u"/url");
    QVERIFY(urlFile.open(QIODevice::ReadOnly));
    const QString url = QString::fromUtf8(urlFile.readAll()).trimmed();
    QVERIFY2(m_server.start({QStringLiteral("--data"), m_folder.filePath(QStringLiteral("server")),
                             QStringLiteral("--store"), url, QStringLiteral("--db-timeout"),
                             QString::number(DbTimeoutMs), QStringLiteral("--workers"), QStringLiteral("4")}),
             qPrintable(m_server.output()));
}

void TestPostgresOutage::cleanupTestCase()
{
    if (m_server.isRunning())
        QVERIFY2(m_server.terminate() == 0, qPrintable(m_server.output()));
    if (m_fixtureDir.isEmpty())
        return;
    QProcess::execute(QStringLiteral("bash"),
                      {QStringLiteral(MUSTER_SOURCE_DIR "/tests/postgres/postgres-fixture.sh"),
                       QStringLiteral("stop"), m_fixtureDir});
}

bool TestPostgresOutage::pgCtl(const QStringList& arguments, QString& output) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(QDir::rootPath());
    const QStringList command = QStringList{m_pgCtl, QStringLiteral("-D"), m_dataDir} + arguments;
    // PostgreSQL refuses to run as root; the fixture runs it as the postgres user then.
    if (geteuid() == 0)
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")} +
                          command);
    else
        process.start(command.first(), command.mid(1));
    const bool finished = process.waitForFinished(90000);
    output = QString::fromUtf8(process.readAll());
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

std::vector<TestPostgresOutage::Answer> TestPostgresOutage::round(const QString& phase, int number,
                                                                  const std::function<void()>& whileInFlight)
{
    std::vector<Answer> answers;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    std::vector<QElapsedTimer> timers;
    for (int client = 0; client < Clients; ++client) {
        Answer answer;
        if (client % 2 == 0) {
            answer.method = "POST";
            answer.userName = QStringLiteral("%1-%2-%3").arg(phase).arg(number).arg(client);
            sockets.push_back(m_server.sendRaw(
                rawRequest("POST", "/scim/v2/Users", m_server.token(), newUser(answer.userName))));
        } else {
            answer.method = "GET";
            const QByteArray path = client % 4 == 1
                                        ? m_someUserPath.toUtf8()
                                        : QByteArrayLiteral("/scim/v2/Users?filter=userName%20sw%20%22a%22");
            sockets.push_back(m_server.sendRaw(rawRequest("GET", path, m_server.token())));
        }
        timers.emplace_back().start();
        answers.push_back(answer);
    }
    if (whileInFlight)
        whileInFlight();
    for (size_t i = 0; i < sockets.size(); ++i) {
        if (sockets[i])
            answers[i].reply = ServerProcess::readRaw(*sockets[i], DbTimeoutMs + AnswerSlackMs + 60000);
        answers[i].elapsedMs = timers[i].elapsed();
        if (answers[i].method == "POST" && answers[i].reply.status == 201)
            m_acknowledged.append(answers[i].userName);
    }
    return answers;
}

void TestPostgresOutage::outageAndRecovery()
{
    const ServerProcess::Reply first =
        m_server.request("POST", QStringLiteral("/scim/v2/Users"), newUser(u"a-first"_qs));
    QCOMPARE(first.status, 201);
    m_acknowledged.append(QStringLiteral("a-first"));
    m_someUserPath = QStringLiteral("/scim/v2/Users/") + first.json().value(QStringLiteral("id")).toString();
    for (const Answer& answer : round(QStringLiteral("a-before"), 0))
        QVERIFY2(answer.reply.status == 200 || answer.reply.status == 201, answer.reply.body.constData());

    // Stop the database with requests in flight; those may finish either way, but each gets an answer.
    QString output;
    bool stopped = false;
    for (const Answer& answer : round(QStringLiteral("a-stop"), 0, [&] {
             stopped = pgCtl({QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                              QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("fast")},
                             output);
         })) {
        QVERIFY2(answer.reply.status != 0, qPrintable(answer.reply.failure));
        QVERIFY2(answer.reply.status != 500, answer.reply.body.constData());
    }
    QVERIFY2(stopped, qPrintable(output));

    // The outage: every request is refused with 503 and a SCIM body, within the database timeout.
    QElapsedTimer outage;
    outage.start();
    int rounds = 0;
    while (outage.elapsed() < 4000 || rounds < 3) {
        for (const Answer& answer : round(QStringLiteral("a-down"), rounds)) {
            QVERIFY2(answer.reply.status == 503,
                     QByteArray(answer.method + ' ' + QByteArray::number(answer.reply.status) + ' ' +
                                answer.reply.body + ' ' + answer.reply.failure.toUtf8())
                         .constData());
            QVERIFY2(ScimErrorBody::describes(answer.reply.json(), 503), answer.reply.body.constData());
            QCOMPARE(answer.reply.header("retry-after"), QByteArray("1"));
            QVERIFY2(answer.elapsedMs < DbTimeoutMs + AnswerSlackMs,
                     qPrintable(QString::number(answer.elapsedMs)));
        }
        ++rounds;
    }
    QCOMPARE(m_server.request("GET", QStringLiteral("/readyz")).status, 503);
    QVERIFY(m_server.isRunning());

    // The database comes back: the server recovers without a restart.
    QVERIFY2(pgCtl({QStringLiteral("-l"), m_dataDir + u"/../run/postgres.log", QStringLiteral("-w"),
                    QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")},
                   output),
             qPrintable(output));
    QElapsedTimer recovery;
    recovery.start();
    int status = 0;
    while (recovery.elapsed() < 30000) {
        status = m_server.request("GET", m_someUserPath).status;
        if (status == 200)
            break;
        QThread::msleep(200);
    }
    QVERIFY2(status == 200, qPrintable(QStringLiteral("still %1 after 30 s").arg(status)));
    for (int number = 0; number < 3; ++number) {
        for (const Answer& answer : round(QStringLiteral("a-after"), number))
            QVERIFY2(answer.reply.status == 200 || answer.reply.status == 201, answer.reply.body.constData());
    }

    // Every acknowledged write is there.
    for (const QString& userName : std::as_const(m_acknowledged)) {
        const ServerProcess::Reply found = m_server.request(
            "GET", QStringLiteral("/scim/v2/Users?filter=userName eq \"%1\"&count=1").arg(userName));
        QCOMPARE(found.status, 200);
        QVERIFY2(found.json().value(QStringLiteral("totalResults")).toInt() == 1, qPrintable(userName));
    }
}

QTEST_GUILESS_MAIN(TestPostgresOutage)
#include "tst_postgresoutage.moc"
