#include "ReplaySeed.h"
#include "ScimWriteLoad.h"
#include "ServerProcess.h"
#include "SqliteIntegrity.h"
#include "UserLedger.h"
#include "resource/Resource.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using muster::Resource;
using muster::test::ReplaySeed;
using muster::test::ScimWriteLoad;
using muster::test::ServerProcess;
using muster::test::SqliteIntegrity;
using muster::test::UserLedger;

// muster-server on SQLite killed with SIGKILL while 16 clients write: after every restart each write that
// was answered with 2xx is there, nothing that was never sent is, and the file is intact.
//
// muster-server offers no way to choose SQLite's synchronous mode (StoreFactory gets the default
// options), so this runs the default, NORMAL; tst_crashstore covers FULL one level down.
class TestCrashWrites : public QObject {
    Q_OBJECT

private:
    static constexpr int Rounds = 20;
    static constexpr int Connections = 16;

    // Every user the restarted server lists, by userName, through cursor pages of 1000.
    static bool listUsers(ServerProcess& server, QHash<QString, UserLedger::Listed>& users, QString& error)
    {
        QString cursor;
        while (true) {
            const auto page = server.request(
                "GET", QStringLiteral("/scim/v2/Users?count=1000&attributes=userName,meta&cursor=") +
                           QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
            if (page.status != 200) {
                error = QStringLiteral("listing answered %1: %2")
                            .arg(page.status)
                            .arg(QString::fromUtf8(page.body.left(300)));
                return false;
            }
            const QJsonObject list = page.json();
            for (const auto value : list.value(QStringLiteral("Resources")).toArray()) {
                const QJsonObject user = value.toObject();
                const auto version = Resource::versionFromEtag(user.value(QStringLiteral("meta"))
                                                                   .toObject()
                                                                   .value(QStringLiteral("version"))
                                                                   .toString());
                users.insert(user.value(QStringLiteral("userName")).toString(),
                             {user.value(QStringLiteral("id")).toString(), version.value_or(0)});
            }
            cursor = list.value(QStringLiteral("nextCursor")).toString();
            if (cursor.isEmpty())
                return true;
        }
    }

    // The users whose last acknowledged write came from load `round` (1-based; 0: from any load), read one
    // by one: present at the acknowledged version, or gone when the answer was to a DELETE.
    static QStringList readAcknowledged(ServerProcess& server, const UserLedger& ledger, int round)
    {
        QStringList problems;
        for (qsizetype index = 0; index < ledger.size(); ++index) {
            const UserLedger::Entry& entry = ledger.entry(int(index));
            if (entry.acknowledgedRound < 1 || (round != 0 && entry.acknowledgedRound != round))
                continue;
            const auto reply = server.request("GET", QStringLiteral("/scim/v2/Users/") + entry.id);
            if (entry.state == UserLedger::State::Deleted) {
                if (reply.status != 404)
                    problems.append(QStringLiteral("GET of %1 (%2), deleted with 2xx, answered %3")
                                        .arg(entry.userName, entry.id)
                                        .arg(reply.status));
            } else if (reply.status != 200 ||
                       reply.header("etag") != Resource::etagFor(entry.version).toLatin1() ||
                       reply.json().value(QStringLiteral("userName")).toString() != entry.userName) {
                problems.append(QStringLiteral("GET of %1 (%2), acknowledged at version %3, answered %4 %5")
                                    .arg(entry.userName, entry.id)
                                    .arg(entry.version)
                                    .arg(reply.status)
                                    .arg(QString::fromLatin1(reply.header("etag"))));
            }
        }
        return problems;
    }

    quint32 m_seed = 0;

private slots:
    void initTestCase() { m_seed = ReplaySeed::take(); }

    void acknowledgedWritesSurviveKills()
    {
        QRandomGenerator random(m_seed);
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QString file = data.filePath(QStringLiteral("muster.db"));
        const QStringList arguments{QStringLiteral("--data"), data.path(), QStringLiteral("--store"),
                                    QStringLiteral("sqlite:") + file};
        ServerProcess server;
        UserLedger ledger;
        QElapsedTimer clock;
        clock.start();

        // Round r starts the server (again), checks what load r - 1 left, then loads and kills it.
        for (int round = 1; round <= Rounds + 1; ++round) {
            QVERIFY2(server.start(arguments), qPrintable(server.output()));
            QVERIFY2(!server.token().isEmpty(), qPrintable(server.output()));

            // What the restarted server holds against what its predecessor acknowledged.
            QHash<QString, UserLedger::Listed> users;
            QString error;
            QVERIFY2(listUsers(server, users, error), qPrintable(error));
            const UserLedger::Reconciliation reconciliation = ledger.reconcile(users);
            QVERIFY2(reconciliation.problems.isEmpty(),
                     qPrintable(QStringLiteral("after kill %1: %2 problem(s):\n")
                                    .arg(round - 1)
                                    .arg(reconciliation.problems.size()) +
                                reconciliation.problems.mid(0, 20).join(u'\n')));
            QVERIFY2(reconciliation.inFlight <= Connections,
                     qPrintable(QStringLiteral("%1 writes in flight").arg(reconciliation.inFlight)));
            const QStringList unread = readAcknowledged(server, ledger, round - 1);
            QVERIFY2(unread.isEmpty(), qPrintable(unread.mid(0, 20).join(u'\n')));
            if (round > 1)
                qInfo("after kill %d: %lld users, %d writes were in flight, %d of them applied", round - 1,
                      qlonglong(users.size()), reconciliation.inFlight, reconciliation.inFlightApplied);
            if (round == Rounds + 1) {
                // Once more, every user any load was answered about, read by id.
                const QStringList unreadAny = readAcknowledged(server, ledger, 0);
                QVERIFY2(unreadAny.isEmpty(), qPrintable(unreadAny.mid(0, 20).join(u'\n')));
                break;
            }

            // Writes as fast as the connections go, until a SIGKILL at a random moment.
            const int killAfterMs = 100 + int(random.bounded(701));
            ScimWriteLoad load(ledger, random, round);
            QEventLoop loop;
            connect(&load, &ScimWriteLoad::idle, &loop, &QEventLoop::quit);
            bool diedEarly = false;
            QTimer::singleShot(killAfterMs, &loop, [&] {
                diedEarly = !server.isRunning();
                server.kill();
                load.stop();
            });
            QTimer::singleShot(killAfterMs + 30000, &loop, &QEventLoop::quit);
            load.start(server.port(), server.token(), Connections);
            loop.exec();
            QVERIFY2(!diedEarly, qPrintable(server.output()));
            QVERIFY2(load.isIdle(), "requests still in flight 30 s after the kill");
            QVERIFY2(load.unexpected().isEmpty(), qPrintable(load.unexpected().mid(0, 20).join(u'\n')));
            qInfo("round %d: killed after %d ms, %d writes sent, %d acknowledged", round, killAfterMs,
                  load.sent(), load.acknowledged());

            const QString integrity = SqliteIntegrity::check(file);
            QVERIFY2(integrity == QLatin1String("ok"),
                     qPrintable(QStringLiteral("after kill %1: %2").arg(round).arg(integrity)));
        }
        QCOMPARE(server.terminate(), 0);
        qInfo("%d kills in %lld ms, %lld users written", Rounds, qlonglong(clock.elapsed()),
              qlonglong(ledger.size()));
    }
};

QTEST_GUILESS_MAIN(TestCrashWrites)
#include "tst_crashwrites.moc"
