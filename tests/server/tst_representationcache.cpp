#include "ScimFixture.h"
#include "common/VersionedCache.h"
#include "schema/SchemaUrns.h"

#include <QJsonArray>
#include <QTest>

using namespace muster;

namespace {

using RepresentationCache = VersionedCache<QByteArray>;
using Key = RepresentationCache::Key;

Key key(const QString& id, const QString& tenant = QStringLiteral("default"),
        const QString& url = QStringLiteral("https://a.test/scim/v2"))
{
    return Key{tenant, QStringLiteral("User"), id, url};
}

QJsonObject patchOperation(const QString& op, const QString& path, const QJsonValue& value = {})
{
    QJsonObject operation{{QStringLiteral("op"), op}};
    if (!path.isEmpty())
        operation.insert(QStringLiteral("path"), path);
    if (!value.isUndefined())
        operation.insert(QStringLiteral("value"), value);
    return QJsonObject{{QStringLiteral("schemas"), QJsonArray{urns::PatchOp}},
                       {QStringLiteral("Operations"), QJsonArray{operation}}};
}

QJsonArray memberList(const QStringList& ids)
{
    QJsonArray members;
    for (const QString& id : ids)
        members.append(QJsonObject{{QStringLiteral("value"), id}});
    return members;
}

// A ScimFixture whose service caches, and a second service over the same directory that does not: every
// answer of the first must equal the second's, whatever happened in between.
struct TwoServices {
    ScimFixture fixture;
    ScimService uncached;
    QString alice, bob, staff, everyone;

    TwoServices()
        : uncached(fixture.sharedDirectory(), nullptr, withoutCache())
    {
        alice = fixture.createUser(QStringLiteral("alice"),
                                   QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Alice A")}});
        bob = fixture.createUser(QStringLiteral("bob"));
        staff = fixture.createGroup(QStringLiteral("Staff"), {alice});
        everyone = fixture.createGroup(QStringLiteral("Everyone"), {staff});
    }

    static ScimServiceOptions withoutCache()
    {
        ScimServiceOptions options;
        options.representationCacheBytes = 0;
        return options;
    }

    // Both answers to one GET, compared as JSON with their status and ETag.
    void expectSameAnswer(const QString& target, const ScimFixture::Headers& headers = {})
    {
        const HttpResponse cached = fixture.send("GET", target, QByteArray(), headers);
        const HttpResponse plain = uncached.handle(ScimFixture::request("GET", target, {}, headers));
        QCOMPARE(cached.status, plain.status);
        QCOMPARE(cached.header("etag"), plain.header("etag"));
        QCOMPARE(ScimFixture::json(cached), ScimFixture::json(plain));
    }
};

} // namespace

class TestRepresentationCache : public QObject {
    Q_OBJECT

private slots:
    void findsOnlyTheVersionAsked();
    void keepsTheNewerVersion();
    void keysApartByTenantAndUrl();
    void evictsLeastRecentlyUsedBeyondItsBound();
    void zeroBytesTurnsItOff();
    void removeForgetsOneEntry();

    // Writes through any path between two reads: the cached service answers what an uncached one does.
    void answersFollowEveryChange_data();
    void answersFollowEveryChange();
    void listsEqualUncachedLists_data();
    void listsEqualUncachedLists();
    void locationFollowsTheHost();
    void metricsCountHitsAndMisses();
    void deleteLeavesNoEntry();
};

void TestRepresentationCache::findsOnlyTheVersionAsked()
{
    RepresentationCache cache(1 << 20);
    QVERIFY(!cache.find(key(QStringLiteral("1")), 1));
    cache.insert(key(QStringLiteral("1")), 1, "{\"v\":1}", 7);
    QCOMPARE(cache.find(key(QStringLiteral("1")), 1), QByteArray("{\"v\":1}"));
    QVERIFY(!cache.find(key(QStringLiteral("1")), 2));
    QVERIFY(!cache.find(key(QStringLiteral("2")), 1));
    cache.insert(key(QStringLiteral("1")), 2, "{\"v\":2}", 7);
    QCOMPARE(cache.find(key(QStringLiteral("1")), 2), QByteArray("{\"v\":2}"));
    QVERIFY(!cache.find(key(QStringLiteral("1")), 1));
    QCOMPARE(cache.hits(), 2u);
    QCOMPARE(cache.misses(), 4u);
    QCOMPARE(cache.entries(), 1);
}

void TestRepresentationCache::keepsTheNewerVersion()
{
    RepresentationCache cache(1 << 20);
    cache.insert(key(QStringLiteral("1")), 5, "{\"v\":5}", 7);
    cache.insert(key(QStringLiteral("1")), 4, "{\"v\":4}", 7); // a slower reader's older version
    QCOMPARE(cache.find(key(QStringLiteral("1")), 5), QByteArray("{\"v\":5}"));
    QVERIFY(!cache.find(key(QStringLiteral("1")), 4));
}

void TestRepresentationCache::keysApartByTenantAndUrl()
{
    RepresentationCache cache(1 << 20);
    cache.insert(key(QStringLiteral("1")), 1, "default", 7);
    cache.insert(key(QStringLiteral("1"), QStringLiteral("acme")), 1, "acme", 4);
    cache.insert(key(QStringLiteral("1"), QStringLiteral("default"), QStringLiteral("http://b.test")), 1, "b",
                 1);
    QCOMPARE(cache.find(key(QStringLiteral("1")), 1), QByteArray("default"));
    QCOMPARE(cache.find(key(QStringLiteral("1"), QStringLiteral("acme")), 1), QByteArray("acme"));
    QCOMPARE(
        cache.find(key(QStringLiteral("1"), QStringLiteral("default"), QStringLiteral("http://b.test")), 1),
        QByteArray("b"));
    QCOMPARE(cache.entries(), 3);
}

void TestRepresentationCache::evictsLeastRecentlyUsedBeyondItsBound()
{
    const QByteArray body(1000, 'x');
    RepresentationCache cache(8 * 1200); // room for 8 of these entries
    for (int i = 0; i < 10; ++i)
        cache.insert(key(QString::number(i)), 1, body, body.size());
    QVERIFY(cache.entries() < 10);
    QVERIFY(cache.cost() <= cache.maxCost());
    // Touch the newest, then add more: what was read recently stays, the oldest go.
    QVERIFY(cache.find(key(QStringLiteral("9")), 1));
    for (int i = 10; i < 14; ++i)
        cache.insert(key(QString::number(i)), 1, body, body.size());
    QVERIFY(cache.find(key(QStringLiteral("9")), 1));
    QVERIFY(cache.find(key(QStringLiteral("13")), 1));
    QVERIFY(!cache.find(key(QStringLiteral("0")), 1));
    QVERIFY(cache.cost() <= cache.maxCost());
}

void TestRepresentationCache::removeForgetsOneEntry()
{
    RepresentationCache cache(1 << 20);
    cache.insert(key(QStringLiteral("1")), 1, "one", 3);
    cache.insert(key(QStringLiteral("2")), 1, "two", 3);
    const qint64 twoEntries = cache.cost();
    cache.remove(key(QStringLiteral("1")));
    cache.remove(key(QStringLiteral("3"))); // not there: nothing happens
    QVERIFY(!cache.find(key(QStringLiteral("1")), 1));
    QCOMPARE(cache.find(key(QStringLiteral("2")), 1), QByteArray("two"));
    QCOMPARE(cache.entries(), 1);
    QCOMPARE(cache.cost() * 2, twoEntries); // the memory it counted for the entry is free
}

void TestRepresentationCache::zeroBytesTurnsItOff()
{
    RepresentationCache cache(0);
    cache.insert(key(QStringLiteral("1")), 1, "{}", 2);
    QVERIFY(!cache.find(key(QStringLiteral("1")), 1));
    QCOMPARE(cache.entries(), 0);
}

void TestRepresentationCache::answersFollowEveryChange_data()
{
    // What to read (the cache is warmed with it first), and the change made before reading it again.
    // {alice}, {bob}, {staff}, {everyone} stand for the ids.
    QTest::addColumn<QString>("read");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QJsonObject>("body");

    const auto group = [](const QString& name) {
        return QJsonObject{{QStringLiteral("schemas"), QJsonArray{urns::Group}},
                           {QStringLiteral("displayName"), name}};
    };
    QTest::addRow("user joins a group: its groups change, its version does not")
        << "/Users/{bob}" << QByteArray("PATCH") << "/Groups/{staff}"
        << patchOperation(QStringLiteral("add"), QStringLiteral("members"),
                          memberList({QStringLiteral("{bob}")}));
    QTest::addRow("user leaves a group")
        << "/Users/{alice}" << QByteArray("PATCH") << "/Groups/{staff}"
        << patchOperation(QStringLiteral("remove"), QStringLiteral("members[value eq \"{alice}\"]"));
    QTest::addRow("group renamed: the member's groups show the new name")
        << "/Users/{alice}" << QByteArray("PATCH") << "/Groups/{staff}"
        << patchOperation(QStringLiteral("replace"), QStringLiteral("displayName"), QStringLiteral("Crew"));
    QTest::addRow("outer group renamed: the indirect group's name changes")
        << "/Users/{alice}" << QByteArray("PUT") << "/Groups/{everyone}" << [&] {
               QJsonObject json = group(QStringLiteral("All hands"));
               json.insert(QStringLiteral("members"), memberList({QStringLiteral("{staff}")}));
               return json;
           }();
    QTest::addRow("outer group deleted: the indirect group goes")
        << "/Users/{alice}" << QByteArray("DELETE") << "/Groups/{everyone}" << QJsonObject();
    QTest::addRow("user patched") << "/Users/{alice}" << QByteArray("PATCH") << "/Users/{alice}"
                                  << patchOperation(QStringLiteral("replace"), QStringLiteral("title"),
                                                    QStringLiteral("Pilot"));
    QTest::addRow("user replaced") << "/Users/{bob}" << QByteArray("PUT") << "/Users/{bob}"
                                   << QJsonObject{{QStringLiteral("schemas"), QJsonArray{urns::User}},
                                                  {QStringLiteral("userName"), QStringLiteral("robert")}};
    QTest::addRow("member deleted: the group's members and version change")
        << "/Groups/{staff}" << QByteArray("DELETE") << "/Users/{alice}" << QJsonObject();
    QTest::addRow("group members replaced")
        << "/Groups/{staff}" << QByteArray("PATCH") << "/Groups/{staff}"
        << patchOperation(QStringLiteral("replace"), QStringLiteral("members"),
                          memberList({QStringLiteral("{bob}")}));
    QTest::addRow("user deleted: 404 from both")
        << "/Users/{bob}" << QByteArray("DELETE") << "/Users/{bob}" << QJsonObject();
}

void TestRepresentationCache::answersFollowEveryChange()
{
    QFETCH(QString, read);
    QFETCH(QByteArray, method);
    QFETCH(QString, target);
    QFETCH(QJsonObject, body);

    TwoServices services;
    const auto expand = [&services](QString text) {
        return text.replace(QLatin1String("{alice}"), services.alice)
            .replace(QLatin1String("{bob}"), services.bob)
            .replace(QLatin1String("{staff}"), services.staff)
            .replace(QLatin1String("{everyone}"), services.everyone);
    };
    read = expand(read);
    services.expectSameAnswer(ScimFixture::Base + read);
    services.expectSameAnswer(ScimFixture::Base + read); // now from the cache
    const QByteArray payload =
        body.isEmpty() ? QByteArray() : expand(QString::fromUtf8(ScimFixture::bytes(body))).toUtf8();
    const HttpResponse changed = services.fixture.send(method, ScimFixture::Base + expand(target), payload);
    QVERIFY2(changed.status < 300, changed.body.constData());
    services.expectSameAnswer(ScimFixture::Base + read);
}

void TestRepresentationCache::listsEqualUncachedLists_data()
{
    QTest::addColumn<QString>("target");
    QTest::addRow("users") << "/Users";
    QTest::addRow("groups") << "/Groups";
    QTest::addRow("a page") << "/Users?startIndex=2&count=1";
    QTest::addRow("filtered") << "/Users?filter=userName%20eq%20%22alice%22";
    QTest::addRow("projected") << "/Users?attributes=userName,groups";
    QTest::addRow("excluded members") << "/Groups?excludedAttributes=members";
    QTest::addRow("first cursor page") << "/Users?cursor&count=1";
    QTest::addRow("across types") << "/?count=10";
    QTest::addRow("nothing") << "/Users?filter=userName%20eq%20%22nobody%22";
}

void TestRepresentationCache::listsEqualUncachedLists()
{
    QFETCH(QString, target);
    TwoServices services;
    for (int round = 0; round < 2; ++round) {
        services.expectSameAnswer(ScimFixture::Base + target);
        const HttpResponse renamed =
            services.fixture.send("PATCH", ScimFixture::Base + QStringLiteral("/Groups/") + services.staff,
                                  patchOperation(QStringLiteral("replace"), QStringLiteral("displayName"),
                                                 QStringLiteral("Crew %1").arg(round)));
        QCOMPARE(renamed.status, 204);
        services.expectSameAnswer(ScimFixture::Base + target);
    }
}

void TestRepresentationCache::locationFollowsTheHost()
{
    TwoServices services;
    const QString user = ScimFixture::Base + QStringLiteral("/Users/") + services.alice;
    for (const QByteArray& host : {QByteArray("a.example.test"), QByteArray("b.example.test:8443")}) {
        const HttpResponse response = services.fixture.send("GET", user, QByteArray(), {{"host", host}});
        QCOMPARE(ScimFixture::at(ScimFixture::json(response), QStringLiteral("meta/location")).toString(),
                 QStringLiteral("http://%1/scim/v2/Users/%2").arg(QString::fromLatin1(host), services.alice));
    }
}

void TestRepresentationCache::metricsCountHitsAndMisses()
{
    TwoServices services;
    const QString user = ScimFixture::Base + QStringLiteral("/Users/") + services.bob;
    for (int i = 0; i < 3; ++i)
        QCOMPARE(services.fixture.send("GET", user).status, 200);
    const QByteArray metrics = services.fixture.service().metricsText();
    QVERIFY2(metrics.contains("muster_representation_cache_hits_total 2\n"), metrics.constData());
    QVERIFY2(metrics.contains("muster_representation_cache_misses_total 1\n"), metrics.constData());
    QVERIFY2(metrics.contains("muster_representation_cache_entries 1\n"), metrics.constData());
    QVERIFY(!services.uncached.metricsText().contains("muster_representation_cache_entries 1\n"));
}

// A directory that keeps creating and deleting must not fill the cache with resources that are gone.
void TestRepresentationCache::deleteLeavesNoEntry()
{
    TwoServices services;
    const QString user = ScimFixture::Base + QStringLiteral("/Users/") + services.bob;
    QCOMPARE(services.fixture.send("GET", user).status, 200);
    QVERIFY(services.fixture.service().metricsText().contains("muster_representation_cache_entries 1\n"));
    QCOMPARE(services.fixture.send("DELETE", user).status, 204);
    const QByteArray metrics = services.fixture.service().metricsText();
    QVERIFY2(metrics.contains("muster_representation_cache_entries 0\n"), metrics.constData());
    QCOMPARE(services.fixture.send("GET", user).status, 404);
}

QTEST_GUILESS_MAIN(TestRepresentationCache)
#include "tst_representationcache.moc"
