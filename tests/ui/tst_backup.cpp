#include "TestDirectory.h"
#include "backup/BackupFeature.h"
#include "browser/ResourceBrowser.h"
#include "models/ResourceTableModel.h"
#include "schema/SchemaUrns.h"
#include "store/MemoryStore.h"
#include "store/StoreFactory.h"
#include "window/BusyTask.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace muster;
using namespace Qt::StringLiterals;

// File > Back Up Directory and Restore From Backup: the copy, the confirmation, the busy dialog, the
// tables and the tenant list after a restore, and problems as messages.
class TestBackup : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    std::shared_ptr<Directory> m_directory;
    std::unique_ptr<MainWindow> m_window;
    BackupFeature* m_feature = nullptr;
    const OperationContext m_context{ResourceStore::DefaultTenant, u"test"_s};

    void openWindow(bool sqlite)
    {
        m_window.reset();
        m_directory = testing::newDirectory(m_folder, sqlite);
        m_window = std::make_unique<MainWindow>(m_directory, u"test"_s);
        m_feature = BackupFeature::install(*m_window);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    QString addUser(const QString& userName, const QString& tenant = ResourceStore::DefaultTenant)
    {
        const auto user =
            m_directory->create({tenant, u"test"_s}, u"User"_s,
                                {{u"schemas"_s, QJsonArray{urns::User}}, {u"userName"_s, userName}});
        if (!user)
            qFatal("%s", qPrintable(user.error().detail));
        return user->id;
    }

    QStringList switcherTenants() const
    {
        const QList<QComboBox*> boxes = m_window->findChildren<QComboBox*>();
        for (const QComboBox* box : boxes) {
            if (box->accessibleName() != u"Tenant"_s)
                continue;
            QStringList names;
            for (int i = 0; i < box->count(); ++i)
                names.append(box->itemText(i));
            return names;
        }
        return {};
    }

    QMessageBox* visibleBox(const QString& objectName) const
    {
        const QList<QMessageBox*> boxes = m_window->findChildren<QMessageBox*>(objectName);
        for (QMessageBox* box : boxes) {
            if (box->isVisible())
                return box;
        }
        return nullptr;
    }

    // Confirms the restore of `file` in its dialog and waits for the end.
    bool restoreConfirmed(const QString& file)
    {
        QMessageBox* box = m_feature->confirmRestore(file);
        if (!box || box->defaultButton() != box->button(QMessageBox::Cancel))
            return false;
        QSignalSpy finished(m_feature, &BackupFeature::restoreFinished);
        const QList<QAbstractButton*> buttons = box->buttons();
        for (QAbstractButton* button : buttons) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
        return finished.wait(20000) && finished.first().first().toBool();
    }

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(u"MusterTest"_s);
        QApplication::setApplicationName(u"tst_backup"_s);
        QVERIFY(m_folder.isValid());
    }

    void cleanup()
    {
        m_window.reset();
        m_directory.reset();
    }

    void fileMenu()
    {
        openWindow(false);
        const QList<QAction*> file = m_window->menu(MainWindow::Menu::File)->actions();
        const qsizetype backup = file.indexOf(m_feature->backupAction());
        const qsizetype restore = file.indexOf(m_feature->restoreAction());
        QVERIFY(backup >= 0);
        QCOMPARE(restore, backup + 1);
        // Quit stays last.
        QCOMPARE(file.last()->shortcut(), QKeySequence(QKeySequence::Quit));
        QCOMPARE(m_feature->backupAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
        QCOMPARE(m_feature->restoreAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        QVERIFY(m_window->actions().contains(m_feature->backupAction()));
        QVERIFY(m_window->actions().contains(m_feature->restoreAction()));
        QVERIFY(BackupFeature::suggestedFileName().endsWith(u".sqlite"_s));
    }

    // What changed after the backup is undone by the restore, and the window follows.
    void restoreBringsBackTheBackup_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addRow("users added") << u"add users"_s;
        QTest::addRow("users deleted") << u"delete users"_s;
        QTest::addRow("a tenant created and shown") << u"create tenant"_s;
        QTest::addRow("a tenant removed") << u"remove tenant"_s;
    }

    void restoreBringsBackTheBackup()
    {
        QFETCH(QString, change);
        openWindow(true);
        QStringList ids;
        for (int i = 0; i < 5; ++i)
            ids.append(addUser(u"user%1@example.com"_s.arg(i)));
        QVERIFY(m_directory->createTenant(u"acme"_s));
        addUser(u"a@acme.example"_s, u"acme"_s);
        m_window->reloadTenants();
        const QStringList tenantsBefore = switcherTenants();
        QCOMPARE(tenantsBefore, (QStringList{u"acme"_s, ResourceStore::DefaultTenant}));

        const QString file =
            m_folder.filePath(u"backup-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        QSignalSpy backedUp(m_feature, &BackupFeature::backupFinished);
        QVERIFY(m_feature->startBackup(file));
        QVERIFY(backedUp.wait(20000));
        QVERIFY2(backedUp.first().first().toBool(), qPrintable(backedUp.first().at(1).toString()));
        QVERIFY(QFile::exists(file));

        if (change == u"add users"_s) {
            for (int i = 5; i < 9; ++i)
                addUser(u"user%1@example.com"_s.arg(i));
        } else if (change == u"delete users"_s) {
            QVERIFY(m_directory->remove(m_context, u"User"_s, ids.at(0)));
            QVERIFY(m_directory->remove(m_context, u"User"_s, ids.at(1)));
        } else if (change == u"create tenant"_s) {
            QVERIFY(m_directory->createTenant(u"later"_s));
            addUser(u"x@later.example"_s, u"later"_s);
            m_window->setTenant(u"later"_s);
            QCOMPARE(m_window->tenant(), u"later"_s);
        } else if (change == u"remove tenant"_s) {
            QVERIFY(m_directory->removeTenant(u"acme"_s));
            m_window->reloadTenants();
        }
        // The table's search index follows the directory's change signals, which arrive through the
        // event loop: the change shows once they have.
        const auto changed = [&] {
            m_window->users()->model()->refresh();
            return m_window->users()->model()->rowCount() != 5 || switcherTenants() != tenantsBefore;
        };
        QTRY_VERIFY(changed());

        QVERIFY(restoreConfirmed(file));
        // The window shows the default tenant as it was (a tenant shown that the backup lacks is left).
        QTRY_COMPARE(switcherTenants(), tenantsBefore);
        QCOMPARE(m_window->tenant(), ResourceStore::DefaultTenant);
        QTRY_COMPARE(m_window->users()->model()->rowCount(), 5);
        QStringList tenantsAfter = m_directory->tenants();
        tenantsAfter.sort();
        QCOMPARE(tenantsAfter, (QStringList{u"acme"_s, ResourceStore::DefaultTenant}));
        for (const QString& id : std::as_const(ids))
            QVERIFY(m_directory->get(m_context, u"User"_s, id));
    }

    void busyWhileRunning()
    {
        openWindow(true);
        addUser(u"ann@example.com"_s);
        QSignalSpy finished(m_feature, &BackupFeature::backupFinished);
        BusyTask* task = m_feature->startBackup(m_folder.filePath(u"busy.sqlite"_s));
        QVERIFY(task);
        QVERIFY(task->progressDialog());
        QCOMPARE(task->progressDialog()->windowModality(), Qt::WindowModal);
        QVERIFY(task->progressDialog()->labelText().contains(u"busy.sqlite"_s));
        QVERIFY(!m_feature->backupAction()->isEnabled());
        QVERIFY(!m_feature->restoreAction()->isEnabled());
        // One at a time.
        QVERIFY(!m_feature->startRestore(m_folder.filePath(u"busy.sqlite"_s)));
        QVERIFY(finished.wait(20000));
        QVERIFY(m_feature->backupAction()->isEnabled());
        QVERIFY(m_feature->restoreAction()->isEnabled());
    }

    void cancelChangesNothing()
    {
        openWindow(true);
        addUser(u"ann@example.com"_s);
        const QString file = m_folder.filePath(u"cancel.sqlite"_s);
        QSignalSpy backedUp(m_feature, &BackupFeature::backupFinished);
        QVERIFY(m_feature->startBackup(file));
        QVERIFY(backedUp.wait(20000));
        addUser(u"bob@example.com"_s);

        QSignalSpy restored(m_feature, &BackupFeature::restoreFinished);
        QMessageBox* box = m_feature->confirmRestore(file);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->text().contains(u"cancel.sqlite"_s));
        // Enter takes the default button: Cancel.
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_VERIFY(!visibleBox(u"confirmRestore"_s));
        QTest::qWait(100);
        QCOMPARE(restored.size(), 0);
        Query query;
        query.resourceType = u"User"_s;
        QCOMPARE(m_directory->query(m_context, query)->totalResults, 2);
    }

    void problemsAreExplained_data()
    {
        QTest::addColumn<bool>("sqlite");
        QTest::addColumn<bool>("backup");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("detail");
        QTest::addRow("back up a directory in memory")
            << false << true << u"memory.sqlite"_s << u"kept in memory"_s;
        QTest::addRow("restore into a directory in memory")
            << false << false << u"backup.sqlite"_s << u"kept in memory"_s;
        QTest::addRow("back up into a missing folder")
            << true << true << u"no/such/folder/b.sqlite"_s << u"no/such/folder"_s;
        QTest::addRow("restore a missing file") << true << false << u"missing.sqlite"_s << u"No backup at"_s;
        QTest::addRow("restore a file that is no backup") << true << false << u"notes.txt"_s << QString();
    }

    void problemsAreExplained()
    {
        QFETCH(bool, sqlite);
        QFETCH(bool, backup);
        QFETCH(QString, file);
        QFETCH(QString, detail);
        openWindow(sqlite);
        addUser(u"ann@example.com"_s);
        const QString path = m_folder.filePath(file);
        if (file == u"notes.txt"_s || (file == u"backup.sqlite"_s && !sqlite)) {
            QFile notes(path);
            QVERIFY(notes.open(QIODevice::WriteOnly));
            notes.write("Not a database, just some notes.\n");
        }

        QSignalSpy finished(m_feature,
                            backup ? &BackupFeature::backupFinished : &BackupFeature::restoreFinished);
        QVERIFY(backup ? m_feature->startBackup(path) : m_feature->startRestore(path));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), false);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = visibleBox(u"backupProblem"_s)));
        QVERIFY(box->text().contains(QFileInfo(path).fileName()));
        QVERIFY(!box->informativeText().isEmpty());
        QVERIFY2(box->informativeText().contains(detail), qPrintable(box->informativeText()));
        if (!backup)
            QVERIFY(box->text().contains(u"Nothing was changed"_s));
        box->accept();
        // The directory is as it was.
        QTRY_COMPARE(m_window->users()->model()->rowCount(), 1);
        Query query;
        query.resourceType = u"User"_s;
        QCOMPARE(m_directory->query(m_context, query)->totalResults, 1);
    }
};

QTEST_MAIN(TestBackup)
#include "tst_backup.moc"
