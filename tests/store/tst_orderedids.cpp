#include "store/OrderedIds.h"

#include <QRandomGenerator>
#include <QStringList>
#include <QTest>

#include <set>

using namespace muster;

namespace {

QStringList slice(const OrderedIds& ids, qsizetype begin, qsizetype count)
{
    QStringList visited;
    ids.visit(begin, count, [&](const QString& id) { visited.append(id); });
    return visited;
}

QStringList slice(const std::set<QString>& ids, qsizetype begin, qsizetype count)
{
    QStringList expected;
    for (const QString& id : ids) {
        if (begin-- > 0)
            continue;
        if (count-- <= 0)
            break;
        expected.append(id);
    }
    return expected;
}

} // namespace

// OrderedIds against std::set: the same ids in the same order after any inserts and erases, whether
// they fill one chunk or split into many.
class TestOrderedIds : public QObject {
    Q_OBJECT

private slots:
    void followsASet_data()
    {
        QTest::addColumn<int>("operations");
        QTest::addColumn<int>("keySpace"); // ids are drawn from this many, so that some repeat
        QTest::addColumn<int>("eraseEvery");

        QTest::addRow("few ids, one chunk") << 300 << 200 << 3;
        QTest::addRow("many ids, chunks split") << 20000 << 8000 << 4;
        QTest::addRow("mostly erased, chunks emptied") << 20000 << 3000 << 2;
        QTest::addRow("inserts only") << 5000 << 1000000 << 0;
    }

    void followsASet()
    {
        QFETCH(int, operations);
        QFETCH(int, keySpace);
        QFETCH(int, eraseEvery);

        QRandomGenerator random(42);
        OrderedIds ids;
        std::set<QString> expected;
        for (int i = 0; i < operations; ++i) {
            const QString id = QStringLiteral("id-%1").arg(random.bounded(keySpace));
            if (eraseEvery > 0 && i % eraseEvery == 0) {
                ids.erase(id);
                expected.erase(id);
            } else {
                ids.insert(id);
                expected.insert(id);
            }
        }
        QCOMPARE(ids.size(), qsizetype(expected.size()));
        const qsizetype size = ids.size();
        QCOMPARE(slice(ids, 0, size), slice(expected, 0, size));
        for (qsizetype begin :
             {qsizetype(0), qsizetype(1), size / 3, size - 100, size - 1, size, size + 10}) {
            const qsizetype from = std::max<qsizetype>(0, begin);
            QCOMPARE(slice(ids, from, 100), slice(expected, from, 100));
        }
    }

    void repeatsAndAbsentIdsChangeNothing()
    {
        OrderedIds ids;
        ids.erase(QStringLiteral("nothing"));
        ids.insert(QStringLiteral("b"));
        ids.insert(QStringLiteral("a"));
        ids.insert(QStringLiteral("b"));
        ids.erase(QStringLiteral("c"));
        QCOMPARE(ids.size(), 2);
        QCOMPARE(slice(ids, 0, 10), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        ids.erase(QStringLiteral("a"));
        ids.erase(QStringLiteral("b"));
        QCOMPARE(ids.size(), 0);
        QVERIFY(slice(ids, 0, 10).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOrderedIds)
#include "tst_orderedids.moc"
