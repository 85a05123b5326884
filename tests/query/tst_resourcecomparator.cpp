#include "QueryFixture.h"
#include "query/ResourceComparator.h"

#include <QTest>

#include <algorithm>

using namespace muster;
using namespace muster::queryfixture;

class TestResourceComparator : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<SchemaRegistry> m_registry;
    QList<QJsonObject> m_users;
    QList<QJsonObject> m_groups;

    std::optional<ResourceComparator> comparator(const QString& typeName, const QString& path,
                                                 SortOrder order)
    {
        const auto parsed = AttributePath::parse(path);
        if (!parsed)
            return std::nullopt;
        auto created = ResourceComparator::create(*m_registry, *m_registry->resourceType(typeName),
                                                  SortSpec{*parsed, order});
        if (!created) {
            qWarning("%s", qPrintable(created.error().detail));
            return std::nullopt;
        }
        return std::move(created).value();
    }

    static int sign(int value) { return value < 0 ? -1 : (value > 0 ? 1 : 0); }

private slots:
    void initTestCase()
    {
        m_registry = registry();
        QVERIFY(m_registry);
        m_users = resources(QStringLiteral("users.json"));
        m_groups = resources(QStringLiteral("groups.json"));
        QCOMPARE(m_users.size(), 5);
        QCOMPARE(m_groups.size(), 3);
    }

    void order_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("sortBy");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QStringList>("expected");

        const auto add = [](const char* type, const char* sortBy, bool descending, const char* expected) {
            QTest::addRow("%s %s %s", type, sortBy, descending ? "descending" : "ascending")
                << QString::fromUtf8(type) << QString::fromUtf8(sortBy) << descending
                << idList(QString::fromUtf8(expected));
        };
        // Strings, caseExact false: "alice wong" sorts before "Babs Jensen"; "" counts as no value.
        add("User", "userName", false, "u3,u1,u5,u2,u4");
        add("User", "userName", true, "u4,u2,u5,u1,u3");
        add("User", "UserName", false, "u3,u1,u5,u2,u4");
        add("User", "displayName", false, "u3,u1,u5,u2,u4");
        add("User", "displayName", true, "u2,u5,u1,u3,u4");
        // caseExact: "Gold" before "gold"; missing last in both orders, ties by id.
        add("User", "tags", false, "u1,u2,u3,u4,u5");
        add("User", "tags", true, "u2,u1,u3,u4,u5");
        add("User", "externalId", false, "u3,u1,u5,u2,u4");
        add("User", "externalId", true, "u5,u1,u3,u2,u4");
        // dateTimes as instants: u5's "06:42:34+02:00" is u1's "04:42:34Z"
        add("User", "meta.lastModified", false, "u4,u1,u5,u3,u2");
        add("User", "meta.lastModified", true, "u2,u3,u1,u5,u4");
        add("User", "meta.created", false, "u1,u2,u3,u4,u5");
        add("User", "birthday", false, "u1,u3,u2,u4,u5");
        add("User", "birthday", true, "u2,u1,u3,u4,u5");
        // Multi-valued complex: the primary element, else the first (u2's primary email is "home")
        add("User", "emails", false, "u3,u1,u5,u2,u4");
        add("User", "emails.type", false, "u2,u1,u3,u5,u4");
        add("User", "emails.type", true, "u1,u3,u5,u2,u4");
        add("User", "devices", false, "u1,u2,u3,u4,u5");
        add("User", "devices.lastSeen", false, "u2,u1,u3,u4,u5");
        add("User", "nicknames", false, "u3,u1,u2,u4,u5");
        add("User", "schemas", true, "u1,u2,u3,u4,u5");
        // Numbers numerically (10 after 3), exact beyond 2^53; booleans false < true
        add("User", "level", false, "u5,u1,u3,u2,u4");
        add("User", "level", true, "u2,u1,u3,u5,u4");
        add("User", "score", false, "u5,u2,u1,u3,u4");
        add("User", "serial", false, "u1,u2,u5,u3,u4");
        add("User", "serial", true, "u5,u2,u1,u3,u4");
        add("User", "active", false, "u2,u1,u3,u5,u4");
        add("User", "active", true, "u1,u3,u5,u2,u4");
        // Extension attributes, complex single-valued by "value", sub-attributes
        add("User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department", false,
            "u2,u5,u1,u3,u4");
        add("User", "department", true, "u1,u2,u5,u3,u4");
        add("User", "manager", false, "u5,u1,u2,u3,u4");
        add("User", "name.familyName", false, "u1,u5,u2,u3,u4");
        add("User", "id", true, "u5,u4,u3,u2,u1");
        add("Group", "displayName", false, "g2,g1,g3");
        add("Group", "displayName", true, "g1,g3,g2");
        add("Group", "members", false, "g2,g1,g3");
    }

    void order()
    {
        QFETCH(QString, type);
        QFETCH(QString, sortBy);
        QFETCH(bool, descending);
        QFETCH(QStringList, expected);
        const auto sorter =
            comparator(type, sortBy, descending ? SortOrder::Descending : SortOrder::Ascending);
        QVERIFY(sorter);
        QList<QJsonObject> list = type == u"User" ? m_users : m_groups;

        // Any input order gives the same output.
        std::reverse(list.begin(), list.end());
        std::sort(list.begin(), list.end(), *sorter);
        QCOMPARE(ids(list), expected);
        std::rotate(list.begin(), list.begin() + 2, list.end());
        std::sort(list.begin(), list.end(),
                  [&](const QJsonObject& a, const QJsonObject& b) { return sorter->compare(a, b) < 0; });
        QCOMPARE(ids(list), expected);

        // Keys extracted once sort the same way (ties broken by id, as stores do).
        struct Keyed {
            QJsonValue key;
            QJsonObject resource;
        };
        std::vector<Keyed> keyed;
        for (const QJsonObject& resource : std::as_const(list))
            keyed.push_back({sorter->sortKey(resource), resource});
        std::reverse(keyed.begin(), keyed.end());
        std::sort(keyed.begin(), keyed.end(), [&](const Keyed& a, const Keyed& b) {
            const int order = sorter->compareKeys(a.key, b.key);
            return order != 0 ? order < 0
                              : a.resource.value(QLatin1String("id")).toString() <
                                    b.resource.value(QLatin1String("id")).toString();
        });
        QStringList keyedIds;
        for (const Keyed& entry : keyed)
            keyedIds.append(entry.resource.value(QLatin1String("id")).toString());
        QCOMPARE(keyedIds, expected);

        // compare() is antisymmetric and zero only for the same resource.
        for (const QJsonObject& a : std::as_const(list)) {
            for (const QJsonObject& b : std::as_const(list)) {
                QCOMPARE(sign(sorter->compare(a, b)), -sign(sorter->compare(b, a)));
                QCOMPARE(sorter->compare(a, b) == 0, a == b);
            }
        }
    }

    void sortKey_data()
    {
        QTest::addColumn<QString>("sortBy");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QJsonValue>("expected");
        QTest::addRow("primary email") << QStringLiteral("emails") << QStringLiteral("u2")
                                       << QJsonValue(QStringLiteral("jsmith@home.example.org"));
        QTest::addRow("first email, folded") << QStringLiteral("emails.value") << QStringLiteral("u5")
                                             << QJsonValue(QStringLiteral("bob@example.com"));
        QTest::addRow("caseExact kept")
            << QStringLiteral("tags") << QStringLiteral("u1") << QJsonValue(QStringLiteral("Gold"));
        QTest::addRow("dateTime instant") << QStringLiteral("meta.lastModified") << QStringLiteral("u2")
                                          << QJsonValue(qint64(1341136800000));
        QTest::addRow("integer") << QStringLiteral("level") << QStringLiteral("u5") << QJsonValue(-2);
        QTest::addRow("boolean") << QStringLiteral("active") << QStringLiteral("u2") << QJsonValue(false);
        QTest::addRow("missing") << QStringLiteral("title") << QStringLiteral("u4")
                                 << QJsonValue(QJsonValue::Undefined);
        QTest::addRow("empty string")
            << QStringLiteral("displayName") << QStringLiteral("u4") << QJsonValue(QJsonValue::Undefined);
        QTest::addRow("empty array") << QStringLiteral("devices") << QStringLiteral("u5")
                                     << QJsonValue(QJsonValue::Undefined);
        QTest::addRow("no extension")
            << QStringLiteral("department") << QStringLiteral("u3") << QJsonValue(QJsonValue::Undefined);
    }

    void sortKey()
    {
        QFETCH(QString, sortBy);
        QFETCH(QString, id);
        QFETCH(QJsonValue, expected);
        const auto sorter = comparator(QStringLiteral("User"), sortBy, SortOrder::Ascending);
        QVERIFY(sorter);
        const auto user = std::find_if(m_users.cbegin(), m_users.cend(), [&](const QJsonObject& resource) {
            return resource.value(QLatin1String("id")).toString() == id;
        });
        QVERIFY(user != m_users.cend());
        QCOMPARE(sorter->sortKey(*user), expected);
    }

    void missingSortsLast()
    {
        const auto ascending =
            comparator(QStringLiteral("User"), QStringLiteral("title"), SortOrder::Ascending);
        const auto descending =
            comparator(QStringLiteral("User"), QStringLiteral("title"), SortOrder::Descending);
        QVERIFY(ascending && descending);
        const QJsonValue some(QStringLiteral("x"));
        QVERIFY(ascending->compareKeys(some, QJsonValue(QJsonValue::Undefined)) < 0);
        QVERIFY(descending->compareKeys(some, QJsonValue(QJsonValue::Undefined)) < 0);
        QVERIFY(ascending->compareKeys(QJsonValue(QJsonValue::Undefined), some) > 0);
        QVERIFY(descending->compareKeys(QJsonValue(QJsonValue::Undefined), some) > 0);
        QCOMPARE(ascending->compareKeys(QJsonValue(QJsonValue::Undefined), QJsonValue(QJsonValue::Undefined)),
                 0);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("sortBy");
        QTest::addRow("unknown") << QStringLiteral("User") << QStringLiteral("nosuch");
        QTest::addRow("unknown sub-attribute") << QStringLiteral("User") << QStringLiteral("name.nosuch");
        QTest::addRow("complex without value") << QStringLiteral("User") << QStringLiteral("name");
        QTest::addRow("complex without value, multi")
            << QStringLiteral("User") << QStringLiteral("addresses");
        QTest::addRow("whole extension")
            << QStringLiteral("User")
            << QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
        QTest::addRow("never returned") << QStringLiteral("User") << QStringLiteral("password");
        QTest::addRow("other type's extension")
            << QStringLiteral("Group")
            << QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department");
    }

    void errors()
    {
        QFETCH(QString, type);
        QFETCH(QString, sortBy);
        const auto path = AttributePath::parse(sortBy);
        QVERIFY(path.ok());
        const auto created =
            ResourceComparator::create(*m_registry, *m_registry->resourceType(type), SortSpec{*path, {}});
        QVERIFY(!created.ok());
        QCOMPARE(created.error().status, 400);
        QCOMPARE(created.error().scimType, ScimType::InvalidPath);
        QVERIFY(!created.error().detail.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestResourceComparator)
#include "tst_resourcecomparator.moc"
