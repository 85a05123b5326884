#include "query/Filter.h"
#include "search/SearchQuery.h"

#include <QTest>

using namespace muster;

// The search box: plain words become a filter over names and e-mail addresses, SCIM filters are
// taken as they are, broken filters are explained.
class TestSearchQuery : public QObject {
    Q_OBJECT

private slots:
    void interpret_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("filter"); // canonical text; empty for no filter; "error: ..." fragment
        QTest::newRow("empty") << QString() << QStringLiteral("User") << QString();
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("User") << QString();
        QTest::newRow("a word")
            << QStringLiteral("ann") << QStringLiteral("User")
            << QStringLiteral("userName co \"ann\" or displayName co \"ann\" or emails.value co \"ann\"");
        QTest::newRow("two words: both must occur")
            << QStringLiteral("ann  sales") << QStringLiteral("User")
            << QStringLiteral(
                   "(userName co \"ann\" or displayName co \"ann\" or emails.value co \"ann\") and "
                   "(userName co \"sales\" or displayName co \"sales\" or emails.value co \"sales\")");
        QTest::newRow("a group word") << QStringLiteral("staff") << QStringLiteral("Group")
                                      << QStringLiteral("displayName co \"staff\"");
        QTest::newRow("quotes in a word are a value") << QStringLiteral("o\"brien") << QStringLiteral("Group")
                                                      << QStringLiteral("displayName co \"o\\\"brien\"");
        QTest::newRow("a SCIM filter")
            << QStringLiteral("department eq \"Sales\" and active eq true") << QStringLiteral("User")
            << QStringLiteral("department eq \"Sales\" and active eq true");
        QTest::newRow("operators in any case, bare values")
            << QStringLiteral("userName SW an") << QStringLiteral("User")
            << QStringLiteral("userName sw \"an\"");
        QTest::newRow("a valuePath") << QStringLiteral("emails[type eq \"work\"]") << QStringLiteral("User")
                                     << QStringLiteral("emails[type eq \"work\"]");
        QTest::newRow("a broken filter") << QStringLiteral("userName eq") << QStringLiteral("User")
                                         << QStringLiteral("error: comparison value");
        QTest::newRow("unbalanced parentheses")
            << QStringLiteral("(active eq true") << QStringLiteral("User") << QStringLiteral("error: ");
    }

    void interpret()
    {
        QFETCH(QString, text);
        QFETCH(QString, type);
        QFETCH(QString, filter);
        const auto result = SearchQuery::interpret(text, type);
        if (filter.startsWith(QLatin1String("error: "))) {
            QVERIFY(!result);
            QCOMPARE(result.error().scimTypeName(), QStringLiteral("invalidFilter"));
            QVERIFY2(result.error().detail.contains(filter.mid(7)), qPrintable(result.error().detail));
            return;
        }
        QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().detail));
        QCOMPARE(*result ? (*result)->toString() : QString(), filter);
    }
};

QTEST_APPLESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
