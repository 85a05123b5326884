#include "common/Result.h"
#include "resource/Resource.h"

#include <QTest>

using namespace muster;

class TestScimError : public QObject {
    Q_OBJECT

private slots:
    void keywords_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("keyword");
        QTest::addRow("none") << int(ScimType::None) << QString();
        QTest::addRow("invalidFilter") << int(ScimType::InvalidFilter) << QStringLiteral("invalidFilter");
        QTest::addRow("tooMany") << int(ScimType::TooMany) << QStringLiteral("tooMany");
        QTest::addRow("uniqueness") << int(ScimType::Uniqueness) << QStringLiteral("uniqueness");
        QTest::addRow("mutability") << int(ScimType::Mutability) << QStringLiteral("mutability");
        QTest::addRow("invalidSyntax") << int(ScimType::InvalidSyntax) << QStringLiteral("invalidSyntax");
        QTest::addRow("invalidPath") << int(ScimType::InvalidPath) << QStringLiteral("invalidPath");
        QTest::addRow("noTarget") << int(ScimType::NoTarget) << QStringLiteral("noTarget");
        QTest::addRow("invalidValue") << int(ScimType::InvalidValue) << QStringLiteral("invalidValue");
        QTest::addRow("invalidVers") << int(ScimType::InvalidVersion) << QStringLiteral("invalidVers");
        QTest::addRow("sensitive") << int(ScimType::Sensitive) << QStringLiteral("sensitive");
    }

    void keywords()
    {
        QFETCH(int, type);
        QFETCH(QString, keyword);
        const ScimError error{400, ScimType(type), QStringLiteral("detail")};
        QCOMPARE(error.scimTypeName(), keyword);
    }

    void factories()
    {
        QCOMPARE(ScimError::notFound(QStringLiteral("x")).status, 404);
        QCOMPARE(ScimError::conflict(ScimType::Uniqueness, QStringLiteral("x")).status, 409);
        QCOMPARE(ScimError::preconditionFailed(QStringLiteral("x")).status, 412);
        QCOMPARE(ScimError::internal(QStringLiteral("x")).status, 500);
        const ScimError bad = ScimError::badRequest(ScimType::InvalidPath, QStringLiteral("no such path"));
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.scimType, ScimType::InvalidPath);
        QCOMPARE(bad.detail, QStringLiteral("no such path"));
    }

    void resultHoldsValueOrError()
    {
        Result<int> value = 42;
        QVERIFY(value.ok());
        QCOMPARE(*value, 42);
        Result<int> error = ScimError::notFound(QStringLiteral("gone"));
        QVERIFY(!error.ok());
        QCOMPARE(error.error().status, 404);
        Status fine;
        QVERIFY(fine.ok());
        Status failed = ScimError::internal(QStringLiteral("broken"));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().detail, QStringLiteral("broken"));
    }

    void etags_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<quint64>("version");
        QTest::addRow("weak") << QStringLiteral("W/\"3\"") << true << quint64(3);
        QTest::addRow("strong") << QStringLiteral("\"17\"") << true << quint64(17);
        QTest::addRow("bare") << QStringLiteral("5") << true << quint64(5);
        QTest::addRow("spaces") << QStringLiteral("  W/\"8\" ") << true << quint64(8);
        QTest::addRow("large") << QStringLiteral("W/\"18446744073709551615\"") << true
                               << quint64(18446744073709551615ULL);
        QTest::addRow("empty") << QString() << false << quint64(0);
        QTest::addRow("star") << QStringLiteral("*") << false << quint64(0);
        QTest::addRow("text") << QStringLiteral("W/\"abc\"") << false << quint64(0);
        QTest::addRow("negative") << QStringLiteral("W/\"-1\"") << false << quint64(0);
        QTest::addRow("plus") << QStringLiteral("+4") << false << quint64(0);
        QTest::addRow("overflow") << QStringLiteral("W/\"18446744073709551616\"") << false << quint64(0);
        QTest::addRow("unbalanced quote") << QStringLiteral("W/\"4") << false << quint64(0);
    }

    void etags()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(quint64, version);
        const std::optional<quint64> parsed = Resource::versionFromEtag(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(*parsed, version);
            QCOMPARE(Resource::versionFromEtag(Resource::etagFor(version)), parsed);
        }
    }
};

QTEST_GUILESS_MAIN(TestScimError)
#include "tst_scimerror.moc"
