#include "store/MemberSet.h"

#include <QTest>

using namespace muster;

// A member set keeps each id once, in joining order, whatever the mix of inserts and removals.
class TestMemberSet : public QObject {
    Q_OBJECT

private:
    static QJsonObject element(const QString& id, const QString& display = {})
    {
        QJsonObject json{{QStringLiteral("value"), id}};
        if (!display.isEmpty())
            json.insert(QStringLiteral("display"), display);
        return json;
    }

private slots:
    void operations_data()
    {
        QTest::addColumn<QStringList>("steps");    // "+id", "+id:display" or "-id"
        QTest::addColumn<QList<bool>>("returned"); // what each step returned
        QTest::addColumn<QStringList>("expected"); // "id" or "id:display", in order

        QTest::addRow("empty") << QStringList() << QList<bool>() << QStringList();
        QTest::addRow("joining order is kept")
            << QStringList{QStringLiteral("+c"), QStringLiteral("+a"), QStringLiteral("+b")}
            << QList<bool>{true, true, true}
            << QStringList{QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")};
        QTest::addRow("remove from the middle")
            << QStringList{QStringLiteral("+c"), QStringLiteral("+a"), QStringLiteral("+b"),
                           QStringLiteral("-a")}
            << QList<bool>{true, true, true, true} << QStringList{QStringLiteral("c"), QStringLiteral("b")};
        QTest::addRow("remove an unknown id") << QStringList{QStringLiteral("+c"), QStringLiteral("-z")}
                                              << QList<bool>{true, false} << QStringList{QStringLiteral("c")};
        QTest::addRow("insert again replaces in place")
            << QStringList{QStringLiteral("+c"), QStringLiteral("+a"), QStringLiteral("+b"),
                           QStringLiteral("+a:Ann")}
            << QList<bool>{true, true, true, false}
            << QStringList{QStringLiteral("c"), QStringLiteral("a:Ann"), QStringLiteral("b")};
        QTest::addRow("removed and inserted again joins at the end")
            << QStringList{QStringLiteral("+c"), QStringLiteral("+a"), QStringLiteral("+b"),
                           QStringLiteral("-c"), QStringLiteral("+c")}
            << QList<bool>{true, true, true, true, true}
            << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        QTest::addRow("ids are case-sensitive")
            << QStringList{QStringLiteral("+a"), QStringLiteral("+A"), QStringLiteral("-A")}
            << QList<bool>{true, true, true} << QStringList{QStringLiteral("a")};
        QTest::addRow("remove everything, then insert")
            << QStringList{QStringLiteral("+a"), QStringLiteral("+b"), QStringLiteral("-b"),
                           QStringLiteral("-a"), QStringLiteral("+d")}
            << QList<bool>{true, true, true, true, true} << QStringList{QStringLiteral("d")};
    }

    void operations()
    {
        QFETCH(QStringList, steps);
        QFETCH(QList<bool>, returned);
        QFETCH(QStringList, expected);

        MemberSet set;
        QList<bool> results;
        for (const QString& step : std::as_const(steps)) {
            const QString id = step.mid(1).section(u':', 0, 0);
            if (step.startsWith(u'+'))
                results.append(set.insert(id, element(id, step.section(u':', 1))));
            else
                results.append(set.remove(id));
        }
        QCOMPARE(results, returned);

        QJsonArray array;
        QStringList ids;
        for (const QString& entry : std::as_const(expected)) {
            const QString id = entry.section(u':', 0, 0);
            array.append(element(id, entry.section(u':', 1)));
            ids.append(id);
        }
        QCOMPARE(set.toArray(), array);
        QCOMPARE(set.size(), expected.size());
        QCOMPARE(set.isEmpty(), expected.isEmpty());
        QStringList storedIds = set.ids();
        storedIds.sort();
        ids.sort();
        QCOMPARE(storedIds, ids);
        for (const QString& id : std::as_const(ids))
            QVERIFY(set.contains(id));
        QVERIFY(!set.contains(QStringLiteral("zz")));
    }
};

QTEST_GUILESS_MAIN(TestMemberSet)
#include "tst_memberset.moc"
