#include "TestDirectory.h"
#include "models/ResourceTableModel.h"
#include "query/FilterParser.h"
#include "schema/SchemaUrns.h"
#include "search/SearchIndex.h"
#include "store/InstrumentedStore.h"
#include "store/MemoryStore.h"
#include "store/StoreFactory.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <functional>
#include <map>
#include <tuple>

using namespace muster;

namespace {

QJsonObject user(const QString& userName, const QString& department = {})
{
    QJsonObject json{
        {QStringLiteral("schemas"), QJsonArray{urns::User, urns::EnterpriseUser}},
        {QStringLiteral("userName"), userName},
        {QStringLiteral("active"), true},
        {QStringLiteral("emails"),
         QJsonArray{
             QJsonObject{{QStringLiteral("value"), QString(userName + QStringLiteral("@home.example"))}},
             QJsonObject{{QStringLiteral("value"), QString(userName + QStringLiteral("@work.example"))},
                         {QStringLiteral("primary"), true}}}}};
    if (!department.isEmpty())
        json.insert(urns::EnterpriseUser, QJsonObject{{QStringLiteral("department"), department}});
    return json;
}

// User `i` of the users that SCIM filters are narrowed over: given names in mixed case and beyond ASCII, two
// family names, e-mail addresses of two types (none for one in four), a title for two in three, every
// other one active, no display name for one in ten; an external id, a phone number for two in three, an
// address for one in seven, an employee number for every other one.
QJsonObject staffMember(int i)
{
    static const QStringList givenNames{QStringLiteral("Ann"), QStringLiteral("Bob"), QStringLiteral("Émile"),
                                        QStringLiteral("Jürgen"), QStringLiteral("Zoë")};
    const QString number = QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0'));
    QJsonObject json{{QStringLiteral("schemas"), QJsonArray{urns::User}},
                     {QStringLiteral("userName"), QString(QStringLiteral("user") + number)},
                     {QStringLiteral("active"), i % 2 == 0}};
    if (i % 10 != 5) {
        const QString family = i % 100 == 42 ? QStringLiteral("Müller") : QStringLiteral("Smith");
        json.insert(QStringLiteral("displayName"), QString(givenNames.at(i % 5) + u' ' + family));
    }
    if (i % 4 != 0) {
        const auto email = [](const QString& value, const QString& type) {
            return QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("type"), type}};
        };
        json.insert(
            QStringLiteral("emails"),
            QJsonArray{
                email(QString(u'u' + number + QStringLiteral("@Work.example")), QStringLiteral("work")),
                email(QString(QStringLiteral("home") + number + QStringLiteral("@mail.example")),
                      QStringLiteral("home"))});
    }
    if (i % 3 != 0)
        json.insert(QStringLiteral("title"), QStringLiteral("Engineer"));
    json.insert(QStringLiteral("externalId"), QString(QStringLiteral("Ext-") + number));
    if (i % 3 != 2) {
        json.insert(
            QStringLiteral("phoneNumbers"),
            QJsonArray{QJsonObject{{QStringLiteral("value"), QString(QStringLiteral("+1 555 ") + number)},
                                   {QStringLiteral("type"), QStringLiteral("work")}}});
    }
    if (i % 7 == 0) {
        json.insert(QStringLiteral("addresses"),
                    QJsonArray{QJsonObject{{QStringLiteral("locality"), i % 14 ? QStringLiteral("Springfield")
                                                                               : QStringLiteral("Zürich")},
                                           {QStringLiteral("type"), QStringLiteral("work")}}});
    }
    if (i % 2 == 1) {
        json.insert(QStringLiteral("schemas"), QJsonArray{urns::User, urns::EnterpriseUser});
        json.insert(urns::EnterpriseUser,
                    QJsonObject{{QStringLiteral("employeeNumber"), QString::number(i)}});
    }
    return json;
}

// How the model answers a SCIM filter: from candidates that the search index narrows it to, each tested;
// in an order the index holds, from more candidates, walked until the first page is full (unsorted, from
// the store's scan, as with fewer than ten times as many users as these); or from the store.
enum class Answer { Narrowed, WalkedWhenSorted, Store };

// More users than the model tests candidates of a narrowed filter one by one (2,000).
constexpr int StaffMembers = 2100;

QStringList ids(const QList<Resource>& resources)
{
    QStringList ids;
    for (const Resource& resource : resources)
        ids.append(resource.id);
    return ids;
}

} // namespace

Q_DECLARE_METATYPE(Answer)

// The users and groups tables: paging from the store, sorting and filtering in the store, and live
// updates that keep selection and position.
class TestResourceTableModel : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<Directory> m_directory;
    const OperationContext m_context{ResourceStore::DefaultTenant, QStringLiteral("test")};

    QString create(const QString& userName, const QString& department = {})
    {
        const auto created =
            m_directory->create(m_context, QStringLiteral("User"), user(userName, department));
        return created ? created->id : QString();
    }

    static int column(const ResourceTableModel& model, const QString& key)
    {
        for (int i = 0; i < model.columns().size(); ++i) {
            if (model.columns().at(i).key == key)
                return i;
        }
        return -1;
    }

    static QString text(const ResourceTableModel& model, int row, const QString& key)
    {
        return model.data(model.index(row, column(model, key))).toString();
    }

    // Queries the store has answered so far.
    static int storeQueries(const InstrumentedStore& store)
    {
        const QByteArray metrics = store.latency().prometheusText();
        const QByteArray key = "muster_store_operation_duration_seconds_count{operation=\"query\"} ";
        const qsizetype at = metrics.indexOf(key);
        return at < 0 ? 0 : metrics.mid(at + key.size(), metrics.indexOf('\n', at) - at - key.size()).toInt();
    }

    std::shared_ptr<InstrumentedStore> useInstrumentedStore(bool sqlite = false)
    {
        const auto registry = SchemaRegistry::builtIn();
        std::shared_ptr<ResourceStore> inner = std::make_shared<MemoryStore>(registry);
        if (sqlite)
            inner = StoreFactory::open(registry,
                                       QStringLiteral("sqlite:") +
                                           m_folder.filePath(QUuid::createUuid().toString(QUuid::Id128)))
                        .value();
        auto store = std::make_shared<InstrumentedStore>(std::move(inner));
        DirectoryOptions options;
        options.passwordStrength = PasswordHasher::Strength::Fast;
        m_directory = std::make_shared<Directory>(registry, store, options);
        return store;
    }

    // 250 users, user000 to user249; the odd ones in Sales, the others in R&D.
    void createStaff()
    {
        for (int i = 0; i < 250; ++i)
            QVERIFY(!create(QStringLiteral("user%1").arg(i, 3, 10, QLatin1Char('0')),
                            i % 2 ? QStringLiteral("Sales") : QStringLiteral("R&D"))
                         .isEmpty());
    }

    static bool indexReady(const ResourceTableModel& model)
    {
        return QTest::qWaitFor([&model] { return model.searchIndex()->isReady(); }, 10000);
    }

    // Every row the model shows, once counted.
    static QStringList shownIds(const ResourceTableModel& model)
    {
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.append(model.idAt(row));
        return ids;
    }

    // What the store itself answers for a filter in an order, every match (asked past an InstrumentedStore,
    // whose count of queries is the model's).
    QStringList storeAnswer(const QString& filter, const std::optional<SortSpec>& sort) const
    {
        const ResourceStore* store = &m_directory->store();
        if (const auto* instrumented = dynamic_cast<const InstrumentedStore*>(store))
            store = &instrumented->inner();
        Query query;
        query.resourceType = QStringLiteral("User");
        query.filter = *FilterParser::parse(filter, FilterSyntax::Lenient);
        query.sort = sort;
        const auto result = store->query(ResourceStore::DefaultTenant, query);
        return result ? ids(result->resources)
                      : QStringList{QStringLiteral("error: ") + result.error().detail};
    }

    // staffMember(0) to staffMember(count - 1) created; their ids.
    QStringList createStaffMembers(int count)
    {
        QStringList created;
        for (int i = 0; i < count; ++i) {
            const auto user = m_directory->create(m_context, QStringLiteral("User"), staffMember(i));
            created.append(user ? user->id : QString());
        }
        return created;
    }

    // Staff member `i` (created as `id`) replaced by staffMember(i) with `change` made to it.
    bool replaceStaffMember(const QString& id, int i, const std::function<void(QJsonObject&)>& change)
    {
        QJsonObject json = staffMember(i);
        change(json);
        return bool(m_directory->replace(m_context, QStringLiteral("User"), id, json));
    }

    using Write = std::pair<const char*, std::function<bool()>>;

    // Makes each write; after each the model shows what the store finds, in as many rows as `rowsAfter` says.
    void checkWrites(ResourceTableModel& model, const QString& filter, const std::optional<SortSpec>& sort,
                     const QList<Write>& writes, const QList<int>& rowsAfter)
    {
        for (qsizetype i = 0; i < writes.size(); ++i) {
            QVERIFY2(writes.at(i).second(), writes.at(i).first);
            QCoreApplication::processEvents(); // the index and the model hear of it
            model.refresh();
            QVERIFY2(shownIds(model) == storeAnswer(filter, sort), writes.at(i).first);
            QCOMPARE(model.rowCount(), rowsAfter.at(i));
        }
    }

    QTemporaryDir m_folder;
    // The StaffMembers users in memory and in SQLite, made once for every row of narrowedFilters.
    std::map<bool, std::pair<std::shared_ptr<Directory>, std::shared_ptr<InstrumentedStore>>> m_staff;

private slots:
    void initTestCase() { QVERIFY(m_folder.isValid()); }

    void init()
    {
        DirectoryOptions options;
        options.passwordStrength = PasswordHasher::Strength::Fast;
        const auto registry = SchemaRegistry::builtIn();
        m_directory = std::make_shared<Directory>(registry, std::make_shared<MemoryStore>(registry), options);
    }

    void pagesAreLoadedAsShown()
    {
        for (int i = 0; i < 1000; ++i)
            QVERIFY(!create(QStringLiteral("user%1").arg(i, 4, 10, QLatin1Char('0'))).isEmpty());
        ResourceTableModel model(m_directory, QStringLiteral("User"), ResourceColumn::userColumns());
        QCOMPARE(model.rowCount(), 1000);
        // The first page comes with the count; the others wait until they are shown.
        QCOMPARE(model.loadedPages(), 1);
        model.sort(column(model, QStringLiteral("userName")), Qt::AscendingOrder);
        QCOMPARE(text(model, 0, QStringLiteral("userName")), QStringLiteral("user0000"));
        QCOMPARE(text(model, 999, QStringLiteral("userName")), QStringLiteral("user0999"));
        QCOMPARE(model.loadedPages(), 2);
        QCOMPARE(text(model, 5, QStringLiteral("email")), QStringLiteral("user0005@work.example"));
        QCOMPARE(text(model, 5, QStringLiteral("active")), QStringLiteral("Yes"));
        QVERIFY(!text(model, 5, QStringLiteral("lastModified")).isEmpty());
        QCOMPARE(model.data(model.index(5, 0), ResourceTableModel::IdRole).toString(), model.idAt(5));
        // Every page read once at most MaxCachedPages stay in memory.
        for (int row = 0; row < 1000; row += 50)
            QVERIFY(!model.idAt(row).isEmpty());
        QVERIFY(model.loadedPages() <= ResourceTableModel::MaxCachedPages);
    }

    // Searching, sorting or switching tenants costs one store query until the first page can be shown:
    // the count comes with the page, so that the store filters and sorts 100,000 users once, not twice.
    void oneQueryUntilTheFirstPage_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addRow("a filter") << QStringLiteral("filter");
        QTest::addRow("no filter again") << QStringLiteral("clear");
        QTest::addRow("a sort") << QStringLiteral("sort");
        QTest::addRow("another tenant") << QStringLiteral("tenant");
        QTest::addRow("a write") << QStringLiteral("write");
    }

    void oneQueryUntilTheFirstPage()
    {
        QFETCH(QString, change);
        const auto store = useInstrumentedStore();
        QVERIFY(m_directory->createTenant(QStringLiteral("acme")));
        createStaff();
        ResourceTableModel model(m_directory, QStringLiteral("User"), ResourceColumn::userColumns());
        QVERIFY(indexReady(model)); // its reading of the store is not what is counted here
        // A filter that the search index leaves to the store (an `or` with a side that it cannot test; see
        // narrowedFilters).
        model.setFilter(
            FilterParser::parse(
                QStringLiteral(
                    "userName sw \"user1\" or schemas eq \"urn:ietf:params:scim:schemas:core:2.0:Group\""))
                .value());
        QCOMPARE(model.rowCount(), 100);
        const auto queries = [&store] { return storeQueries(*store); };
        const int before = queries();
        if (change == QLatin1String("filter"))
            model.setFilter(
                FilterParser::parse(QStringLiteral("not (department eq \"R&D\" and schemas eq "
                                                   "\"urn:ietf:params:scim:schemas:core:2.0:User\")"))
                    .value());
        else if (change == QLatin1String("clear"))
            model.setFilter({});
        else if (change == QLatin1String("sort"))
            model.sort(column(model, QStringLiteral("userName")), Qt::DescendingOrder);
        else if (change == QLatin1String("tenant"))
            model.setTenant(QStringLiteral("acme"));
        else if (change == QLatin1String("write")) {
            QVERIFY(!create(QStringLiteral("user1000")).isEmpty());
            QTRY_COMPARE(model.rowCount(), 101); // the change arrives after a short gathering delay
        }
        for (int row = 0; row < std::min(model.rowCount(), int(ResourceTableModel::PageSize)); ++row)
            QVERIFY(!text(model, row, QStringLiteral("userName")).isEmpty());
        // A write that makes 101 matches needs them counted too, after the first page; the search
        // index reads another tenant's users once; a sort by userName walks the index's order instead.
        if (change == QLatin1String("tenant"))
            QVERIFY(indexReady(model));
        const bool twice = change == QLatin1String("write") || change == QLatin1String("tenant");
        QCOMPARE(queries() - before, change == QLatin1String("sort") ? 0 : (twice ? 2 : 1));
        if (change == QLatin1String("sort"))
            QCOMPARE(text(model, 0, QStringLiteral("userName")), QStringLiteral("user199"));
        if (change == QLatin1String("write"))
            QCOMPARE(model.rowCount(), 101);
    }

    // A SCIM filter that matches more than a page: the first page is there at once, the count follows
    // from another thread, and a view scrolling down meanwhile gets the next pages.
    void firstPageBeforeTheCount_data()
    {
        QTest::addColumn<bool>("sqlite");
        QTest::addColumn<bool>("scrolls");
        QTest::addRow("memory") << false << false;
        QTest::addRow("memory, scrolled before the count") << false << true;
        QTest::addRow("SQLite") << true << false;
        QTest::addRow("SQLite, scrolled before the count") << true << true;
    }

    void firstPageBeforeTheCount()
    {
        QFETCH(bool, sqlite);
        QFETCH(bool, scrolls);
        QVERIFY(m_folder.isValid());
        m_directory = testing::newDirectory(m_folder, sqlite);
        createStaff();
        ResourceTableModel model(m_directory, QStringLiteral("User"), ResourceColumn::userColumns());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // SQLite counts all 250 users after the first page; the memory store knows the number at once.
        QTRY_VERIFY_WITH_TIMEOUT(!model.isCounting(), 10000);
        QCOMPARE(model.rowCount(), 250);
        QSignalSpy counting(&model, &ResourceTableModel::countingChanged);
        // The Sales department through a `not` around a comparison the search index cannot decide (every
        // user has the core schema), which it leaves to the store.
        model.setFilter(*FilterParser::parse(QStringLiteral(
            "not (urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq \"R&D\" "
            "and schemas eq \"urn:ietf:params:scim:schemas:core:2.0:User\")")));
        QCOMPARE(model.rowCount(), int(ResourceTableModel::PageSize));
        QVERIFY(model.isCounting());
        QCOMPARE(counting.count(), 1);
        QVERIFY(model.canFetchMore({}));
        if (scrolls) {
            model.fetchMore({});
            QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 125, 10000);
            QVERIFY(!model.canFetchMore({}));
        }
        QTRY_VERIFY_WITH_TIMEOUT(!model.isCounting(), 10000);
        QCOMPARE(counting.count(), 2);
        QCOMPARE(model.rowCount(), 125);
        QSet<QString> userNames;
        for (int row = 0; row < model.rowCount(); ++row)
            userNames.insert(text(model, row, QStringLiteral("userName")));
        QCOMPARE(userNames.size(), 125);
        for (const QString& userName : std::as_const(userNames))
            QVERIFY2(userName.mid(4).toInt() % 2 == 1, qPrintable(userName));

        // A filter that fits in a page is counted with it.
        model.setFilter(*FilterParser::parse(QStringLiteral("userName sw \"user00\"")));
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(!model.isCounting());
        QVERIFY(!model.canFetchMore({}));
    }

    // Plain words (and sorting their matches by a searched attribute) are answered by the search index
    // without a store query; other sorts go to the store. Writes reach the matches.
    void plainWordsAreAnsweredByTheIndex()
    {
        const auto store = useInstrumentedStore();
        createStaff();
        ResourceTableModel model(m_directory, QStringLiteral("User"), ResourceColumn::userColumns());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(indexReady(model));
        const int before = storeQueries(*store);
        model.setPlainWords({QStringLiteral("USER12")});
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(!model.isCounting());
        model.sort(column(model, QStringLiteral("userName")), Qt::DescendingOrder);
        QCOMPARE(text(model, 0, QStringLiteral("userName")), QStringLiteral("user129"));
        QCOMPARE(text(model, 9, QStringLiteral("userName")), QStringLiteral("user120"));
        QCOMPARE(storeQueries(*store) - before, 0);

        const QPersistentModelIndex selected = model.index(2, 0); // user127
        QVERIFY(!create(QStringLiteral("xuser12")).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 11, 1000);
        QCOMPARE(text(model, 0, QStringLiteral("userName")), QStringLiteral("xuser12"));
        QCOMPARE(selected.data().toString(), QStringLiteral("user127"));
        QCOMPARE(selected.row(), 3);
        QCOMPARE(storeQueries(*store) - before, 0);

        // The department is not kept by the index: the store sorts.
        model.sort(column(model, QStringLiteral("department")), Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(text(model, 0, QStringLiteral("department")), QStringLiteral("R&D"));
        QCOMPARE(storeQueries(*store) - before, 1);
    }

    // A SCIM filter sorted by a searched attribute: the index's order walked while it finds matches soon
    // enough, the store otherwise; the same rows either way, in the store's order.
    void sortedFiltersShowWhatTheStoreFinds_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("sortKey");
        QTest::addColumn<bool>("descending");
        const QString department = QStringLiteral(
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq \"Sales\"");
        QTest::addRow("half, by userName") << department << QStringLiteral("userName") << false;
        QTest::addRow("half, by e-mail descending") << department << QStringLiteral("email") << true;
        QTest::addRow("one in a hundred, by userName")
            << QStringLiteral("userName ew \"00\"") << QStringLiteral("userName") << true;
        QTest::addRow("one, beyond the walk")
            << QStringLiteral("userName eq \"user0042\"") << QStringLiteral("userName") << false;
        QTest::addRow("by a column the index lacks") << department << QStringLiteral("department") << false;
    }

    void sortedFiltersShowWhatTheStoreFinds()
    {
        QFETCH(QString, filter);
        QFETCH(QString, sortKey);
        QFETCH(bool, descending);
        for (int i = 0; i < 2500; ++i)
            QVERIFY(!create(QStringLiteral("user%1").arg(i, 4, 10, QLatin1Char('0')),
                            i % 2 ? QStringLiteral("Sales") : QStringLiteral("R&D"))
                         .isEmpty());
        ResourceTableModel model(m_directory, QStringLiteral("User"), ResourceColumn::userColumns());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(indexReady(model));
        model.setFilter(*FilterParser::parse(filter));
        const int sortColumn = column(model, sortKey);
        model.sort(sortColumn, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isCounting(), 10000);

        Query query;
        query.resourceType = QStringLiteral("User");
        query.filter = *FilterParser::parse(filter);
        query.sort = SortSpec{*AttributePath::parse(model.columns().at(sortColumn).sortPath()),
                              descending ? SortOrder::Descending : SortOrder::Ascending};
        const auto expected = m_directory->store().query(ResourceStore::DefaultTenant, query);
        QVERIFY(expected);
        QCOMPARE(model.rowCount(), int(expected->resources.size()));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.idAt(row), expected->resources.at(row).id);
    }

    void sortAndFilterRunInTheStore_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("sortKey");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QStringList>("userNames");
        QTest::newRow("all, by user name") << QString() << QStringLiteral("userName") << false
                                           << QStringList{QStringLiteral("ann"), QStringLiteral("bob"),
                                                          QStringLiteral("cid"), QStringLiteral("dee")};
        QTest::newRow("all, by user name descending")
            << QString() << QStringLiteral("userName") << true
            << QStringList{QStringLiteral("dee"), QStringLiteral("cid"), QStringLiteral("bob"),
                           QStringLiteral("ann")};
        QTest::newRow("by department, then store order")
            << QString() << QStringLiteral("department") << false
            << QStringList{QStringLiteral("bob"), QStringLiteral("dee"), QStringLiteral("ann"),
                           QStringLiteral("cid")};
        QTest::newRow("a SCIM filter")
            << QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:"
                              "department eq \"sales\"")
            << QStringLiteral("userName") << false
            << QStringList{QStringLiteral("ann"), QStringLiteral("cid")};
        QTest::newRow("by e-mail") << QStringLiteral("emails.value co \"d\"") << QStringLiteral("email")
                                   << true << QStringList{QStringLiteral("dee"), QStringLiteral("cid")};
    }

    void sortAndFilterRunInTheStore()
    {
        QFETCH(QString, filter);
        QFETCH(QString, sortKey);
        QFETCH(bool, descending);
        QFETCH(QStringList, userNames);
        create(QStringLiteral("cid"), QStringLiteral("Sales"));
        create(QStringLiteral("ann"), QStringLiteral("Sales"));
        create(QStringLiteral("dee"), QStringLiteral("Marketing"));
        create(QStringLiteral("bob"), QStringLiteral("Finance"));
        ResourceTableModel model(m_directory, QStringLiteral("User"), ResourceColumn::userColumns());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        if (!filter.isEmpty())
            model.setFilter(*FilterParser::parse(filter));
        model.sort(column(model, sortKey), descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown.append(text(model, row, QStringLiteral("userName")));
        if (sortKey == QLatin1String("department")) // ties keep no promised order
            QCOMPARE(shown.first(), userNames.first());
        else
            QCOMPARE(shown, userNames);
    }

    // SCIM filters that the search index narrows to a few candidates, each tested as the store tests it,
    // to more candidates than are tested, walked in a sort until the first page is full (the count follows),
    // and filters that it leaves to the store: the same rows, in the same order, as the store's own answer.
    void narrowedFilters_data()
    {
        QTest::addColumn<bool>("sqlite");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<Answer>("answer");
        struct Row {
            const char* name;
            QString filter;
            Answer answer;
        };
        const QList<Row> rows{
            {"displayName co, another case", QStringLiteral("displayName co \"MÜLLER\""), Answer::Narrowed},
            {"displayName sw", QStringLiteral("displayName sw \"jürgen\""), Answer::Narrowed},
            {"displayName ew, 1,869 users", QStringLiteral("displayName ew \"SMITH\""), Answer::Narrowed},
            {"displayName eq", QStringLiteral("displayName eq \"émile smith\""), Answer::Narrowed},
            {"displayName eq, a part of the value", QStringLiteral("displayName eq \"Émile\""),
             Answer::Narrowed},
            {"userName sw", QStringLiteral("userName sw \"USER01\""), Answer::Narrowed},
            {"userName ew", QStringLiteral("userName ew \"7\""), Answer::Narrowed},
            {"userName co, in a URN",
             QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User:userName co \"004\""),
             Answer::Narrowed},
            {"emails co", QStringLiteral("emails co \"0042@work\""), Answer::Narrowed},
            {"emails.value sw", QStringLiteral("EMAILS.VALUE sw \"home00\""), Answer::Narrowed},
            {"emails.value ew, many", QStringLiteral("emails.value ew \"@mail.EXAMPLE\""), Answer::Narrowed},
            {"emails value path", QStringLiteral("emails[type eq \"home\" and value co \"01\"]"),
             Answer::Narrowed},
            {"emails value path, another element",
             QStringLiteral("emails[type eq \"home\" and value sw \"u00\"]"), Answer::Narrowed},
            {"and another clause", QStringLiteral("displayName co \"smith\" and active eq true"),
             Answer::Narrowed},
            {"and two terms", QStringLiteral("displayName sw \"zoë\" and title pr and userName ew \"5\""),
             Answer::Narrowed},
            {"and, a term in the other attribute", QStringLiteral("displayName co \"user0042\""),
             Answer::Narrowed},
            {"a term across two attributes", QStringLiteral("userName co \"0040\\nann\""), Answer::Narrowed},
            {"no match", QStringLiteral("displayName co \"nobody\""), Answer::Narrowed},
            {"a bare word", QStringLiteral("userName sw user000"), Answer::Narrowed},
            {"more candidates than are tested, each decided a match", QStringLiteral("userName co \"user\""),
             Answer::Narrowed},
            {"more candidates than are tested, a comparison the index lacks",
             QStringLiteral(
                 "userName co \"USER\" and schemas eq \"urn:ietf:params:scim:schemas:core:2.0:User\""),
             Answer::WalkedWhenSorted},
            {"not around a value path's and, many matches",
             QStringLiteral("not (emails[type eq \"work\" and value co \"zzz\"])"), Answer::Narrowed},
            {"more candidates than are tested, too few matches for the walk",
             QStringLiteral(
                 "userName sw \"user\" and schemas eq \"urn:ietf:params:scim:schemas:core:2.0:Group\""),
             Answer::Store},
            {"a term, pr, a boolean and a not, one in three a match",
             QStringLiteral("userName co \"USER\" and title pr and active eq true"), Answer::Narrowed},
            {"a term, pr, booleans and a not, few matches",
             QStringLiteral(
                 "userName sw \"user\" and title pr and not (displayName co \"smith\" and active eq true) "
                 "and active eq true"),
             Answer::Narrowed},
            {"not beside many candidates",
             QStringLiteral("userName sw \"user\" and displayName pr and not (displayName co \"smith\")"),
             Answer::Narrowed},
            {"an empty term, every user a match", QStringLiteral("userName co \"\""), Answer::Narrowed},
            {"an empty term, the users with a display name", QStringLiteral("displayName co \"\""),
             Answer::Narrowed},
            {"or", QStringLiteral("userName co \"user00\" or displayName co \"müller\""), Answer::Narrowed},
            {"or, a side without candidates",
             QStringLiteral("userName ew \"0007\" or displayName co \"nobody\""), Answer::Narrowed},
            {"or, many matches", QStringLiteral("userName sw \"USER\" or displayName co \"smith\""),
             Answer::Narrowed},
            {"or with a side the index cannot narrow",
             QStringLiteral(
                 "userName co \"user00\" or schemas eq \"urn:ietf:params:scim:schemas:core:2.0:Group\""),
             Answer::Store},
            {"an ordering", QStringLiteral("displayName gt \"zoë smith\""), Answer::Narrowed},
            {"or with an ordering side",
             QStringLiteral("userName co \"user00\" or displayName ge \"ZOË SMITH\""), Answer::Narrowed},
            {"a case-exact ordering", QStringLiteral("externalId lt \"Ext-0005\""), Answer::Narrowed},
            {"ne and a term", QStringLiteral("title ne \"engineer\" and userName sw \"user00\""),
             Answer::Narrowed},
            {"a value path's not and ne",
             QStringLiteral("emails[not (value co \"0\") and type ne \"home\"] and userName sw \"user01\""),
             Answer::Narrowed},
            {"a value path's eq null, many matches",
             QStringLiteral("emails[display eq null and type eq \"work\"]"), Answer::Narrowed},
            {"an element's boolean", QStringLiteral("emails[primary eq true] or userName ew \"0042\""),
             Answer::Narrowed},
            {"an element's boolean in a value path's and",
             QStringLiteral("emails[type eq \"work\" and primary eq false] or userName ew \"0042\""),
             Answer::Narrowed},
            {"not around an element's pr",
             QStringLiteral("not (addresses[locality pr]) and userName sw \"user00\""), Answer::Narrowed},
            {"or with a boolean side", QStringLiteral("userName co \"user00\" or active eq false"),
             Answer::Narrowed},
            {"or with a side of a boolean, pr and a term",
             QStringLiteral(
                 "userName ew \"0042\" or (active eq false and title pr and userName sw \"user01\")"),
             Answer::Narrowed},
            {"nested and and or",
             QStringLiteral("(userName sw \"user01\" or displayName eq \"zoë müller\") and "
                            "(title pr or active eq true) and not (emails co \"5@\")"),
             Answer::Narrowed},
            {"or of ands",
             QStringLiteral("(displayName sw \"ann\" and userName ew \"10\") or (title eq \"engineer\" and "
                            "userName co \"0123\")"),
             Answer::Narrowed},
            {"value paths under or",
             QStringLiteral("emails[type eq \"work\" and value co \"0042@\"] or emails[type eq \"home\" and "
                            "value sw \"HOME010\"]"),
             Answer::Narrowed},
            {"an or in a value path",
             QStringLiteral("emails[value sw \"u000\" or value ew \"0099@mail.example\"]"), Answer::Narrowed},
            {"a key under or", QStringLiteral("userName eq \"user0042\" or displayName co \"müller\""),
             Answer::Narrowed},
            {"keys under or, looked up by the store",
             QStringLiteral("userName eq \"user0042\" or userName eq \"user0043\""), Answer::Store},
            {"not, few matches", QStringLiteral("not (displayName co \"smith\")"), Answer::Narrowed},
            {"not, many matches", QStringLiteral("not (displayName co \"müller\")"), Answer::Narrowed},
            {"not of an or",
             QStringLiteral("not (displayName co \"smith\" or title pr or phoneNumbers sw \"+1\")"),
             Answer::Narrowed},
            {"not of an and", QStringLiteral("not (displayName ew \"SMITH\" and emails.type eq \"work\")"),
             Answer::Narrowed},
            {"not not", QStringLiteral("not (not (userName ew \"7\") or active eq true)"), Answer::Narrowed},
            {"not around an and the index cannot decide",
             QStringLiteral("not (displayName co \"smith\" and schemas eq "
                            "\"urn:ietf:params:scim:schemas:core:2.0:User\")"),
             Answer::Store},
            {"not around an and with an ordering",
             QStringLiteral("not (displayName co \"smith\" and displayName gt \"c\")"), Answer::Narrowed},
            {"not around an and of a term and a boolean",
             QStringLiteral("not (displayName co \"smith\" and active eq true)"), Answer::Narrowed},
            {"not pr and a boolean", QStringLiteral("not (title pr) and active eq false"), Answer::Narrowed},
            {"pr that nobody has", QStringLiteral("nickName pr"), Answer::Narrowed},
            {"pr that nobody has, and a boolean", QStringLiteral("nickName pr and active eq false"),
             Answer::Narrowed},
            {"pr on a sub-attribute, and a term",
             QStringLiteral("addresses.locality pr and userName ew \"1\""), Answer::Narrowed},
            {"pr on a complex attribute", QStringLiteral("addresses pr"), Answer::Narrowed},
            {"pr on an extension's attribute, and a term",
             QStringLiteral(
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber pr and "
                 "userName ew \"3\""),
             Answer::Narrowed},
            {"eq null and pr", QStringLiteral("displayName eq null and title pr"), Answer::Narrowed},
            {"ne null and eq null",
             QStringLiteral("addresses ne null and emails eq null and phoneNumbers pr"), Answer::Narrowed},
            {"a quoted boolean and a term", QStringLiteral("active eq \"FALSE\" and userName sw \"user00\""),
             Answer::Narrowed},
            {"boolean ne, pr and not pr",
             QStringLiteral("active ne true and title pr and not (phoneNumbers pr)"), Answer::Narrowed},
            {"a boolean sub-attribute that nobody has", QStringLiteral("emails.primary eq true"),
             Answer::Narrowed},
            {"not of a boolean or a date",
             QStringLiteral("not (active eq true or meta.created lt \"2000-01-01\") and addresses pr"),
             Answer::Narrowed},
            {"lastModified gt, the newest few",
             QStringLiteral("meta.lastModified gt \"{lastModified:user2090}\""), Answer::Narrowed},
            {"created le, the first few, and a boolean",
             QStringLiteral("meta.created le \"{created:user0020}\" and active eq false"), Answer::Narrowed},
            {"lastModified eq", QStringLiteral("meta.lastModified eq \"{lastModified:user0042}\""),
             Answer::Narrowed},
            {"lastModified ne and a term",
             QStringLiteral("meta.lastModified ne \"{lastModified:user0042}\" and userName sw \"user004\""),
             Answer::Narrowed},
            {"not created ge", QStringLiteral("not (meta.created ge \"{created:user0030}\")"),
             Answer::Narrowed},
            {"created lt, in another offset, and a term",
             QStringLiteral("meta.created lt \"2100-01-01T01:00:00+01:00\" and userName ew \"0042\""),
             Answer::Narrowed},
            {"created ge, every user", QStringLiteral("meta.created ge \"2000-01-01\""), Answer::Narrowed},
            {"lastModified gt or a term",
             QStringLiteral("meta.lastModified gt \"{lastModified:user2080}\" or displayName co \"müller\""),
             Answer::Narrowed},
            {"not around a case-exact attribute", QStringLiteral("not (externalId co \"Ext-0\")"),
             Answer::Narrowed},
            {"not around a value path's and",
             QStringLiteral("not (emails[type eq \"work\" and value co \"0\"]) and userName sw \"user00\""),
             Answer::Narrowed},
            {"not around a value path",
             QStringLiteral("not (emails[value co \"@work\"] or emails[type eq \"home\"])"),
             Answer::Narrowed},
            {"not around a text with a line break", QStringLiteral("not (displayName co \"smith\\nann\")"),
             Answer::Narrowed},
            {"not beside a term", QStringLiteral("not (displayName co \"smith\") and userName sw \"user01\""),
             Answer::Narrowed},
            {"a sub-attribute beside value", QStringLiteral("emails.type eq \"home\""), Answer::Narrowed},
            {"an attribute the index lacks",
             QStringLiteral("schemas eq \"urn:ietf:params:scim:schemas:core:2.0:User\""), Answer::Store},
            {"phoneNumbers.value co", QStringLiteral("phoneNumbers.value co \"555 004\""), Answer::Narrowed},
            {"phoneNumbers value path",
             QStringLiteral("phoneNumbers[type eq \"work\" and value ew \"0042\"]"), Answer::Narrowed},
            {"externalId co", QStringLiteral("externalId co \"EXT-012\""), Answer::Narrowed},
            {"externalId eq, looked up by the store", QStringLiteral("externalId eq \"Ext-0012\""),
             Answer::Store},
            {"an address, and", QStringLiteral("addresses.locality eq \"zürich\" and userName sw \"user0\""),
             Answer::Narrowed},
            {"an extension's attribute",
             QStringLiteral(
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq \"41\""),
             Answer::Narrowed},
            {"an extension's attribute, unqualified and in another case",
             QStringLiteral("EMPLOYEENUMBER sw \"20\""), Answer::Narrowed},
            {"many candidates and an extension's attribute",
             QStringLiteral("displayName ew \"smith\" and employeeNumber eq \"1041\""), Answer::Narrowed},
            {"or across attributes",
             QStringLiteral("phoneNumbers co \"0007\" or employeeNumber eq \"99\" or addresses[locality sw "
                            "\"spring\" and type eq \"work\"]"),
             Answer::Narrowed},
            {"an attribute no user has",
             QStringLiteral("nickName co \"a\" or urn:ietf:params:scim:schemas:"
                            "extension:enterprise:2.0:User:costCenter eq \"b\""),
             Answer::Narrowed},
            {"title, held for filters only", QStringLiteral("title eq \"ENGINEER\" and userName ew \"1\""),
             Answer::Narrowed},
            {"userName eq, looked up by the store", QStringLiteral("userName eq \"user0042\""),
             Answer::Store},
            {"and an e-mail the store looks up",
             QStringLiteral("displayName co \"smith\" and emails.value eq \"u0041@work.example\""),
             Answer::Store},
        };
        for (const bool sqlite : {false, true}) {
            for (const Row& row : rows)
                QTest::addRow("%s, %s", sqlite ? "SQLite" : "memory", row.name)
                    << sqlite << row.filter << row.answer;
        }
    }

    void narrowedFilters()
    {
        QFETCH(bool, sqlite);
        QFETCH(QString, filter);
        QFETCH(Answer, answer);
        auto& [directory, store] = m_staff[sqlite];
        if (!directory) {
            store = useInstrumentedStore(sqlite);
            for (int i = 0; i < StaffMembers; ++i)
                QVERIFY(m_directory->create(m_context, QStringLiteral("User"), staffMember(i)));
            directory = m_directory;
        }
        m_directory = directory;
        // "{lastModified:user0042}": that user's meta.lastModified, and so on.
        static const QRegularExpression metaReference(QStringLiteral("\\{(\\w+):(\\w+)\\}"));
        for (QRegularExpressionMatch reference = metaReference.match(filter); reference.hasMatch();
             reference = metaReference.match(filter)) {
            const QStringList found =
                storeAnswer(u"userName eq \"" + reference.captured(2) + u'"', std::nullopt);
            QCOMPARE(found.size(), 1);
            const auto user = m_directory->store().get(ResourceStore::DefaultTenant, QStringLiteral("User"),
                                                       found.front(), ResourceStore::ReadMembers::Omit);
            QVERIFY(user);
            filter.replace(reference.capturedStart(), reference.capturedLength(),
                           user->json.value(u"meta").toObject().value(reference.captured(1)).toString());
        }
        ResourceTableModel model(m_directory, QStringLiteral("User"), ResourceColumn::userColumns());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(indexReady(model));
        // Counts of what was shown before run on, cancelled; the store counts their queries when they end.
        QThreadPool::globalInstance()->waitForDone();
        const int before = storeQueries(*store);
        model.setFilter(*FilterParser::parse(filter, FilterSyntax::Lenient));
        // A narrowed filter is decided with its first page, without a store query or a count to wait for.
        QCOMPARE(!model.isCounting() && storeQueries(*store) == before, answer == Answer::Narrowed);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isCounting(), 10000);
        QCOMPARE(shownIds(model), storeAnswer(filter, std::nullopt));

        // In the orders the index holds (narrowed or walked), and in one it lacks (the store sorts). A walk
        // shows the store's first page without a store query; the count follows.
        for (const auto& [key, descending, held] : {std::tuple{QStringLiteral("userName"), false, true},
                                                    std::tuple{QStringLiteral("displayName"), true, true},
                                                    std::tuple{QStringLiteral("title"), false, false}}) {
            const int sortColumn = column(model, key);
            const SortSpec sort{*AttributePath::parse(model.columns().at(sortColumn).sortPath()),
                                descending ? SortOrder::Descending : SortOrder::Ascending};
            const QStringList expected = storeAnswer(filter, sort);
            const int beforeSort = storeQueries(*store);
            model.sort(sortColumn, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
            if (held && answer == Answer::WalkedWhenSorted) {
                QCOMPARE(storeQueries(*store), beforeSort);
                QVERIFY(model.isCounting());
                // As many rows as were shown before stay until the count arrives.
                QStringList firstPage;
                for (int row = 0; row < ResourceTableModel::PageSize; ++row)
                    firstPage.append(model.idAt(row));
                QCOMPARE(firstPage, expected.first(ResourceTableModel::PageSize));
            }
            QTRY_VERIFY_WITH_TIMEOUT(!model.isCounting(), 10000);
            QCOMPARE(shownIds(model), expected);
        }
    }

    // What the index holds for comparisons that are not on strings follows writes too: a write makes a user
    // newer than a moment, and gives or takes a title.
    void factsFollowWrites_data()
    {
        QTest::addColumn<bool>("sqlite");
        QTest::addRow("memory") << false;
        QTest::addRow("SQLite") << true;
    }

    void factsFollowWrites()
    {
        QFETCH(bool, sqlite);
        useInstrumentedStore(sqlite);
        const QStringList created = createStaffMembers(300);
        QVERIFY(!created.contains(QString()));
        ResourceTableModel model(m_directory, QStringLiteral("User"), ResourceColumn::userColumns());
        QVERIFY(indexReady(model));
        QTest::qSleep(2);
        const QString moment = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        QTest::qSleep(2);
        const QString filter =
            QStringLiteral("meta.lastModified gt \"%1\" and not (title pr) and active eq false").arg(moment);
        model.setFilter(*FilterParser::parse(filter));
        QCOMPARE(model.rowCount(), 0);
        const auto replace = [&](int i, const std::function<void(QJsonObject&)>& change) {
            return replaceStaffMember(created.at(i), i, change);
        };
        const auto nicknamed = [](QJsonObject& json) {
            json.insert(QStringLiteral("nickName"), QStringLiteral("Nick"));
        };
        const auto titled = [](QJsonObject& json) {
            json.insert(QStringLiteral("title"), QStringLiteral("Chef"));
        };
        const QList<Write> writes{
            {"newer, without a title, inactive", [&] { return replace(3, nicknamed); }},
            {"newer, with a title", [&] { return replace(9, titled); }},
            {"newer, active", [&] { return replace(6, nicknamed); }},
            {"newer, inactive again", [&] { return replace(15, nicknamed); }},
            {"a title now", [&] { return replace(3, titled); }},
        };
        checkWrites(model, filter, std::nullopt, writes, {1, 1, 1, 2, 1});
    }

    // The index follows writes, so that a narrowed filter shows what the store finds after each: a user
    // that becomes a candidate, one that stops being one, one that stays one but no longer matches the rest
    // of the filter, a new one and a removed one.
    void narrowedFiltersFollowWrites_data()
    {
        QTest::addColumn<bool>("sqlite");
        QTest::addColumn<QString>("sortKey");
        for (const bool sqlite : {false, true}) {
            const char* store = sqlite ? "SQLite" : "memory";
            QTest::addRow("%s, id order", store) << sqlite << QString();
            QTest::addRow("%s, by userName", store) << sqlite << QStringLiteral("userName");
        }
    }

    void narrowedFiltersFollowWrites()
    {
        QFETCH(bool, sqlite);
        QFETCH(QString, sortKey);
        const auto store = useInstrumentedStore(sqlite);
        const QStringList created = createStaffMembers(300);
        QVERIFY(!created.contains(QString()));
        ResourceTableModel model(m_directory, QStringLiteral("User"), ResourceColumn::userColumns());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(indexReady(model));
        std::optional<SortSpec> sort;
        if (!sortKey.isEmpty()) {
            const int sortColumn = column(model, sortKey);
            model.sort(sortColumn, Qt::AscendingOrder);
            sort = SortSpec{*AttributePath::parse(model.columns().at(sortColumn).sortPath())};
        }
        const QString filter = QStringLiteral("displayName co \"müller\" and active eq true");
        model.setFilter(*FilterParser::parse(filter));
        QThreadPool::globalInstance()->waitForDone(); // a count of what was shown before, cancelled
        const int before = storeQueries(*store);
        QCOMPARE(shownIds(model), storeAnswer(filter, sort));
        QCOMPARE(model.rowCount(), 3); // users 42, 142 and 242

        const auto replace = [&](int i, const std::function<void(QJsonObject&)>& change) {
            return replaceStaffMember(created.at(i), i, change);
        };
        const auto becomeMueller = [](QJsonObject& json) {
            json.insert(QStringLiteral("displayName"), QStringLiteral("Ann MÜLLER"));
            json.insert(QStringLiteral("active"), true);
        };
        const QList<Write> writes{
            {"a candidate now", [&] { return replace(7, becomeMueller); }},
            {"no candidate any more",
             [&] {
                 return replace(42, [](QJsonObject& json) {
                     json.insert(QStringLiteral("displayName"), QStringLiteral("Ann Smith"));
                 });
             }},
            {"a candidate that no longer matches",
             [&] {
                 return replace(142, [](QJsonObject& json) { json.insert(QStringLiteral("active"), false); });
             }},
            {"a new one",
             [&] {
                 QJsonObject json = staffMember(1000);
                 becomeMueller(json);
                 return bool(m_directory->create(m_context, QStringLiteral("User"), json));
             }},
            {"a removed one",
             [&] { return bool(m_directory->remove(m_context, QStringLiteral("User"), created.at(7))); }},
        };
        checkWrites(model, filter, sort, writes, {4, 3, 2, 3, 2});
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(storeQueries(*store) - before, 0);
    }

    // A filter that parses but does not fit the schema gets the store's message, however the search index
    // could narrow it.
    void filtersTheSchemaRejects_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::newRow("a value path on a single-valued attribute")
            << QStringLiteral("name[givenName eq \"ann\"]");
        QTest::newRow("co on a boolean") << QStringLiteral("displayName co \"a\" and active co \"t\"");
        QTest::newRow("an unknown sub-attribute in a value path")
            << QStringLiteral("emails[value co \"a\" and colour eq \"red\"]");
    }

    void filtersTheSchemaRejects()
    {
        QFETCH(QString, filter);
        createStaff();
        ResourceTableModel model(m_directory, QStringLiteral("User"), ResourceColumn::userColumns());
        QVERIFY(indexReady(model));
        QSignalSpy failed(&model, &ResourceTableModel::queryFailed);
        model.setFilter(*FilterParser::parse(filter));
        QCOMPARE(model.rowCount(), 0); // read as a view reads it
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!failed.front().front().toString().isEmpty());
    }

    void liveUpdatesKeepTheSelectedResource()
    {
        for (const char* name : {"carl", "dora", "erik", "fay"})
            create(QString::fromLatin1(name));
        ResourceTableModel model(m_directory, QStringLiteral("User"), ResourceColumn::userColumns());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(column(model, QStringLiteral("userName")), Qt::AscendingOrder);
        const QPersistentModelIndex selected = model.index(1, 0); // dora
        QCOMPARE(selected.data().toString(), QStringLiteral("dora"));
        const QPersistentModelIndex removed = model.index(2, 0); // erik

        // Writes from another thread, as the server's workers make them.
        QThread* writer = QThread::create([this] {
            create(QStringLiteral("abe"));
            create(QStringLiteral("bea"));
            Query query;
            query.resourceType = QStringLiteral("User");
            query.filter = *FilterParser::parse(u"userName eq \"erik\"");
            const auto erik = m_directory->query(m_context, query);
            // Checked below: the row count shows whether it went.
            (void)m_directory->remove(m_context, QStringLiteral("User"), erik->resources.first().id);
        });
        writer->start();
        writer->wait();
        delete writer;
        // A busy machine may spread the three writes over two refreshes: wait for the last.
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() == 5 && !removed.isValid(), 5000);
        QCOMPARE(selected.row(), 3);
        QCOMPARE(selected.data().toString(), QStringLiteral("dora"));
        QCOMPARE(text(model, 0, QStringLiteral("userName")), QStringLiteral("abe"));

        // An update in place, and a burst of writes refreshed once.
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        const QString doraId = selected.data(ResourceTableModel::IdRole).toString();
        QVERIFY(m_directory->patch(
            m_context, QStringLiteral("User"), doraId,
            QJsonObject{{QStringLiteral("Operations"),
                         QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                                {QStringLiteral("path"), QStringLiteral("active")},
                                                {QStringLiteral("value"), false}}}}}));
        for (int i = 0; i < 20; ++i)
            create(QStringLiteral("zed%1").arg(i));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 25, 1000);
        QCOMPARE(layouts.count(), 1);
        QCOMPARE(selected.data().toString(), QStringLiteral("dora"));
        QCOMPARE(model.data(model.index(selected.row(), column(model, QStringLiteral("active")))).toString(),
                 QStringLiteral("No"));
    }

    void groupsShowTheirMemberCount()
    {
        const QString ann = create(QStringLiteral("ann"));
        const QString bob = create(QStringLiteral("bob"));
        QJsonObject group{
            {QStringLiteral("schemas"), QJsonArray{urns::Group}},
            {QStringLiteral("displayName"), QStringLiteral("Staff")},
            {QStringLiteral("members"), QJsonArray{QJsonObject{{QStringLiteral("value"), ann}},
                                                   QJsonObject{{QStringLiteral("value"), bob}}}}};
        QVERIFY(m_directory->create(m_context, QStringLiteral("Group"), group));
        ResourceTableModel model(m_directory, QStringLiteral("Group"), ResourceColumn::groupColumns());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(text(model, 0, QStringLiteral("members")), QStringLiteral("2"));
        // A removed user leaves the group: the count follows.
        QVERIFY(m_directory->remove(m_context, QStringLiteral("User"), bob));
        QTRY_COMPARE_WITH_TIMEOUT(text(model, 0, QStringLiteral("members")), QStringLiteral("1"), 1000);
    }

    // Groups sorted by name and filtered by a member: the walk through the index's order reads each
    // group with its members, as the store's filter does.
    void groupsFilteredByAMemberSortByName()
    {
        const QString ann = create(QStringLiteral("ann"));
        const QString bob = create(QStringLiteral("bob"));
        const auto group = [&](const QString& name, const QStringList& members) {
            QJsonArray array;
            for (const QString& member : members)
                array.append(QJsonObject{{QStringLiteral("value"), member}});
            QJsonObject json{{QStringLiteral("schemas"), QJsonArray{urns::Group}},
                             {QStringLiteral("displayName"), name},
                             {QStringLiteral("members"), array}};
            QVERIFY(m_directory->create(m_context, QStringLiteral("Group"), json));
        };
        group(QStringLiteral("Sales"), {ann});
        group(QStringLiteral("Admins"), {ann, bob});
        group(QStringLiteral("Staff"), {bob});
        ResourceTableModel model(m_directory, QStringLiteral("Group"), ResourceColumn::groupColumns());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(indexReady(model));
        model.setFilter(*FilterParser::parse(QStringLiteral("members.value eq \"%1\"").arg(ann)));
        model.sort(column(model, QStringLiteral("displayName")), Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(text(model, 0, QStringLiteral("displayName")), QStringLiteral("Sales"));
        QCOMPARE(text(model, 1, QStringLiteral("displayName")), QStringLiteral("Admins"));
    }

    void tenantsAreSeparate()
    {
        create(QStringLiteral("ann"));
        QVERIFY(m_directory->createTenant(QStringLiteral("branch")));
        QVERIFY(m_directory->create({QStringLiteral("branch"), QString()}, QStringLiteral("User"),
                                    user(QStringLiteral("other"))));
        ResourceTableModel model(m_directory, QStringLiteral("User"), ResourceColumn::userColumns());
        QCOMPARE(model.rowCount(), 1);
        model.setTenant(QStringLiteral("branch"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(text(model, 0, QStringLiteral("userName")), QStringLiteral("other"));
    }
};

QTEST_MAIN(TestResourceTableModel)
#include "tst_resourcetablemodel.moc"
