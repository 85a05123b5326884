#include "BenchmarkRows.h"
#include "FixedRunTimer.h"
#include "SeededMemoryStore.h"

#include <QTest>

using namespace muster;

// The Stores suite for MemoryStore: create, get, update (replace), delete and an unfiltered page of 100
// at 1,000, 10,000 and 100,000 typical users (1,000,000 with MUSTER_BENCH_HUGE=1). Store operations
// alone: resources are prepared outside the measured code. Filters, sorting and paging are in
// bench_query; the SQL stores in benchmarks/sql.
class BenchMemoryStore : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<SchemaRegistry> m_registry = SchemaRegistry::builtIn();
    const QString m_tenant = ResourceStore::DefaultTenant;
    const QString m_user = QStringLiteral("User");
    int m_nextIndex = 10'000'000; // of the next user a write benchmark creates, past every seeded one

    static void addSizeRows() { benchrows::addSizeRows({1000, 10000, 100000}, {1000000}); }

    // One single-operation batch per resource, as the Directory writes.
    QList<WriteBatch> createBatches(const SeededMemoryStore& fixture, int count)
    {
        QList<WriteBatch> batches;
        for (int i = 0; i < count; ++i) {
            WriteBatch batch;
            batch.operations.append(
                {WriteOperation::Kind::Create, fixture.makeResource(m_nextIndex++), std::nullopt});
            batches.append(batch);
        }
        return batches;
    }

    static QList<WriteBatch> removeBatches(const QList<WriteBatch>& creates)
    {
        QList<WriteBatch> batches;
        for (const WriteBatch& create : creates) {
            WriteOperation operation;
            operation.kind = WriteOperation::Kind::Remove;
            operation.resource.resourceType = create.operations.first().resource.resourceType;
            operation.resource.id = create.operations.first().resource.id;
            WriteBatch batch;
            batch.operations.append(operation);
            batches.append(batch);
        }
        return batches;
    }

private slots:
    void get_data() { addSizeRows(); }
    void get()
    {
        QFETCH(int, size);
        const SeededMemoryStore& fixture = SeededMemoryStore::shared(m_registry, size);
        QVERIFY(fixture.store());
        const QStringList& ids = fixture.ids();
        qsizetype next = 0;
        QBENCHMARK {
            const auto resource = fixture.store()->get(m_tenant, m_user, ids.at(next));
            next = (next + 7919) % ids.size(); // rotate through ids, not one hot entry
            if (!resource)
                QFAIL("missing");
        }
    }

    void create_data() { addSizeRows(); }
    // Each create can run only once, so a fixed run is timed; the users it adds are removed afterwards,
    // outside the measurement, so that every benchmark sees `size` users.
    void create()
    {
        QFETCH(int, size);
        SeededMemoryStore& fixture = SeededMemoryStore::shared(m_registry, size);
        QVERIFY(fixture.store());
        const QList<WriteBatch> creates = createBatches(fixture, benchrows::fixedRunLength(20000));
        const FixedRunTimer timer;
        for (const WriteBatch& batch : creates) {
            if (!fixture.store()->apply(m_tenant, batch))
                QFAIL("create failed");
        }
        timer.report(int(creates.size()));
        for (const WriteBatch& batch : removeBatches(creates))
            QVERIFY(fixture.store()->apply(m_tenant, batch).ok());
        QCOMPARE(fixture.store()->count(m_tenant, m_user), size);
    }

    void update_data() { addSizeRows(); }
    // A replace of a whole user with the expected version, as the Directory's writes are guarded.
    void update()
    {
        QFETCH(int, size);
        const SeededMemoryStore& fixture = SeededMemoryStore::shared(m_registry, size);
        QVERIFY(fixture.store());
        std::optional<Resource> resource = fixture.store()->get(m_tenant, m_user, fixture.ids().first());
        QVERIFY(resource);
        WriteBatch batch;
        batch.operations.append({WriteOperation::Kind::Replace, *resource, resource->version});
        QBENCHMARK {
            WriteOperation& operation = batch.operations.first();
            operation.resource.version = *operation.expectedVersion + 1;
            if (!fixture.store()->apply(m_tenant, batch))
                QFAIL("replace failed");
            operation.expectedVersion = operation.resource.version;
        }
    }

    void remove_data() { addSizeRows(); }
    // Each removal can run only once: users are added for the purpose outside the measurement, then a
    // fixed run of removals is timed.
    void remove()
    {
        QFETCH(int, size);
        SeededMemoryStore& fixture = SeededMemoryStore::shared(m_registry, size);
        QVERIFY(fixture.store());
        const QList<WriteBatch> creates = createBatches(fixture, benchrows::fixedRunLength(5000));
        for (const WriteBatch& batch : creates)
            QVERIFY(fixture.store()->apply(m_tenant, batch).ok());
        const QList<WriteBatch> removals = removeBatches(creates);
        const FixedRunTimer timer;
        for (const WriteBatch& batch : removals) {
            if (!fixture.store()->apply(m_tenant, batch))
                QFAIL("remove failed");
        }
        timer.report(int(removals.size()));
        QCOMPARE(fixture.store()->count(m_tenant, m_user), size);
    }

    void list100_data() { addSizeRows(); }
    // The first page of 100 without filter or sortBy.
    void list100()
    {
        QFETCH(int, size);
        const SeededMemoryStore& fixture = SeededMemoryStore::shared(m_registry, size);
        QVERIFY(fixture.store());
        Query query;
        query.resourceType = m_user;
        query.count = 100;
        QBENCHMARK {
            const auto page = fixture.store()->query(m_tenant, query);
            if (!page || page->resources.size() != 100)
                QFAIL("no page of 100");
        }
    }
};

QTEST_GUILESS_MAIN(BenchMemoryStore)
#include "bench_memorystore.moc"
