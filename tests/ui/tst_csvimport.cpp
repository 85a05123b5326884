#include "schema/SchemaUrns.h"
#include "store/MemoryStore.h"
#include "store/StoreFactory.h"
#include "transfer/ColumnMappingPage.h"
#include "transfer/CsvUserConverter.h"
#include "transfer/DirectoryImporter.h"
#include "transfer/ImportDryRunPage.h"
#include "transfer/ImportFilePage.h"
#include "transfer/ImportJob.h"
#include "transfer/ImportReportModel.h"
#include "transfer/ImportReportView.h"
#include "transfer/ImportRunPage.h"
#include "transfer/ImportWizard.h"
#include "transfer/ScimJsonReader.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace muster;
using namespace Qt::StringLiterals;

using Action = ImportOutcome::Action;
Q_DECLARE_METATYPE(ImportOutcome::Action)

namespace {

const QString SampleCsv = QStringLiteral(MUSTER_TEST_DATA_DIR "/users-sample.csv");
const QString SampleJson = QStringLiteral(MUSTER_TEST_DATA_DIR "/users-groups.json");

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The CSV and SCIM JSON imports: mapping, dry run, import, duplicates and errors, groups, cancel, and the
// wizard driven as a person would.
class TestCsvImport : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<Directory> m_directory;
    const OperationContext m_context{ResourceStore::DefaultTenant, u"desktop:test"_s};
    QHash<QString, QString> m_ids; // userName or displayName -> id
    QTemporaryDir m_folder;

    QString addUser(const QString& userName, const QJsonObject& more = {})
    {
        QJsonObject json{{u"schemas"_s, QJsonArray{urns::User, urns::EnterpriseUser}},
                         {u"userName"_s, userName}};
        for (auto it = more.begin(); it != more.end(); ++it)
            json.insert(it.key(), it.value());
        const Result<Resource> created = m_directory->create(m_context, u"User"_s, json);
        if (!created)
            qFatal("%s", qPrintable(created.error().detail));
        m_ids.insert(userName, created->id);
        return created->id;
    }

    QString addGroup(const QString& name, const QStringList& memberIds = {})
    {
        QJsonArray members;
        for (const QString& id : memberIds)
            members.append(QJsonObject{{u"value"_s, id}});
        QJsonObject json{{u"schemas"_s, QJsonArray{urns::Group}}, {u"displayName"_s, name}};
        if (!members.isEmpty())
            json.insert(u"members"_s, members);
        const Result<Resource> created = m_directory->create(m_context, u"Group"_s, json);
        if (!created)
            qFatal("%s", qPrintable(created.error().detail));
        m_ids.insert(name, created->id);
        return created->id;
    }

    std::optional<Resource> findUser(const QString& userName) const
    {
        Query query;
        query.resourceType = u"User"_s;
        query.filter =
            Filter::comparison(AttributePath{{}, u"userName"_s, {}}, CompareOperator::Eq, userName);
        const Result<QueryResult> found = m_directory->query(m_context, query);
        if (!found || found->resources.isEmpty())
            return std::nullopt;
        return found->resources.first();
    }

    std::optional<Resource> findGroup(const QString& name) const
    {
        Query query;
        query.resourceType = u"Group"_s;
        query.filter = Filter::comparison(AttributePath{{}, u"displayName"_s, {}}, CompareOperator::Eq, name);
        const Result<QueryResult> found = m_directory->query(m_context, query);
        if (!found || found->resources.isEmpty())
            return std::nullopt;
        return m_directory->get(m_context, u"Group"_s, found->resources.first().id).value();
    }

    QStringList memberIds(const QString& groupName) const
    {
        QStringList ids;
        const std::optional<Resource> group = findGroup(groupName);
        if (group) {
            for (const QJsonValue& member : group->json.value(u"members"_s).toArray())
                ids.append(member.toObject().value(u"value"_s).toString());
        }
        ids.sort();
        return ids;
    }

    qint64 auditLength() const { return m_directory->auditLog(m_context, 0, 100000).size(); }

    QList<ImportItem> sampleItems() const
    {
        const Result<CsvTable> table = CsvReader::read(readFile(SampleCsv));
        if (!table)
            qFatal("%s", qPrintable(table.error().detail));
        return CsvUserConverter::toItems(*table, CsvUserFields::guessAll(table->header));
    }

    QList<ImportOutcome> importAll(const QList<ImportItem>& items, DirectoryImporter::Mode mode,
                                   DirectoryImporter::Options options = {})
    {
        DirectoryImporter importer(m_directory, m_context, mode, options);
        importer.expectItems(items);
        QList<ImportOutcome> outcomes;
        for (const ImportItem& item : items)
            outcomes.append(importer.process(item));
        return outcomes + importer.finish();
    }

    static const ImportOutcome* outcomeAt(const QList<ImportOutcome>& outcomes, int line)
    {
        for (const ImportOutcome& outcome : outcomes) {
            if (outcome.line == line)
                return &outcome;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(u"MusterTest"_s);
        QApplication::setApplicationName(u"tst_csvimport"_s);
    }

    void init() { openDirectory(u"memory"_s); }

    // A directory on `store` ("memory", or "sqlite" in a fresh file) with the users and groups that the
    // sample file meets.
    void openDirectory(const QString& store)
    {
        DirectoryOptions options;
        options.passwordStrength = PasswordHasher::Strength::Fast;
        const auto registry = SchemaRegistry::builtIn();
        std::shared_ptr<ResourceStore> resources = std::make_shared<MemoryStore>(registry);
        if (store == u"sqlite"_s) {
            Result<std::shared_ptr<ResourceStore>> opened = StoreFactory::open(
                registry, u"sqlite:"_s + m_folder.filePath(QUuid::createUuid().toString(QUuid::Id128)));
            QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().detail));
            resources = *opened;
        }
        m_directory = std::make_shared<Directory>(registry, resources, options);
        m_ids.clear();
        const QString ann =
            addUser(u"ann@example.com"_s,
                    {{u"externalId"_s, u"E1"_s},
                     {u"name"_s, QJsonObject{{u"givenName"_s, u"Ann"_s}, {u"familyName"_s, u"Archer"_s}}},
                     {u"title"_s, u"Engineer"_s},
                     {u"emails"_s,
                      QJsonArray{QJsonObject{{u"value"_s, u"ann@old.example.com"_s},
                                             {u"type"_s, u"work"_s},
                                             {u"primary"_s, true}},
                                 QJsonObject{{u"value"_s, u"ann@home.example"_s}, {u"type"_s, u"home"_s}}}},
                     {urns::EnterpriseUser, QJsonObject{{u"department"_s, u"R&D"_s}}}});
        addUser(u"bob@example.com"_s);
        addUser(u"gus@example.com"_s,
                {{u"name"_s, QJsonObject{{u"givenName"_s, u"Gus"_s}, {u"familyName"_s, u"Gray"_s}}}});
        addUser(u"lee@example.com"_s);
        addUser(u"max@example.com"_s, {{u"externalId"_s, u"E8"_s}});
        addUser(u"jo@example.com"_s, {{u"externalId"_s, u"E7"_s}});
        addGroup(u"Staff"_s, {ann});
        addGroup(u"Sales"_s);
    }

    void cleanup() { m_directory.reset(); }

    void columnsGuessedFromHeaders()
    {
        const Result<CsvTable> table = CsvReader::read(readFile(SampleCsv));
        QVERIFY(table);
        QCOMPARE(table->delimiter, QChar(u';'));
        QCOMPARE(table->records.size(), 11);
        const QList<CsvUserField> expected{CsvUserField::UserName,   CsvUserField::GivenName,
                                           CsvUserField::FamilyName, CsvUserField::Email,
                                           CsvUserField::Title,      CsvUserField::Department,
                                           CsvUserField::Active,     CsvUserField::ExternalId,
                                           CsvUserField::Groups,     CsvUserField::Password};
        QCOMPARE(CsvUserFields::guessAll(table->header), expected);
        // A field goes to the first column naming it.
        QCOMPARE(CsvUserFields::guessAll({u"mail"_s, u"E-Mail"_s, u"surname"_s}),
                 (QList<CsvUserField>{CsvUserField::Email, CsvUserField::Ignore, CsvUserField::FamilyName}));
    }

    void templateHasTheUsualColumns()
    {
        const QString file = m_folder.filePath(u"template.csv"_s);
        QVERIFY(ImportFilePage::writeTemplate(file));
        const Result<CsvTable> table = CsvReader::read(readFile(file));
        QVERIFY(table);
        QCOMPARE(table->header,
                 (QStringList{u"userName"_s, u"givenName"_s, u"familyName"_s, u"displayName"_s, u"email"_s,
                              u"phone"_s, u"title"_s, u"department"_s, u"employeeNumber"_s, u"active"_s,
                              u"externalId"_s, u"password"_s, u"groups"_s}));
        QVERIFY(table->records.isEmpty());
        // Each column is recognized as what it is named after.
        const QList<CsvUserField> mapping = CsvUserFields::guessAll(table->header);
        QCOMPARE(mapping, CsvUserFields::all());
    }

    void dryRun_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<Action>("action");
        QTest::addColumn<QString>("detail"); // part of the details, or of the changed attributes

        QTest::addRow("matched by externalId, changed") << 2 << Action::Update << u"title"_s;
        QTest::addRow("joins an existing group") << 2 << Action::Update << u"group \"Sales\""_s;
        QTest::addRow("matched by userName") << 3 << Action::Update << u"department"_s;
        QTest::addRow("new, quoted fields over two lines") << 4 << Action::Create << QString();
        QTest::addRow("a value the import cannot read") << 6 << Action::Skip << u"maybe"_s;
        QTest::addRow("same userName as an earlier row, in other case")
            << 7 << Action::Skip << u"line 2 has the same userName"_s;
        QTest::addRow("same externalId as an earlier row")
            << 8 << Action::Skip << u"line 4 has the same externalId"_s;
        QTest::addRow("the core's validation: userName required") << 9 << Action::Skip << u"userName"_s;
        QTest::addRow("a missing group is a warning")
            << 10 << Action::Create << u"\"New Team\" does not exist"_s;
        QTest::addRow("nothing to change") << 11 << Action::Unchanged << QString();
        QTest::addRow("keys of two different users") << 12 << Action::Skip << u"belongs to max@example.com"_s;
        QTest::addRow("renamed through its externalId") << 13 << Action::Update << u"userName"_s;
    }

    void dryRun()
    {
        QFETCH(int, line);
        QFETCH(Action, action);
        QFETCH(QString, detail);
        const qint64 auditBefore = auditLength();
        const QList<ImportOutcome> outcomes = importAll(sampleItems(), DirectoryImporter::Mode::DryRun);
        QCOMPARE(outcomes.size(), 11);
        const ImportOutcome* outcome = outcomeAt(outcomes, line);
        QVERIFY(outcome);
        QCOMPARE(outcome->action, action);
        const QString all = outcome->messages.join(u' ') + u' ' + outcome->changed.join(u' ');
        QVERIFY2(all.contains(detail), qPrintable(all));
        // A dry run writes nothing.
        QCOMPARE(auditLength(), auditBefore);
        QVERIFY(!findUser(u"cy@example.org"_s));
    }

    void importDoesWhatTheDryRunSaid_data()
    {
        QTest::addColumn<QString>("store");
        QTest::addRow("memory") << u"memory"_s;
        QTest::addRow("SQLite") << u"sqlite"_s;
    }

    void importDoesWhatTheDryRunSaid()
    {
        QFETCH(QString, store);
        if (store != u"memory"_s)
            openDirectory(store);
        const QList<ImportItem> items = sampleItems();
        const QList<ImportOutcome> dry = importAll(items, DirectoryImporter::Mode::DryRun);
        const QList<ImportOutcome> done = importAll(items, DirectoryImporter::Mode::Apply);
        QCOMPARE(done.size(), dry.size());
        for (qsizetype i = 0; i < dry.size(); ++i) {
            QCOMPARE(done.at(i).line, dry.at(i).line);
            QCOMPARE(done.at(i).action, dry.at(i).action);
        }

        const std::optional<Resource> cy = findUser(u"cy@example.org"_s);
        QVERIFY(cy);
        QCOMPARE(cy->json.value(u"title"_s).toString(), u"Sales\nManager"_s);
        QCOMPARE(cy->json.value(u"name"_s).toObject().value(u"familyName"_s).toString(), u"O\"Neil"_s);
        QCOMPARE(cy->json.value(u"active"_s).toBool(), true);
        QCOMPARE(cy->json.value(u"externalId"_s).toString(), u"E3"_s);
        QVERIFY(m_directory->verifyPassword(m_context, cy->id, u"Secret; 123!"_s));
        QCOMPARE(done.at(2).id, cy->id);

        // Merged: the primary address changed, the home address and the department stay.
        const std::optional<Resource> ann = findUser(u"ann@example.com"_s);
        QVERIFY(ann);
        QCOMPARE(ann->json.value(u"title"_s).toString(), u"Lead Engineer"_s);
        const QJsonArray emails = ann->json.value(u"emails"_s).toArray();
        QCOMPARE(emails.size(), 2);
        QCOMPARE(emails.at(0).toObject().value(u"value"_s).toString(), u"ann@example.com"_s);
        QCOMPARE(emails.at(1).toObject().value(u"value"_s).toString(), u"ann@home.example"_s);
        QCOMPARE(ann->json.value(urns::EnterpriseUser).toObject().value(u"department"_s).toString(),
                 u"R&D"_s);
        QVERIFY(memberIds(u"Sales"_s).contains(ann->id));
        QVERIFY(memberIds(u"Staff"_s).contains(ann->id));
        QVERIFY(memberIds(u"Sales"_s).contains(m_ids.value(u"bob@example.com"_s)));

        QVERIFY(findUser(u"fay@example.org"_s));
        QVERIFY(!findGroup(u"New Team"_s));
        QVERIFY(!findUser(u"dee@example.org"_s));
        QVERIFY(!findUser(u"eve@example.org"_s));
        QVERIFY(!findUser(u"jo@example.com"_s));
        const std::optional<Resource> kim = findUser(u"kim@example.com"_s);
        QVERIFY(kim);
        QCOMPARE(kim->id, m_ids.value(u"jo@example.com"_s));
        QVERIFY(!findUser(u"lee@example.com"_s)->json.contains(u"externalId"_s));

        // Importing the same file again changes nothing more.
        // (A password cannot be read back: a row with one always sets it.)
        const QList<ImportOutcome> again = importAll(items, DirectoryImporter::Mode::DryRun);
        for (const ImportOutcome& outcome : again) {
            if (outcome.line == 4) {
                QCOMPARE(outcome.action, Action::Update);
                QCOMPARE(outcome.changed, QStringList{u"password"_s});
                continue;
            }
            QVERIFY2(outcome.action == Action::Unchanged || outcome.action == Action::Skip,
                     qPrintable(u"line %1: %2"_s.arg(outcome.line).arg(outcome.messages.join(u' '))));
        }
    }

    void missingGroupsCreatedWhenAsked()
    {
        const QList<ImportOutcome> dry =
            importAll(sampleItems(), DirectoryImporter::Mode::DryRun, DirectoryImporter::Options{true});
        QVERIFY(outcomeAt(dry, 10)->messages.join(u' ').contains(u"Would create group \"New Team\""_s));
        QVERIFY(!outcomeAt(dry, 10)->warning);
        QVERIFY(!findGroup(u"New Team"_s));

        importAll(sampleItems(), DirectoryImporter::Mode::Apply, DirectoryImporter::Options{true});
        QCOMPARE(memberIds(u"New Team"_s), QStringList{findUser(u"fay@example.org"_s)->id});
    }

    void mergeKeepsWhatTheRowDoesNotName_data()
    {
        QTest::addColumn<QJsonObject>("current");
        QTest::addColumn<QJsonObject>("changes");
        QTest::addColumn<QJsonObject>("expected");

        const auto work = [](const QString& value, bool primary) {
            QJsonObject element{{u"value"_s, value}, {u"type"_s, u"work"_s}};
            if (primary)
                element.insert(u"primary"_s, true);
            return element;
        };
        QTest::addRow("top level replaced")
            << QJsonObject{{u"title"_s, u"a"_s}, {u"nickName"_s, u"n"_s}} << QJsonObject{{u"title"_s, u"b"_s}}
            << QJsonObject{{u"title"_s, u"b"_s}, {u"nickName"_s, u"n"_s}};
        QTest::addRow("name merged")
            << QJsonObject{{u"name"_s, QJsonObject{{u"givenName"_s, u"A"_s}, {u"familyName"_s, u"B"_s}}}}
            << QJsonObject{{u"name"_s, QJsonObject{{u"familyName"_s, u"C"_s}}}}
            << QJsonObject{{u"name"_s, QJsonObject{{u"givenName"_s, u"A"_s}, {u"familyName"_s, u"C"_s}}}};
        QTest::addRow("primary address replaced")
            << QJsonObject{{u"emails"_s, QJsonArray{work(u"x@a"_s, false), work(u"y@a"_s, true)}}}
            << QJsonObject{{u"emails"_s, QJsonArray{work(u"z@a"_s, true)}}}
            << QJsonObject{{u"emails"_s, QJsonArray{work(u"x@a"_s, false), work(u"z@a"_s, true)}}};
        QTest::addRow("first work address when none is primary")
            << QJsonObject{{u"phoneNumbers"_s,
                            QJsonArray{QJsonObject{{u"value"_s, u"1"_s}, {u"type"_s, u"home"_s}},
                                       work(u"2"_s, false)}}}
            << QJsonObject{{u"phoneNumbers"_s, QJsonArray{work(u"3"_s, true)}}}
            << QJsonObject{
                   {u"phoneNumbers"_s, QJsonArray{QJsonObject{{u"value"_s, u"1"_s}, {u"type"_s, u"home"_s}},
                                                  work(u"3"_s, false)}}};
        QTest::addRow("schemas joined")
            << QJsonObject{{u"schemas"_s, QJsonArray{urns::User}}}
            << QJsonObject{{u"schemas"_s, QJsonArray{urns::User, urns::EnterpriseUser}},
                           {urns::EnterpriseUser, QJsonObject{{u"department"_s, u"D"_s}}}}
            << QJsonObject{{u"schemas"_s, QJsonArray{urns::User, urns::EnterpriseUser}},
                           {urns::EnterpriseUser, QJsonObject{{u"department"_s, u"D"_s}}}};
    }

    void mergeKeepsWhatTheRowDoesNotName()
    {
        QFETCH(QJsonObject, current);
        QFETCH(QJsonObject, changes);
        QFETCH(QJsonObject, expected);
        QCOMPARE(DirectoryImporter::merged(current, changes), expected);
    }

    void cancelKeepsWhatWasImported()
    {
        QList<ImportItem> items;
        for (int i = 0; i < 300; ++i) {
            CsvRecord record{i + 2, {u"bulk%1@example.com"_s.arg(i), u"Bulk"_s}};
            items.append(
                CsvUserConverter::toItem(record, {CsvUserField::UserName, CsvUserField::FamilyName}));
        }
        const qint64 usersBefore =
            m_directory->query(m_context, Query{u"User"_s, {}, {}, 1, 0, {}})->totalResults;
        ImportJob job(m_directory, m_context, items, DirectoryImporter::Mode::Apply);
        job.setReportInterval(0);
        // Cancelled from the worker itself after the 50th row: the count is exact.
        connect(
            &job, &ImportJob::progressChanged, &job,
            [&job](qint64 done, qint64) {
                if (done == 50)
                    job.cancel();
            },
            Qt::DirectConnection);
        ImportReportModel report;
        report.setDryRun(false);
        connect(&job, &ImportJob::outcomesReady, &report, &ImportReportModel::append);
        QSignalSpy finished(&job, &ImportJob::finished);
        job.start();
        QVERIFY(finished.wait(20000));
        QCoreApplication::processEvents(); // the last outcomes are queued
        QCOMPARE(job.processed(), 50);
        QCOMPARE(job.total(), 300);
        QTRY_COMPARE(report.rowCount(), 50);
        QCOMPARE(report.counts().created, 50);
        const qint64 usersAfter =
            m_directory->query(m_context, Query{u"User"_s, {}, {}, 1, 0, {}})->totalResults;
        QCOMPARE(usersAfter - usersBefore, 50);
        QVERIFY(findUser(u"bulk49@example.com"_s));
        QVERIFY(!findUser(u"bulk50@example.com"_s));
    }

    void scimJsonImport()
    {
        const Result<QList<ImportItem>> items = ScimJsonReader::read(readFile(SampleJson));
        QVERIFY(items);
        QCOMPARE(items->size(), 6);
        // Users first, groups after, each in the file's order.
        QCOMPARE(items->at(0).line, 2);
        QCOMPARE(items->at(4).line, 1);
        QCOMPARE(items->at(5).line, 5);

        const QList<ImportOutcome> dry = importAll(*items, DirectoryImporter::Mode::DryRun);
        const QList<ImportOutcome> done = importAll(*items, DirectoryImporter::Mode::Apply);
        QCOMPARE(done.size(), dry.size());
        for (qsizetype i = 0; i < dry.size(); ++i)
            QCOMPARE(done.at(i).action, dry.at(i).action);

        QCOMPARE(outcomeAt(done, 2)->action, Action::Update); // ann, found by userName spelled "username"
        QCOMPARE(outcomeAt(done, 3)->action, Action::Create);
        QCOMPARE(outcomeAt(done, 4)->action, Action::Skip); // no userName
        QCOMPARE(outcomeAt(done, 6)->action, Action::Skip); // neither a User nor a Group
        QCOMPARE(outcomeAt(done, 1)->action, Action::Create);
        QVERIFY(outcomeAt(done, 1)->warning);
        QVERIFY(outcomeAt(done, 1)->messages.join(u' ').contains(u"Left Long Ago"_s));
        QCOMPARE(outcomeAt(done, 5)->action, Action::Create);

        const QString ann = m_ids.value(u"ann@example.com"_s);
        QCOMPARE(findUser(u"ann@example.com"_s)->json.value(u"title"_s).toString(), u"Chief Engineer"_s);
        // Replaced as a whole: what the file does not have is gone.
        QVERIFY(!findUser(u"ann@example.com"_s)->json.contains(u"externalId"_s));
        const QString created = findUser(u"new@example.org"_s)->id;
        const QString nested = findGroup(u"Nested"_s)->id;
        QStringList admins{ann, created, nested};
        admins.sort();
        QCOMPARE(memberIds(u"Admins"_s), admins);
        QCOMPARE(memberIds(u"Nested"_s), QStringList{created});
    }

    void scimJsonErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("detail");
        QTest::addRow("not JSON") << QByteArray("{\"Resources\": [") << u"not JSON"_s;
        QTest::addRow("no resources") << QByteArray("{\"hello\": 1}") << u"no SCIM resources"_s;
    }

    void scimJsonErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, detail);
        const Result<QList<ImportItem>> items = ScimJsonReader::read(json);
        QVERIFY(!items);
        QVERIFY2(items.error().detail.contains(detail), qPrintable(items.error().detail));
    }

    void wizardByKeyboard()
    {
        ImportWizard wizard(m_directory, m_context, ImportWizard::Source::Csv);
        wizard.show();
        wizard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilePageId));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

        // A broken file is explained on the first page.
        QTemporaryDir folder;
        const QString broken = folder.filePath(u"broken.csv"_s);
        QFile brokenFile(broken);
        QVERIFY(brokenFile.open(QIODevice::WriteOnly));
        brokenFile.write("userName,title\nann,\"open\n");
        brokenFile.close();
        wizard.filePage()->pathEdit()->setText(broken);
        // Enter in the file box is the wizard's Next.
        QTest::keyClick(wizard.filePage()->pathEdit(), Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilePageId));
        QVERIFY2(wizard.filePage()->errorText().contains(u"Line 2"_s),
                 qPrintable(wizard.filePage()->errorText()));

        wizard.filePage()->pathEdit()->setText(SampleCsv);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
        const QList<QComboBox*> combos = wizard.mappingPage()->comboBoxes();
        QCOMPARE(combos.size(), 10);
        QCOMPARE(CsvUserField(combos.at(4)->currentData().toInt()), CsvUserField::Title);
        // Choosing a field taken by another column frees that column.
        combos.at(1)->setCurrentIndex(combos.at(1)->findData(int(CsvUserField::Title)));
        QCOMPARE(CsvUserField(combos.at(4)->currentData().toInt()), CsvUserField::Ignore);
        combos.at(1)->setCurrentIndex(combos.at(1)->findData(int(CsvUserField::GivenName)));
        combos.at(4)->setCurrentIndex(combos.at(4)->findData(int(CsvUserField::Title)));
        QVERIFY(wizard.mappingPage()->createMissingGroups()->isEnabled());
        wizard.mappingPage()->createMissingGroups()->setChecked(true);
        // Without userName and externalId nothing can be matched.
        combos.at(0)->setCurrentIndex(0);
        combos.at(7)->setCurrentIndex(0);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        combos.at(0)->setCurrentIndex(combos.at(0)->findData(int(CsvUserField::UserName)));
        combos.at(7)->setCurrentIndex(combos.at(7)->findData(int(CsvUserField::ExternalId)));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::DryRunPageId));
        ImportReportView* dryReport = wizard.dryRunPage()->report();
        QTRY_VERIFY(wizard.dryRunPage()->isComplete());
        QCOMPARE(dryReport->model()->counts().created, 2);
        QCOMPARE(dryReport->model()->counts().updated, 3);
        QCOMPARE(dryReport->model()->counts().unchanged, 1);
        QCOMPARE(dryReport->model()->counts().skipped, 5);
        QVERIFY2(dryReport->status().contains(u"2 to create"_s), qPrintable(dryReport->status()));
        QVERIFY(!findUser(u"cy@example.org"_s));

        // The commit button ("Import") starts the import.
        QCOMPARE(wizard.button(QWizard::CommitButton)->text(), u"&Import"_s);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::RunPageId));
        QTRY_VERIFY(wizard.runPage()->isFinished());
        ImportReportView* runReport = wizard.runPage()->report();
        QCOMPARE(runReport->model()->counts().created, 2);
        QCOMPARE(runReport->model()->counts().skipped, 5);
        QVERIFY2(runReport->status().startsWith(u"Done"_s), qPrintable(runReport->status()));
        QVERIFY(findUser(u"cy@example.org"_s));
        QCOMPARE(memberIds(u"New Team"_s), QStringList{findUser(u"fay@example.org"_s)->id});

        // The error report: only the problems, with the rows as they were read.
        runReport->problemsOnly()->setChecked(true);
        QCOMPARE(runReport->table()->model()->rowCount(), 5);
        const QString reportFile = folder.filePath(u"report.csv"_s);
        QVERIFY(runReport->saveReport(reportFile));
        const Result<CsvTable> report = CsvReader::read(readFile(reportFile));
        QVERIFY(report);
        QCOMPARE(report->header.mid(0, 7), (QStringList{u"line"_s, u"outcome"_s, u"type"_s, u"name"_s,
                                                        u"id"_s, u"details"_s, u"userName"_s}));
        QCOMPARE(report->records.size(), 5);
        QStringList lines;
        for (const CsvRecord& record : report->records) {
            lines.append(record.fields.at(0));
            QCOMPARE(record.fields.at(1), u"skip"_s);
        }
        QCOMPARE(lines, (QStringList{u"6"_s, u"7"_s, u"8"_s, u"9"_s, u"12"_s}));
        QCOMPARE(report->records.at(0).fields.at(6), u"dee@example.org"_s);
    }

    void wizardForScimJson()
    {
        ImportWizard wizard(m_directory, m_context, ImportWizard::Source::ScimJson);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.filePage()->pathEdit()->setText(SampleJson);
        wizard.next();
        // No columns to map: straight to the dry run.
        QCOMPARE(wizard.currentId(), int(ImportWizard::DryRunPageId));
        QTRY_VERIFY(wizard.dryRunPage()->isComplete());
        const ImportReportModel* dry = wizard.dryRunPage()->report()->model();
        QCOMPARE(dry->counts().created, 3);
        QCOMPARE(dry->counts().updated, 1);
        QCOMPARE(dry->counts().skipped, 2);
        QCOMPARE(dry->data(dry->index(0, ImportReportModel::OutcomeColumn)).toString(), u"Would update"_s);
        wizard.next();
        QTRY_VERIFY(wizard.runPage()->isFinished());
        QCOMPARE(wizard.runPage()->report()->model()->counts().created, 3);
        QVERIFY(findGroup(u"Admins"_s));
    }

    void wizardStopsAnImportOnEscape()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"many.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("userName,password\n");
        // Passwords hashed at the interactive strength make every row slow enough to stop half way.
        DirectoryOptions options;
        options.passwordStrength = PasswordHasher::Strength::Interactive;
        const auto registry = SchemaRegistry::builtIn();
        m_directory = std::make_shared<Directory>(registry, std::make_shared<MemoryStore>(registry), options);
        for (int i = 0; i < 40; ++i)
            file.write(QByteArray("many") + QByteArray::number(i) + "@example.com,Pass-" +
                       QByteArray::number(i) + "\n");
        file.close();

        ImportWizard wizard(m_directory, m_context, ImportWizard::Source::Csv);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.filePage()->pathEdit()->setText(path);
        wizard.next();
        wizard.next();
        QTRY_VERIFY(wizard.dryRunPage()->isComplete());
        wizard.next();
        QTRY_VERIFY(wizard.runPage()->report()->model()->rowCount() > 0);
        QTest::keyClick(&wizard, Qt::Key_Escape);
        QVERIFY(wizard.isVisible()); // still open, to say what was done
        QTRY_VERIFY(wizard.runPage()->isFinished());
        const qint64 created = wizard.runPage()->report()->model()->counts().created;
        const QString status = wizard.runPage()->report()->status();
        QVERIFY(created < 40);
        QVERIFY2(status.contains(u"Stopped after %1 of 40 rows"_s.arg(created)), qPrintable(status));
        const qint64 users = m_directory->query(m_context, Query{u"User"_s, {}, {}, 1, 0, {}})->totalResults;
        QCOMPARE(users, created);
        // Escape again closes the wizard.
        QTest::keyClick(&wizard, Qt::Key_Escape);
        QVERIFY(!wizard.isVisible());
    }
};

QTEST_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
