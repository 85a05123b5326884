#include "browser/ResourceBrowser.h"
#include "models/ResourceTableModel.h"
#include "query/FilterParser.h"
#include "schema/SchemaUrns.h"
#include "store/MemoryStore.h"
#include "store/StoreFactory.h"
#include "transfer/CsvReader.h"
#include "transfer/CsvUserConverter.h"
#include "transfer/DirectoryImporter.h"
#include "transfer/ExportJob.h"
#include "transfer/ResourceCsvRow.h"
#include "transfer/ScimJsonReader.h"
#include "transfer/TransferFeature.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace muster;
using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// In memory, or in a new SQLite file when `sqliteFile` is given.
std::shared_ptr<Directory> newDirectory(const QString& sqliteFile = QString())
{
    DirectoryOptions options;
    options.passwordStrength = PasswordHasher::Strength::Fast;
    const auto registry = SchemaRegistry::builtIn();
    std::shared_ptr<ResourceStore> store = std::make_shared<MemoryStore>(registry);
    if (!sqliteFile.isEmpty())
        store = StoreFactory::open(registry, u"sqlite:"_s + sqliteFile).value();
    return std::make_shared<Directory>(registry, store, options);
}

} // namespace

// Exports of users and groups as CSV and SCIM JSON: the view's filter or the selection, large
// directories with a responsive window, cancel, and imports of what was exported.
class TestExport : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<Directory> m_directory;
    const OperationContext m_context{ResourceStore::DefaultTenant, u"desktop:test"_s};
    QTemporaryDir m_folder;

    QString addUser(std::shared_ptr<Directory> directory, const QString& userName, const QString& department)
    {
        const QJsonObject json{
            {u"schemas"_s, QJsonArray{urns::User, urns::EnterpriseUser}},
            {u"userName"_s, userName},
            {u"displayName"_s, userName.section(u'@', 0, 0)},
            {u"name"_s,
             QJsonObject{{u"givenName"_s, userName.section(u'@', 0, 0)}, {u"familyName"_s, u"Test, Jr."_s}}},
            {u"emails"_s,
             QJsonArray{QJsonObject{{u"value"_s, userName}, {u"type"_s, u"work"_s}, {u"primary"_s, true}}}},
            {u"active"_s, true},
            {urns::EnterpriseUser, QJsonObject{{u"department"_s, department}}}};
        const Result<Resource> created = directory->create(m_context, u"User"_s, json);
        if (!created)
            qFatal("%s", qPrintable(created.error().detail));
        return created->id;
    }

    QString addGroup(const QString& name, const QStringList& memberIds)
    {
        QJsonArray members;
        for (const QString& id : memberIds)
            members.append(QJsonObject{{u"value"_s, id}});
        const Result<Resource> created = m_directory->create(
            m_context, u"Group"_s,
            {{u"schemas"_s, QJsonArray{urns::Group}}, {u"displayName"_s, name}, {u"members"_s, members}});
        if (!created)
            qFatal("%s", qPrintable(created.error().detail));
        return created->id;
    }

    bool runExport(ExportJob::Request request, ExportJob** finishedJob = nullptr)
    {
        auto* job = new ExportJob(m_directory, std::move(request), this);
        QSignalSpy finished(job, &ExportJob::finished);
        job->start();
        const bool ended = finished.wait(60000);
        if (finishedJob)
            *finishedJob = job;
        return ended && job->succeeded();
    }

    ExportJob::Request request(const QString& type, ExportJob::Format format, const QString& file)
    {
        ExportJob::Request request;
        request.context = m_context;
        request.resourceType = type;
        request.format = format;
        request.fileName = m_folder.filePath(file);
        return request;
    }

    static QStringList column(const CsvTable& table, const QString& name)
    {
        const qsizetype index = table.header.indexOf(name);
        QStringList values;
        for (const CsvRecord& record : table.records)
            values.append(record.fields.value(index));
        values.sort();
        return values;
    }

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(u"MusterTest"_s);
        QApplication::setApplicationName(u"tst_export"_s);
        QVERIFY(m_folder.isValid());
    }

    void init() { seed(newDirectory()); }

    void seed(std::shared_ptr<Directory> directory)
    {
        m_directory = std::move(directory);
        const QString ann = addUser(m_directory, u"ann@example.com"_s, u"Sales"_s);
        const QString bob = addUser(m_directory, u"bob@example.com"_s, u"Finance"_s);
        addUser(m_directory, u"cy@example.org"_s, u"Sales"_s);
        addGroup(u"Sales; EMEA"_s, {ann});
        addGroup(u"Everyone"_s, {ann, bob});
    }

    void cleanup() { m_directory.reset(); }

    void csvOfTheView_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("userNames");
        QTest::addColumn<bool>("sqlite");
        for (const bool sqlite : {false, true}) {
            const char* store = sqlite ? "SQLite" : "memory";
            QTest::addRow("%s: everything", store)
                << QString() << QStringList{u"ann@example.com"_s, u"bob@example.com"_s, u"cy@example.org"_s}
                << sqlite;
            QTest::addRow("%s: the view's filter", store)
                << u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq \"Sales\""_s
                << QStringList{u"ann@example.com"_s, u"cy@example.org"_s} << sqlite;
            QTest::addRow("%s: nothing matches", store)
                << u"userName eq \"zed\""_s << QStringList{} << sqlite;
        }
    }

    void csvOfTheView()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, userNames);
        QFETCH(bool, sqlite);
        if (sqlite)
            seed(newDirectory(m_folder.filePath(QUuid::createUuid().toString(QUuid::Id128))));
        ExportJob::Request users = request(u"User"_s, ExportJob::Format::Csv, u"view.csv"_s);
        if (!filter.isEmpty())
            users.filter = FilterParser::parse(filter).value();
        ExportJob* job = nullptr;
        QVERIFY(runExport(users, &job));
        QCOMPARE(job->exported(), userNames.size());
        const QByteArray bytes = readFile(users.fileName);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const Result<CsvTable> table = CsvReader::read(bytes);
        QVERIFY(table);
        QCOMPARE(table->header, ResourceCsvRow::header(u"User"_s));
        QVERIFY(!table->header.contains(u"password"_s));
        QCOMPARE(column(*table, u"userName"_s), userNames);
        if (userNames.contains(u"ann@example.com"_s)) {
            for (const CsvRecord& record : table->records) {
                if (record.fields.first() != u"ann@example.com"_s)
                    continue;
                QCOMPARE(record.fields.at(table->header.indexOf(u"familyName"_s)), u"Test, Jr."_s);
                QCOMPARE(record.fields.at(table->header.indexOf(u"active"_s)), u"true"_s);
                // A group name with a semicolon cannot be told apart from two groups; the rest can.
                QCOMPARE(record.fields.at(table->header.indexOf(u"groups"_s)).split(u"; "_s).size(), 3);
            }
        }
    }

    void csvOfTheSelectionInItsOrder()
    {
        Query query{u"User"_s, {}, {}, 1, std::nullopt, {}};
        const QList<Resource> all = m_directory->query(m_context, query)->resources;
        ExportJob::Request selection = request(u"User"_s, ExportJob::Format::Csv, u"selection.csv"_s);
        selection.ids = {all.at(2).id, all.at(0).id, u"removed-meanwhile"_s};
        QVERIFY(runExport(selection));
        const Result<CsvTable> table = CsvReader::read(readFile(selection.fileName));
        QVERIFY(table);
        QCOMPARE(table->records.size(), 2);
        QCOMPARE(table->records.at(0).fields.last(), all.at(2).id);
        QCOMPARE(table->records.at(1).fields.last(), all.at(0).id);
    }

    void csvRoundTrip()
    {
        ExportJob::Request users = request(u"User"_s, ExportJob::Format::Csv, u"roundtrip.csv"_s);
        QVERIFY(runExport(users));
        const Result<CsvTable> table = CsvReader::read(readFile(users.fileName));
        QVERIFY(table);
        // Every exported column is recognized by the import.
        const QList<CsvUserField> mapping = CsvUserFields::guessAll(table->header);
        QCOMPARE(mapping.count(CsvUserField::Ignore), 1); // id
        const std::shared_ptr<Directory> copy = newDirectory();
        DirectoryImporter importer(copy, m_context, DirectoryImporter::Mode::Apply, {true});
        for (const ImportItem& item : CsvUserConverter::toItems(*table, mapping))
            QCOMPARE(importer.process(item).action, ImportOutcome::Action::Create);
        const Result<QueryResult> copied =
            copy->query(m_context, Query{u"User"_s, {}, {}, 1, std::nullopt, {}});
        QCOMPARE(copied->totalResults, 3);
        for (const Resource& user : copied->resources) {
            QCOMPARE(user.json.value(u"name"_s).toObject().value(u"familyName"_s).toString(), u"Test, Jr."_s);
            QVERIFY(user.json.value(u"active"_s).toBool());
        }
        // Memberships come back through the groups column (a name with ";" splits in two).
        const Result<QueryResult> groups =
            copy->query(m_context, Query{u"Group"_s, {}, {}, 1, std::nullopt, {}});
        QStringList names;
        for (const Resource& group : groups->resources)
            names.append(group.json.value(u"displayName"_s).toString());
        names.sort();
        QCOMPARE(names, (QStringList{u"EMEA"_s, u"Everyone"_s, u"Sales"_s}));
    }

    void groupsCsv()
    {
        ExportJob::Request groups = request(u"Group"_s, ExportJob::Format::Csv, u"groups.csv"_s);
        QVERIFY(runExport(groups));
        const Result<CsvTable> table = CsvReader::read(readFile(groups.fileName));
        QVERIFY(table);
        QCOMPARE(table->header, (QStringList{u"displayName"_s, u"externalId"_s, u"members"_s, u"id"_s}));
        QCOMPARE(column(*table, u"displayName"_s), (QStringList{u"Everyone"_s, u"Sales; EMEA"_s}));
        QCOMPARE(column(*table, u"members"_s), (QStringList{u"ann"_s, u"ann; bob"_s}));
    }

    void scimJsonRoundTrip()
    {
        for (const QString& type : {u"User"_s, u"Group"_s}) {
            ExportJob::Request json = request(type, ExportJob::Format::ScimJson, type + u".json"_s);
            QVERIFY(runExport(json));
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(readFile(json.fileName), &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            const QJsonObject list = document.object();
            QCOMPARE(list.value(u"schemas"_s).toArray(), QJsonArray{urns::ListResponse});
            const int expected = type == u"User"_s ? 3 : 2;
            QCOMPARE(list.value(u"totalResults"_s).toInt(), expected);
            QCOMPARE(list.value(u"Resources"_s).toArray().size(), expected);
            for (const QJsonValue& resource : list.value(u"Resources"_s).toArray())
                QVERIFY(!resource.toObject().contains(u"password"_s));
        }
        // Users and groups exported apart import together, members mapped to the new ids.
        QJsonArray resources = QJsonDocument::fromJson(readFile(m_folder.filePath(u"User.json"_s)))
                                   .object()
                                   .value(u"Resources"_s)
                                   .toArray();
        for (const QJsonValue& group : QJsonDocument::fromJson(readFile(m_folder.filePath(u"Group.json"_s)))
                                           .object()
                                           .value(u"Resources"_s)
                                           .toArray())
            resources.append(group);
        const Result<QList<ImportItem>> items = ScimJsonReader::read(QJsonDocument(resources).toJson());
        QVERIFY(items);
        const std::shared_ptr<Directory> copy = newDirectory();
        DirectoryImporter importer(copy, m_context, DirectoryImporter::Mode::Apply);
        importer.expectItems(*items);
        for (const ImportItem& item : *items) {
            const ImportOutcome outcome = importer.process(item);
            QCOMPARE(outcome.action, ImportOutcome::Action::Create);
            QVERIFY2(!outcome.warning, qPrintable(outcome.messages.join(u' ')));
        }
        QVERIFY(importer.finish().isEmpty());
        Query everyone{u"Group"_s, FilterParser::parse(u"displayName eq \"Everyone\""_s).value(), {}, 1, 1,
                       {}};
        const Resource group = copy->query(m_context, everyone)->resources.value(0);
        QStringList members;
        for (const QJsonValue& member :
             copy->get(m_context, u"Group"_s, group.id)->json.value(u"members"_s).toArray())
            members.append(copy->get(m_context, u"User"_s, member.toObject().value(u"value"_s).toString())
                               ->json.value(u"userName"_s)
                               .toString());
        members.sort();
        QCOMPARE(members, (QStringList{u"ann@example.com"_s, u"bob@example.com"_s}));
    }

    void cancelledExportLeavesTheOldFile()
    {
        const QString file = m_folder.filePath(u"kept.csv"_s);
        QFile old(file);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old content\n");
        old.close();
        ExportJob::Request users = request(u"User"_s, ExportJob::Format::Csv, u"kept.csv"_s);
        ExportJob job(m_directory, users);
        job.cancel();
        // A job cancelled before it starts still starts fresh; cancel it from its first progress.
        connect(
            &job, &ExportJob::progressChanged, &job, [&job] { job.cancel(); }, Qt::DirectConnection);
        QSignalSpy finished(&job, &ExportJob::finished);
        job.start();
        QVERIFY(finished.wait(20000));
        QVERIFY(!job.succeeded());
        QVERIFY(job.isCancelled());
        QCOMPARE(readFile(file), QByteArray("old content\n"));
    }

    void largeExportKeepsTheWindowResponsive()
    {
        const int users = 100000;
        for (int i = 0; i < users; ++i)
            addUser(m_directory, u"user%1@bulk.example"_s.arg(i, 6, 10, QChar(u'0')), u"Bulk"_s);
        ExportJob::Request all = request(u"User"_s, ExportJob::Format::ScimJson, u"large.json"_s);
        ExportJob job(m_directory, all);
        // The event loop keeps turning while the export runs: no long gap between timer ticks.
        QElapsedTimer sinceTick;
        qint64 longestGap = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this,
                [&] { longestGap = std::max(longestGap, sinceTick.restart()); });
        QSignalSpy progress(&job, &ExportJob::progressChanged);
        QSignalSpy finished(&job, &ExportJob::finished);
        QElapsedTimer clock;
        clock.start();
        sinceTick.start();
        ticker.start();
        job.start();
        QVERIFY(finished.wait(120000));
        const qint64 elapsed = clock.elapsed();
        qInfo("Exported %d users as SCIM JSON in %lld ms", users + 3, elapsed);
        QVERIFY(job.succeeded());
        QCOMPARE(job.exported(), users + 3);
        QVERIFY(progress.size() >= 10);
        QCOMPARE(progress.last().at(0).toLongLong(), users + 3);
        QVERIFY2(longestGap < 1000, qPrintable(u"a gap of %1 ms in %2 ms"_s.arg(longestGap).arg(elapsed)));
        QFile file(all.fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(document.object().value(u"Resources"_s).toArray().size(), users + 3);
    }

    void exportFromTheWindow()
    {
        MainWindow window(m_directory, u"memory"_s);
        TransferFeature* feature = TransferFeature::install(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<QAction*> file = window.menu(MainWindow::Menu::File)->actions();
        QCOMPARE(file.first(), feature->importCsvAction());
        QCOMPARE(file.last()->shortcut(), QKeySequence(QKeySequence::Quit));
        QCOMPARE(feature->importCsvAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
        QVERIFY(file.contains(feature->exportAction()));

        // The search typed in the page decides what is exported.
        window.users()->searchBox()->setText(u"department eq \"Sales\""_s);
        window.users()->applySearch();
        QTRY_COMPARE(window.users()->model()->rowCount(), 2);
        QSignalSpy ended(feature, &TransferFeature::exportFinished);
        QVERIFY(feature->startExport(m_folder.filePath(u"window.csv"_s), ExportJob::Format::Csv, false));
        QVERIFY(ended.wait(20000));
        QVERIFY(ended.first().at(0).toBool());
        QVERIFY2(ended.first().at(1).toString().startsWith(u"Exported 2 user"_s),
                 qPrintable(ended.first().at(1).toString()));
        const Result<CsvTable> table = CsvReader::read(readFile(m_folder.filePath(u"window.csv"_s)));
        QVERIFY(table);
        QCOMPARE(column(*table, u"userName"_s), (QStringList{u"ann@example.com"_s, u"cy@example.org"_s}));

        // The selection.
        window.users()->table()->selectRow(0);
        QCOMPARE(window.users()->selectedIds().size(), 1);
        ended.clear();
        QVERIFY(feature->startExport(m_folder.filePath(u"one.json"_s), ExportJob::Format::ScimJson, true));
        QVERIFY(ended.wait(20000));
        const QJsonObject list = QJsonDocument::fromJson(readFile(m_folder.filePath(u"one.json"_s))).object();
        QCOMPARE(list.value(u"Resources"_s).toArray().size(), 1);
        QCOMPARE(list.value(u"Resources"_s).toArray().first().toObject().value(u"id"_s).toString(),
                 window.users()->selectedIds().first());
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
