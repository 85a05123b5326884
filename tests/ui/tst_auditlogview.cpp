#include "TestDirectory.h"
#include "audit/AuditLogExportJob.h"
#include "audit/AuditLogModel.h"
#include "audit/AuditLogPage.h"
#include "audit/AuditLogReader.h"
#include "query/FilterParser.h"
#include "schema/SchemaUrns.h"
#include "store/MemoryStore.h"
#include "store/StoreFactory.h"
#include "transfer/CsvReader.h"
#include "window/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace muster;
using namespace Qt::StringLiterals;

// The audit log page: newest first, loaded lazily, filtered, live, per tenant, exported as CSV.
class TestAuditLogView : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<Directory> m_directory;

    QTemporaryDir m_folder;

    // In memory, or in a new SQLite file.
    std::shared_ptr<Directory> newDirectory(bool sqlite = false) const
    {
        return testing::newDirectory(m_folder, sqlite);
    }

    QString addUser(const QString& userName, const QString& actor = u"desktop:alice"_s,
                    const QString& tenant = ResourceStore::DefaultTenant)
    {
        const Result<Resource> created = m_directory->create(
            {tenant, actor}, u"User"_s, {{u"schemas"_s, QJsonArray{urns::User}}, {u"userName"_s, userName}});
        if (!created)
            qFatal("%s", qPrintable(created.error().detail));
        return created->id;
    }

    // `count` writes: creates, then title changes by an identity provider, then a delete.
    void writeLog(int users)
    {
        QStringList ids;
        for (int i = 0; i < users; ++i)
            ids.append(addUser(u"user%1@example.com"_s.arg(i)));
        const OperationContext okta{ResourceStore::DefaultTenant, u"token:okta"_s};
        QVERIFY(
            m_directory->modify(okta, u"User"_s, ids.first(), [](QJsonObject json) -> Result<QJsonObject> {
                json.insert(u"title"_s, u"Boss"_s);
                return json;
            }));
        QVERIFY(m_directory->remove(okta, u"User"_s, ids.last()));
    }

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(u"MusterTest"_s);
        QApplication::setApplicationName(u"tst_auditlogview"_s);
    }

    void init() { m_directory = newDirectory(); }
    void cleanup() { m_directory.reset(); }

    void newestSequence_data()
    {
        QTest::addColumn<int>("entries");
        QTest::addColumn<bool>("sqlite");
        for (const int entries : {0, 1, 2, 1023, 1024, 1025, 2500})
            QTest::addRow("%d entries", entries) << entries << false;
        QTest::addRow("1500 entries in SQLite") << 1500 << true;
    }

    void newestSequence()
    {
        QFETCH(int, entries);
        QFETCH(bool, sqlite);
        if (sqlite)
            m_directory = newDirectory(true);
        for (int i = 0; i < entries; ++i)
            addUser(u"u%1"_s.arg(i));
        QCOMPARE(AuditLogReader::newestSequence(*m_directory, ResourceStore::DefaultTenant), qint64(entries));
    }

    void newestFirstAndLazy_data()
    {
        QTest::addColumn<bool>("sqlite");
        QTest::addRow("memory") << false;
        QTest::addRow("SQLite") << true;
    }

    void newestFirstAndLazy()
    {
        QFETCH(bool, sqlite);
        if (sqlite)
            m_directory = newDirectory(true);
        writeLog(1000); // 1002 entries
        AuditLogModel model(m_directory);
        QCOMPARE(model.rowCount(), AuditLogModel::PageSize);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * AuditLogModel::PageSize);
        // (The tester fetches more itself.)
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.newestSequence(), 1002);
        QCOMPARE(model.data(model.index(0, AuditLogModel::ActionColumn)).toString(), u"delete"_s);
        QCOMPARE(model.data(model.index(0, AuditLogModel::VersionColumn)).toString(), u"1 → –"_s);
        QCOMPARE(model.data(model.index(1, AuditLogModel::ActorColumn)).toString(), u"token:okta"_s);
        QCOMPARE(model.data(model.index(1, AuditLogModel::ChangedColumn)).toString(), u"title"_s);
        QVERIFY(model.data(model.index(1, AuditLogModel::ChangedColumn), Qt::ToolTipRole)
                    .toString()
                    .contains(u"\"title\""_s));
        QCOMPARE(model.data(model.index(1, AuditLogModel::VersionColumn)).toString(), u"1 → 2"_s);
        QCOMPARE(model.data(model.index(2, AuditLogModel::ActionColumn)).toString(), u"create"_s);
        QCOMPARE(model.data(model.index(2, AuditLogModel::VersionColumn)).toString(), u"– → 1"_s);
        // The name the resource has now, or that it is gone.
        QCOMPARE(model.data(model.index(1, AuditLogModel::NameColumn)).toString(), u"user0@example.com"_s);
        QCOMPARE(model.data(model.index(0, AuditLogModel::NameColumn)).toString(), u"(deleted)"_s);
        const QDateTime when = model.data(model.index(0, 0), AuditLogModel::TimeRole).toDateTime();
        QCOMPARE(model.data(model.index(0, AuditLogModel::TimeColumn)).toString(),
                 when.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));

        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 1002);
        for (int row = 1; row < model.rowCount(); ++row) {
            QVERIFY(model.data(model.index(row - 1, 0), AuditLogModel::SequenceRole).toLongLong() >
                    model.data(model.index(row, 0), AuditLogModel::SequenceRole).toLongLong());
        }
        QCOMPARE(model.data(model.index(1001, 0), AuditLogModel::SequenceRole).toLongLong(), 1);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("fromDays"); // days from today; 99: open
        QTest::addColumn<int>("toDays");
        QTest::addColumn<int>("rows");

        QTest::addRow("everything") << QString() << QString() << QString() << 99 << 99 << 32;
        QTest::addRow("by actor") << QString() << u"OKTA"_s << QString() << 99 << 99 << 2;
        QTest::addRow("by action") << QString() << QString() << u"create"_s << 99 << 99 << 30;
        QTest::addRow("by attribute changed") << u"title"_s << QString() << QString() << 99 << 99 << 1;
        QTest::addRow("words must all match") << u"okta delete"_s << QString() << QString() << 99 << 99 << 1;
        QTest::addRow("by resource id") << u"%first"_s << QString() << QString() << 99 << 99 << 2;
        QTest::addRow("from today") << QString() << QString() << QString() << 0 << 99 << 32;
        QTest::addRow("up to today") << QString() << QString() << QString() << 99 << 0 << 32;
        QTest::addRow("from tomorrow") << QString() << QString() << QString() << 1 << 99 << 0;
        QTest::addRow("up to yesterday") << QString() << QString() << QString() << 99 << -1 << 0;
        QTest::addRow("all together") << u"user"_s << u"alice"_s << u"create"_s << -3 << 0 << 30;
    }

    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QString, actor);
        QFETCH(QString, action);
        QFETCH(int, fromDays);
        QFETCH(int, toDays);
        QFETCH(int, rows);
        const QString first = addUser(u"user0@example.com"_s);
        for (int i = 1; i < 30; ++i)
            addUser(u"user%1@example.com"_s.arg(i));
        const OperationContext okta{ResourceStore::DefaultTenant, u"token:okta"_s};
        QVERIFY(m_directory->modify(okta, u"User"_s, first, [](QJsonObject json) -> Result<QJsonObject> {
            json.insert(u"title"_s, u"Boss"_s);
            return json;
        }));
        QVERIFY(m_directory->remove(
            okta, u"User"_s,
            m_directory
                ->query(okta, Query{u"User"_s,
                                    FilterParser::parse(u"userName eq \"user29@example.com\""_s).value(),
                                    {},
                                    1,
                                    1,
                                    {}})
                ->resources.first()
                .id));

        AuditLogModel model(m_directory);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AuditLogFilter filter;
        filter.text = text == u"%first"_s ? first : text;
        filter.actor = actor;
        filter.action = action;
        if (fromDays != 99)
            filter.from = QDate::currentDate().addDays(fromDays);
        if (toDays != 99)
            filter.to = QDate::currentDate().addDays(toDays);
        model.setFilter(filter);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), rows);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(filter.matches(model.entryAt(row)));
    }

    void liveAndPerTenant()
    {
        QVERIFY(m_directory->createTenant(u"acme"_s));
        addUser(u"a@example.com"_s);
        AuditLogModel model(m_directory);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);

        addUser(u"b@example.com"_s, u"token:entra"_s);
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(model.entryAt(0).actor, u"token:entra"_s);
        // Writes in another tenant are not this log's.
        addUser(u"c@example.com"_s, u"token:entra"_s, u"acme"_s);
        QTest::qWait(300);
        QCOMPARE(model.rowCount(), 2);
        // Nor are entries the filter leaves out.
        model.setFilter(AuditLogFilter{QString(), u"entra"_s, QString(), {}, {}});
        QCOMPARE(model.rowCount(), 1);
        addUser(u"d@example.com"_s, u"desktop:alice"_s);
        addUser(u"e@example.com"_s, u"token:entra"_s);
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(model.entryAt(0).resourceType, u"User"_s);

        model.setTenant(u"acme"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.entryAt(0).sequence, 1);
        // Written from another thread, as the SCIM server does.
        std::thread writer([this] { addUser(u"f@example.com"_s, u"token:entra"_s, u"acme"_s); });
        writer.join();
        QTRY_COMPARE(model.rowCount(), 2);
    }

    void pageByKeyboardAndExport()
    {
        MainWindow window(m_directory, u"memory"_s);
        AuditLogPage* page = AuditLogPage::install(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The third page: Ctrl+3.
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QTRY_VERIFY(page->isVisible());

        writeLog(300); // 302 entries
        QTRY_COMPARE(page->model()->newestSequence(), 302);
        QVERIFY(page->model()->rowCount() >= AuditLogModel::PageSize);
        QVERIFY(page->model()->rowCount() < 302);
        QVERIFY(page->loadOlderButton()->isEnabled());
        page->loadOlderButton()->click();
        QCOMPARE(page->model()->rowCount(), 302);
        QVERIFY(!page->loadOlderButton()->isEnabled());
        QVERIFY2(page->statusText().contains(u"whole log"_s), qPrintable(page->statusText()));

        // Actors seen become choices.
        QVERIFY(page->actorBox()->findText(u"token:okta"_s) >= 0);
        page->searchBox()->setFocus();
        QTest::keyClicks(page->searchBox(), u"title"_s);
        QTest::keyClick(page->searchBox(), Qt::Key_Return);
        QCOMPARE(page->model()->rowCount(), 1);
        page->searchBox()->clear();
        page->actionBox()->setCurrentIndex(page->actionBox()->findData(u"delete"_s));
        QCOMPARE(page->model()->rowCount(), 1);
        page->actionBox()->setCurrentIndex(0);
        page->fromCheck()->setChecked(true);
        page->fromEdit()->setDate(QDate::currentDate().addDays(1));
        page->applyFilter();
        QCOMPARE(page->model()->rowCount(), 0);
        page->fromCheck()->setChecked(false);
        page->actorBox()->setCurrentText(u"okta"_s);
        page->applyFilter();
        QCOMPARE(page->model()->rowCount(), 2);

        // The export holds what the filter matches, newest first.
        QTemporaryDir folder;
        const QString file = folder.filePath(u"audit.csv"_s);
        QSignalSpy done(page, &AuditLogPage::exportFinished);
        QVERIFY(page->startExport(file));
        QVERIFY(done.wait(20000));
        QVERIFY(done.first().at(0).toBool());
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const Result<CsvTable> table = CsvReader::read(csv.readAll());
        QVERIFY(table);
        QCOMPARE(table->header, AuditLogExportJob::header());
        QCOMPARE(table->records.size(), 2);
        QCOMPARE(table->records.at(0).fields.at(4), u"delete"_s);
        QCOMPARE(table->records.at(1).fields.at(4), u"patch"_s);
        QCOMPARE(table->records.at(1).fields.at(9), u"title"_s);

        // The page follows the window's tenant.
        QVERIFY(m_directory->createTenant(u"acme"_s));
        window.setTenant(u"acme"_s);
        QTRY_COMPARE(page->model()->tenant(), u"acme"_s);
        QCOMPARE(page->model()->rowCount(), 0);
    }

    // Each kind of write the Directory records can be chosen in the action filter, before any entry of
    // it was loaded, and choosing it shows just those entries.
    void everyRecordedActionCanBeChosen_data()
    {
        QTest::addColumn<QString>("action");
        for (const QString& action :
             {u"create"_s, u"replace"_s, u"patch"_s, u"update"_s, u"delete"_s, u"restore"_s})
            QTest::addRow("%s", qPrintable(action)) << action;
    }

    void everyRecordedActionCanBeChosen()
    {
        QFETCH(QString, action);
        const OperationContext context{ResourceStore::DefaultTenant, u"desktop:alice"_s};
        const QString userId = addUser(u"ann@example.com"_s);
        const Result<Resource> group =
            m_directory->create(context, u"Group"_s,
                                {{u"schemas"_s, QJsonArray{urns::Group}},
                                 {u"displayName"_s, u"Sales"_s},
                                 {u"members"_s, QJsonArray{QJsonObject{{u"value"_s, userId}}}}});
        QVERIFY(group);
        if (action == u"replace"_s) {
            QVERIFY(m_directory->replace(context, u"User"_s, userId,
                                         {{u"schemas"_s, QJsonArray{urns::User}},
                                          {u"userName"_s, u"ann@example.com"_s},
                                          {u"title"_s, u"Boss"_s}}));
        } else if (action == u"patch"_s) {
            QVERIFY(
                m_directory->patch(context, u"User"_s, userId,
                                   {{u"schemas"_s, QJsonArray{urns::PatchOp}},
                                    {u"Operations"_s, QJsonArray{QJsonObject{{u"op"_s, u"replace"_s},
                                                                             {u"path"_s, u"title"_s},
                                                                             {u"value"_s, u"Boss"_s}}}}}));
        } else if (action == u"update"_s || action == u"delete"_s) {
            // Deleting a member updates the groups that listed it.
            QVERIFY(m_directory->remove(context, u"User"_s, userId));
        } else if (action == u"restore"_s) {
            QVERIFY(m_directory->remove(context, u"User"_s, userId));
            QVERIFY(m_directory->restoreDeleted(context, u"User"_s, userId));
        }
        const QList<AuditEntry> log = m_directory->auditLog(context);
        QVERIFY(std::any_of(log.begin(), log.end(),
                            [&](const AuditEntry& entry) { return entry.action == action; }));

        // A page over an empty log offers every action recorded here.
        const AuditLogPage empty(newDirectory());
        for (const AuditEntry& entry : log)
            QVERIFY2(empty.actionBox()->findData(entry.action) >= 0, qPrintable(entry.action));

        AuditLogPage page(m_directory);
        page.actionBox()->setCurrentIndex(page.actionBox()->findData(action));
        QCOMPARE(page.filter().action, action);
        const auto expected = std::count_if(log.begin(), log.end(),
                                            [&](const AuditEntry& entry) { return entry.action == action; });
        QCOMPARE(page.model()->rowCount(), int(expected));
        for (int row = 0; row < page.model()->rowCount(); ++row)
            QCOMPARE(page.model()->entryAt(row).action, action);
    }

    void exportOfAWholeLongLog()
    {
        writeLog(3000);
        QTemporaryDir folder;
        AuditLogExportJob job(m_directory, ResourceStore::DefaultTenant, {}, folder.filePath(u"all.csv"_s));
        QSignalSpy finished(&job, &AuditLogExportJob::finished);
        job.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(job.succeeded());
        QCOMPARE(job.exported(), 3002);
        QFile csv(folder.filePath(u"all.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const Result<CsvTable> table = CsvReader::read(csv.readAll());
        QVERIFY(table);
        QCOMPARE(table->records.size(), 3002);
        QCOMPARE(table->records.first().fields.first(), u"3002"_s);
        QCOMPARE(table->records.last().fields.first(), u"1"_s);
    }
};

QTEST_MAIN(TestAuditLogView)
#include "tst_auditlogview.moc"
