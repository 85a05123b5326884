#include "ReplaySeed.h"
#include "SqliteIntegrity.h"
#include "schema/SchemaRegistry.h"
#include "store/StoreFactory.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace muster;
using muster::test::ReplaySeed;
using muster::test::SqliteIntegrity;

// SqlStore on SQLite under a Directory, without HTTP: a writer process prints every write the Directory
// acknowledged and is killed with SIGKILL at a random moment, 20 times on one file. After each kill the
// file is intact and holds every acknowledged write; the only writes that may or may not be there are
// the ones the writer's threads had announced and not yet seen acknowledged when it died.
class TestCrashStore : public QObject {
    Q_OBJECT

private:
    static constexpr int Rounds = 20;

    // A user as the writers' output says it is.
    struct Printed {
        QString userName;
        quint64 version = 0;
        bool deleted = false;
        int round = -1;
    };
    // A write a writer announced and did not report: the one it was doing when it was killed.
    struct Intent {
        QString operation; // create, patch or delete
        QString target;    // the userName to create, or the id to change
        bool matches(QStringView expectedOperation, const QString& expectedTarget) const
        {
            return operation == expectedOperation && target == expectedTarget;
        }
    };

    // Applies the writer's output to `printed` and leaves in `inFlight` the write each writer thread was
    // doing; false with `error` on a line it cannot read or a report without its announcement.
    static bool readOutput(const QByteArray& output, int round, QHash<QString, Printed>& printed,
                           QHash<int, Intent>& inFlight, int& reports, QString& error)
    {
        for (const QByteArray& line : output.split('\n')) {
            if (line.isEmpty() || line == "ready")
                continue;
            const QStringList words = QString::fromUtf8(line).split(u' ');
            const int writer = words.value(1).toInt();
            const QString id = words.value(2);
            const QString verb = words.first();
            const Intent intent = inFlight.value(writer);
            if (verb == QLatin1String("doing") && words.size() == 4 && !inFlight.contains(writer)) {
                inFlight.insert(writer, {words.at(2), words.at(3)});
                continue;
            }
            if (verb == QLatin1String("created") && words.size() == 5 &&
                intent.matches(u"create", words.at(4))) {
                printed.insert(id, {words.at(4), words.at(3).toULongLong(), false, round});
            } else if (verb == QLatin1String("patched") && words.size() == 4 &&
                       intent.matches(u"patch", id) && printed.contains(id)) {
                printed[id].version = words.at(3).toULongLong();
            } else if (verb == QLatin1String("deleted") && words.size() == 3 &&
                       intent.matches(u"delete", id) && printed.contains(id)) {
                printed[id].deleted = true;
            } else {
                error = QStringLiteral("unexpected line from the writer: ") + QString::fromUtf8(line);
                return false;
            }
            inFlight.remove(writer);
            ++reports;
        }
        return true;
    }

    // Compares the users in `file` with what was reported, and settles `printed` to what is stored. The
    // only differences allowed are the writes in flight: each may have been applied or not.
    static QStringList compare(const QString& file, const QString& synchronous,
                               QHash<QString, Printed>& printed, const QHash<int, Intent>& inFlight,
                               int round, int& inFlightApplied)
    {
        const auto wasInFlight = [&](QStringView operation, const QString& target) {
            for (const Intent& intent : inFlight) {
                if (intent.matches(operation, target))
                    return true;
            }
            return false;
        };
        QStringList problems;
        SqlStoreOptions options;
        options.synchronous = synchronous == QLatin1String("full") ? SqlStoreOptions::Synchronous::Full
                                                                   : SqlStoreOptions::Synchronous::Normal;
        auto store = StoreFactory::open(SchemaRegistry::builtIn(), QStringLiteral("sqlite:") + file, options);
        if (!store)
            return {QStringLiteral("cannot open the store: ") + store.error().detail};
        Query everything;
        everything.resourceType = QStringLiteral("User");
        const auto users = (*store)->query(ResourceStore::DefaultTenant, everything);
        if (!users)
            return {QStringLiteral("cannot list the users: ") + users.error().detail};
        QHash<QString, Resource> stored;
        for (const Resource& user : users->resources)
            stored.insert(user.id, user);

        for (auto it = printed.begin(); it != printed.end(); ++it) {
            Printed& user = it.value();
            const auto found = stored.constFind(it.key());
            const QString who = QStringLiteral("%1 (id %2, reported at version %3 in round %4)")
                                    .arg(user.userName, it.key())
                                    .arg(user.version)
                                    .arg(user.round);
            if (user.deleted) {
                if (found != stored.cend())
                    problems.append(QStringLiteral("%1, reported deleted, exists").arg(who));
            } else if (found == stored.cend()) {
                if (wasInFlight(u"delete", it.key())) {
                    ++inFlightApplied;
                    user.deleted = true;
                } else {
                    problems.append(QStringLiteral("%1 is missing").arg(who));
                }
            } else if (found->json.value(QStringLiteral("userName")).toString() != user.userName) {
                problems.append(QStringLiteral("%1 is stored with userName %2")
                                    .arg(who, found->json.value(QStringLiteral("userName")).toString()));
            } else if (found->version == user.version + 1 && wasInFlight(u"patch", it.key())) {
                ++inFlightApplied;
                user.version = found->version;
            } else if (found->version != user.version) {
                problems.append(QStringLiteral("%1 is stored at version %2").arg(who).arg(found->version));
            }
        }
        for (const Resource& user : std::as_const(users->resources)) {
            if (printed.contains(user.id))
                continue;
            const QString userName = user.json.value(QStringLiteral("userName")).toString();
            if (user.version != 1 || !wasInFlight(u"create", userName)) {
                problems.append(QStringLiteral("%1 (id %2, version %3) exists but was never reported nor in "
                                               "flight")
                                    .arg(userName, user.id)
                                    .arg(user.version));
                continue;
            }
            ++inFlightApplied;
            printed.insert(user.id, {userName, user.version, false, round});
        }
        return problems;
    }

    quint32 m_seed = 0;

private slots:
    void initTestCase() { m_seed = ReplaySeed::take(); }

    void acknowledgedWritesSurviveKills_data()
    {
        QTest::addColumn<QString>("synchronous");
        QTest::addRow("synchronous NORMAL") << QStringLiteral("normal");
        QTest::addRow("synchronous FULL") << QStringLiteral("full");
    }

    void acknowledgedWritesSurviveKills()
    {
        QFETCH(QString, synchronous);
        QRandomGenerator random(m_seed);
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString file = folder.filePath(QStringLiteral("muster.db"));
        QHash<QString, Printed> printed;
        QElapsedTimer clock;
        clock.start();

        for (int round = 0; round < Rounds; ++round) {
            // The writer's stdout goes to a file rather than a pipe, which could fill up and hold the
            // writer's threads in write(2) between writes, where a kill would find nothing in flight.
            const QString outputFile = folder.filePath(QStringLiteral("writer-%1.out").arg(round));
            QProcess writer;
            writer.setStandardOutputFile(outputFile, QIODevice::Truncate);
            writer.start(QStringLiteral(MUSTER_STORE_WRITER),
                         {file, synchronous, QString::number(round), QString::number(random.generate())});
            const auto output = [&outputFile] {
                QFile printed(outputFile);
                return printed.open(QIODevice::ReadOnly) ? printed.readAll() : QByteArray();
            };
            QDeadlineTimer ready(30000);
            while (!output().startsWith("ready\n") && !ready.hasExpired() && !writer.waitForFinished(5)) {
            }
            QVERIFY2(output().startsWith("ready\n"), writer.readAllStandardError().constData());

            const int killAfterMs = 100 + int(random.bounded(701));
            QVERIFY2(!writer.waitForFinished(killAfterMs),
                     qPrintable(QStringLiteral("the writer ended by itself: ") +
                                QString::fromUtf8(writer.readAllStandardError())));
            writer.kill();
            QVERIFY(writer.waitForFinished(30000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

            int reports = 0;
            QHash<int, Intent> inFlight;
            QString error;
            QVERIFY2(readOutput(output(), round, printed, inFlight, reports, error), qPrintable(error));

            const QString integrity = SqliteIntegrity::check(file);
            QVERIFY2(integrity == QLatin1String("ok"),
                     qPrintable(QStringLiteral("after kill %1: %2").arg(round + 1).arg(integrity)));

            int inFlightApplied = 0;
            const QStringList problems =
                compare(file, synchronous, printed, inFlight, round, inFlightApplied);
            QVERIFY2(
                problems.isEmpty(),
                qPrintable(
                    QStringLiteral("after kill %1: %2 problem(s):\n").arg(round + 1).arg(problems.size()) +
                    problems.mid(0, 20).join(u'\n')));
            qInfo("kill %d after %d ms: %d writes acknowledged, %lld in flight of which %d applied, %lld "
                  "users written so far",
                  round + 1, killAfterMs, reports, qlonglong(inFlight.size()), inFlightApplied,
                  qlonglong(printed.size()));
        }
        qInfo("%d kills in %lld ms", Rounds, qlonglong(clock.elapsed()));
    }
};

QTEST_GUILESS_MAIN(TestCrashStore)
#include "tst_crashstore.moc"
