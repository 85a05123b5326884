#include "BenchmarkRows.h"
#include "SeededMemoryStore.h"

#include <QFile>
#include <QTest>

#include <dlfcn.h>
#include <malloc.h>
#include <unistd.h>

using namespace muster;

namespace {

// jemalloc's control interface when the executable runs on it (muster_allocator), else null.
using Mallctl = int (*)(const char*, void*, size_t*, void*, size_t);
Mallctl jemallocControl()
{
    static const auto control = reinterpret_cast<Mallctl>(dlsym(RTLD_DEFAULT, "mallctl"));
    return control;
}

// Returns freed memory to the system, so that the resident set is what is still in use.
void releaseFreedMemory()
{
    if (const Mallctl control = jemallocControl())
        control("arena.4096.purge", nullptr, nullptr, nullptr, 0); // 4096: MALLCTL_ARENAS_ALL
    else
        malloc_trim(0);
}

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}

// Bytes the program holds from the allocator, without the allocator's own overhead.
qint64 allocatedBytes()
{
    if (const Mallctl control = jemallocControl()) {
        uint64_t epoch = 1;
        size_t size = sizeof(epoch);
        control("epoch", &epoch, &size, &epoch, size); // refreshes the statistics
        size_t allocated = 0;
        size = sizeof(allocated);
        return control("stats.allocated", &allocated, &size, nullptr, 0) == 0 ? qint64(allocated) : -1;
    }
    return qint64(mallinfo2().uordblks);
}

} // namespace

// The Memory suite: what a MemoryStore holds per user, indexes included, at 100,000 users (and
// 1,000,000 with MUSTER_BENCH_HUGE=1), for a simple user (userName, name, one email, active) and a
// typical one (benchdata::typicalUser). The result is the growth of the process's resident set per
// user, freed memory returned to the system before each reading; the bytes allocated per user are
// printed beside it. Run it with -median 1: each row builds its store from nothing.
class BenchMemory : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<SchemaRegistry> m_registry = SchemaRegistry::builtIn();

    // A thousand users are too few to measure, but enough for a smoke run.
    static void addSizeRows()
    {
        if (benchrows::smoke())
            benchrows::addSizeRows({1000});
        else
            benchrows::addSizeRows({100000}, {1000000});
    }

    void measure(const SeededMemoryStore::UserInput& input)
    {
        QFETCH(int, size);
        releaseFreedMemory();
        const qint64 residentBefore = residentBytes();
        const qint64 allocatedBefore = allocatedBytes();
        const SeededMemoryStore fixture(m_registry, size, input, SeededMemoryStore::Ids::Forget);
        QVERIFY(fixture.store());
        QCOMPARE(fixture.store()->count(ResourceStore::DefaultTenant, QStringLiteral("User")), size);
        releaseFreedMemory();
        const qint64 resident = residentBytes() - residentBefore;
        const qint64 allocated = allocatedBytes() - allocatedBefore;
        QVERIFY(resident > 0);
        qInfo("%lld bytes resident and %lld allocated per user", resident / size, allocated / size);
        QTest::setBenchmarkResult(qreal(resident) / size, QTest::BytesAllocated);
    }

private slots:
    void simpleUser_data() { addSizeRows(); }
    void simpleUser() { measure(&benchdata::simpleUser); }

    void typicalUser_data() { addSizeRows(); }
    void typicalUser() { measure(&benchdata::typicalUser); }
};

QTEST_GUILESS_MAIN(BenchMemory)
#include "bench_memory.moc"
