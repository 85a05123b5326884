#include "directory/Directory.h"
#include "query/FilterParser.h"
#include "schema/SchemaUrns.h"
#include "store/MemoryStore.h"

#include <QJsonArray>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace muster;

namespace {

QJsonObject user(const QString& userName, const QString& title = {})
{
    QJsonObject json{{QStringLiteral("schemas"), QJsonArray{urns::User}},
                     {QStringLiteral("userName"), userName}};
    if (!title.isEmpty())
        json.insert(QStringLiteral("title"), title);
    return json;
}

// Runs `work(i)` on `threads` threads at once and waits for all of them.
template <typename Work>
void runInParallel(int threads, Work work)
{
    QList<QThread*> running;
    for (int i = 0; i < threads; ++i)
        running.append(QThread::create(work, i));
    for (QThread* thread : std::as_const(running))
        thread->start();
    for (QThread* thread : std::as_const(running)) {
        thread->wait();
        delete thread;
    }
}

} // namespace

// Many readers in parallel with writers serialized per tenant: nothing lost, nothing duplicated,
// invariants intact afterwards.
class TestDirectoryConcurrency : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Directory> makeDirectory()
    {
        DirectoryOptions options;
        options.passwordStrength = PasswordHasher::Strength::Fast;
        options.maxResults = 100000;
        auto registry = SchemaRegistry::builtIn();
        return std::make_unique<Directory>(registry, std::make_shared<MemoryStore>(registry), options);
    }

    const QString User = QStringLiteral("User");

private slots:
    void writersAndReadersTogether_data()
    {
        QTest::addColumn<int>("writers");
        QTest::addColumn<int>("readers");
        QTest::addColumn<int>("usersPerWriter");
        QTest::addRow("2 writers, 4 readers") << 2 << 4 << 300;
        QTest::addRow("4 writers, 2 readers") << 4 << 2 << 200;
    }

    void writersAndReadersTogether()
    {
        QFETCH(int, writers);
        QFETCH(int, readers);
        QFETCH(int, usersPerWriter);
        auto directory = makeDirectory();
        const OperationContext ctx{ResourceStore::DefaultTenant, QStringLiteral("test")};
        std::atomic<int> failures{0};
        std::atomic<bool> writing{true};

        QThread* readerPool = QThread::create([&] {
            runInParallel(readers, [&](int) {
                Query query;
                query.resourceType = User;
                query.filter = *FilterParser::parse(u"userName sw \"w\"");
                query.count = 20;
                while (writing.load()) {
                    const auto result = directory->query(ctx, query);
                    if (!result.ok() || result->totalResults > writers * usersPerWriter ||
                        result->resources.size() > 20) {
                        failures.fetch_add(1);
                        continue;
                    }
                    for (const Resource& resource : result->resources) {
                        if (!resource.json.value(QStringLiteral("userName")).toString().startsWith(u'w'))
                            failures.fetch_add(1);
                        const auto reread = directory->get(ctx, User, resource.id);
                        if (!reread.ok() && reread.error().status != 404) // 404: removed meanwhile
                            failures.fetch_add(1);
                    }
                }
            });
        });
        readerPool->start();

        runInParallel(writers, [&](int writer) {
            for (int i = 0; i < usersPerWriter; ++i) {
                const QString name = QStringLiteral("w%1-u%2").arg(writer).arg(i);
                const auto created = directory->create(ctx, User, user(name));
                if (!created.ok()) {
                    failures.fetch_add(1);
                    continue;
                }
                if (i % 3 == 0 &&
                    !directory->replace(ctx, User, created->id, user(name, QStringLiteral("T"))).ok())
                    failures.fetch_add(1);
                if (i % 5 == 0 && !directory->remove(ctx, User, created->id).ok())
                    failures.fetch_add(1);
            }
        });
        writing.store(false);
        readerPool->wait();
        delete readerPool;

        QCOMPARE(failures.load(), 0);
        const int removedPerWriter = (usersPerWriter + 4) / 5;
        const int expected = writers * (usersPerWriter - removedPerWriter);
        Query all;
        all.resourceType = User;
        const auto everything = directory->query(ctx, all);
        QVERIFY(everything.ok());
        QCOMPARE(everything->totalResults, expected);
        // Every surviving user is found through the userName index, exactly once.
        for (const Resource& resource : everything->resources) {
            Query byName;
            byName.resourceType = User;
            byName.filter = *FilterParser::parse(
                QString(QStringLiteral("userName eq \"") +
                        resource.json.value(QStringLiteral("userName")).toString() + QStringLiteral("\"")));
            const auto found = directory->query(ctx, byName);
            QVERIFY(found.ok());
            QCOMPARE(found->totalResults, 1);
            QCOMPARE(found->resources.first().id, resource.id);
        }
        QCOMPARE(directory->auditLog(ctx, 0, 1000000).size(),
                 writers * (usersPerWriter + (usersPerWriter + 2) / 3 + removedPerWriter));
    }

    void sameUserNameFromManyThreadsWinsOnce()
    {
        auto directory = makeDirectory();
        const OperationContext ctx{ResourceStore::DefaultTenant, QStringLiteral("test")};
        std::atomic<int> created{0};
        std::atomic<int> conflicts{0};
        runInParallel(8, [&](int thread) {
            for (int round = 0; round < 50; ++round) {
                // Different case per thread: uniqueness is case-insensitive.
                QString name = QStringLiteral("contested-%1").arg(round);
                if (thread % 2)
                    name = name.toUpper();
                const auto result = directory->create(ctx, User, user(name));
                if (result.ok())
                    created.fetch_add(1);
                else if (result.error().status == 409)
                    conflicts.fetch_add(1);
            }
        });
        QCOMPARE(created.load(), 50);
        QCOMPARE(conflicts.load(), 7 * 50);
    }

    void conditionalUpdatesNeverLoseAWrite()
    {
        auto directory = makeDirectory();
        const OperationContext ctx{ResourceStore::DefaultTenant, QStringLiteral("test")};
        const auto counter =
            directory->create(ctx, User, user(QStringLiteral("counter"), QStringLiteral("0")));
        QVERIFY(counter.ok());
        constexpr int Threads = 4;
        constexpr int Increments = 100;
        std::atomic<int> preconditionFailures{0};
        runInParallel(Threads, [&](int) {
            for (int done = 0; done < Increments;) {
                const auto current = directory->get(ctx, User, counter->id);
                const int value = current->json.value(QStringLiteral("title")).toString().toInt();
                const auto written = directory->replace(
                    ctx, User, counter->id, user(QStringLiteral("counter"), QString::number(value + 1)),
                    current->version);
                if (written.ok())
                    ++done;
                else if (written.error().status == 412)
                    preconditionFailures.fetch_add(1);
                else
                    return;
            }
        });
        const auto final = directory->get(ctx, User, counter->id);
        QCOMPARE(final->json.value(QStringLiteral("title")).toString().toInt(), Threads * Increments);
        QCOMPARE(final->version, quint64(1 + Threads * Increments));
    }

    void tenantsWriteIndependently()
    {
        auto directory = makeDirectory();
        const QStringList tenants{QStringLiteral("t1"), QStringLiteral("t2"), QStringLiteral("t3")};
        for (const QString& tenant : tenants)
            QVERIFY(directory->createTenant(tenant).ok());
        runInParallel(int(tenants.size()), [&](int index) {
            const OperationContext ctx{tenants.at(index), QStringLiteral("test")};
            for (int i = 0; i < 200; ++i)
                (void)directory->create(ctx, User, user(QStringLiteral("same-%1").arg(i)));
        });
        for (const QString& tenant : tenants) {
            Query query;
            query.resourceType = User;
            query.count = 0;
            const auto result = directory->query({tenant, QString()}, query);
            QVERIFY(result.ok());
            QCOMPARE(result->totalResults, 200);
        }
    }
};

QTEST_GUILESS_MAIN(TestDirectoryConcurrency)
#include "tst_directoryconcurrency.moc"
