#include "StoreConformance.h"
#include "query/FilterParser.h"
#include "query/ResourceComparator.h"
#include "schema/SchemaUrns.h"
#include "store/MemoryStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTest>

#include <algorithm>

using namespace muster;

namespace {

const QString User = QStringLiteral("User");
const QString Group = QStringLiteral("Group");
const QString Default = ResourceStore::DefaultTenant;

Resource user(const QString& id, const QString& userName, const QStringList& emails,
              const QString& externalId)
{
    QJsonArray emailArray;
    for (const QString& email : emails)
        emailArray.append(
            QJsonObject{{QStringLiteral("value"), email}, {QStringLiteral("type"), QStringLiteral("work")}});
    QJsonObject json{{QStringLiteral("schemas"), QJsonArray{urns::User}},
                     {QStringLiteral("id"), id},
                     {QStringLiteral("userName"), userName},
                     {QStringLiteral("meta"),
                      QJsonObject{{QStringLiteral("resourceType"), User},
                                  {QStringLiteral("created"), QStringLiteral("2024-01-01T00:00:00Z")},
                                  {QStringLiteral("lastModified"), QStringLiteral("2024-01-01T00:00:00Z")},
                                  {QStringLiteral("version"), Resource::etagFor(1)}}}};
    if (!emailArray.isEmpty())
        json.insert(QStringLiteral("emails"), emailArray);
    if (!externalId.isEmpty())
        json.insert(QStringLiteral("externalId"), externalId);
    return Resource{id, User, 1, json, {UniqueKey{QStringLiteral("userName"), userName.toCaseFolded()}}};
}

Resource group(const QString& id, const QString& displayName, const QStringList& members, quint64 version = 1)
{
    QJsonArray memberArray;
    for (const QString& member : members)
        memberArray.append(QJsonObject{{QStringLiteral("value"), member}});
    QJsonObject json{
        {QStringLiteral("schemas"), QJsonArray{urns::Group}},
        {QStringLiteral("id"), id},
        {QStringLiteral("displayName"), displayName},
        {QStringLiteral("meta"), QJsonObject{{QStringLiteral("resourceType"), Group},
                                             {QStringLiteral("version"), Resource::etagFor(version)}}}};
    if (!memberArray.isEmpty())
        json.insert(QStringLiteral("members"), memberArray);
    return Resource{id, Group, version, json, {}};
}

WriteBatch batchOf(const QList<WriteOperation>& operations)
{
    WriteBatch batch;
    batch.operations = operations;
    return batch;
}

Result<QueryResult> runQuery(const MemoryStore& store, const QString& type, const QString& filter,
                             std::optional<int> count = std::nullopt)
{
    Query query;
    query.resourceType = type;
    if (!filter.isEmpty()) {
        auto parsed = FilterParser::parse(filter);
        if (!parsed)
            return parsed.error();
        query.filter = *parsed;
    }
    query.count = count;
    return store.query(Default, query);
}

QStringList sortedIds(const QList<Resource>& resources)
{
    QStringList ids;
    for (const Resource& resource : resources)
        ids.append(resource.id);
    ids.sort();
    return ids;
}

QString number(int i)
{
    return QStringLiteral("%1").arg(i, 5, 10, QLatin1Char('0'));
}

} // namespace

// What only the MemoryStore promises: equality filters on indexed attributes are lookups, and the
// indexes follow every write.
class TestMemoryStore : public QObject {
    Q_OBJECT

private:
    static constexpr int Users = 10000;
    std::shared_ptr<SchemaRegistry> m_registry = SchemaRegistry::builtIn();
    std::unique_ptr<MemoryStore> m_large;
    std::unique_ptr<MemoryStore> m_groups; // built by the first membershipLookup row

private slots:
    void initTestCase()
    {
        m_large = std::make_unique<MemoryStore>(m_registry);
        QList<WriteOperation> operations;
        for (int i = 0; i < Users; ++i) {
            Resource resource = user(QStringLiteral("id") + number(i), QStringLiteral("user") + number(i),
                                     {QStringLiteral("user%1@example.com").arg(number(i)),
                                      QStringLiteral("alt%1@mail.test").arg(number(i))},
                                     QStringLiteral("ext-") + number(i));
            resource.json.insert(QStringLiteral("title"),
                                 i % 7 == 0 ? QStringLiteral("Engineer") : QStringLiteral("Staff"));
            resource.json.insert(QStringLiteral("active"), i % 2 == 0);
            operations.append({WriteOperation::Kind::Create, resource, std::nullopt});
        }
        QVERIFY(m_large->apply(Default, batchOf(operations)));
        QCOMPARE(m_large->count(Default, User), Users);
    }

    void indexedLookup_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<quint64>("examined");
        QTest::addColumn<QStringList>("ids");

        const QStringList one{QStringLiteral("id04242")};
        QTest::addRow("userName eq, other case")
            << QStringLiteral("userName eq \"USER04242\"") << quint64(1) << one;
        QTest::addRow("userName eq, URN-qualified")
            << QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"user04242\"")
            << quint64(1) << one;
        QTest::addRow("emails.value eq, other case")
            << QStringLiteral("emails.value eq \"User04242@Example.COM\"") << quint64(1) << one;
        QTest::addRow("emails.value eq, second email")
            << QStringLiteral("emails.value eq \"alt04242@mail.test\"") << quint64(1) << one;
        QTest::addRow("emails eq") << QStringLiteral("emails eq \"user04242@example.com\"") << quint64(1)
                                   << one;
        QTest::addRow("externalId eq") << QStringLiteral("externalId eq \"ext-04242\"") << quint64(1) << one;
        QTest::addRow("externalId eq is caseExact")
            << QStringLiteral("externalId eq \"EXT-04242\"") << quint64(0) << QStringList();
        QTest::addRow("userName eq, no such user")
            << QStringLiteral("userName eq \"nobody\"") << quint64(0) << QStringList();
        QTest::addRow("indexed eq and a matching condition")
            << QStringLiteral("userName eq \"user04242\" and title eq \"Engineer\"") << quint64(1) << one;
        QTest::addRow("indexed eq and a failing condition")
            << QStringLiteral("userName eq \"user04242\" and title eq \"Staff\"") << quint64(1)
            << QStringList();
        QTest::addRow("condition and indexed eq")
            << QStringLiteral("active eq true and emails.value eq \"user00010@example.com\"") << quint64(1)
            << QStringList{QStringLiteral("id00010")};
        QTest::addRow("indexed eq or indexed eq")
            << QStringLiteral("userName eq \"user00001\" or emails.value eq \"user00002@example.com\"")
            << quint64(2) << QStringList{QStringLiteral("id00001"), QStringLiteral("id00002")};
        QTest::addRow("co scans") << QStringLiteral("userName co \"04242\"") << quint64(Users) << one;
        QTest::addRow("or with a scanning side scans")
            << QStringLiteral("userName eq \"user00001\" or title eq \"nothing\"") << quint64(Users)
            << QStringList{QStringLiteral("id00001")};
        QTest::addRow("not scans") << QStringLiteral("not (userName ne \"user04242\")") << quint64(Users)
                                   << one;
        QTest::addRow("valuePath eq on value")
            << QStringLiteral("emails[value eq \"User04242@example.com\"]") << quint64(1) << one;
        QTest::addRow("valuePath eq on value and a condition")
            << QStringLiteral("emails[type eq \"work\" and value eq \"user04242@example.com\"]") << quint64(1)
            << one;
        QTest::addRow("valuePath eq on value, no such email")
            << QStringLiteral("emails[value eq \"nobody@example.com\"]") << quint64(0) << QStringList();
        QTest::addRow("valuePath on another sub-attribute scans")
            << QStringLiteral("emails[type eq \"home\"]") << quint64(Users) << QStringList();
        QTest::addRow("valuePath co scans")
            << QStringLiteral("emails[value co \"04242@\"]") << quint64(Users) << one;
        QTest::addRow("not valuePath scans")
            << QStringLiteral("not (emails[value ne \"user04242@example.com\"])") << quint64(Users)
            << QStringList();
    }

    void indexedLookup()
    {
        QFETCH(QString, filter);
        QFETCH(quint64, examined);
        QFETCH(QStringList, ids);

        const quint64 before = m_large->scannedResources();
        const auto result = runQuery(*m_large, User, filter);
        QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().detail));
        QCOMPARE(sortedIds(result->resources), ids);
        QCOMPARE(result->totalResults, ids.size());
        QCOMPARE(m_large->lastQueryScannedResources(), examined);
        QCOMPARE(m_large->scannedResources() - before, examined);
    }

    // A list without filter and sortBy finds its page in the ordered ids: it reads what it returns only.
    void unfilteredPages_data()
    {
        QTest::addColumn<qint64>("startIndex");
        QTest::addColumn<std::optional<int>>("count");
        QTest::addColumn<int>("first"); // number of the first user returned
        QTest::addColumn<int>("returned");
        QTest::addColumn<quint64>("examined");

        QTest::addRow("first page") << qint64(1) << std::optional<int>(100) << 0 << 100 << quint64(100);
        QTest::addRow("a middle page")
            << qint64(4201) << std::optional<int>(100) << 4200 << 100 << quint64(100);
        QTest::addRow("the last, short page")
            << qint64(Users - 49) << std::optional<int>(100) << Users - 50 << 50 << quint64(50);
        QTest::addRow("beyond the end")
            << qint64(Users + 5) << std::optional<int>(100) << 0 << 0 << quint64(0);
        QTest::addRow("count 0") << qint64(1) << std::optional<int>(0) << 0 << 0 << quint64(0);
        QTest::addRow("no count: the rest")
            << qint64(Users - 2) << std::optional<int>() << Users - 3 << 3 << quint64(3);
    }

    void unfilteredPages()
    {
        QFETCH(qint64, startIndex);
        QFETCH(std::optional<int>, count);
        QFETCH(int, first);
        QFETCH(int, returned);
        QFETCH(quint64, examined);

        Query query;
        query.resourceType = User;
        query.startIndex = startIndex;
        query.count = count;
        const auto result = m_large->query(Default, query);
        QVERIFY(result.ok());
        QCOMPARE(result->totalResults, Users);
        QCOMPARE(result->resources.size(), returned);
        for (int i = 0; i < returned; ++i)
            QCOMPARE(result->resources.at(i).id, QStringLiteral("id") + number(first + i));
        if (returned > 0)
            QCOMPARE(m_large->lastQueryScannedResources(), examined);
    }

    // A page without a total (Query::countTotal false) walks the ids in order and stops once the page and
    // one more match are found; a filter that matches few gives up the walk for the plain scan.
    void pagesWithoutTotalStopEarly_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<qint64>("startIndex");
        QTest::addColumn<QStringList>("firstIds");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<quint64>("examined");
        QTest::addRow("one in two, first page")
            << QStringLiteral("active eq true") << qint64(1)
            << QStringList{QStringLiteral("id00000"), QStringLiteral("id00002")} << qint64(101)
            << quint64(201);
        QTest::addRow("one in two, second page")
            << QStringLiteral("active eq true") << qint64(101)
            << QStringList{QStringLiteral("id00200"), QStringLiteral("id00202")} << qint64(201)
            << quint64(401);
        QTest::addRow("one in ten thousand: the walk gives up")
            << QStringLiteral("userName co \"04242\"") << qint64(1) << QStringList{QStringLiteral("id04242")}
            << qint64(1) << quint64(8 * 101 + Users / 8 + Users);
    }

    void pagesWithoutTotalStopEarly()
    {
        QFETCH(QString, filter);
        QFETCH(qint64, startIndex);
        QFETCH(QStringList, firstIds);
        QFETCH(qint64, total);
        QFETCH(quint64, examined);
        Query query;
        query.resourceType = User;
        query.filter = *FilterParser::parse(filter);
        query.startIndex = startIndex;
        query.count = 100;
        query.countTotal = false;
        const auto result = m_large->query(Default, query);
        QVERIFY(result.ok());
        QCOMPARE(result->totalResults, total);
        QCOMPARE(result->resources.size(), std::min<qsizetype>(100, total - startIndex + 1));
        for (qsizetype i = 0; i < firstIds.size(); ++i)
            QCOMPARE(result->resources.at(i).id, firstIds.at(i));
        QCOMPARE(m_large->lastQueryScannedResources(), examined);
    }

    // The id order follows creates, replaces and removes in any order.
    void unfilteredPagesFollowWrites()
    {
        MemoryStore store(m_registry);
        QStringList expected;
        for (int i : {7, 3, 9, 1, 5, 8, 2, 6, 4, 0}) {
            const Resource created =
                user(QStringLiteral("u") + number(i), QStringLiteral("name") + number(i), {}, {});
            QVERIFY(store.apply(Default, batchOf({{WriteOperation::Kind::Create, created, std::nullopt}})));
            expected.append(created.id);
        }
        for (int i : {3, 8}) {
            const Resource removed =
                user(QStringLiteral("u") + number(i), QStringLiteral("name") + number(i), {}, {});
            QVERIFY(store.apply(Default, batchOf({{WriteOperation::Kind::Remove, removed, 1}})));
            expected.removeOne(removed.id);
        }
        Resource replaced = user(QStringLiteral("u") + number(5), QStringLiteral("renamed"), {}, {});
        replaced.version = 2;
        QVERIFY(store.apply(Default, batchOf({{WriteOperation::Kind::Replace, replaced, 1}})));
        expected.sort();

        QStringList walked;
        for (qint64 start = 1;; start += 3) {
            Query query;
            query.resourceType = User;
            query.startIndex = start;
            query.count = 3;
            const auto page = store.query(Default, query);
            QVERIFY(page.ok());
            QCOMPARE(page->totalResults, expected.size());
            if (page->resources.isEmpty())
                break;
            for (const Resource& resource : page->resources)
                walked.append(resource.id);
        }
        QCOMPARE(walked, expected);
        QCOMPARE(
            store.get(Default, User, QStringLiteral("u") + number(5))->json.value(QStringLiteral("userName")),
            QJsonValue(QStringLiteral("renamed")));
    }

    void indexMaintenance_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("resourceType");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<quint64>("examined");
        QTest::addColumn<QStringList>("ids");

        const QStringList a1{QStringLiteral("a1")};
        const QStringList none;
        const QString rename = QStringLiteral("rename");
        const QString remove = QStringLiteral("remove");
        const QString regroup = QStringLiteral("regroup");
        const QString dropEmails = QStringLiteral("drop emails");
        QTest::addRow("rename: old userName")
            << rename << User << QStringLiteral("userName eq \"alice\"") << quint64(0) << none;
        QTest::addRow("rename: new userName")
            << rename << User << QStringLiteral("userName eq \"ALICIA\"") << quint64(1) << a1;
        QTest::addRow("rename: old email")
            << rename << User << QStringLiteral("emails.value eq \"alice@example.com\"") << quint64(0)
            << none;
        QTest::addRow("rename: kept email")
            << rename << User << QStringLiteral("emails.value eq \"shared@example.com\"") << quint64(2)
            << QStringList{QStringLiteral("a1"), QStringLiteral("b1")};
        QTest::addRow("rename: new email")
            << rename << User << QStringLiteral("emails.value eq \"alicia@example.com\"") << quint64(1) << a1;
        QTest::addRow("rename: old externalId")
            << rename << User << QStringLiteral("externalId eq \"ext-a\"") << quint64(0) << none;
        QTest::addRow("rename: new externalId")
            << rename << User << QStringLiteral("externalId eq \"ext-a2\"") << quint64(1) << a1;
        QTest::addRow("remove: userName")
            << remove << User << QStringLiteral("userName eq \"alice\"") << quint64(0) << none;
        QTest::addRow("remove: email")
            << remove << User << QStringLiteral("emails.value eq \"alice@example.com\"") << quint64(0)
            << none;
        QTest::addRow("remove: shared email")
            << remove << User << QStringLiteral("emails.value eq \"shared@example.com\"") << quint64(1)
            << QStringList{QStringLiteral("b1")};
        QTest::addRow("remove: externalId")
            << remove << User << QStringLiteral("externalId eq \"ext-a\"") << quint64(0) << none;
        QTest::addRow("remove: other user kept") << remove << User << QStringLiteral("userName eq \"bob\"")
                                                 << quint64(1) << QStringList{QStringLiteral("b1")};
        QTest::addRow("remove: group member index")
            << remove << Group << QStringLiteral("members.value eq \"a1\"") << quint64(1)
            << QStringList{QStringLiteral("g1")};
        QTest::addRow("regroup: old member")
            << regroup << Group << QStringLiteral("members.value eq \"a1\"") << quint64(0) << none;
        QTest::addRow("regroup: new member") << regroup << Group << QStringLiteral("members.value eq \"B1\"")
                                             << quint64(1) << QStringList{QStringLiteral("g1")};
        const QString update = QStringLiteral("update members");
        QTest::addRow("update: removed member")
            << update << Group << QStringLiteral("members.value eq \"a1\"") << quint64(0) << none;
        QTest::addRow("update: added member") << update << Group << QStringLiteral("members.value eq \"B1\"")
                                              << quint64(1) << QStringList{QStringLiteral("g1")};
        QTest::addRow("update: added member, members eq")
            << update << Group << QStringLiteral("members eq \"b1\"") << quint64(1)
            << QStringList{QStringLiteral("g1")};
        QTest::addRow("update: added member, valuePath")
            << update << Group << QStringLiteral("members[value eq \"b1\"]") << quint64(1)
            << QStringList{QStringLiteral("g1")};
        QTest::addRow("update: removed member, valuePath")
            << update << Group << QStringLiteral("members[value eq \"A1\"]") << quint64(0) << none;
        QTest::addRow("update: new displayName") << update << Group << QStringLiteral("displayName eq \"H\"")
                                                 << quint64(1) << QStringList{QStringLiteral("g1")};
        QTest::addRow("drop emails: email")
            << dropEmails << User << QStringLiteral("emails.value eq \"alice@example.com\"") << quint64(0)
            << none;
        QTest::addRow("drop emails: userName kept")
            << dropEmails << User << QStringLiteral("userName eq \"alice\"") << quint64(1) << a1;
    }

    void indexMaintenance()
    {
        QFETCH(QString, change);
        QFETCH(QString, resourceType);
        QFETCH(QString, filter);
        QFETCH(quint64, examined);
        QFETCH(QStringList, ids);

        MemoryStore store(m_registry);
        const QString a1 = QStringLiteral("a1"), b1 = QStringLiteral("b1"), g1 = QStringLiteral("g1");
        const QString shared = QStringLiteral("shared@example.com");
        QVERIFY(store.apply(
            Default,
            batchOf({{WriteOperation::Kind::Create,
                      user(a1, QStringLiteral("alice"), {QStringLiteral("alice@example.com"), shared},
                           QStringLiteral("ext-a")),
                      std::nullopt},
                     {WriteOperation::Kind::Create,
                      user(b1, QStringLiteral("bob"), {QStringLiteral("bob@example.com"), shared}, {}),
                      std::nullopt},
                     {WriteOperation::Kind::Create, group(g1, QStringLiteral("G"), {a1}), std::nullopt}})));

        WriteOperation operation;
        if (change == QLatin1String("rename")) {
            Resource renamed = user(a1, QStringLiteral("alicia"),
                                    {QStringLiteral("alicia@example.com"), shared}, QStringLiteral("ext-a2"));
            renamed.version = 2;
            operation = {WriteOperation::Kind::Replace, renamed, 1};
        } else if (change == QLatin1String("remove")) {
            operation = {WriteOperation::Kind::Remove, user(a1, {}, {}, {}), 1};
        } else if (change == QLatin1String("regroup")) {
            operation = {WriteOperation::Kind::Replace, group(g1, QStringLiteral("G"), {b1}, 2), 1};
        } else if (change == QLatin1String("update members")) {
            operation = {WriteOperation::Kind::Update, group(g1, QStringLiteral("H"), {}, 2), 1};
            operation.memberChanges.removed = QStringList{a1};
            operation.memberChanges.added = QJsonArray{QJsonObject{{QStringLiteral("value"), b1}}};
        } else {
            Resource withoutEmails = user(a1, QStringLiteral("alice"), {}, QStringLiteral("ext-a"));
            withoutEmails.version = 2;
            operation = {WriteOperation::Kind::Replace, withoutEmails, 1};
        }
        QVERIFY(store.apply(Default, batchOf({operation})));

        const auto result = runQuery(store, resourceType, filter);
        QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().detail));
        QCOMPARE(sortedIds(result->resources), ids);
        QCOMPARE(store.lastQueryScannedResources(), examined);
    }

    void membershipLookup_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<quint64>("examined");
        QTest::addColumn<int>("total");

        // 500 groups: g<k> has u<k> and "common"; g00000 also has 10,000 more members.
        QTest::addRow("members.value eq") << QStringLiteral("members.value eq \"u00007\"") << quint64(1) << 1;
        QTest::addRow("members.value eq, other case")
            << QStringLiteral("members.value eq \"U00007\"") << quint64(1) << 1;
        QTest::addRow("members eq") << QStringLiteral("members eq \"u00007\"") << quint64(1) << 1;
        QTest::addRow("URN-qualified")
            << QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group:members.value eq \"u00007\"")
            << quint64(1) << 1;
        QTest::addRow("valuePath") << QStringLiteral("members[value eq \"u00007\"]") << quint64(1) << 1;
        QTest::addRow("valuePath with a condition")
            << QStringLiteral("members[value eq \"u00007\" and type eq \"Group\"]") << quint64(1) << 0;
        QTest::addRow("member of the big group only")
            << QStringLiteral("members.value eq \"big09999\"") << quint64(1) << 1;
        QTest::addRow("member of every group")
            << QStringLiteral("members.value eq \"common\"") << quint64(500) << 500;
        QTest::addRow("no such member") << QStringLiteral("members.value eq \"nobody\"") << quint64(0) << 0;
        QTest::addRow("or of two members")
            << QStringLiteral("members.value eq \"u00001\" or members[value eq \"u00002\"]") << quint64(2)
            << 2;
        QTest::addRow("member and displayName")
            << QStringLiteral("displayName eq \"Group 00007\" and members.value eq \"common\"")
            << quint64(500) << 1;
        QTest::addRow("displayName scans")
            << QStringLiteral("displayName eq \"Group 00007\"") << quint64(500) << 1;
        QTest::addRow("valuePath on type scans")
            << QStringLiteral("members[type eq \"Group\"]") << quint64(500) << 0;
        QTest::addRow("members co scans")
            << QStringLiteral("members.value co \"00007\"") << quint64(500) << 2; // u00007 and big00007
    }

    void membershipLookup()
    {
        QFETCH(QString, filter);
        QFETCH(quint64, examined);
        QFETCH(int, total);

        if (!m_groups) {
            m_groups = std::make_unique<MemoryStore>(m_registry);
            QList<WriteOperation> operations;
            for (int k = 0; k < 500; ++k) {
                QStringList members{QStringLiteral("u") + number(k), QStringLiteral("common")};
                if (k == 0) {
                    for (int i = 0; i < 10000; ++i)
                        members.append(QStringLiteral("big") + number(i));
                }
                operations.append(
                    {WriteOperation::Kind::Create,
                     group(QStringLiteral("g") + number(k), QStringLiteral("Group ") + number(k), members),
                     std::nullopt});
            }
            QVERIFY(m_groups->apply(Default, batchOf(operations)));
        }
        const auto result = runQuery(*m_groups, Group, filter);
        QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().detail));
        QCOMPARE(result->totalResults, total);
        QCOMPARE(m_groups->lastQueryScannedResources(), examined);
    }

    void projectionLeavesMembersOut_data()
    {
        QTest::addColumn<QStringList>("attributes");
        QTest::addColumn<QStringList>("excludedAttributes");
        QTest::addColumn<bool>("members");

        const QStringList none;
        QTest::addRow("no projection") << none << none << true;
        QTest::addRow("members excluded") << none << QStringList{QStringLiteral("members")} << false;
        QTest::addRow("members excluded, other case")
            << none << QStringList{QStringLiteral("MEMBERS")} << false;
        QTest::addRow("members excluded, URN-qualified")
            << none << QStringList{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group:members")}
            << false;
        QTest::addRow("a sub-attribute excluded")
            << none << QStringList{QStringLiteral("members.display")} << true;
        QTest::addRow("something else excluded")
            << none << QStringList{QStringLiteral("displayName")} << true;
        QTest::addRow("attributes without members")
            << QStringList{QStringLiteral("displayName")} << none << false;
        QTest::addRow("attributes with members")
            << QStringList{QStringLiteral("displayName"), QStringLiteral("members")} << none << true;
        QTest::addRow("attributes with a member sub-attribute")
            << QStringList{QStringLiteral("members.value")} << none << true;
        QTest::addRow("attributes that do not resolve")
            << QStringList{QStringLiteral("nosuch")} << none << true;
    }

    void projectionLeavesMembersOut()
    {
        QFETCH(QStringList, attributes);
        QFETCH(QStringList, excludedAttributes);
        QFETCH(bool, members);

        // A store may leave out what the projection would drop anyway; it never drops what it keeps.
        MemoryStore store(m_registry);
        const Resource stored = group(QStringLiteral("g1"), QStringLiteral("G"), {QStringLiteral("a1")});
        QVERIFY(store.apply(Default, batchOf({{WriteOperation::Kind::Create, stored, std::nullopt}})));
        Query query;
        query.resourceType = Group;
        query.projection.attributes = attributes;
        query.projection.excludedAttributes = excludedAttributes;
        const auto result = store.query(Default, query);
        QVERIFY(result.ok());
        QCOMPARE(result->resources.size(), 1);
        QJsonObject expected = stored.json;
        if (!members)
            expected.remove(QStringLiteral("members"));
        QCOMPARE(result->resources.first().json, expected);
    }

    // Sorting by an indexed attribute reads the index's keys instead of the JSON: the order must be the
    // one ResourceComparator gives on the JSON (case-folded, missing and empty values last, ties by id),
    // also after writes changed the keys.
    void sortByIndexedAttribute_data()
    {
        QTest::addColumn<QString>("sortBy");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<int>("startIndex");
        QTest::addColumn<int>("count");
        QTest::addRow("userName ascending") << QStringLiteral("userName") << false << 1 << 100;
        QTest::addRow("userName descending") << QStringLiteral("userName") << true << 1 << 100;
        QTest::addRow("externalId ascending") << QStringLiteral("externalId") << false << 1 << 100;
        QTest::addRow("externalId descending") << QStringLiteral("externalId") << true << 1 << 100;
        QTest::addRow("externalId page") << QStringLiteral("externalId") << false << 3 << 4;
        QTest::addRow("userName page descending") << QStringLiteral("userName") << true << 5 << 3;
    }

    void sortByIndexedAttribute()
    {
        QFETCH(QString, sortBy);
        QFETCH(bool, descending);
        QFETCH(int, startIndex);
        QFETCH(int, count);
        MemoryStore store(m_registry);
        QList<Resource> users{
            user(QStringLiteral("u1"), QStringLiteral("bob"), {}, QStringLiteral("X-2")),
            user(QStringLiteral("u2"), QStringLiteral("Alice"), {}, {}),
            user(QStringLiteral("u3"), QStringLiteral("alice.b"), {}, QStringLiteral("x-1")),
            user(QStringLiteral("u4"), QStringLiteral("ZOE"), {}, QStringLiteral("x-2")),
            user(QStringLiteral("u5"), QStringLiteral("Émile"), {}, QStringLiteral("x-10")),
            user(QStringLiteral("u6"), QStringLiteral("carol"), {}, QStringLiteral("X-1")),
            user(QStringLiteral("u7"), QStringLiteral("dave"), {}, {}),
            user(QStringLiteral("u8"), QStringLiteral("erin"), {}, QStringLiteral("x-3")),
        };
        users[6].json.insert(QStringLiteral("externalId"), QString()); // empty: sorts as missing
        users[7].json.insert(QStringLiteral("externalId"), 42);        // not a string: no key
        QList<WriteOperation> creates;
        for (const Resource& resource : std::as_const(users))
            creates.append({WriteOperation::Kind::Create, resource, std::nullopt});
        QVERIFY(store.apply(Default, batchOf(creates)));
        // Keys that change after the create: a new userName and externalId, and one removed.
        Resource renamed = users[0];
        renamed.json.insert(QStringLiteral("userName"), QStringLiteral("Aaron"));
        renamed.json.insert(QStringLiteral("externalId"), QStringLiteral("a-0"));
        renamed.uniqueKeys = {UniqueKey{QStringLiteral("userName"), QStringLiteral("aaron")}};
        users[0] = renamed;
        Resource withoutExternalId = users[3];
        withoutExternalId.json.remove(QStringLiteral("externalId"));
        users[3] = withoutExternalId;
        QVERIFY(store.apply(Default,
                            batchOf({{WriteOperation::Kind::Replace, renamed, std::nullopt},
                                     {WriteOperation::Kind::Replace, withoutExternalId, std::nullopt}})));

        Query query;
        query.resourceType = User;
        query.sort = SortSpec{*AttributePath::parse(sortBy),
                              descending ? SortOrder::Descending : SortOrder::Ascending};
        query.startIndex = startIndex;
        query.count = count;
        const auto result = store.query(Default, query);
        QVERIFY(result.ok());

        const auto comparator =
            ResourceComparator::create(*m_registry, *m_registry->resourceType(User), *query.sort);
        QVERIFY(comparator.ok());
        std::sort(users.begin(), users.end(),
                  [&](const Resource& a, const Resource& b) { return (*comparator)(a.json, b.json); });
        QStringList expected;
        for (const Resource& resource : users.mid(startIndex - 1, count))
            expected.append(resource.id);
        QStringList actual;
        for (const Resource& resource : result->resources)
            actual.append(resource.id);
        QCOMPARE(actual, expected);
        QCOMPARE(result->totalResults, users.size());
    }

    void resourceTypeNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("known");
        QTest::addRow("canonical") << User << true;
        QTest::addRow("lower case") << QStringLiteral("user") << true;
        QTest::addRow("unknown") << QStringLiteral("Device") << false;
    }

    void resourceTypeNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, known);
        MemoryStore store(m_registry);
        QVERIFY(store.apply(
            Default, batchOf({{WriteOperation::Kind::Create,
                               user(QStringLiteral("a1"), QStringLiteral("alice"), {}, {}), std::nullopt}})));
        QCOMPARE(store.get(Default, name, QStringLiteral("a1")).has_value(), known);
        QCOMPARE(store.count(Default, name), known ? 1 : 0);
        const auto result = runQuery(store, name, QStringLiteral("userName eq \"alice\""));
        QCOMPARE(result.ok(), known);
        if (!known)
            QCOMPARE(result.error().status, 404);
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    StoreConformance conformance(
        [](std::shared_ptr<const SchemaRegistry> registry) -> std::unique_ptr<ResourceStore> {
            return std::make_unique<MemoryStore>(std::move(registry));
        },
        QStringLiteral("MemoryStore"));
    TestMemoryStore specific;
    int failures = QTest::qExec(&conformance, argc, argv);
    failures += QTest::qExec(&specific, argc, argv);
    return std::min(failures, 127);
}

#include "tst_memorystore.moc"
