#include "ScimFixture.h"
#include "schema/SchemaUrns.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace muster;

namespace {

// Twelve users user01..user12: title "Guide" for odd numbers, "Driver" for multiples of four, none
// otherwise; active for even numbers; an employeeNumber for the first six (in reverse order); family
// name "Jensen" for 1-6, "Smith" for 7-12. Groups Staff (user01, user02) and Admins.
struct Population {
    QStringList userIds; // index 0 is user01
    QString staff;
    QString admins;
};

Population populate(ScimFixture& fixture, int users = 12)
{
    Population population;
    for (int i = 1; i <= users; ++i) {
        QJsonObject extra{{QStringLiteral("active"), i % 2 == 0},
                          {QStringLiteral("name"),
                           QJsonObject{{QStringLiteral("familyName"),
                                        i <= 6 ? QStringLiteral("Jensen") : QStringLiteral("Smith")}}}};
        if (i % 2 == 1)
            extra.insert(QStringLiteral("title"), QStringLiteral("Guide"));
        else if (i % 4 == 0)
            extra.insert(QStringLiteral("title"), QStringLiteral("Driver"));
        if (i <= 6) {
            extra.insert(urns::EnterpriseUser,
                         QJsonObject{{QStringLiteral("employeeNumber"), QString::number(100 - i)}});
            extra.insert(QStringLiteral("schemas"), QJsonArray{urns::User, urns::EnterpriseUser});
        }
        population.userIds.append(
            fixture.createUser(QStringLiteral("user%1").arg(i, 2, 10, QLatin1Char('0')), extra));
    }
    population.staff = fixture.createGroup(QStringLiteral("Staff"), population.userIds.mid(0, 2));
    population.admins = fixture.createGroup(QStringLiteral("Admins"));
    return population;
}

QStringList names(const QJsonObject& list, const QString& attribute = QStringLiteral("userName"))
{
    QStringList result;
    for (const QJsonValue& resource : list.value(QStringLiteral("Resources")).toArray())
        result.append(resource.toObject().value(attribute).toString());
    return result;
}

QStringList userNames(int from, int to)
{
    QStringList result;
    for (int i = from; from <= to ? i <= to : i >= to; from <= to ? ++i : --i)
        result.append(QStringLiteral("user%1").arg(i, 2, 10, QLatin1Char('0')));
    return result;
}

QStringList ids(const QJsonObject& list)
{
    return names(list, QStringLiteral("id"));
}

} // namespace

class TestScimList : public QObject {
    Q_OBJECT

private slots:
    // GET /Users with filter, sortBy, sortOrder, startIndex and count: totals, page and order.
    void paging_data();
    void paging();
    void projectionInLists_data();
    void projectionInLists();
    // POST .search per resource type gives what the same GET gives.
    void searchMatchesGet_data();
    void searchMatchesGet();
    void rootQueriesSpanResourceTypes_data();
    void rootQueriesSpanResourceTypes();
    void groupListsOmitMembersWhenExcluded();

    // RFC 9865: every page once, in the order index paging gives, whatever the sort.
    void cursorWalk_data();
    void cursorWalk();
    void cursorWalkStaysStableWhileResourcesChange();
    void cursorIsBoundToItsQuery_data();
    void cursorIsBoundToItsQuery();
    void cursorWorksOnAnotherServerWithTheSameSecret();
    void cursorOnCustomTypes_data();
    void cursorOnCustomTypes();
};

void TestScimList::paging_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("startIndex");
    QTest::addColumn<QStringList>("page");

    const auto row = [](const char* name, const QString& query, int total, int startIndex,
                        const QStringList& page) {
        QTest::addRow("%s", name) << query << total << startIndex << page;
    };
    const QString sorted = QStringLiteral("sortBy=userName&");
    row("first page", sorted + QStringLiteral("startIndex=1&count=5"), 12, 1, userNames(1, 5));
    row("middle page", sorted + QStringLiteral("startIndex=6&count=5"), 12, 6, userNames(6, 10));
    row("last partial page", sorted + QStringLiteral("startIndex=11&count=5"), 12, 11, userNames(11, 12));
    row("beyond the end", sorted + QStringLiteral("startIndex=13&count=5"), 12, 13, {});
    row("startIndex 0 is 1", sorted + QStringLiteral("startIndex=0&count=2"), 12, 1, userNames(1, 2));
    row("negative startIndex is 1", sorted + QStringLiteral("startIndex=-7&count=2"), 12, 1, userNames(1, 2));
    row("count 0 gives totals", sorted + QStringLiteral("count=0"), 12, 1, {});
    row("negative count is 0", sorted + QStringLiteral("count=-3"), 12, 1, {});
    row("count above maxResults is capped", sorted + QStringLiteral("count=500"), 12, 1, userNames(1, 10));
    row("no count gives maxResults", sorted, 12, 1, userNames(1, 10));
    row("descending", QStringLiteral("sortBy=userName&sortOrder=descending&count=3"), 12, 1,
        userNames(12, 10));
    row("sortOrder any case", QStringLiteral("sortBy=userName&sortOrder=DESCENDING&count=1"), 12, 1,
        userNames(12, 12));
    row("parameter names any case", QStringLiteral("sortby=userName&startindex=2&COUNT=2"), 12, 2,
        userNames(2, 3));
    row("sort by family name then id", QStringLiteral("sortBy=name.familyName&sortOrder=descending&count=1"),
        12, 1, {});
    row("sort by extension attribute",
        QStringLiteral("sortBy=urn:ietf:params:scim:schemas:extension:enterprise:2.0:"
                       "User:employeeNumber&count=3"),
        12, 1, userNames(6, 4));
    row("missing values sort last", QStringLiteral("sortBy=title&sortOrder=descending&startIndex=10"), 12, 10,
        QStringList{QStringLiteral("user02"), QStringLiteral("user06"), QStringLiteral("user10")});
    row("filter", sorted + QStringLiteral("filter=title eq \"Guide\""), 6, 1,
        QStringList{QStringLiteral("user01"), QStringLiteral("user03"), QStringLiteral("user05"),
                    QStringLiteral("user07"), QStringLiteral("user09"), QStringLiteral("user11")});
    row("filter and paging", sorted + QStringLiteral("filter=title eq \"Guide\"&startIndex=5&count=5"), 6, 5,
        QStringList{QStringLiteral("user09"), QStringLiteral("user11")});
    row("filter case-insensitive userName", QStringLiteral("filter=userName eq \"USER05\""), 1, 1,
        userNames(5, 5));
    row("filter starts with", sorted + QStringLiteral("filter=userName sw \"user1\""), 3, 1,
        userNames(10, 12));
    row("filter and or",
        sorted + QStringLiteral("filter=name.familyName eq \"Smith\" and (active eq true or title pr)"), 6, 1,
        userNames(7, 12));
    row("filter no match", QStringLiteral("filter=userName eq \"nobody\""), 0, 1, {});
    row("filter with plus for spaces", sorted + QStringLiteral("filter=title+eq+%22Driver%22"), 3, 1,
        QStringList{QStringLiteral("user04"), QStringLiteral("user08"), QStringLiteral("user12")});
    row("empty filter is none", sorted + QStringLiteral("filter=&count=1"), 12, 1, userNames(1, 1));
}

void TestScimList::paging()
{
    QFETCH(QString, query);
    QFETCH(int, total);
    QFETCH(int, startIndex);
    QFETCH(QStringList, page);

    DirectoryOptions directoryOptions;
    directoryOptions.maxResults = 10;
    ScimFixture fixture({}, directoryOptions);
    populate(fixture);
    const HttpResponse response = fixture.send("GET", QStringLiteral("/scim/v2/Users?") + query);
    QVERIFY2(response.status == 200, response.body.constData());
    const QJsonObject list = ScimFixture::json(response);
    QCOMPARE(list.value(QStringLiteral("schemas")).toArray(), QJsonArray{urns::ListResponse});
    QCOMPARE(list.value(QStringLiteral("totalResults")).toInt(), total);
    QCOMPARE(list.value(QStringLiteral("startIndex")).toInt(), startIndex);
    QVERIFY(list.value(QStringLiteral("Resources")).isArray());
    const QStringList actual = names(list);
    QCOMPARE(list.value(QStringLiteral("itemsPerPage")).toInt(), actual.size());
    if (qstrcmp(QTest::currentDataTag(), "sort by family name then id") == 0) {
        // Smiths first; among equal names the order is by id.
        const QJsonObject smiths = ScimFixture::json(fixture.send(
            "GET", QStringLiteral("/scim/v2/Users?filter=name.familyName eq \"Smith\"&sortBy=id")));
        QCOMPARE(actual, names(smiths).mid(0, 1));
        return;
    }
    if (qstrcmp(QTest::currentDataTag(), "missing values sort last") == 0) {
        QStringList sortedNames = actual; // equal keys: ordered by id, which is random
        sortedNames.sort();
        QCOMPARE(sortedNames, page);
        return;
    }
    QCOMPARE(actual, page);
}

void TestScimList::projectionInLists_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("keys");
    QTest::addRow("attributes") << QStringLiteral("attributes=userName")
                                << QStringList{QStringLiteral("id"), QStringLiteral("schemas"),
                                               QStringLiteral("userName")};
    QTest::addRow("attributes list") << QStringLiteral("attributes=userName,title")
                                     << QStringList{QStringLiteral("id"), QStringLiteral("schemas"),
                                                    QStringLiteral("title"), QStringLiteral("userName")};
    QTest::addRow("sub-attribute") << QStringLiteral("attributes=name.familyName")
                                   << QStringList{QStringLiteral("id"), QStringLiteral("name"),
                                                  QStringLiteral("schemas")};
    QTest::addRow("excluded") << QStringLiteral("excludedAttributes=meta,name,active,groups,"
                                                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")
                              << QStringList{QStringLiteral("id"), QStringLiteral("schemas"),
                                             QStringLiteral("title"), QStringLiteral("userName")};
}

void TestScimList::projectionInLists()
{
    QFETCH(QString, query);
    QFETCH(QStringList, keys);
    ScimFixture fixture;
    populate(fixture, 3);
    const QJsonObject list = ScimFixture::json(fixture.send(
        "GET", QStringLiteral("/scim/v2/Users?sortBy=userName&filter=userName eq \"user01\"&") + query));
    QCOMPARE(list.value(QStringLiteral("totalResults")).toInt(), 1);
    QCOMPARE(ScimFixture::at(list, QStringLiteral("Resources/0")).toObject().keys(), keys);
}

void TestScimList::searchMatchesGet_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QJsonObject>("search");
    QTest::addRow("filter") << QStringLiteral("filter=title eq \"Guide\"&sortBy=userName")
                            << QJsonObject{{QStringLiteral("filter"), QStringLiteral("title eq \"Guide\"")},
                                           {QStringLiteral("sortBy"), QStringLiteral("userName")}};
    QTest::addRow("paging") << QStringLiteral("sortBy=userName&sortOrder=descending&startIndex=3&count=4")
                            << QJsonObject{{QStringLiteral("sortBy"), QStringLiteral("userName")},
                                           {QStringLiteral("sortOrder"), QStringLiteral("descending")},
                                           {QStringLiteral("startIndex"), 3},
                                           {QStringLiteral("count"), 4}};
    QTest::addRow("attributes") << QStringLiteral("attributes=userName,title&sortBy=userName")
                                << QJsonObject{
                                       {QStringLiteral("attributes"),
                                        QJsonArray{QStringLiteral("userName"), QStringLiteral("title")}},
                                       {QStringLiteral("sortBy"), QStringLiteral("userName")}};
    QTest::addRow("excluded") << QStringLiteral("excludedAttributes=name,meta&count=2&sortBy=userName")
                              << QJsonObject{{QStringLiteral("excludedAttributes"),
                                              QJsonArray{QStringLiteral("name"), QStringLiteral("meta")}},
                                             {QStringLiteral("count"), 2},
                                             {QStringLiteral("sortBy"), QStringLiteral("userName")}};
    QTest::addRow("numbers as strings")
        << QStringLiteral("startIndex=2&count=1&sortBy=userName")
        << QJsonObject{{QStringLiteral("startIndex"), QStringLiteral("2")},
                       {QStringLiteral("count"), QStringLiteral("1")},
                       {QStringLiteral("sortBy"), QStringLiteral("userName")}};
}

void TestScimList::searchMatchesGet()
{
    QFETCH(QString, query);
    QFETCH(QJsonObject, search);
    ScimFixture fixture;
    populate(fixture);
    search.insert(QStringLiteral("schemas"), QJsonArray{urns::SearchRequest});
    const HttpResponse get = fixture.send("GET", QStringLiteral("/scim/v2/Users?") + query);
    const HttpResponse post = fixture.send("POST", QStringLiteral("/scim/v2/Users/.search"), search);
    QCOMPARE(get.status, 200);
    QCOMPARE(post.status, 200);
    QCOMPARE(ScimFixture::json(post), ScimFixture::json(get));
}

void TestScimList::rootQueriesSpanResourceTypes_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QJsonObject>("search"); // for POST /.search; as a query string for GET /scim/v2
    QTest::addColumn<int>("total");
    QTest::addColumn<QStringList>("resourceTypes");

    const QString user = QStringLiteral("User");
    const QString group = QStringLiteral("Group");
    QTest::addRow("everything") << QByteArray("POST") << QJsonObject{} << 14
                                << (QStringList(12, user) + QStringList{group, group});
    QTest::addRow("page across types")
        << QByteArray("POST") << QJsonObject{{QStringLiteral("startIndex"), 11}, {QStringLiteral("count"), 3}}
        << 14 << QStringList{user, user, group};
    QTest::addRow("groups only") << QByteArray("POST") << QJsonObject{{QStringLiteral("startIndex"), 13}}
                                 << 14 << QStringList{group, group};
    QTest::addRow("attribute only groups have")
        << QByteArray("POST") << QJsonObject{{QStringLiteral("filter"), QStringLiteral("members pr")}} << 1
        << QStringList{group};
    QTest::addRow("a type lacking an attribute matches nothing")
        << QByteArray("POST")
        << QJsonObject{{QStringLiteral("filter"),
                        QStringLiteral("meta.resourceType eq \"Group\" or userName eq \"user03\"")}}
        << 1 << QStringList{user};
    QTest::addRow("get on the base") << QByteArray("GET")
                                     << QJsonObject{{QStringLiteral("filter"),
                                                     QStringLiteral("displayName eq \"Staff\"")}}
                                     << 1 << QStringList{group};
    QTest::addRow("count 0") << QByteArray("GET") << QJsonObject{{QStringLiteral("count"), 0}} << 14
                             << QStringList{};
}

void TestScimList::rootQueriesSpanResourceTypes()
{
    QFETCH(QByteArray, method);
    QFETCH(QJsonObject, search);
    QFETCH(int, total);
    QFETCH(QStringList, resourceTypes);

    ScimFixture fixture;
    populate(fixture);
    HttpResponse response;
    if (method == "POST") {
        search.insert(QStringLiteral("schemas"), QJsonArray{urns::SearchRequest});
        response = fixture.send("POST", QStringLiteral("/scim/v2/.search"), search);
    } else {
        QStringList query;
        for (auto it = search.begin(); it != search.end(); ++it)
            query.append(it.key() + u'=' + it.value().toVariant().toString());
        response = fixture.send("GET", QStringLiteral("/scim/v2?") + query.join(u'&'));
    }
    QVERIFY2(response.status == 200, response.body.constData());
    const QJsonObject list = ScimFixture::json(response);
    QCOMPARE(list.value(QStringLiteral("totalResults")).toInt(), total);
    QStringList types;
    for (const QJsonValue& resource : list.value(QStringLiteral("Resources")).toArray())
        types.append(ScimFixture::at(resource, QStringLiteral("meta/resourceType")).toString());
    QCOMPARE(types, resourceTypes);
}

void TestScimList::groupListsOmitMembersWhenExcluded()
{
    ScimFixture fixture;
    populate(fixture, 2);
    QJsonObject list = ScimFixture::json(
        fixture.send("GET", QStringLiteral("/scim/v2/Groups?filter=displayName eq \"Staff\"")));
    QCOMPARE(ScimFixture::at(list, QStringLiteral("Resources/0/members")).toArray().size(), 2);
    list = ScimFixture::json(fixture.send(
        "GET", QStringLiteral("/scim/v2/Groups?excludedAttributes=members&filter=displayName eq \"Staff\"")));
    QCOMPARE(list.value(QStringLiteral("totalResults")).toInt(), 1);
    QVERIFY(ScimFixture::at(list, QStringLiteral("Resources/0/members")).isUndefined());
    QCOMPARE(ScimFixture::at(list, QStringLiteral("Resources/0/displayName")).toString(),
             QStringLiteral("Staff"));
}

void TestScimList::cursorWalk_data()
{
    QTest::addColumn<QString>("query"); // besides cursor and count
    QTest::addColumn<int>("count");
    QTest::addRow("by id, pages of 5") << QString() << 5;
    QTest::addRow("by id, pages of 1") << QString() << 1;
    QTest::addRow("by id, one page") << QString() << 50;
    QTest::addRow("by id descending") << QStringLiteral("sortBy=id&sortOrder=descending") << 4;
    QTest::addRow("by userName") << QStringLiteral("sortBy=userName") << 4;
    QTest::addRow("by userName descending") << QStringLiteral("sortBy=userName&sortOrder=descending") << 3;
    QTest::addRow("by title, ties and gaps") << QStringLiteral("sortBy=title") << 2;
    QTest::addRow("by title descending") << QStringLiteral("sortBy=title&sortOrder=descending") << 5;
    QTest::addRow("by active") << QStringLiteral("sortBy=active") << 3;
    QTest::addRow("by active descending") << QStringLiteral("sortBy=active&sortOrder=descending") << 5;
    QTest::addRow("by family name") << QStringLiteral("sortBy=name.familyName") << 4;
    QTest::addRow("by created") << QStringLiteral("sortBy=meta.created&sortOrder=descending") << 5;
    QTest::addRow("by extension, half missing")
        << QStringLiteral("sortBy=urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber")
        << 4;
    QTest::addRow("with a filter") << QStringLiteral("filter=title pr&sortBy=title") << 2;
    QTest::addRow("filter matching nothing") << QStringLiteral("filter=userName eq \"nobody\"") << 2;
}

void TestScimList::cursorWalk()
{
    QFETCH(QString, query);
    QFETCH(int, count);

    ScimFixture fixture;
    populate(fixture);
    const QString base =
        QStringLiteral("/scim/v2/Users?") + query + (query.isEmpty() ? QString() : QStringLiteral("&"));
    // What index paging gives, all at once: the order every cursor walk must reproduce.
    const QString indexQuery =
        query.contains(QLatin1String("sortBy")) ? base : base + QStringLiteral("sortBy=id&");
    const QJsonObject all = ScimFixture::json(fixture.send("GET", indexQuery + QStringLiteral("count=100")));
    const QStringList expected = ids(all);

    QStringList walked;
    QString cursor; // empty: the first page
    for (int page = 0; page < 100; ++page) {
        const HttpResponse response =
            fixture.send("GET", base + QStringLiteral("count=%1&cursor=").arg(count) + cursor);
        QVERIFY2(response.status == 200, response.body.constData());
        const QJsonObject list = ScimFixture::json(response);
        QCOMPARE(list.value(QStringLiteral("totalResults")).toInt(), expected.size());
        QVERIFY(!list.contains(QStringLiteral("startIndex")));
        const QStringList pageIds = ids(list);
        QVERIFY(pageIds.size() <= count);
        QCOMPARE(list.value(QStringLiteral("itemsPerPage")).toInt(), pageIds.size());
        walked += pageIds;
        if (!list.contains(QStringLiteral("nextCursor")))
            break;
        QVERIFY(pageIds.size() == count);
        cursor = list.value(QStringLiteral("nextCursor")).toString();
        QVERIFY(!cursor.isEmpty());
    }
    QCOMPARE(walked, expected);
    QCOMPARE(QSet<QString>(walked.begin(), walked.end()).size(), walked.size());
}

void TestScimList::cursorWalkStaysStableWhileResourcesChange()
{
    ScimFixture fixture;
    const Population population = populate(fixture);
    const QString base = QStringLiteral("/scim/v2/Users?sortBy=userName&count=3&cursor=");
    QStringList seen;
    QString cursor;
    QSet<QString> removed;
    for (int page = 0; page < 20; ++page) {
        const QJsonObject list = ScimFixture::json(fixture.send("GET", base + cursor));
        seen += names(list);
        if (page == 0) {
            // Between pages: one seen user leaves, one unseen user leaves, newcomers arrive on both sides.
            QCOMPARE(
                fixture.send("DELETE", QStringLiteral("/scim/v2/Users/") + population.userIds.at(0)).status,
                204);
            QCOMPARE(
                fixture.send("DELETE", QStringLiteral("/scim/v2/Users/") + population.userIds.at(8)).status,
                204);
            removed.insert(QStringLiteral("user09"));
            fixture.createUser(QStringLiteral("user00"));
            fixture.createUser(QStringLiteral("user99"));
            // A newcomer that sorts after the cursor is seen; one that sorts before it is not.
            fixture.createUser(QStringLiteral("user055"));
        }
        if (!list.contains(QStringLiteral("nextCursor")))
            break;
        cursor = list.value(QStringLiteral("nextCursor")).toString();
    }
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), seen.size()); // nothing twice
    for (const QString& name : userNames(1, 12)) {
        if (!removed.contains(name))
            QVERIFY2(seen.contains(name), qPrintable(name)); // nothing that stayed is skipped
    }
    QVERIFY(seen.contains(QStringLiteral("user055")));
    QVERIFY(seen.contains(QStringLiteral("user99")));
    QVERIFY(!seen.contains(QStringLiteral("user00"))); // it sorts before the first page's end
    QVERIFY(!seen.contains(QStringLiteral("user09")));
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
}

void TestScimList::cursorIsBoundToItsQuery_data()
{
    QTest::addColumn<QString>("firstQuery");
    QTest::addColumn<QString>("nextQuery");
    QTest::addColumn<QString>("tamper"); // "flip", "truncate", "swap-payload" or empty
    QTest::addColumn<int>("status");
    const QString byName = QStringLiteral("sortBy=userName&count=2");
    QTest::addRow("same query") << byName << byName << QString() << 200;
    QTest::addRow("other filter") << byName << byName + QStringLiteral("&filter=title pr") << QString()
                                  << 400;
    QTest::addRow("other sortBy") << byName << QStringLiteral("sortBy=title&count=2") << QString() << 400;
    QTest::addRow("other order") << byName << byName + QStringLiteral("&sortOrder=descending") << QString()
                                 << 400;
    QTest::addRow("other count is fine")
        << byName << QStringLiteral("sortBy=userName&count=5") << QString() << 200;
    QTest::addRow("other resource type") << byName << QStringLiteral("@Groups") << QString() << 400;
    QTest::addRow("other tenant") << byName << QStringLiteral("@acme") << QString() << 400;
    QTest::addRow("flipped character") << byName << byName << QStringLiteral("flip") << 400;
    QTest::addRow("truncated") << byName << byName << QStringLiteral("truncate") << 400;
    QTest::addRow("payload of another cursor") << byName << byName << QStringLiteral("swap-payload") << 400;
    QTest::addRow("not base64") << byName << byName << QStringLiteral("garbage") << 400;
}

void TestScimList::cursorIsBoundToItsQuery()
{
    QFETCH(QString, firstQuery);
    QFETCH(QString, nextQuery);
    QFETCH(QString, tamper);
    QFETCH(int, status);

    ScimFixture fixture({}, {}, false);
    populate(fixture);
    fixture.createUser(QStringLiteral("acme1"), {}, ScimFixture::Acme);
    fixture.createUser(QStringLiteral("acme2"), {}, ScimFixture::Acme);
    const QJsonObject first =
        ScimFixture::json(fixture.send("GET", QStringLiteral("/scim/v2/Users?cursor&") + firstQuery));
    QString cursor = first.value(QStringLiteral("nextCursor")).toString();
    QVERIFY(!cursor.isEmpty());
    const QJsonObject other = ScimFixture::json(
        fixture.send("GET", QStringLiteral("/scim/v2/Users?cursor&sortBy=userName&count=3")));
    const QString otherCursor = other.value(QStringLiteral("nextCursor")).toString();
    if (tamper == QLatin1String("flip"))
        cursor[cursor.size() / 3] = cursor.at(cursor.size() / 3) == u'A' ? u'B' : u'A';
    else if (tamper == QLatin1String("truncate"))
        cursor.chop(3);
    else if (tamper == QLatin1String("swap-payload"))
        cursor = otherCursor.section(u'.', 0, 0) + u'.' + cursor.section(u'.', 1);
    else if (tamper == QLatin1String("garbage"))
        cursor = QStringLiteral("!!!.###");

    QString target = QStringLiteral("/scim/v2/Users?") + nextQuery;
    if (nextQuery == QLatin1String("@Groups"))
        target = QStringLiteral("/scim/v2/Groups?sortBy=displayName&count=2");
    else if (nextQuery == QLatin1String("@acme"))
        target = ScimFixture::AcmeBase + QStringLiteral("/Users?sortBy=userName&count=2");
    HttpRequest request;
    request.method = "GET";
    request.path = target.section(u'?', 0, 0);
    QUrlQuery query(target.section(u'?', 1));
    query.addQueryItem(QStringLiteral("cursor"), QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    request.query = query;
    const HttpResponse response = fixture.service().handle(request);
    QVERIFY2(response.status == status, response.body.constData());
    if (status == 400)
        QCOMPARE(ScimFixture::json(response).value(QStringLiteral("scimType")).toString(),
                 QStringLiteral("invalidValue"));
}

void TestScimList::cursorWorksOnAnotherServerWithTheSameSecret()
{
    ScimServiceOptions options;
    options.cursorSecret = QByteArrayLiteral("shared by the cluster");
    ScimFixture fixture(options, {}, false);
    populate(fixture);
    const QString firstPage = QStringLiteral("/scim/v2/Users?count=5&cursor=");
    const QString cursor =
        ScimFixture::json(fixture.send("GET", firstPage)).value(QStringLiteral("nextCursor")).toString();
    const QJsonObject here = ScimFixture::json(fixture.send("GET", firstPage + cursor));

    // Other servers over the same directory: the same secret continues the walk, another one refuses.
    ScimService sameSecret(fixture.sharedDirectory(), nullptr, options);
    ScimServiceOptions otherOptions = options;
    otherOptions.cursorSecret = QByteArrayLiteral("another cluster");
    ScimService otherSecret(fixture.sharedDirectory(), nullptr, otherOptions);
    HttpRequest request;
    request.method = "GET";
    request.path = QStringLiteral("/scim/v2/Users");
    request.query = QUrlQuery(QStringLiteral("count=5&cursor=") + cursor);
    const HttpResponse there = sameSecret.handle(request);
    QCOMPARE(there.status, 200);
    QCOMPARE(ids(ScimFixture::json(there)), ids(here));
    QCOMPARE(otherSecret.handle(request).status, 400);
}

void TestScimList::cursorOnCustomTypes_data()
{
    QTest::addColumn<QString>("sortBy");
    QTest::addRow("decimal") << QStringLiteral("price");
    QTest::addRow("dateTime") << QStringLiteral("purchased");
    QTest::addRow("boolean") << QStringLiteral("retired");
    QTest::addRow("caseExact string") << QStringLiteral("serialNumber");
    QTest::addRow("string") << QStringLiteral("displayName");
}

void TestScimList::cursorOnCustomTypes()
{
    QFETCH(QString, sortBy);
    ScimFixture fixture({}, {}, true, ScimFixture::registryWithDevices());
    const QStringList serials{QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("a"),
                              QStringLiteral("C"), QStringLiteral("c"), QStringLiteral("d"),
                              QStringLiteral("e")};
    for (int i = 0; i < serials.size(); ++i) {
        QJsonObject device{{QStringLiteral("schemas"),
                            QJsonArray{QStringLiteral("urn:example:params:scim:schemas:core:2.0:Device")}},
                           {QStringLiteral("serialNumber"), serials.at(i)}};
        if (i != 3) {
            device.insert(QStringLiteral("price"), i % 3 == 0 ? 10.5 : 1000.0 + i);
            device.insert(QStringLiteral("purchased"),
                          QStringLiteral("2024-0%1-01T10:00:00+02:00").arg(1 + i % 2));
            device.insert(QStringLiteral("retired"), i % 2 == 0);
            device.insert(QStringLiteral("displayName"),
                          i % 2 ? QStringLiteral("Laptop") : QStringLiteral("laptop"));
        }
        QCOMPARE(fixture.send("POST", QStringLiteral("/scim/v2/Devices"), device).status, 201);
    }
    for (const QString& order : {QStringLiteral("ascending"), QStringLiteral("descending")}) {
        const QString base = QStringLiteral("/scim/v2/Devices?sortBy=%1&sortOrder=%2&").arg(sortBy, order);
        const QStringList expected = ids(ScimFixture::json(fixture.send("GET", base)));
        QCOMPARE(expected.size(), serials.size());
        QStringList walked;
        QString cursor;
        for (int page = 0; page < 20; ++page) {
            const HttpResponse response =
                fixture.send("GET", base + QStringLiteral("count=2&cursor=") + cursor);
            QVERIFY2(response.status == 200, response.body.constData());
            const QJsonObject list = ScimFixture::json(response);
            walked += ids(list);
            if (!list.contains(QStringLiteral("nextCursor")))
                break;
            cursor = list.value(QStringLiteral("nextCursor")).toString();
        }
        QCOMPARE(walked, expected);
    }
}

QTEST_GUILESS_MAIN(TestScimList)
#include "tst_scimlist.moc"
