#include "query/FilterParser.h"
#include "store/sql/SqlStoreIndexHint.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace muster;

// Which filters SqlStore answers through an index, and that the condition never excludes a match: it
// is implied by the filter (an "or" needs both sides, a "not" none).
class TestSqlStoreIndexHint : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<SchemaRegistry> m_registry = SchemaRegistry::builtIn();

private slots:
    void condition_data()
    {
        QTest::addColumn<QString>("resourceType");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QVariantList>("bindings");

        const QString user = QStringLiteral("User");
        const QString group = QStringLiteral("Group");
        const QString none;
        const QString byMember = QStringLiteral(
            "r.id IN (SELECT k.group_id FROM members k WHERE k.tenant = ? AND k.member_key = ?)");
        const QString tenant = QStringLiteral("t1");
        QTest::addRow("userName eq, case-folded")
            << user << QStringLiteral("userName eq \"ALICE\"") << QStringLiteral("r.user_name = ?")
            << QVariantList{QStringLiteral("alice")};
        QTest::addRow("userName eq, URN-qualified, attribute in another case")
            << user << QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User:USERNAME eq \"Bob\"")
            << QStringLiteral("r.user_name = ?") << QVariantList{QStringLiteral("bob")};
        QTest::addRow("externalId eq, exact")
            << user << QStringLiteral("externalId eq \"EXT-1\"") << QStringLiteral("r.external_id = ?")
            << QVariantList{QStringLiteral("EXT-1")};
        QTest::addRow("id eq") << user << QStringLiteral("id eq \"u1\"") << QStringLiteral("r.id = ?")
                               << QVariantList{QStringLiteral("u1")};
        QTest::addRow("group displayName eq")
            << group << QStringLiteral("displayName eq \"Admins\"") << QStringLiteral("r.display_name = ?")
            << QVariantList{QStringLiteral("admins")};
        QTest::addRow("user displayName is not in the column")
            << user << QStringLiteral("displayName eq \"A\"") << none << QVariantList{};
        QTest::addRow("members.value eq") << group << QStringLiteral("members.value eq \"U1\"") << byMember
                                          << QVariantList{tenant, QStringLiteral("u1")};
        QTest::addRow("members eq") << group << QStringLiteral("members eq \"u1\"") << byMember
                                    << QVariantList{tenant, QStringLiteral("u1")};
        QTest::addRow("members valuePath") << group << QStringLiteral("members[value eq \"u1\"]") << byMember
                                           << QVariantList{tenant, QStringLiteral("u1")};
        QTest::addRow("members valuePath on type")
            << group << QStringLiteral("members[type eq \"User\"]") << none << QVariantList{};
        const QString byEmail =
            QStringLiteral("r.id IN (SELECT v.id FROM resource_values v WHERE v.tenant = ? AND "
                           "v.type = ? AND v.attribute = 'emails' AND v.value_key = ?)");
        QTest::addRow("emails.value eq")
            << user << QStringLiteral("emails.value eq \"Bob@Example.COM\"") << byEmail
            << QVariantList{tenant, user, QStringLiteral("bob@example.com")};
        QTest::addRow("emails eq") << user << QStringLiteral("emails eq \"a@b.c\"") << byEmail
                                   << QVariantList{tenant, user, QStringLiteral("a@b.c")};
        QTest::addRow("emails valuePath with a condition")
            << user << QStringLiteral("emails[type eq \"work\" and value eq \"a@b.c\"]") << byEmail
            << QVariantList{tenant, user, QStringLiteral("a@b.c")};
        QTest::addRow("emails valuePath on type")
            << user << QStringLiteral("emails[type eq \"work\"]") << none << QVariantList{};
        QTest::addRow("emails.type eq")
            << user << QStringLiteral("emails.type eq \"work\"") << none << QVariantList{};
        QTest::addRow("lastModified gt, a millisecond wider")
            << user << QStringLiteral("meta.lastModified gt \"2024-01-01T00:00:00Z\"")
            << QStringLiteral("r.last_modified >= ?") << QVariantList{qint64(1704067199999)};
        QTest::addRow("created le, other time zone")
            << user << QStringLiteral("meta.created le \"2024-01-01T01:00:00+01:00\"")
            << QStringLiteral("r.created <= ?") << QVariantList{qint64(1704067200001)};
        QTest::addRow("and takes both") << user << QStringLiteral("userName eq \"a\" and externalId eq \"x\"")
                                        << QStringLiteral("(r.user_name = ? AND r.external_id = ?)")
                                        << QVariantList{QStringLiteral("a"), QStringLiteral("x")};
        QTest::addRow("and with one side")
            << user << QStringLiteral("title eq \"x\" and userName eq \"A\"")
            << QStringLiteral("r.user_name = ?") << QVariantList{QStringLiteral("a")};
        QTest::addRow("or needs both sides") << user << QStringLiteral("userName eq \"a\" or id eq \"b\"")
                                             << QStringLiteral("(r.user_name = ? OR r.id = ?)")
                                             << QVariantList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::addRow("or with a side that scans")
            << user << QStringLiteral("userName eq \"a\" or title eq \"b\"") << none << QVariantList{};
        QTest::addRow("not") << user << QStringLiteral("not (userName eq \"a\")") << none << QVariantList{};
        QTest::addRow("ne") << user << QStringLiteral("userName ne \"a\"") << none << QVariantList{};
        QTest::addRow("co") << user << QStringLiteral("userName co \"a\"") << none << QVariantList{};
        QTest::addRow("eq on a number") << user << QStringLiteral("userName eq 5") << none << QVariantList{};
        QTest::addRow("extension attribute")
            << user
            << QStringLiteral(
                   "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq \"x\"")
            << none << QVariantList{};
    }

    void condition()
    {
        QFETCH(QString, resourceType);
        QFETCH(QString, filter);
        QFETCH(QString, sql);
        QFETCH(QVariantList, bindings);

        const ResourceType* type = m_registry->resourceType(resourceType);
        QVERIFY(type);
        const auto parsed = FilterParser::parse(filter);
        QVERIFY(parsed.ok());
        const SqlStoreIndexHint hint(*m_registry, *type, resourceType == QLatin1String("Group"),
                                     SqlDialect::Postgres);
        const SqlFragment condition = hint.condition(**parsed, QStringLiteral("t1"));
        QCOMPARE(condition.sql, sql);
        QCOMPARE(condition.bindings, bindings);
    }

    void columnValues()
    {
        const QJsonObject json{
            {QStringLiteral("userName"), QStringLiteral("ÅSA.Test")},
            {QStringLiteral("externalId"), QStringLiteral("Ext-1")},
            {QStringLiteral("displayName"), QStringLiteral("Straße")},
            {QStringLiteral("meta"),
             QJsonObject{{QStringLiteral("created"), QStringLiteral("2024-01-01T00:00:00.5Z")},
                         {QStringLiteral("lastModified"), QStringLiteral("not a date")}}}};
        QCOMPARE(SqlStoreIndexHint::userNameKey(json), QVariant(QStringLiteral("åsa.test")));
        QCOMPARE(SqlStoreIndexHint::externalIdKey(json), QVariant(QStringLiteral("Ext-1")));
        QCOMPARE(SqlStoreIndexHint::displayNameKey(json), QVariant(QStringLiteral("Straße").toCaseFolded()));
        QCOMPARE(SqlStoreIndexHint::createdKey(json), QVariant(qint64(1704067200500)));
        QVERIFY(!SqlStoreIndexHint::lastModifiedKey(json).isValid());
        QVERIFY(!SqlStoreIndexHint::userNameKey(QJsonObject{{QStringLiteral("userName"), 5}}).isValid());
        QCOMPARE(SqlStoreIndexHint::memberKey(QStringLiteral("ABC")), QStringLiteral("abc"));
        const QJsonObject withEmails{
            {QStringLiteral("emails"),
             QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("A@X.org")}},
                        QJsonObject{{QStringLiteral("value"), QStringLiteral("a@x.ORG")},
                                    {QStringLiteral("type"), QStringLiteral("home")}},
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("work")}},
                        QJsonObject{{QStringLiteral("value"), QStringLiteral("b@x.org")}}}}};
        const QList<std::pair<QString, QString>> expected{
            {QStringLiteral("emails"), QStringLiteral("a@x.org")},
            {QStringLiteral("emails"), QStringLiteral("b@x.org")}};
        QCOMPARE(SqlStoreIndexHint::multiValuedKeys(withEmails), expected);
        QVERIFY(SqlStoreIndexHint::multiValuedKeys(json).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSqlStoreIndexHint)
#include "tst_sqlstoreindexhint.moc"
