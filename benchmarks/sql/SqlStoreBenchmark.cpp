#include "SqlStoreBenchmark.h"

#include "BenchUsers.h"
#include "BenchmarkRows.h"
#include "FixedRunTimer.h"
#include "SeededDatabase.h"
#include "query/FilterParser.h"

#include <QFile>
#include <QTest>

namespace muster {

namespace {

// Past the largest seeded size, so that users created by the write benchmarks never collide with seeds.
constexpr int FirstNewIndex = 2'000'000;
// Writes that can run only once each (create, remove) are timed over a fixed run of this many.
const int FixedRun = benchrows::fixedRunLength(1000);
// Reads rotate over this many users spread over the table, so that no single row stays hot.
constexpr int Rotation = 4096;
constexpr qint64 Spread = 7919; // a prime: index k reads user (k * Spread) % size

const QString& tenant()
{
    return ResourceStore::DefaultTenant;
}

int spreadIndex(int k, int size)
{
    return int((k * Spread) % size);
}

QString userNameFilter(int index)
{
    // Upper case: userName compares without case (RFC 7643 §4.1.1), through the folded index column.
    return QStringLiteral("userName eq \"USER%1@EXAMPLE.COM\"").arg(index);
}

// The users of 0..size-1 that emails[type eq "work" and value co "@example.com"] and active eq true
// and title pr matches (see benchusers::userInput).
qint64 valuePathMatches(int size)
{
    qint64 matches = 0;
    for (int index = 0; index < size; ++index)
        matches += (index % 10 != 9 && index % 5 != 4) ? 1 : 0;
    return matches;
}

} // namespace

SqlStoreBenchmark::SqlStoreBenchmark(SqlDialect dialect)
    : m_dialect(dialect)
    , m_registry(SchemaRegistry::builtIn())
    , m_nextIndex(FirstNewIndex)
{
    // Seeding a size for the first time runs inside the first benchmark that needs it and may take longer
    // than QtTest's five minutes per function (a million users on a busy machine).
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", QByteArrayLiteral("7200000"));
}

SqlStoreBenchmark::~SqlStoreBenchmark() = default;

void SqlStoreBenchmark::initTestCase()
{
    if (m_dialect == SqlDialect::Postgres) {
        m_postgresUrl = qEnvironmentVariable("MUSTER_BENCH_POSTGRES_URL");
        // Under CTest (bench_smoke_postgres), the tests' throw-away server.
        QFile urlFile(qEnvironmentVariable("MUSTER_TEST_POSTGRES_URL_FILE"));
        if (m_postgresUrl.isEmpty() && urlFile.open(QIODevice::ReadOnly))
            m_postgresUrl = QString::fromUtf8(urlFile.readAll().trimmed());
        if (m_postgresUrl.isEmpty())
            QSKIP(
                "No PostgreSQL server: set MUSTER_BENCH_POSTGRES_URL to the URL of a database the benchmark "
                "may create databases beside (postgres://user@127.0.0.1:5432/db), or run "
                "benchmarks/sql/run-postgres.sh, which starts a throw-away server");
    }
}

void SqlStoreBenchmark::cleanupTestCase()
{
    for (auto& [size, fixture] : m_fixtures) {
        fixture.directory.reset();
        fixture.store.reset();
        if (Status removed = SeededDatabase::removeCopy(fixture.options, m_postgresUrl); !removed)
            qWarning("cannot remove the copy of %d users: %s", size, qPrintable(removed.error().detail));
    }
    m_fixtures.clear();
}

void SqlStoreBenchmark::addSizeRows() const
{
    // Seeding a million users takes minutes (once; the seed is kept), so it is asked for.
    if (m_dialect == SqlDialect::Sqlite)
        benchrows::addSizeRows({1000, 10000, 100000}, {1000000});
    else
        benchrows::addSizeRows({1000, 10000, 100000});
}

SqlStoreBenchmark::Fixture* SqlStoreBenchmark::fixture(int size)
{
    if (auto found = m_fixtures.find(size); found != m_fixtures.end())
        return &found->second;
    const Result<SqlStoreOptions> options = m_dialect == SqlDialect::Sqlite
                                                ? SeededDatabase::sqliteCopy(size)
                                                : SeededDatabase::postgresCopy(m_postgresUrl, size);
    if (!options) {
        qWarning("no database of %d users: %s", size, qPrintable(options.error().detail));
        return nullptr;
    }
    auto store = SqlStore::open(m_registry, *options);
    if (!store) {
        qWarning("cannot open the database of %d users: %s", size, qPrintable(store.error().detail));
        (void)SeededDatabase::removeCopy(*options, m_postgresUrl); // the open failure is what matters
        return nullptr;
    }
    Fixture fixture;
    fixture.options = *options;
    fixture.store = std::move(*store);
    DirectoryOptions directoryOptions;
    directoryOptions.passwordStrength = PasswordHasher::Strength::Fast;
    fixture.directory = std::make_unique<Directory>(m_registry, fixture.store, directoryOptions);
    return &m_fixtures.emplace(size, std::move(fixture)).first->second;
}

QStringList SqlStoreBenchmark::addUsers(Fixture& fixture, int count)
{
    const ResourceCanonicalizer canonicalizer(*m_registry, *m_registry->resourceType(benchusers::UserType));
    WriteBatch batch;
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        Resource user = benchusers::storedUser(canonicalizer, m_nextIndex++);
        ids.append(user.id);
        batch.operations.append({WriteOperation::Kind::Create, std::move(user), std::nullopt});
    }
    if (Status added = fixture.store->apply(tenant(), batch); !added) {
        qWarning("adding users failed: %s", qPrintable(added.error().detail));
        return {};
    }
    return ids;
}

void SqlStoreBenchmark::removeUsers(Fixture& fixture, const QStringList& ids)
{
    WriteBatch batch;
    for (const QString& id : ids) {
        WriteOperation operation;
        operation.kind = WriteOperation::Kind::Remove;
        operation.resource.resourceType = benchusers::UserType;
        operation.resource.id = id;
        batch.operations.append(operation);
    }
    if (Status removed = fixture.store->apply(tenant(), batch); !removed)
        qWarning("removing users failed: %s", qPrintable(removed.error().detail));
}

void SqlStoreBenchmark::runQuery(int size, const QString& filter, bool sorted, qint64 startIndex,
                                 qint64 total)
{
    Fixture* fixture = this->fixture(size);
    QVERIFY(fixture);
    Query query;
    query.resourceType = benchusers::UserType;
    if (!filter.isEmpty()) {
        const auto parsed = FilterParser::parse(filter);
        QVERIFY2(parsed, qPrintable(parsed.ok() ? QString() : parsed.error().detail));
        query.filter = *parsed;
    }
    if (sorted)
        query.sort = SortSpec{*AttributePath::parse(u"userName"), SortOrder::Ascending};
    query.startIndex = startIndex;
    query.count = 100;

    const auto first = fixture->store->query(tenant(), query);
    QVERIFY2(first, qPrintable(first.ok() ? QString() : first.error().detail));
    QCOMPARE(first->resources.size(), 100);
    QCOMPARE(first->totalResults, total);
    QBENCHMARK {
        const auto page = fixture->store->query(tenant(), query);
        if (!page)
            QFAIL(qPrintable(page.error().detail));
    }
}

void SqlStoreBenchmark::get_data()
{
    addSizeRows();
}

void SqlStoreBenchmark::get()
{
    QFETCH(int, size);
    Fixture* fixture = this->fixture(size);
    QVERIFY(fixture);
    QStringList ids;
    for (int k = 0; k < Rotation; ++k)
        ids.append(benchusers::userId(spreadIndex(k, size)));
    qsizetype next = 0;
    QBENCHMARK {
        const auto user = fixture->store->get(tenant(), benchusers::UserType, ids.at(next));
        next = (next + 1) % ids.size();
        if (!user)
            QFAIL("a seeded user is missing");
    }
}

void SqlStoreBenchmark::create_data()
{
    addSizeRows();
}

void SqlStoreBenchmark::create()
{
    QFETCH(int, size);
    Fixture* fixture = this->fixture(size);
    QVERIFY(fixture);
    // Users are prepared outside the measured code: this is the store's cost alone, one transaction each.
    const ResourceCanonicalizer canonicalizer(*m_registry, *m_registry->resourceType(benchusers::UserType));
    QList<WriteBatch> batches;
    QStringList ids;
    for (int i = 0; i < FixedRun; ++i) {
        Resource user = benchusers::storedUser(canonicalizer, m_nextIndex++);
        ids.append(user.id);
        WriteBatch batch;
        batch.operations.append({WriteOperation::Kind::Create, std::move(user), std::nullopt});
        batches.append(batch);
    }
    const FixedRunTimer timer;
    for (const WriteBatch& batch : std::as_const(batches)) {
        if (Status created = fixture->store->apply(tenant(), batch); !created)
            QFAIL(qPrintable(created.error().detail));
    }
    timer.report(FixedRun);
    removeUsers(*fixture, ids);
}

void SqlStoreBenchmark::replace_data()
{
    addSizeRows();
}

void SqlStoreBenchmark::replace()
{
    QFETCH(int, size);
    Fixture* fixture = this->fixture(size);
    QVERIFY(fixture);
    // Each replace is guarded by the version it expects, as the Directory's writes are.
    QList<Resource> users;
    for (int k = 0; k < 256; ++k) {
        std::optional<Resource> user =
            fixture->store->get(tenant(), benchusers::UserType, benchusers::userId(spreadIndex(k, size)));
        QVERIFY(user);
        // A change no benchmarked filter looks at, so that their counts stay those of the seed.
        user->json.insert(QStringLiteral("nickName"), QStringLiteral("Replaced"));
        users.append(*user);
    }
    qsizetype next = 0;
    QBENCHMARK {
        Resource& user = users[next];
        next = (next + 1) % users.size();
        Resource replacement = user;
        ++replacement.version;
        WriteBatch batch;
        batch.operations.append({WriteOperation::Kind::Replace, std::move(replacement), user.version});
        if (Status replaced = fixture->store->apply(tenant(), batch); !replaced)
            QFAIL(qPrintable(replaced.error().detail));
        ++user.version;
    }
}

void SqlStoreBenchmark::remove_data()
{
    addSizeRows();
}

void SqlStoreBenchmark::remove()
{
    QFETCH(int, size);
    Fixture* fixture = this->fixture(size);
    QVERIFY(fixture);
    // Removes users added for the purpose, so that the seeded ones stay.
    const QStringList ids = addUsers(*fixture, FixedRun);
    QCOMPARE(ids.size(), FixedRun);
    QList<WriteBatch> batches;
    for (const QString& id : ids) {
        WriteOperation operation;
        operation.kind = WriteOperation::Kind::Remove;
        operation.resource.resourceType = benchusers::UserType;
        operation.resource.id = id;
        WriteBatch batch;
        batch.operations.append(operation);
        batches.append(batch);
    }
    const FixedRunTimer timer;
    for (const WriteBatch& batch : std::as_const(batches)) {
        if (Status removed = fixture->store->apply(tenant(), batch); !removed)
            QFAIL(qPrintable(removed.error().detail));
    }
    timer.report(FixedRun);
}

void SqlStoreBenchmark::userNameEq_data()
{
    addSizeRows();
}

void SqlStoreBenchmark::userNameEq()
{
    QFETCH(int, size);
    Fixture* fixture = this->fixture(size);
    QVERIFY(fixture);
    QList<Query> queries;
    for (int k = 0; k < 64; ++k) {
        Query query;
        query.resourceType = benchusers::UserType;
        query.filter = *FilterParser::parse(userNameFilter(spreadIndex(k, size)));
        query.count = 100;
        queries.append(query);
    }
    const auto found = fixture->store->query(tenant(), queries.first());
    QVERIFY(found);
    QCOMPARE(found->totalResults, 1);
    QCOMPARE(found->resources.value(0).id, benchusers::userId(0));
    qsizetype next = 0;
    QBENCHMARK {
        const auto result = fixture->store->query(tenant(), queries.at(next));
        next = (next + 1) % queries.size();
        if (!result || result->totalResults != 1)
            QFAIL("userName eq did not find its user");
    }
}

void SqlStoreBenchmark::filterValuePath_data()
{
    addSizeRows();
}

void SqlStoreBenchmark::filterValuePath()
{
    QFETCH(int, size);
    runQuery(size,
             QStringLiteral("emails[type eq \"work\" and value co \"@example.com\"] and active eq true and "
                            "title pr"),
             false, 1, valuePathMatches(size));
}

void SqlStoreBenchmark::sortedPage_data()
{
    addSizeRows();
}

void SqlStoreBenchmark::sortedPage()
{
    QFETCH(int, size);
    runQuery(size, QString(), true, 1, size);
}

void SqlStoreBenchmark::sortedPageDeep_data()
{
    addSizeRows();
}

void SqlStoreBenchmark::sortedPageDeep()
{
    QFETCH(int, size);
    runQuery(size, QString(), true, size / 2 + 1, size);
}

void SqlStoreBenchmark::list100_data()
{
    addSizeRows();
}

void SqlStoreBenchmark::list100()
{
    QFETCH(int, size);
    runQuery(size, QString(), false, 1, size);
}

void SqlStoreBenchmark::lastModifiedSince_data()
{
    addSizeRows();
}

void SqlStoreBenchmark::lastModifiedSince()
{
    QFETCH(int, size);
    // The last 100 users modified (one a second), as an incremental sync asks: a range on the column.
    const QString since = benchusers::lastModified(size - 101);
    runQuery(size, QStringLiteral("meta.lastModified gt \"%1\"").arg(since), false, 1, 100);
}

void SqlStoreBenchmark::directoryGet_data()
{
    addSizeRows();
}

void SqlStoreBenchmark::directoryGet()
{
    QFETCH(int, size);
    Fixture* fixture = this->fixture(size);
    QVERIFY(fixture);
    const OperationContext context{tenant(), QStringLiteral("token:benchmark")};
    QStringList ids;
    for (int k = 0; k < Rotation; ++k)
        ids.append(benchusers::userId(spreadIndex(k, size)));
    qsizetype next = 0;
    QBENCHMARK {
        const auto user = fixture->directory->get(context, benchusers::UserType, ids.at(next));
        next = (next + 1) % ids.size();
        if (!user)
            QFAIL(qPrintable(user.error().detail));
    }
}

void SqlStoreBenchmark::directoryCreate_data()
{
    addSizeRows();
}

void SqlStoreBenchmark::directoryCreate()
{
    QFETCH(int, size);
    Fixture* fixture = this->fixture(size);
    QVERIFY(fixture);
    // What a POST /Users hands the Directory; canonicalizing it is part of the measured cost.
    const OperationContext context{tenant(), QStringLiteral("token:benchmark")};
    QList<QJsonObject> inputs;
    for (int i = 0; i < FixedRun; ++i)
        inputs.append(benchusers::userInput(m_nextIndex++));
    QStringList ids;
    ids.reserve(FixedRun);
    const FixedRunTimer timer;
    for (const QJsonObject& input : std::as_const(inputs)) {
        const auto created = fixture->directory->create(context, benchusers::UserType, input);
        if (!created)
            QFAIL(qPrintable(created.error().detail));
        ids.append(created->id);
    }
    timer.report(FixedRun);
    removeUsers(*fixture, ids);
}

void SqlStoreBenchmark::directoryUserNameEq_data()
{
    addSizeRows();
}

void SqlStoreBenchmark::directoryUserNameEq()
{
    QFETCH(int, size);
    Fixture* fixture = this->fixture(size);
    QVERIFY(fixture);
    // As GET /Users?filter=userName eq "..." arrives from an identity provider: no count, so the
    // Directory asks for its maximum page.
    const OperationContext context{tenant(), QStringLiteral("token:benchmark")};
    QList<Query> queries;
    for (int k = 0; k < 64; ++k) {
        Query query;
        query.resourceType = benchusers::UserType;
        query.filter = *FilterParser::parse(userNameFilter(spreadIndex(k, size)));
        queries.append(query);
    }
    qsizetype next = 0;
    QBENCHMARK {
        const auto result = fixture->directory->query(context, queries.at(next));
        next = (next + 1) % queries.size();
        if (!result || result->totalResults != 1)
            QFAIL("userName eq did not find its user");
    }
}

} // namespace muster
