#include "TestDirectory.h"
#include "query/FilterParser.h"
#include "schema/SchemaUrns.h"
#include "search/SearchIndex.h"
#include "search/SearchQuery.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace muster;

namespace {

const QString User = QStringLiteral("User");

// Names chosen so that words hit userName, displayName or an e-mail address alone, in mixed case.
QJsonObject user(int index)
{
    const QString number = QString::number(index);
    const QString family = (index % 3 == 0) ? QStringLiteral("Müller") : QStringLiteral("Smith");
    QJsonObject json{
        {QStringLiteral("schemas"), QJsonArray{urns::User}},
        {QStringLiteral("userName"), QString(QStringLiteral("User") + number)},
        {QStringLiteral("displayName"), QString(QStringLiteral("Given") + number + u' ' + family)}};
    if (index % 4 != 0) {
        json.insert(
            QStringLiteral("emails"),
            QJsonArray{QJsonObject{{QStringLiteral("value"), QString(QStringLiteral("mail") + number +
                                                                     QStringLiteral("@Work.example"))}},
                       QJsonObject{{QStringLiteral("value"), QString(QStringLiteral("home") + number +
                                                                     QStringLiteral("@home.example"))},
                                   {QStringLiteral("primary"), true}}});
    }
    return json;
}

bool waitUntilReady(const SearchIndex& index)
{
    return QTest::qWaitFor([&index] { return index.isReady(); }, 10000);
}

} // namespace

// The in-memory index behind plain-word searches: the same answer as the SCIM filter the words stand
// for, in the store's order, kept current through writes, restores and tenant changes.
class TestSearchIndex : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    const OperationContext m_context{ResourceStore::DefaultTenant, QStringLiteral("test")};

    // What the store says the words match, in the order of `sort` (id order without).
    QStringList storeAnswer(Directory& directory, const QStringList& words,
                            const std::optional<SortSpec>& sort,
                            const QString& tenant = ResourceStore::DefaultTenant)
    {
        Query query;
        query.resourceType = User;
        query.filter = SearchQuery::plainWordsFilter(words, User);
        query.sort = sort;
        query.count = 100000;
        const auto result = directory.query({tenant, QString()}, query);
        if (!result)
            return {QStringLiteral("error: ") + result.error().detail};
        QStringList ids;
        for (const Resource& resource : result->resources)
            ids.append(resource.id);
        if (!sort)
            ids.sort();
        return ids;
    }

    // What the store says a filter matches, in id order.
    static QStringList filterMatches(Directory& directory, const FilterPtr& filter)
    {
        Query query;
        query.resourceType = User;
        query.filter = filter;
        query.count = 1000;
        const auto result = directory.query({ResourceStore::DefaultTenant, QString()}, query);
        QStringList matches;
        for (const Resource& resource : result ? result->resources : QList<Resource>())
            matches.append(resource.id);
        matches.sort();
        return matches;
    }

    static QStringList indexAnswer(const SearchIndex& index, const QStringList& words,
                                   const std::optional<SortSpec>& sort)
    {
        SearchMatches matches = index.search(words, sort);
        // Read in pages, as the table does.
        QStringList ids;
        for (qsizetype begin = 0; begin < matches.size(); begin += 7)
            ids += matches.ids(begin, 7);
        return ids;
    }

    static std::optional<SortSpec> sortBy(const QString& path, bool descending)
    {
        if (path.isEmpty())
            return std::nullopt;
        return SortSpec{*AttributePath::parse(path),
                        descending ? SortOrder::Descending : SortOrder::Ascending};
    }

    // Words that hit one attribute each, several attributes, nothing, everything.
    static QList<QStringList> wordSets()
    {
        return {{QStringLiteral("user1")},     {QStringLiteral("GIVEN2")},
                {QStringLiteral("müller")},    {QStringLiteral("work.EXAMPLE")},
                {QStringLiteral("home3")},     {QStringLiteral("given1"), QStringLiteral("smith")},
                {QStringLiteral("nobody")},    {QStringLiteral("1"), QStringLiteral("@")},
                {QStringLiteral("r1 given1")}, {}};
    }

private slots:
    void initTestCase() { QVERIFY(m_folder.isValid()); }

    void answersLikeTheFilter_data()
    {
        QTest::addColumn<bool>("sqlite");
        QTest::addColumn<QString>("sortPath");
        QTest::addColumn<bool>("descending");
        for (const bool sqlite : {false, true}) {
            const char* store = sqlite ? "SQLite" : "memory";
            QTest::addRow("%s, id order", store) << sqlite << QString() << false;
            QTest::addRow("%s, by userName", store) << sqlite << QStringLiteral("userName") << false;
            QTest::addRow("%s, by displayName descending", store)
                << sqlite << QStringLiteral("displayName") << true;
            QTest::addRow("%s, by email", store) << sqlite << QStringLiteral("emails.value") << false;
        }
    }

    // Compared with the store after it was read, and again after creates, replaces, deletes and a
    // restore of a deleted user, which the index learns from the directory's change signals.
    void answersLikeTheFilter()
    {
        QFETCH(bool, sqlite);
        QFETCH(QString, sortPath);
        QFETCH(bool, descending);
        const std::shared_ptr<Directory> directory = testing::newDirectory(m_folder, sqlite);
        QStringList ids;
        for (int i = 0; i < 60; ++i) {
            const auto created = directory->create(m_context, User, user(i));
            QVERIFY2(created, qPrintable(created ? QString() : created.error().detail));
            ids.append(created->id);
        }
        SearchIndex index(directory, User);
        QVERIFY(index.canSort(sortBy(sortPath, descending)));
        QVERIFY(waitUntilReady(index));
        QCOMPARE(index.size(), 60);
        const auto compareAll = [&] {
            for (const QStringList& words : wordSets()) {
                const std::optional<SortSpec> sort = sortBy(sortPath, descending);
                const QStringList expected = storeAnswer(*directory, words, sort);
                const QStringList actual = indexAnswer(index, words, sort);
                if (actual != expected) {
                    qWarning() << "words" << words << "index" << actual << "store" << expected;
                    return false;
                }
            }
            return true;
        };
        QVERIFY(compareAll());

        // Writes from this thread reach the index queued, as those of the server's workers do.
        for (int i = 60; i < 70; ++i)
            QVERIFY(directory->create(m_context, User, user(i)));
        QVERIFY(directory->replace(m_context, User, ids.at(1), user(1000)));
        QJsonObject withoutEmails = user(2);
        withoutEmails.remove(QStringLiteral("emails"));
        QVERIFY(directory->replace(m_context, User, ids.at(2), withoutEmails));
        QVERIFY(directory->remove(m_context, User, ids.at(3)));
        QVERIFY(directory->remove(m_context, User, ids.at(5)));
        QVERIFY(directory->restoreDeleted(m_context, User, ids.at(3)));
        QCoreApplication::processEvents();
        QCOMPARE(index.size(), 69);
        QVERIFY(compareAll());
    }

    // Another tenant is read anew; a restored backup (or another process's wholesale change) too.
    void followsTenantsAndRestores()
    {
        const std::shared_ptr<Directory> directory = testing::newDirectory(m_folder);
        for (int i = 0; i < 5; ++i)
            QVERIFY(directory->create(m_context, User, user(i)));
        const QString branch = QStringLiteral("branch");
        QVERIFY(directory->createTenant(branch));
        for (int i = 10; i < 13; ++i)
            QVERIFY(directory->create({branch, QString()}, User, user(i)));
        SearchIndex index(directory, User);
        QVERIFY(waitUntilReady(index));
        QCOMPARE(index.size(), 5);

        index.setTenant(branch);
        QVERIFY(!index.isReady());
        QVERIFY(waitUntilReady(index));
        QCOMPARE(index.size(), 3);
        QCOMPARE(indexAnswer(index, {QStringLiteral("user1")}, std::nullopt),
                 storeAnswer(*directory, {QStringLiteral("user1")}, std::nullopt, branch));
        // Writes to another tenant leave it alone.
        QVERIFY(directory->create(m_context, User, user(100)));
        QCoreApplication::processEvents();
        QCOMPARE(index.size(), 3);

        QSignalSpy ready(&index, &SearchIndex::ready);
        directory->reportExternalReload();
        QVERIFY(ready.wait(10000));
        QCOMPARE(index.size(), 3);
    }

    // Every other string value of a user (name, nick name, title, phone numbers, addresses, external id, the
    // enterprise extension's attributes...) narrows SCIM filters on its attribute, each attribute's values
    // apart; plain words never look in them: they match what their filter on userName, displayName and
    // emails matches, as before.
    void filterOnlyAttributes_data()
    {
        QTest::addColumn<bool>("sqlite");
        QTest::addRow("memory") << false;
        QTest::addRow("SQLite") << true;
    }

    void filterOnlyAttributes()
    {
        QFETCH(bool, sqlite);
        const std::shared_ptr<Directory> directory = testing::newDirectory(m_folder, sqlite);
        const auto withFilterOnlyValues = [](int i) {
            QJsonObject json = user(i);
            json.insert(QStringLiteral("schemas"), QJsonArray{urns::User, urns::EnterpriseUser});
            json.insert(QStringLiteral("name"),
                        QJsonObject{{QStringLiteral("givenName"),
                                     QString(QStringLiteral("Ada") + QString::number(i))},
                                    {QStringLiteral("familyName"), QStringLiteral("Zeta")}});
            json.insert(QStringLiteral("nickName"), QString(QStringLiteral("Nick") + QString::number(i)));
            if (i % 2 == 0)
                json.insert(QStringLiteral("title"), QStringLiteral("Engineer"));
            json.insert(
                urns::EnterpriseUser,
                QJsonObject{
                    {QStringLiteral("department"), i % 3 ? QStringLiteral("Sales") : QStringLiteral("R&D")},
                    {QStringLiteral("employeeNumber"), QString(QStringLiteral("E") + QString::number(i))},
                    {QStringLiteral("manager"),
                     QJsonObject{{QStringLiteral("value"), QStringLiteral("Boss%1").arg(i % 4)}}}});
            json.insert(QStringLiteral("externalId"), QString(QStringLiteral("Ext") + QString::number(i)));
            json.insert(QStringLiteral("phoneNumbers"),
                        QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("555-01%1").arg(i)},
                                               {QStringLiteral("type"), QStringLiteral("mobile")}}});
            if (i % 5 == 0) {
                json.insert(QStringLiteral("addresses"),
                            QJsonArray{QJsonObject{{QStringLiteral("streetAddress"),
                                                    QString(QStringLiteral("Given") + QString::number(i) +
                                                            QStringLiteral(" Street"))},
                                                   {QStringLiteral("locality"), QStringLiteral("Bern")}}});
            }
            return json;
        };
        QStringList ids;
        for (int i = 0; i < 30; ++i) {
            const auto created = directory->create(m_context, User, withFilterOnlyValues(i));
            QVERIFY2(created, qPrintable(created ? QString() : created.error().detail));
            ids.append(created->id);
        }
        SearchIndex index(directory, User);
        QVERIFY(waitUntilReady(index));
        const QList<QStringList> words{
            {QStringLiteral("engineer")}, {QStringLiteral("zeta")}, {QStringLiteral("nick1")},
            {QStringLiteral("sales")},    {QStringLiteral("ada2")}, {QStringLiteral("given2")},
            {QStringLiteral("555")},      {QStringLiteral("ext1")}, {QStringLiteral("boss")},
            {QStringLiteral("street")},   {QStringLiteral("e1")},   {QStringLiteral("mobile")},
            {QStringLiteral("given1")},   {QStringLiteral("bern")}};
        const QStringList filters{
            QStringLiteral("title co \"ENGINEER\""),
            QStringLiteral("name.familyName eq \"zeta\""),
            QStringLiteral("name.givenName sw \"ada1\""),
            QStringLiteral("nickName ew \"K12\""),
            QStringLiteral(
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq \"r&d\""),
            QStringLiteral("phoneNumbers.value ew \"0112\""),
            QStringLiteral("phoneNumbers co \"555-011\""),
            QStringLiteral("externalId sw \"Ext2\""),
            QStringLiteral("employeeNumber eq \"e7\""),
            QStringLiteral("manager.value eq \"boss3\""),
            QStringLiteral("addresses.streetAddress co \"given1\""),
            QStringLiteral("addresses[locality eq \"BERN\"] or phoneNumbers.type eq \"mobile\" and "
                           "employeeNumber ew \"9\""),
            // Orderings, as CompiledFilter orders: case-insensitive but for externalId, in any value.
            QStringLiteral("name.givenName gt \"ada25\""),
            QStringLiteral("name.givenName GE \"ADA28\" or name.givenName le \"Ada1\""),
            QStringLiteral("externalId lt \"Ext10\""),
            QStringLiteral(
                "meta.resourceType eq \"User\" and meta.version ew \"\\\"\" and nickName sw \"nick1\""),
            QStringLiteral("phoneNumbers.value ge \"555-0128\""),
            QStringLiteral("displayName ge \"GIVEN29 MÜLLER\""),
            // Comparisons in value paths that are not on strings: whether some element holds them.
            QStringLiteral("emails[primary eq true] and name.givenName sw \"ada1\""),
            QStringLiteral("addresses[streetAddress pr] or emails[primary eq \"FALSE\"]"),
            QStringLiteral("emails[value ew \"example\" and primary eq true] and nickName ew \"2\""),
            // An element meets all of a value path's `and`, its own `not`, `ne`, `pr` and `eq null`.
            QStringLiteral("emails[value co \"HOME\" and primary eq true] and name.givenName sw \"ada1\""),
            QStringLiteral("emails[not (primary eq true) and value sw \"mail2\"]"),
            QStringLiteral("emails[primary eq null and value ew \"example\"] and nickName ew \"7\""),
            QStringLiteral("emails[display eq null and value sw \"home1\"]"),
            QStringLiteral("phoneNumbers[type ne \"mobile\"] or addresses[locality pr and streetAddress co "
                           "\"given1\"]"),
            QStringLiteral(
                "not (emails[value co \"work\" and primary eq false]) and name.givenName ge \"ada27\""),
        };
        // The index decides terms (in the case that the attribute compares), `ne` and the facts of a value
        // path: a `not` of them is their complement, and an ordering exact, but for a user with a value that
        // holds a line break (below), which may meet them.
        const QStringList negations{QStringLiteral("not (title co \"engineer\" or phoneNumbers ew \"3\")"),
                                    QStringLiteral("not (title eq \"lead\") and not (nickName sw \"nick2\")"),
                                    QStringLiteral("not (externalId sw \"Ext1\")"),
                                    QStringLiteral("title ne \"engineer\""),
                                    QStringLiteral("not (emails[primary eq true])"),
                                    QStringLiteral("title lt \"f\"")};
        // Terms found among other attributes' values than the one they name, in another case than a
        // case-exact attribute's, or in different elements of a value path, find nothing.
        const QStringList elsewhere{
            QStringLiteral("phoneNumbers.value co \"given1\" or addresses.locality eq \"Ada1\""),
            QStringLiteral("title co \"sales\" or nickName sw \"ada\" or externalId eq \"E1\""),
            QStringLiteral("externalId sw \"ext2\" or externalId ge \"ext\""),
            QStringLiteral("emails[value co \"work\" and primary eq true] or emails[display pr]")};
        const auto filterAnswer = [&](const QString& filter) {
            Query query;
            query.resourceType = User;
            query.filter = *FilterParser::parse(filter);
            query.count = 1000;
            const auto result = directory->query({ResourceStore::DefaultTenant, QString()}, query);
            QStringList matches;
            for (const Resource& resource : result ? result->resources : QList<Resource>())
                matches.append(resource.id);
            matches.sort();
            return matches;
        };
        const auto compareAll = [&] {
            for (const QStringList& word : words) {
                if (indexAnswer(index, word, std::nullopt) != storeAnswer(*directory, word, std::nullopt)) {
                    qWarning() << "words" << word;
                    return false;
                }
            }
            for (const QString& filter : filters) {
                std::optional<SearchMatches> candidates =
                    index.candidates(*FilterParser::parse(filter), std::nullopt, 1000);
                const QStringList expected = filterAnswer(filter);
                if (!candidates || expected.isEmpty() || candidates->ids(0, candidates->size()) != expected) {
                    qWarning() << "filter" << filter << "store" << expected << "index"
                               << (candidates ? candidates->ids(0, candidates->size()) : QStringList());
                    return false;
                }
            }
            for (const QString& filter : negations) {
                std::optional<SearchMatches> candidates =
                    index.candidates(*FilterParser::parse(filter), std::nullopt, 1000);
                const QStringList expected = filterAnswer(filter);
                const QStringList found = candidates ? candidates->ids(0, candidates->size()) : QStringList();
                if (expected.isEmpty() || found.size() > expected.size() + 1 ||
                    !std::all_of(expected.cbegin(), expected.cend(),
                                 [&found](const QString& id) { return found.contains(id); })) {
                    qWarning() << "filter" << filter << "store" << expected << "index" << found;
                    return false;
                }
            }
            for (const QString& filter : elsewhere) {
                std::optional<SearchMatches> candidates =
                    index.candidates(*FilterParser::parse(filter), std::nullopt, 1000);
                if (!candidates || candidates->size() != 0 || !filterAnswer(filter).isEmpty()) {
                    qWarning() << "filter" << filter;
                    return false;
                }
            }
            return true;
        };
        QVERIFY(compareAll());
        // Followed through writes, as the searched attributes are.
        QJsonObject retitled = withFilterOnlyValues(1);
        retitled.insert(QStringLiteral("title"), QStringLiteral("Senior engineer"));
        QVERIFY(directory->replace(m_context, User, ids.at(1), retitled));
        QVERIFY(directory->replace(m_context, User, ids.at(2), user(2)));
        QJsonObject twoLines = withFilterOnlyValues(3);
        twoLines.insert(QStringLiteral("title"), QStringLiteral("Lead\nEngineer"));
        QVERIFY(directory->replace(m_context, User, ids.at(3), twoLines));
        QCoreApplication::processEvents();
        QVERIFY(compareAll());
    }

    // Filters made only of what the index decides give their matches, however many; others give candidates
    // that may not match, and none past the limit.
    void decidedFilters_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<qsizetype>("limit");
        QTest::addColumn<QString>("answer"); // "exact", "candidates" or "none"
        QTest::newRow("a term, past the limit")
            << QStringLiteral("displayName co \"smith\"") << qsizetype(5) << QStringLiteral("exact");
        QTest::newRow("not, an or and a fact")
            << QStringLiteral("not (displayName co \"smith\" or userName ew \"7\") and emails pr")
            << qsizetype(5) << QStringLiteral("exact");
        QTest::newRow("an element's fact")
            << QStringLiteral("emails[primary eq true]") << qsizetype(5) << QStringLiteral("exact");
        // Each user's work address is not primary, the home one is: one element must meet both.
        QTest::newRow("a value path's and")
            << QStringLiteral("emails[value co \"work\" and primary eq true] or userName eq \"User1\"")
            << qsizetype(5) << QStringLiteral("exact");
        QTest::newRow("a value path's and, each element")
            << QStringLiteral("emails[value co \"home\" and primary eq true]") << qsizetype(5)
            << QStringLiteral("exact");
        // Found across two addresses, but in no one: compared value by value.
        QTest::newRow("a text with a line break")
            << QStringLiteral("displayName co \"1\" and not (emails.value co \"example\\nhome\")")
            << qsizetype(5) << QStringLiteral("exact");
        QTest::newRow("what the index lacks, past the limit")
            << QStringLiteral(
                   "displayName co \"smith\" and schemas eq \"urn:ietf:params:scim:schemas:core:2.0:User\"")
            << qsizetype(5) << QStringLiteral("none");
        QTest::newRow("and what the index lacks")
            << QStringLiteral(
                   "displayName co \"smith\" and schemas eq \"urn:ietf:params:scim:schemas:core:2.0:User\"")
            << qsizetype(1000) << QStringLiteral("candidates");
    }

    void decidedFilters()
    {
        QFETCH(QString, filter);
        QFETCH(qsizetype, limit);
        QFETCH(QString, answer);
        const std::shared_ptr<Directory> directory = testing::newDirectory(m_folder);
        for (int i = 0; i < 30; ++i)
            QVERIFY(directory->create(m_context, User, user(i)));
        SearchIndex index(directory, User);
        QVERIFY(waitUntilReady(index));
        const FilterPtr parsed = *FilterParser::parse(filter);
        std::optional<SearchMatches> candidates = index.candidates(parsed, std::nullopt, limit);
        QCOMPARE(!candidates
                     ? QStringLiteral("none")
                     : (candidates->isExact() ? QStringLiteral("exact") : QStringLiteral("candidates")),
                 answer);
        if (!candidates)
            return;
        const QStringList matches = filterMatches(*directory, parsed);
        const QStringList found = candidates->ids(0, candidates->size());
        QVERIFY(!matches.isEmpty());
        if (candidates->isExact())
            QCOMPARE(found, matches);
        else
            QVERIFY(std::all_of(matches.cbegin(), matches.cend(),
                                [&found](const QString& id) { return found.contains(id); }));
    }

    // Comparisons on id (but `eq`, which the stores look up) are decided from the entries' ids.
    void idTerms()
    {
        const std::shared_ptr<Directory> directory = testing::newDirectory(m_folder);
        QStringList ids;
        for (int i = 0; i < 30; ++i)
            ids.append(directory->create(m_context, User, user(i))->id);
        SearchIndex index(directory, User);
        QVERIFY(waitUntilReady(index));
        const QString id = ids.at(5);
        const QStringList filters{u"id sw \"" + id.left(6) + u'"', u"id gt \"" + id + u'"',
                                  u"not (id eq \"" + id + u"\") and displayName co \"smith\"",
                                  u"id co \"" + id.mid(10, 5) + u"\" or userName eq \"User7\"",
                                  u"id eq \"" + id.toUpper() + u"\" or displayName co \"müller\""};
        for (const QString& filter : filters) {
            const FilterPtr parsed = *FilterParser::parse(filter);
            std::optional<SearchMatches> candidates = index.candidates(parsed, std::nullopt, 1000);
            QVERIFY2(candidates && candidates->isExact(), qPrintable(filter));
            QCOMPARE(candidates->ids(0, candidates->size()), filterMatches(*directory, parsed));
        }
    }

    // Only the searched attributes are kept with sort keys; other sorts are left to the store.
    void sortsBySearchedAttributesOnly_data()
    {
        QTest::addColumn<QString>("sortPath");
        QTest::addColumn<bool>("sortable");
        QTest::addRow("none") << QString() << true;
        QTest::addRow("userName") << QStringLiteral("userName") << true;
        QTest::addRow("username, in any case") << QStringLiteral("USERNAME") << true;
        QTest::addRow("emails.value") << QStringLiteral("emails.value") << true;
        QTest::addRow("title") << QStringLiteral("title") << false;
        QTest::addRow("name.familyName") << QStringLiteral("name.familyName") << false;
    }

    void sortsBySearchedAttributesOnly()
    {
        QFETCH(QString, sortPath);
        QFETCH(bool, sortable);
        const std::shared_ptr<Directory> directory = testing::newDirectory(m_folder);
        const SearchIndex index(directory, User);
        QCOMPARE(index.canSort(sortBy(sortPath, false)), sortable);
    }
};

QTEST_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
