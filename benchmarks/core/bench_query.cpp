#include "BenchmarkRows.h"
#include "SeededMemoryStore.h"
#include "query/CompiledFilter.h"
#include "query/FilterParser.h"

#include <QTest>
#include <QUuid>

using namespace muster;

// The Query suite: filter parsing, binding to the schemas and matching one resource, and queries on a
// MemoryStore of typical users: the indexed `userName eq`, an unindexed `co` scan, sorting and paging.
class BenchQuery : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<SchemaRegistry> m_registry = SchemaRegistry::builtIn();
    const QString m_tenant = ResourceStore::DefaultTenant;
    const QString m_user = QStringLiteral("User");

    static void addFilterRows()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<bool>("expected");
        QTest::addRow("simple") << QStringLiteral("userName eq \"user42@example.com\"") << true;
        QTest::addRow("complex")
            << QStringLiteral(
                   "userType ne \"Intern\" and (emails[type eq \"work\" and value co \"@example.com\"] or "
                   "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq \"Sales\") "
                   "and not (title sw \"Chief\") and meta.lastModified gt \"2011-05-13T04:42:34Z\"")
            << true;
    }

    const ResourceType& users() const { return *m_registry->resourceType(m_user); }

    // The stored form of typical user 42, which both filters match.
    static QJsonObject storedUser()
    {
        QJsonObject resource = benchdata::typicalUser(42);
        resource.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        resource.insert(
            QStringLiteral("meta"),
            QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("User")},
                        {QStringLiteral("lastModified"), QStringLiteral("2024-01-01T00:00:00Z")}});
        return resource;
    }

    // Runs `query` on the store of `size` users again and again; every answer must hold `expected`
    // resources.
    void runQuery(int size, Query query, qsizetype expected)
    {
        const SeededMemoryStore& fixture = SeededMemoryStore::shared(m_registry, size);
        QVERIFY(fixture.store());
        query.resourceType = m_user;
        const auto first = fixture.store()->query(m_tenant, query);
        QVERIFY2(first.ok(), first ? "" : qPrintable(first.error().detail));
        QCOMPARE(first->resources.size(), expected);
        QBENCHMARK {
            const auto page = fixture.store()->query(m_tenant, query);
            if (!page || page->resources.size() != expected)
                QFAIL("wrong page");
        }
    }

    static Query filtered(const QString& filter)
    {
        Query query;
        query.filter = *FilterParser::parse(filter);
        query.count = 100;
        return query;
    }

    static Query sortedByUserName(int count, qint64 startIndex = 1)
    {
        Query query;
        query.sort = SortSpec{*AttributePath::parse(u"userName"), SortOrder::Ascending};
        query.count = count;
        query.startIndex = startIndex;
        return query;
    }

private slots:
    void parse_data() { addFilterRows(); }
    void parse()
    {
        QFETCH(QString, filter);
        QBENCHMARK {
            const auto parsed = FilterParser::parse(filter);
            if (!parsed)
                QFAIL("filter did not parse");
        }
    }

    void compile_data() { addFilterRows(); }
    // Binding a parsed filter to the User schema.
    void compile()
    {
        QFETCH(QString, filter);
        const FilterPtr parsed = *FilterParser::parse(filter);
        QBENCHMARK {
            const auto compiled = CompiledFilter::compile(*m_registry, users(), parsed);
            if (!compiled)
                QFAIL("filter did not compile");
        }
    }

    void match_data() { addFilterRows(); }
    // Evaluating a bound filter against one resource.
    void match()
    {
        QFETCH(QString, filter);
        QFETCH(bool, expected);
        const auto compiled = CompiledFilter::compile(*m_registry, users(), *FilterParser::parse(filter));
        QVERIFY(compiled.ok());
        const QJsonObject resource = storedUser();
        QCOMPARE(compiled->matches(resource), expected);
        bool matched = false;
        QBENCHMARK {
            matched = compiled->matches(resource);
        }
        QCOMPARE(matched, expected);
    }

    void parseAndEvaluate_data() { addFilterRows(); }
    // What a filtered request pays before any index or scan: parse, bind, and match one resource.
    void parseAndEvaluate()
    {
        QFETCH(QString, filter);
        QFETCH(bool, expected);
        const QJsonObject resource = storedUser();
        QBENCHMARK {
            const auto parsed = FilterParser::parse(filter);
            if (!parsed)
                QFAIL("filter did not parse");
            const auto compiled = CompiledFilter::compile(*m_registry, users(), *parsed);
            if (!compiled || compiled->matches(resource) != expected)
                QFAIL("wrong match");
        }
    }

    void userNameEq_data() { benchrows::addSizeRows({1000, 10000, 100000}, {1000000}); }
    // The lookup identity providers make before nearly every write, served by the userName index.
    void userNameEq()
    {
        QFETCH(int, size);
        runQuery(size, filtered(QStringLiteral("userName eq \"USER%1@example.com\"").arg(size / 2)), 1);
    }

    void containsScan_data() { benchrows::addSizeRows({1000, 10000, 100000}); }
    // An unindexed substring filter: every user is examined; users 4242, 14242, 24242, ... match.
    void containsScan()
    {
        QFETCH(int, size);
        const QString needle = QStringLiteral("n4242 F");
        qsizetype matches = 0;
        for (int index = 0; index < size && matches < 100; ++index)
            matches += benchdata::typicalUser(index)
                           .value(QStringLiteral("displayName"))
                           .toString()
                           .contains(needle);
        runQuery(size, filtered(QStringLiteral("displayName co \"%1\"").arg(needle)), matches);
    }

    void sort_data() { benchrows::addSizeRows({100, 10000}); }
    // All users of the store in userName order.
    void sort()
    {
        QFETCH(int, size);
        runQuery(size, sortedByUserName(size), size);
    }

    void sortedPage_data() { benchrows::addSizeRows({10000, 100000}); }
    // The first 100 in userName order, among all users.
    void sortedPage()
    {
        QFETCH(int, size);
        runQuery(size, sortedByUserName(100), 100);
    }

    void pageMiddle_data() { benchrows::addSizeRows({10000, 100000}, {1000000}); }
    // startIndex/count paging without filter or sortBy: the 100 users half way down the list.
    void pageMiddle()
    {
        QFETCH(int, size);
        Query query;
        query.count = 100;
        query.startIndex = size / 2 + 1;
        runQuery(size, query, 100);
    }

    void sortedPageMiddle_data() { benchrows::addSizeRows({10000, 100000}); }
    // The same in userName order.
    void sortedPageMiddle()
    {
        QFETCH(int, size);
        runQuery(size, sortedByUserName(100, size / 2 + 1), 100);
    }
};

QTEST_GUILESS_MAIN(BenchQuery)
#include "bench_query.moc"
