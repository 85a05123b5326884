#include "BenchmarkData.h"
#include "query/FilterParser.h"
#include "resource/ResourceCanonicalizer.h"
#include "store/MemoryStore.h"

#include <QElapsedTimer>
#include <QTest>
#include <QUuid>

#include <map>

using namespace muster;

// MemoryStore operations at 10,000 and 100,000 users (1,000,000 with MUSTER_BENCH_HUGE=1).
class BenchMemoryStore : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<SchemaRegistry> m_registry = SchemaRegistry::builtIn();
    const QString m_tenant = ResourceStore::DefaultTenant;
    const QString m_user = QStringLiteral("User");

    Resource makeResource(int index) const
    {
        const ResourceType& users = *m_registry->resourceType(m_user);
        const ResourceCanonicalizer canonicalizer(*m_registry, users);
        QJsonObject json = *canonicalizer.canonicalize(benchdata::typicalUser(index));
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        json.insert(QStringLiteral("id"), id);
        json.insert(QStringLiteral("meta"),
                    QJsonObject{{QStringLiteral("resourceType"), m_user},
                                {QStringLiteral("created"), QStringLiteral("2024-01-01T00:00:00.000Z")},
                                {QStringLiteral("lastModified"), QStringLiteral("2024-01-01T00:00:00.000Z")},
                                {QStringLiteral("version"), QStringLiteral("W/\"1\"")}});
        return Resource{id, m_user, 1, json, canonicalizer.uniqueKeys(json)};
    }

    // A store holding `size` typical users, and their ids.
    std::unique_ptr<MemoryStore> populated(int size, QStringList& ids) const
    {
        auto store = std::make_unique<MemoryStore>(m_registry);
        constexpr int BatchSize = 1000;
        for (int start = 0; start < size; start += BatchSize) {
            WriteBatch batch;
            for (int i = start; i < std::min(size, start + BatchSize); ++i) {
                Resource resource = makeResource(i);
                ids.append(resource.id);
                batch.operations.append({WriteOperation::Kind::Create, std::move(resource), std::nullopt});
            }
            if (!store->apply(m_tenant, batch))
                return nullptr;
        }
        return store;
    }

    // QBENCHMARK runs a test function again and again while it calibrates the iteration count, so the
    // read-only benchmarks share one populated store per size instead of building it each time.
    struct Fixture {
        std::unique_ptr<MemoryStore> store;
        QStringList ids;
    };
    std::map<int, Fixture> m_fixtures;

    const Fixture& sharedFixture(int size)
    {
        auto found = m_fixtures.find(size);
        if (found == m_fixtures.end()) {
            Fixture fixture;
            fixture.store = populated(size, fixture.ids);
            found = m_fixtures.emplace(size, std::move(fixture)).first;
        }
        return found->second;
    }

    static void addSizeRows()
    {
        QTest::addColumn<int>("size");
        QTest::addRow("10000 users") << 10000;
        QTest::addRow("100000 users") << 100000;
        if (qEnvironmentVariableIntValue("MUSTER_BENCH_HUGE"))
            QTest::addRow("1000000 users") << 1000000;
    }

    void runQuery(int size, const QString& filter, bool sorted)
    {
        const Fixture& fixture = sharedFixture(size);
        QVERIFY(fixture.store);
        Query query;
        query.resourceType = m_user;
        if (!filter.isEmpty())
            query.filter = *FilterParser::parse(filter);
        if (sorted)
            query.sort = SortSpec{*AttributePath::parse(u"userName"), SortOrder::Ascending};
        query.count = 100;
        QBENCHMARK {
            const auto page = fixture.store->query(m_tenant, query);
            if (!page)
                QFAIL(qPrintable(page.error().detail));
        }
    }

private slots:
    void get_data() { addSizeRows(); }
    void get()
    {
        QFETCH(int, size);
        const Fixture& fixture = sharedFixture(size);
        QVERIFY(fixture.store);
        qsizetype next = 0;
        QBENCHMARK {
            const auto resource = fixture.store->get(m_tenant, m_user, fixture.ids.at(next));
            next = (next + 7919) % fixture.ids.size(); // rotate through ids, not one hot entry
            if (!resource)
                QFAIL("missing");
        }
    }

    void create_data() { addSizeRows(); }
    void create()
    {
        QFETCH(int, size);
        QStringList ids;
        auto store = populated(size, ids);
        QVERIFY(store);
        // Resources are prepared outside the measured block: this is the store's cost alone.
        QList<WriteBatch> batches;
        for (int i = 0; i < 20000; ++i) {
            WriteBatch batch;
            batch.operations.append({WriteOperation::Kind::Create, makeResource(size + i), std::nullopt});
            batches.append(batch);
        }
        // Each create can run only once, so time a fixed run and report the cost of one.
        QElapsedTimer timer;
        timer.start();
        for (const WriteBatch& batch : std::as_const(batches)) {
            if (!store->apply(m_tenant, batch))
                QFAIL("create failed");
        }
        QTest::setBenchmarkResult(qreal(timer.nsecsElapsed()) / batches.size(), QTest::WalltimeNanoseconds);
    }

    void replace_data() { addSizeRows(); }
    void replace()
    {
        QFETCH(int, size);
        const Fixture& fixture = sharedFixture(size);
        QVERIFY(fixture.store);
        std::optional<Resource> resource = fixture.store->get(m_tenant, m_user, fixture.ids.first());
        QVERIFY(resource);
        WriteBatch batch;
        batch.operations.append({WriteOperation::Kind::Replace, *resource, std::nullopt});
        QBENCHMARK {
            batch.operations.first().resource.version++;
            if (!fixture.store->apply(m_tenant, batch))
                QFAIL("replace failed");
        }
    }

    void remove_data() { addSizeRows(); }
    void remove()
    {
        QFETCH(int, size);
        QStringList ids;
        auto store = populated(size, ids);
        QVERIFY(store);
        // Each removal can run only once, so time a fixed run and report the cost of one.
        const int removals = std::min<int>(5000, int(ids.size()));
        QList<WriteBatch> batches;
        for (int i = 0; i < removals; ++i) {
            WriteBatch batch;
            WriteOperation operation;
            operation.kind = WriteOperation::Kind::Remove;
            operation.resource.resourceType = m_user;
            operation.resource.id = ids.at(i);
            batch.operations.append(operation);
            batches.append(batch);
        }
        QElapsedTimer timer;
        timer.start();
        for (const WriteBatch& batch : std::as_const(batches)) {
            if (!store->apply(m_tenant, batch))
                QFAIL("remove failed");
        }
        QTest::setBenchmarkResult(qreal(timer.nsecsElapsed()) / removals, QTest::WalltimeNanoseconds);
    }

    void list100_data() { addSizeRows(); }
    void list100()
    {
        QFETCH(int, size);
        runQuery(size, QString(), false);
    }

    void list100SortedByUserName_data() { addSizeRows(); }
    void list100SortedByUserName()
    {
        QFETCH(int, size);
        runQuery(size, QString(), true);
    }

    void userNameEq_data() { addSizeRows(); }
    void userNameEq()
    {
        QFETCH(int, size);
        runQuery(size, QStringLiteral("userName eq \"USER4242@example.com\""), false);
    }

    void containsScan_data() { addSizeRows(); }
    void containsScan()
    {
        QFETCH(int, size);
        runQuery(size, QStringLiteral("displayName co \"y4242 F\""), false);
    }
};

QTEST_GUILESS_MAIN(BenchMemoryStore)
#include "bench_memorystore.moc"
