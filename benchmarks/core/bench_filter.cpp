#include "BenchmarkData.h"
#include "query/CompiledFilter.h"
#include "query/FilterParser.h"

#include <QTest>
#include <QUuid>

using namespace muster;

// Filter parsing, binding to the schemas, and matching one resource.
class BenchFilter : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<SchemaRegistry> m_registry = SchemaRegistry::builtIn();

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
    void compile()
    {
        QFETCH(QString, filter);
        const FilterPtr parsed = *FilterParser::parse(filter);
        const ResourceType& users = *m_registry->resourceType(QStringLiteral("User"));
        QBENCHMARK {
            const auto compiled = CompiledFilter::compile(*m_registry, users, parsed);
            if (!compiled)
                QFAIL("filter did not compile");
        }
    }

    void match_data() { addFilterRows(); }
    void match()
    {
        QFETCH(QString, filter);
        QFETCH(bool, expected);
        const ResourceType& users = *m_registry->resourceType(QStringLiteral("User"));
        const auto compiled = CompiledFilter::compile(*m_registry, users, *FilterParser::parse(filter));
        QVERIFY(compiled.ok());
        QJsonObject resource = benchdata::typicalUser(42);
        resource.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        resource.insert(
            QStringLiteral("meta"),
            QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("User")},
                        {QStringLiteral("lastModified"), QStringLiteral("2024-01-01T00:00:00Z")}});
        QCOMPARE(compiled->matches(resource), expected);
        bool matched = false;
        QBENCHMARK {
            matched = compiled->matches(resource);
        }
        QCOMPARE(matched, expected);
    }
};

QTEST_GUILESS_MAIN(BenchFilter)
#include "bench_filter.moc"
