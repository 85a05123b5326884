#include "query/CaseFolding.h"

#include <QTest>

using namespace muster;

// foldedCase must give exactly what QString::toCaseFolded gives, on its ASCII fast path and off it.
class TestCaseFolding : public QObject {
    Q_OBJECT

private slots:
    void matchesToCaseFolded_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("folded already")
            << QStringLiteral("user42@example.com") << QStringLiteral("user42@example.com");
        QTest::addRow("upper case") << QStringLiteral("USER42@Example.COM")
                                    << QStringLiteral("user42@example.com");
        QTest::addRow("upper case late")
            << QStringLiteral("user42@example.coM") << QStringLiteral("user42@example.com");
        QTest::addRow("ASCII edges") << QStringLiteral("@AZ[`az{") << QStringLiteral("@az[`az{");
        QTest::addRow("Latin-1") << QStringLiteral("J\u00D6RG@B\u00C9ISPIEL.de")
                                 << QStringLiteral("j\u00F6rg@b\u00E9ispiel.de");
        QTest::addRow("sharp s") << QStringLiteral("Stra\u00DFe") << QStringLiteral("stra\u00DFe");
        QTest::addRow("Greek final sigma")
            << QStringLiteral("\u039F\u0394\u039F\u03A3") << QStringLiteral("\u03BF\u03B4\u03BF\u03C3");
        QTest::addRow("non-BMP") << QStringLiteral("A\U00010400b") << QStringLiteral("a\U00010428b");
    }

    void matchesToCaseFolded()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(text.toCaseFolded(), expected);
        QCOMPARE(foldedCase(text), expected);
    }

    void equalIgnoringCaseMatchesCompare_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addRow("same") << QStringLiteral("userName") << QStringLiteral("userName");
        QTest::addRow("other case") << QStringLiteral("userName") << QStringLiteral("USERNAME");
        QTest::addRow("other name, same length") << QStringLiteral("userName") << QStringLiteral("userNamf");
        QTest::addRow("prefix") << QStringLiteral("name") << QStringLiteral("names");
        QTest::addRow("empty and not") << QString() << QStringLiteral("a");
        QTest::addRow("both empty") << QString() << QStringLiteral("");
        QTest::addRow("Latin-1") << QStringLiteral("J\u00D6RG") << QStringLiteral("j\u00F6rg");
        QTest::addRow("non-BMP") << QStringLiteral("A\U00010400") << QStringLiteral("a\U00010428");
        QTest::addRow("Kelvin sign") << QStringLiteral("k\u212A") << QStringLiteral("KK");
        QTest::addRow("Greek sigma") << QStringLiteral("\u03A3") << QStringLiteral("\u03C2");
    }

    // The same verdict as QString::compare with Qt::CaseInsensitive, whose cost it avoids when it can.
    void equalIgnoringCaseMatchesCompare()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        const bool expected = a.compare(b, Qt::CaseInsensitive) == 0;
        QCOMPARE(equalIgnoringCase(a, b), expected);
        QCOMPARE(equalIgnoringCase(b, a), expected);
    }

    void foldedTextIsShared()
    {
        const QString text = QString::fromLatin1("already folded");
        const QString folded = foldedCase(text);
        QCOMPARE(folded, text);
        QCOMPARE(folded.constData(), text.constData());
    }
};

QTEST_GUILESS_MAIN(TestCaseFolding)
#include "tst_casefolding.moc"
