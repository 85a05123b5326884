#include "search/TextColumn.h"

#include <QTest>

using namespace muster;

// The search index's texts in one buffer: each entry reads back what was appended for it, through erases,
// replacements and reorders of the spans, and after the characters left behind are dropped.
class TestTextColumn : public QObject {
    Q_OBJECT

private:
    static QStringList texts(const TextColumn& column)
    {
        QStringList all;
        for (size_t entry = 0; entry < column.size(); ++entry)
            all.append(column.at(entry).toString());
        return all;
    }

private slots:
    void appendsEraseAndReorder()
    {
        TextColumn column;
        column.reserve(4, 16);
        for (const QString& text :
             {QStringLiteral("ann"), QString(), QStringLiteral("bob"), QStringLiteral("cy")})
            column.append(text);
        QCOMPARE(texts(column), (QStringList{QStringLiteral("ann"), QString(), QStringLiteral("bob"),
                                             QStringLiteral("cy")}));
        // Erase the second entry, replace the first with a new text, turn the order round.
        column.release(1);
        column.spans().erase(column.spans().begin() + 1);
        column.append(u"dora");
        column.release(0);
        column.spans()[0] = column.spans().back();
        column.spans().pop_back();
        std::reverse(column.spans().begin(), column.spans().end());
        const QStringList expected{QStringLiteral("cy"), QStringLiteral("bob"), QStringLiteral("dora")};
        QCOMPARE(texts(column), expected);
        column.compact();
        QCOMPARE(texts(column), expected);
        // Compacted in entry order: each text right after the one before.
        QCOMPARE(column.spans().front().offset, 0);
        QCOMPARE(column.spans()[1].offset, 2);
        QCOMPARE(column.spans()[2].offset, 5);
    }

    void dropsWhatIsLeftBehind()
    {
        TextColumn column;
        const QString text(100, u'x');
        column.append(text);
        // Each replacement leaves 100 characters behind; the column drops them once they outnumber the
        // live ones, and the text reads the same throughout.
        for (int i = 0; i < 200; ++i) {
            const QString replacement = QString::number(i) + text;
            column.append(replacement);
            column.release(0);
            column.spans().front() = column.spans().back();
            column.spans().pop_back();
            QCOMPARE(column.at(0).toString(), replacement);
            QVERIFY(column.spans().front().offset < 10000);
        }
    }
};

QTEST_GUILESS_MAIN(TestTextColumn)
#include "tst_textcolumn.moc"
