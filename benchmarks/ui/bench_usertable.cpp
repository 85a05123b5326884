#include "BenchUsers.h"
#include "SeededDatabase.h"
#include "models/ResourceColumn.h"
#include "models/ResourceTableModel.h"
#include "search/SearchIndex.h"
#include "search/SearchQuery.h"
#include "store/MemoryStore.h"
#include "store/sql/SqlStore.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QTest>
#include <QUuid>

#include <map>

using namespace muster;

namespace {

constexpr int Users = 100000;
constexpr int SeedBatchSize = 1000;

std::shared_ptr<const SchemaRegistry> registry()
{
    static const std::shared_ptr<const SchemaRegistry> builtIn = SchemaRegistry::builtIn();
    return builtIn;
}

int userNameColumn()
{
    const QList<ResourceColumn> columns = ResourceColumn::userColumns();
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).path == QLatin1String("userName"))
            return int(i);
    }
    qFatal("the users table has no userName column");
}

// The process's resident memory in MiB (Linux; 0 elsewhere), for the size of a search index.
double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024;
    }
    return 0;
}

// What ResourceBrowser::applySearch does with the text typed.
bool applySearch(ResourceTableModel& model, const QString& text)
{
    const QStringList words = SearchQuery::plainWords(text.trimmed());
    if (!words.isEmpty()) {
        model.setPlainWords(words);
        return true;
    }
    const Result<FilterPtr> filter = SearchQuery::interpret(text, QStringLiteral("User"));
    if (!filter)
        return false;
    model.setFilter(*filter);
    return true;
}

} // namespace

// The Users table over 100,000 typical users (benchusers::userInput), in memory and in SQLite: how long
// the page waits from a search or a click on a header until the first page of rows can be painted.
// That is ResourceTableModel's whole reset (the first 100 rows: plain words from its search index, SCIM
// filters from the store; the count of a larger match follows off the GUI thread), as the view does it,
// plus SearchQuery reading the typed text.
class BenchUserTable : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<Directory> m_memory;
    std::shared_ptr<Directory> m_sqlite;
    std::optional<SqlStoreOptions> m_sqliteCopy;

    std::map<QString, std::unique_ptr<ResourceTableModel>> m_models; // by store and purpose

    const std::shared_ptr<Directory>& directory(const QString& store) const
    {
        return store == QLatin1String("memory") ? m_memory : m_sqlite;
    }

    // The Users table of a store, once its search index has read every user (as after opening the app),
    // one for searches and one for sorts, each kept for all rows.
    ResourceTableModel& model(const QString& store, const QString& purpose)
    {
        std::unique_ptr<ResourceTableModel>& model = m_models[store + u'/' + purpose];
        if (!model) {
            QElapsedTimer timer;
            timer.start();
            const double residentBefore = residentMiB();
            model = std::make_unique<ResourceTableModel>(directory(store), QStringLiteral("User"),
                                                         ResourceColumn::userColumns());
            if (!model->searchIndex()->isReady()) {
                QEventLoop loop;
                connect(model->searchIndex(), &SearchIndex::ready, &loop, &QEventLoop::quit);
                loop.exec();
            }
            qInfo("%s: search index of %lld users ready in %.1f s, resident memory %+.1f MiB",
                  qPrintable(store), qlonglong(model->searchIndex()->size()), timer.elapsed() / 1000.0,
                  residentMiB() - residentBefore);
        }
        return *model;
    }

    static void waitForCount(ResourceTableModel& model)
    {
        if (!model.isCounting())
            return;
        QEventLoop loop;
        connect(&model, &ResourceTableModel::countingChanged, &loop, &QEventLoop::quit);
        loop.exec();
    }

    void addStoreRows(const char* what, const QString& text)
    {
        for (const char* store : {"memory", "SQLite"})
            QTest::addRow("%s, %s", store, what) << QString::fromLatin1(store).toLower() << text;
    }

private slots:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        auto memory = std::make_shared<MemoryStore>(registry());
        const ResourceCanonicalizer canonicalizer(*registry(),
                                                  *registry()->resourceType(benchusers::UserType));
        for (int start = 0; start < Users; start += SeedBatchSize) {
            WriteBatch batch;
            for (int index = start; index < std::min(Users, start + SeedBatchSize); ++index)
                batch.operations.append({WriteOperation::Kind::Create,
                                         benchusers::storedUser(canonicalizer, index), std::nullopt});
            QVERIFY(memory->apply(ResourceStore::DefaultTenant, batch));
        }
        m_memory = std::make_shared<Directory>(registry(), memory);
        qInfo("memory store seeded with %d users in %.1f s", Users, timer.elapsed() / 1000.0);

        timer.restart();
        const Result<SqlStoreOptions> copy = SeededDatabase::sqliteCopy(Users);
        QVERIFY2(copy, qPrintable(copy ? QString() : copy.error().detail));
        m_sqliteCopy = *copy;
        auto sqlite = SqlStore::open(registry(), *copy);
        QVERIFY2(sqlite, qPrintable(sqlite ? QString() : sqlite.error().detail));
        m_sqlite =
            std::make_shared<Directory>(registry(), std::shared_ptr<ResourceStore>(std::move(*sqlite)));
        qInfo("SQLite copy of %d users ready in %.1f s", Users, timer.elapsed() / 1000.0);
    }

    void cleanupTestCase()
    {
        m_models.clear();
        m_sqlite.reset();
        if (m_sqliteCopy)
            QVERIFY(SeededDatabase::removeCopy(*m_sqliteCopy));
    }

    // Typed into the search box: plain words (each must occur in userName, displayName or an email) and
    // SCIM filters, from one match to half of the users; among them filters that the search index narrows
    // to 10 to 1,111 candidates (also on a user's name and title), one whose 3,970 candidates are walked
    // until a page is full, and filters left to the store: 11,111 candidates with one match, half the users.
    void search_data()
    {
        QTest::addColumn<QString>("store");
        QTest::addColumn<QString>("text");
        addStoreRows("everything", QString());
        addStoreRows("a plain word, 11 users", QStringLiteral("user4242"));
        addStoreRows("two plain words, 1 user", QStringLiteral("given4242 family4242"));
        addStoreRows("a plain word, every user", QStringLiteral("example"));
        addStoreRows("userName eq, 1 user", QStringLiteral("userName eq \"user4242@example.com\""));
        addStoreRows("displayName co, 11 users", QStringLiteral("displayName co \"Family4242\""));
        addStoreRows("displayName sw, 11 users", QStringLiteral("displayName sw \"given4242\""));
        addStoreRows("emails co, 10 users", QStringLiteral("emails co \"4242@home\""));
        addStoreRows("displayName co and active, 1,000 of 1,111",
                     QStringLiteral("displayName co \"Family42\" and active eq true"));
        addStoreRows("displayName co, 11,111 users", QStringLiteral("displayName co \"Family1\""));
        addStoreRows("displayName co and employeeNumber eq, 11,111 candidates, 1 user",
                     QStringLiteral("displayName co \"Family1\" and urn:ietf:params:scim:schemas:extension:"
                                    "enterprise:2.0:User:employeeNumber eq \"14242\""));
        addStoreRows("userName co and active eq false, 3,970 candidates, 299 users",
                     QStringLiteral("userName co \"42\" and active eq false"));
        addStoreRows("name.familyName co, 11 users", QStringLiteral("name.familyName co \"Family4242\""));
        addStoreRows("title eq and name.givenName sw, 9 users",
                     QStringLiteral("title eq \"Engineer\" and name.givenName sw \"given4242\""));
        addStoreRows("department eq, half",
                     QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:"
                                    "department eq \"Sales\""));
        addStoreRows("active and title, 80%", QStringLiteral("active eq true and title pr"));
        // Attributes beside the searched ones and the name, title and department.
        addStoreRows("phoneNumbers.value co, 10 users",
                     QStringLiteral("phoneNumbers.value co \"555 000424\""));
        addStoreRows("employeeNumber eq, 1 user",
                     QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:"
                                    "employeeNumber eq \"14242\""));
        addStoreRows("externalId co, 11 users", QStringLiteral("externalId co \"ext-4242\""));
        addStoreRows("phoneNumbers value path, 1 user",
                     QStringLiteral("phoneNumbers[type eq \"work\" and value ew \"0004242\"]"));
        // Filters built of or, nested parentheses, value paths and not.
        addStoreRows("or, 12 users",
                     QStringLiteral("userName sw \"user4242@\" or displayName co \"Family4243\""));
        addStoreRows("or, many", QStringLiteral("userName co \"1\" or displayName co \"Family2\""));
        addStoreRows("nested and/or, 12 users",
                     QStringLiteral("(displayName co \"Family4242\" or emails co \"4243@home\") and "
                                    "(title eq \"Engineer\" or active eq false or userName sw \"user4\")"));
        addStoreRows("or of value paths, 2 users",
                     QStringLiteral("emails[type eq \"home\" and value sw \"user4242@\"] or "
                                    "phoneNumbers[value ew \"0004243\"]"));
        addStoreRows("not, 99,989 users", QStringLiteral("not (displayName co \"Family4242\")"));
        addStoreRows("not of an or, 32 users",
                     QStringLiteral("not (userName co \"1\" or userName co \"2\" or userName co \"3\" or "
                                    "userName co \"4\" or userName co \"5\" or userName co \"6\" or "
                                    "userName co \"7\" or userName co \"8\")"));
        // Comparisons that are not on strings: pr, booleans, dates (users were created a second apart from
        // 2024-01-01T00:00:00Z on; one in ten is inactive and has no title; nobody has a nickName).
        addStoreRows("lastModified gt, 10 users",
                     QStringLiteral("meta.lastModified gt \"2024-01-02T03:46:29Z\""));
        addStoreRows("created lt and active eq false, 10 users",
                     QStringLiteral("meta.created lt \"2024-01-01T00:01:40Z\" and active eq false"));
        addStoreRows("not title pr and active eq false and lastModified gt, 10 users",
                     QStringLiteral("not (title pr) and active eq false and meta.lastModified gt "
                                    "\"2024-01-02T03:45:00Z\""));
        addStoreRows(
            "nickName pr or employeeNumber eq, 1 user",
            QStringLiteral("nickName pr or urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:"
                           "employeeNumber eq \"14242\""));
        addStoreRows("or of a term and active eq false and created lt, 11 users",
                     QStringLiteral("userName sw \"user4242@\" or (active eq false and meta.created lt "
                                    "\"2024-01-01T00:01:40Z\")"));
        addStoreRows("not title pr and active eq false, 10,000 users",
                     QStringLiteral("not (title pr) and active eq false"));
        // Orderings of strings, ne, a case-exact attribute under not, a boolean in a value path.
        addStoreRows("familyName ge, 10 users", QStringLiteral("name.familyName ge \"Family99990\""));
        addStoreRows("externalId ge, 10 users", QStringLiteral("externalId ge \"ext-99990\""));
        addStoreRows("title ne and familyName ge, 2 users",
                     QStringLiteral("title ne \"Engineer\" and name.familyName ge \"Family99990\""));
        addStoreRows("not externalId sw or userName sw, 1 user",
                     QStringLiteral("not (externalId sw \"ext-\") or userName sw \"user4242@\""));
        addStoreRows("phoneNumbers[primary eq true] or userName sw, 1 user",
                     QStringLiteral("phoneNumbers[primary eq true] or userName sw \"user4242@\""));
        // Value paths that one element must meet as a whole (each user's work address is the primary one).
        addStoreRows(
            "emails[type eq home and primary eq true] or userName sw, 1 user",
            QStringLiteral("emails[type eq \"home\" and primary eq true] or userName sw \"user4242@\""));
        addStoreRows("not emails[type eq work and primary eq true] or userName sw, 1 user",
                     QStringLiteral("not (emails[type eq \"work\" and primary eq true]) or userName sw "
                                    "\"user4242@\""));
        addStoreRows("emails[type eq work and primary eq true], every user",
                     QStringLiteral("emails[type eq \"work\" and primary eq true]"));
    }

    void search()
    {
        QFETCH(QString, store);
        QFETCH(QString, text);
        ResourceTableModel& model = this->model(store, QStringLiteral("search"));
        QBENCHMARK {
            QVERIFY(applySearch(model, text));
            QVERIFY(model.rowCount() == 0 || model.resourceAt(0));
        }
        QVERIFY(model.rowCount() > 0);
        waitForCount(model);
    }

    // The same searches once, right after a write: nothing that a store or the model learned about the
    // previous search of the same text holds any more (SqlStore keeps a list's count while the database
    // stays unchanged, so that the repeated search above shows a repeat, not a first search).
    void searchAfterAWrite_data() { search_data(); }

    void searchAfterAWrite()
    {
        QFETCH(QString, store);
        QFETCH(QString, text);
        ResourceTableModel& model = this->model(store, QStringLiteral("search"));
        QVERIFY(applySearch(model, text));
        waitForCount(model);
        const QJsonObject retitle{
            {QStringLiteral("Operations"),
             QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                    {QStringLiteral("path"), QStringLiteral("title")},
                                    {QStringLiteral("value"), QUuid::createUuid().toString()}}}}};
        const OperationContext context{ResourceStore::DefaultTenant, QStringLiteral("bench")};
        const auto patched =
            directory(store)->patch(context, QStringLiteral("User"), benchusers::userId(7), retitle);
        QVERIFY2(patched, qPrintable(patched ? QString() : patched.error().detail));
        QCoreApplication::processEvents(); // the search index and the model hear of it
        model.refresh();
        waitForCount(model);
        QBENCHMARK_ONCE {
            QVERIFY(applySearch(model, text));
            QVERIFY(model.rowCount() == 0 || model.resourceAt(0));
        }
        QVERIFY(model.rowCount() > 0);
        waitForCount(model);
    }

    // The same searches until the exact number of matches is known: for a SCIM filter that matches more
    // than a page, the count runs off the GUI thread after the first page is shown. Wall time (run
    // without -perf: the perf counter sees only the GUI thread, which waits).
    void searchUntilCounted_data() { search_data(); }

    void searchUntilCounted()
    {
        QFETCH(QString, store);
        QFETCH(QString, text);
        ResourceTableModel& model = this->model(store, QStringLiteral("search"));
        QBENCHMARK {
            QVERIFY(applySearch(model, text));
            waitForCount(model);
        }
        QVERIFY(model.rowCount() > 0);
        QVERIFY(!model.isCounting());
    }

    // A click on the userName header, over everything, over half of the users, over what a plain word finds
    // and over a few users that a SCIM filter finds.
    void sortByUserName_data()
    {
        QTest::addColumn<QString>("store");
        QTest::addColumn<QString>("text");
        addStoreRows("everything", QString());
        addStoreRows("department eq, half",
                     QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:"
                                    "department eq \"Sales\""));
        addStoreRows("a plain word, every user", QStringLiteral("example"));
        addStoreRows("displayName co, 11 users", QStringLiteral("displayName co \"Family4242\""));
        addStoreRows("userName co and active eq false, 3,970 candidates, 299 users",
                     QStringLiteral("userName co \"42\" and active eq false"));
    }

    void sortByUserName()
    {
        QFETCH(QString, store);
        QFETCH(QString, text);
        ResourceTableModel& model = this->model(store, QStringLiteral("sort"));
        QVERIFY(applySearch(model, text));
        const int column = userNameColumn();
        Qt::SortOrder order = Qt::AscendingOrder;
        QBENCHMARK {
            // Each click turns the order round, as the header does.
            order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
            model.sort(column, order);
            QVERIFY(model.resourceAt(0));
        }
        const QString first = model.data(model.index(0, column)).toString();
        const QString second = model.data(model.index(1, column)).toString();
        QVERIFY(order == Qt::AscendingOrder ? first <= second : first >= second);
        waitForCount(model);
    }
};

QTEST_GUILESS_MAIN(BenchUserTable)

#include "bench_usertable.moc"
