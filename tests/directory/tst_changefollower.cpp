#include "../support/ChangesFromAnotherThread.h"
#include "PostgresTestDatabase.h"
#include "directory/ChangeFollower.h"
#include "directory/Directory.h"
#include "schema/SchemaUrns.h"
#include "store/StoreFactory.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace muster;

namespace {

QJsonObject user(const QString& userName)
{
    return QJsonObject{{QStringLiteral("schemas"), QJsonArray{urns::User}},
                       {QStringLiteral("userName"), userName}};
}

QJsonObject patchTitle(const QString& title)
{
    return QJsonObject{{QStringLiteral("schemas"), QJsonArray{urns::PatchOp}},
                       {QStringLiteral("Operations"),
                        QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                               {QStringLiteral("path"), QStringLiteral("title")},
                                               {QStringLiteral("value"), title}}}}};
}

// "Created User <id> 1", as a ResourceChange is compared here.
const OperationContext Writer{ResourceStore::DefaultTenant, QStringLiteral("test:writer")};

QString describe(const ResourceChange& change)
{
    static const char* const kinds[] = {"Created", "Updated", "Removed"};
    return QStringLiteral("%1 %2 %3 %4 %5")
        .arg(QLatin1String(kinds[int(change.kind)]), change.tenant, change.resourceType, change.id)
        .arg(change.version);
}

QStringList described(const QSignalSpy& spy)
{
    QStringList result;
    for (const QList<QVariant>& arguments : spy)
        result.append(describe(arguments.first().value<ResourceChange>()));
    return result;
}

QStringList described(const QList<ResourceChange>& changes)
{
    QStringList result;
    for (const ResourceChange& change : changes)
        result.append(describe(change));
    return result;
}

} // namespace

// Two Directories on one SQLite file stand for two processes: what one writes, the other's
// ChangeFollower reports through that Directory's signals, once, and its own writes not again.
class TestChangeFollower : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<SchemaRegistry> m_registry = SchemaRegistry::builtIn();

    std::unique_ptr<Directory> open(const QString& file)
    {
        return openAt(QStringLiteral("sqlite:") + m_dir.filePath(file));
    }

    std::unique_ptr<Directory> openAt(const QString& location)
    {
        auto store = StoreFactory::open(m_registry, location);
        if (!store)
            qFatal("cannot open the store: %s", qPrintable(store.error().detail));
        return std::make_unique<Directory>(m_registry, *store);
    }

private slots:
    void initTestCase() { qRegisterMetaType<ResourceChange>(); }

    void reportsWritesOfTheOther_data()
    {
        QTest::addColumn<QString>("write");
        QTest::addColumn<QStringList>("expected"); // {id} stands for the user's id

        QTest::addRow("create") << "create" << QStringList{QStringLiteral("Created default User {id} 1")};
        QTest::addRow("patch") << "patch" << QStringList{QStringLiteral("Updated default User {id} 2")};
        QTest::addRow("delete") << "delete" << QStringList{QStringLiteral("Removed default User {id} 1")};
        QTest::addRow("patch then delete") << "patch delete"
                                           << QStringList{QStringLiteral("Updated default User {id} 2"),
                                                          QStringLiteral("Removed default User {id} 2")};
        QTest::addRow("in another tenant")
            << "tenant" << QStringList{QStringLiteral("Created other User {id} 1")};
    }

    void reportsWritesOfTheOther()
    {
        QFETCH(QString, write);
        QFETCH(QStringList, expected);

        const QString file =
            QStringLiteral("%1.db").arg(QLatin1String(QTest::currentDataTag())).replace(u' ', u'_');
        const auto writer = open(file);
        QString id;
        if (write != QLatin1String("create") && write != QLatin1String("tenant"))
            id = writer->create(Writer, QStringLiteral("User"), user(QStringLiteral("before")))->id;
        if (write == QLatin1String("tenant"))
            QVERIFY(writer->createTenant(QStringLiteral("other")));

        const auto reader = open(file);
        ChangeFollower follower(*reader, std::chrono::hours(1)); // polled by hand below
        QSignalSpy changes(reader.get(), &Directory::resourceChanged);
        QSignalSpy reloads(reader.get(), &Directory::restored);
        follower.poll();
        QCOMPARE(changes.count(), 0);

        for (const QString& step : write.split(u' ')) {
            if (step == QLatin1String("create")) {
                id = writer->create(Writer, QStringLiteral("User"), user(QStringLiteral("alice")))->id;
            } else if (step == QLatin1String("patch")) {
                QVERIFY(
                    writer->patch(Writer, QStringLiteral("User"), id, patchTitle(QStringLiteral("Pilot"))));
            } else if (step == QLatin1String("delete")) {
                QVERIFY(writer->remove(Writer, QStringLiteral("User"), id));
            } else if (step == QLatin1String("tenant")) {
                id = writer
                         ->create(OperationContext{QStringLiteral("other"), QStringLiteral("test:writer")},
                                  QStringLiteral("User"), user(QStringLiteral("carol")))
                         ->id;
            }
        }
        follower.poll();
        QCOMPARE(described(changes), expected.replaceInStrings(QStringLiteral("{id}"), id));
        QCOMPARE(reloads.count(), 0);
        follower.poll(); // nothing new
        QCOMPARE(changes.count(), expected.size());
    }

    void ownWritesAreNotReportedTwice()
    {
        const auto directory = open(QStringLiteral("own.db"));
        ChangeFollower follower(*directory, std::chrono::hours(1));
        QSignalSpy changes(directory.get(), &Directory::resourceChanged);
        const auto created = directory->create(Writer, QStringLiteral("User"), user(QStringLiteral("dan")));
        QVERIFY(created);
        QVERIFY(directory->patch(Writer, QStringLiteral("User"), created->id,
                                 patchTitle(QStringLiteral("Chef"))));
        QCOMPARE(changes.count(), 2); // the writes' own reports
        follower.poll();
        QCOMPARE(changes.count(), 2);
    }

    void restoredBackupReloads()
    {
        const auto writer = open(QStringLiteral("restore.db"));
        QVERIFY(writer->create(Writer, QStringLiteral("User"), user(QStringLiteral("erin"))));
        const QString backup = m_dir.filePath(QStringLiteral("restore-backup.db"));
        QVERIFY(writer->backup(backup));
        QVERIFY(writer->create(Writer, QStringLiteral("User"), user(QStringLiteral("frank"))));

        const auto reader = open(QStringLiteral("restore.db"));
        ChangeFollower follower(*reader, std::chrono::hours(1));
        QSignalSpy reloads(reader.get(), &Directory::restored);
        QVERIFY(writer->restore(backup));
        follower.poll();
        QCOMPARE(reloads.count(), 1);
        follower.poll();
        QCOMPARE(reloads.count(), 1);
        // Following goes on from the restored log.
        QSignalSpy changes(reader.get(), &Directory::resourceChanged);
        QVERIFY(writer->create(Writer, QStringLiteral("User"), user(QStringLiteral("gina"))));
        follower.poll();
        QCOMPARE(changes.count(), 1);
    }

    // Two servers on one PostgreSQL database: the same, through the database's audit log.
    void followsPostgreSQL()
    {
        if (!PostgresTestDatabase::url())
            QSKIP("no PostgreSQL server (see tests/postgres)");
        const QString url = PostgresTestDatabase::createScratchDatabase(QStringLiteral("follower"));
        QVERIFY(!url.isEmpty());
        {
            const auto writer = openAt(url);
            const auto reader = openAt(url);
            test::ChangesFromAnotherThread changes(*reader); // before the follower's thread starts
            ChangeFollower follower(*reader, std::chrono::milliseconds(50));
            const auto created = writer->create(Writer, QStringLiteral("User"), user(QStringLiteral("ida")));
            QVERIFY(created);
            QVERIFY(writer->patch(Writer, QStringLiteral("User"), created->id,
                                  patchTitle(QStringLiteral("Cook"))));
            QTRY_COMPARE_WITH_TIMEOUT(changes.count(), 2, 5000);
            QCOMPARE(described(changes.all()),
                     (QStringList{QStringLiteral("Created default User %1 1").arg(created->id),
                                  QStringLiteral("Updated default User %1 2").arg(created->id)}));
        }
        QVERIFY(PostgresTestDatabase::dropScratchDatabase(url));
    }

    // PostgreSQL announces every write (NOTIFY): with a timer that would not tick during the test, the
    // other server's writes still arrive, each within a second.
    void followsPostgreSQLNotifications()
    {
        if (!PostgresTestDatabase::url())
            QSKIP("no PostgreSQL server (see tests/postgres)");
        const QString url = PostgresTestDatabase::createScratchDatabase(QStringLiteral("notified"));
        QVERIFY(!url.isEmpty());
        {
            const auto writer = openAt(url);
            const auto reader = openAt(url);
            test::ChangesFromAnotherThread changes(*reader); // before the follower's thread starts
            ChangeFollower follower(*reader, std::chrono::hours(1));
            // The follower's thread listens once it runs.
            QTest::qWait(200);
            for (const QString& name : {QStringLiteral("ina"), QStringLiteral("ole")}) {
                const auto created = writer->create(Writer, QStringLiteral("User"), user(name));
                QVERIFY(created);
                QTRY_COMPARE_WITH_TIMEOUT(changes.count(), 1, 1000);
                QCOMPARE(describe(changes.takeFirst()),
                         QStringLiteral("Created default User %1 1").arg(created->id));
            }
        }
        QVERIFY(PostgresTestDatabase::dropScratchDatabase(url));
    }

    // The timer in the follower's own thread: a change arrives without a poll by hand.
    void followsOnItsTimer()
    {
        const auto writer = open(QStringLiteral("timer.db"));
        const auto reader = open(QStringLiteral("timer.db"));
        test::ChangesFromAnotherThread changes(*reader); // before the follower's thread starts
        ChangeFollower follower(*reader, std::chrono::milliseconds(50));
        const auto created = writer->create(Writer, QStringLiteral("User"), user(QStringLiteral("hal")));
        QVERIFY(created);
        QTRY_COMPARE_WITH_TIMEOUT(changes.count(), 1, 5000);
        QCOMPARE(described(changes.all()),
                 QStringList{QStringLiteral("Created default User %1 1").arg(created->id)});
    }
};

QTEST_GUILESS_MAIN(TestChangeFollower)
#include "tst_changefollower.moc"
