#include "TestDirectory.h"
#include "browser/ResourceBrowser.h"
#include "models/ResourceTableModel.h"
#include "schema/SchemaUrns.h"
#include "store/MemoryStore.h"
#include "store/StoreFactory.h"
#include "tenants/NewTenantDialog.h"
#include "tenants/TenantsDialog.h"
#include "tenants/TenantsFeature.h"
#include "window/BusyTask.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace muster;
using namespace Qt::StringLiterals;

namespace {

QAbstractButton* buttonWithRole(const QMessageBox* box, QMessageBox::ButtonRole role)
{
    const QList<QAbstractButton*> buttons = box->buttons();
    for (QAbstractButton* button : buttons) {
        if (box->buttonRole(button) == role)
            return button;
    }
    return nullptr;
}

} // namespace

// Creating and removing tenants from the Directory menu and the Tenants dialog, by keyboard.
class TestTenants : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    std::shared_ptr<Directory> m_directory;
    std::unique_ptr<MainWindow> m_window;
    TenantsFeature* m_feature = nullptr;

    void openWindow(bool sqlite = false)
    {
        m_window.reset();
        m_directory = testing::newDirectory(m_folder, sqlite);
        m_window = std::make_unique<MainWindow>(m_directory, u"test"_s);
        m_feature = TenantsFeature::install(*m_window);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // `users` users and `groups` groups (each holding every user) in `tenant`.
    void fill(const QString& tenant, int users, int groups)
    {
        QJsonArray members;
        for (int i = 0; i < users; ++i) {
            const auto user =
                m_directory->create({tenant, u"test"_s}, u"User"_s,
                                    {{u"schemas"_s, QJsonArray{urns::User}},
                                     {u"userName"_s, u"user%1@%2.example"_s.arg(i).arg(tenant)}});
            QVERIFY(user);
            members.append(QJsonObject{{u"value"_s, user->id}});
        }
        for (int i = 0; i < groups; ++i) {
            QVERIFY(m_directory->create({tenant, u"test"_s}, u"Group"_s,
                                        {{u"schemas"_s, QJsonArray{urns::Group}},
                                         {u"displayName"_s, u"Group %1"_s.arg(i)},
                                         {u"members"_s, members}}));
        }
    }

    QComboBox* tenantSwitcher() const
    {
        const QList<QComboBox*> boxes = m_window->findChildren<QComboBox*>();
        for (QComboBox* box : boxes) {
            if (box->accessibleName() == u"Tenant"_s)
                return box;
        }
        return nullptr;
    }

    QStringList switcherTenants() const
    {
        QStringList names;
        for (int i = 0; i < tenantSwitcher()->count(); ++i)
            names.append(tenantSwitcher()->itemText(i));
        return names;
    }

    template <typename Dialog>
    Dialog* visible(const QString& objectName = {}) const
    {
        const QList<Dialog*> found = m_window->findChildren<Dialog*>(objectName);
        for (Dialog* dialog : found) {
            if (dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(u"MusterTest"_s);
        QApplication::setApplicationName(u"tst_tenants"_s);
        QVERIFY(m_folder.isValid());
    }

    void init() { openWindow(); }

    void cleanup()
    {
        m_window.reset();
        m_directory.reset();
    }

    void menuShortcutsAndNames()
    {
        const QList<QAction*> actions = {m_feature->tenantsAction(), m_feature->newTenantAction(),
                                         m_feature->removeTenantAction()};
        QMenu* menu = m_window->menu(MainWindow::Menu::Directory);
        QVERIFY(m_window->menuBar()->actions().contains(menu->menuAction()));
        for (QAction* action : actions) {
            QVERIFY(menu->actions().contains(action));
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
        }
        // No shortcut of the window is taken twice.
        QHash<QKeySequence, QString> taken;
        const QList<QAction*> all = m_window->findChildren<QAction*>();
        for (const QAction* action : all) {
            for (const QKeySequence& keys : action->shortcuts()) {
                QVERIFY2(!taken.contains(keys), qPrintable(action->text() + u" and "_s + taken.value(keys)));
                taken.insert(keys, action->text());
            }
        }

        QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        TenantsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = visible<TenantsDialog>()));
        for (const QWidget* widget : std::initializer_list<const QWidget*>{
                 dialog->table(), dialog->newButton(), dialog->removeButton(), dialog->showButton()})
            QVERIFY(!widget->accessibleName().isEmpty());
        dialog->reject();

        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::AltModifier);
        NewTenantDialog* newDialog = nullptr;
        QTRY_VERIFY((newDialog = visible<NewTenantDialog>()));
        QVERIFY(!newDialog->nameEdit()->accessibleName().isEmpty());
        QTRY_VERIFY(newDialog->nameEdit()->hasFocus());
        newDialog->reject();
    }

    void newTenantName_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("created");
        QTest::addColumn<QString>("problem");
        QTest::addRow("a plain name") << u"acme"_s << u"acme"_s << QString();
        QTest::addRow("dots, dashes, underscores") << u"eu.acme-2_b"_s << u"eu.acme-2_b"_s << QString();
        QTest::addRow("spaces around are dropped") << u" acme "_s << u"acme"_s << QString();
        QTest::addRow("cut at 64 characters") << QString(70, u'a') << QString(64, u'a') << QString();
        QTest::addRow("a space") << u"ac me"_s << QString() << u"Invalid tenant name \"ac me\""_s;
        QTest::addRow("a slash") << u"a/b"_s << QString() << u"1-64 letters, digits"_s;
        QTest::addRow("a letter outside ASCII") << u"café"_s << QString() << u"Invalid tenant name"_s;
        QTest::addRow("taken") << u"default"_s << QString() << u"exists already"_s;
        QTest::addRow("nothing typed") << QString() << QString() << QString();
    }

    void newTenantName()
    {
        QFETCH(QString, typed);
        QFETCH(QString, created);
        QFETCH(QString, problem);
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::AltModifier);
        NewTenantDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = visible<NewTenantDialog>()));
        // QTest types ASCII only; other letters arrive as an input method would commit them.
        bool ascii = true;
        for (const QChar letter : typed)
            ascii = ascii && letter.unicode() < 0x80;
        if (ascii)
            QTest::keyClicks(dialog->nameEdit(), typed);
        else
            dialog->nameEdit()->insert(typed);
        QCOMPARE(dialog->createButton()->isEnabled(), !created.isEmpty());
        auto* shown = dialog->findChild<QLabel*>(u"tenantNameProblem"_s);
        QVERIFY(shown);
        QCOMPARE(shown->isVisible(), !problem.isEmpty());
        QVERIFY2(shown->text().contains(problem), qPrintable(shown->text()));
        if (problem.startsWith(u"Invalid"_s) || problem.startsWith(u"1-64"_s)) // the directory's own words
            QCOMPARE(shown->text(), Directory::checkTenantName(typed).error().detail);

        QSignalSpy messages(m_feature, &TenantsFeature::messageShown);
        QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);
        if (created.isEmpty()) {
            // Enter does nothing while the name cannot be used.
            QVERIFY(dialog->isVisible());
            QCOMPARE(m_directory->tenants(), QStringList{ResourceStore::DefaultTenant});
            dialog->reject();
            return;
        }
        QTRY_VERIFY(!dialog->isVisible());
        QVERIFY(m_directory->tenants().contains(created));
        // The window shows the new tenant at once.
        QCOMPARE(m_window->tenant(), created);
        QCOMPARE(m_window->users()->model()->tenant(), created);
        QVERIFY(switcherTenants().contains(created));
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.first().first().toString().contains(created));
    }

    void removeSaysWhatItDeletes_data()
    {
        QTest::addColumn<bool>("sqlite");
        QTest::addColumn<int>("users");
        QTest::addColumn<int>("groups");
        QTest::addColumn<QString>("deletes");
        QTest::addRow("empty") << false << 0 << 0 << u"0 users and 0 groups"_s;
        QTest::addRow("one of each") << false << 1 << 1 << u"1 user and 1 group"_s;
        QTest::addRow("several") << false << 12 << 3 << u"12 users and 3 groups"_s;
        QTest::addRow("several in SQLite") << true << 12 << 3 << u"12 users and 3 groups"_s;
    }

    void removeSaysWhatItDeletes()
    {
        QFETCH(bool, sqlite);
        QFETCH(int, users);
        QFETCH(int, groups);
        QFETCH(QString, deletes);
        openWindow(sqlite);
        QVERIFY(m_directory->createTenant(u"acme"_s));
        QVERIFY(m_directory->createTenant(u"zeta"_s));
        fill(u"acme"_s, users, groups);
        fill(ResourceStore::DefaultTenant, 2, 1);
        m_window->setTenant(u"acme"_s);
        QVERIFY(m_feature->removeTenantAction()->isEnabled());
        QVERIFY(m_feature->removeTenantAction()->text().contains(u"acme"_s));

        QTest::keyClick(m_window.get(), Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = visible<QMessageBox>(u"confirmRemoveTenant"_s)));
        QVERIFY(box->text().contains(u"\"acme\""_s));
        QVERIFY2(box->informativeText().contains(deletes), qPrintable(box->informativeText()));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));

        QSignalSpy finished(m_feature, &TenantsFeature::removalFinished);
        QAbstractButton* remove = buttonWithRole(box, QMessageBox::DestructiveRole);
        QVERIFY(remove);
        remove->click();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).toBool(), true);
        QCOMPARE(m_directory->tenants(), (QStringList{ResourceStore::DefaultTenant, u"zeta"_s}));
        // The window went back to the default tenant, whose users are all still there.
        QCOMPARE(m_window->tenant(), ResourceStore::DefaultTenant);
        QCOMPARE(m_window->users()->model()->rowCount(), 2);
        QCOMPARE(switcherTenants(), (QStringList{ResourceStore::DefaultTenant, u"zeta"_s}));
        QVERIFY(!m_feature->removeTenantAction()->isEnabled());
    }

    void cancelKeepsTheTenant()
    {
        QVERIFY(m_directory->createTenant(u"acme"_s));
        fill(u"acme"_s, 2, 0);
        m_window->setTenant(u"acme"_s);
        QMessageBox* box = m_feature->confirmRemoveTenant(u"acme"_s);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        // Enter takes the default button: Cancel.
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_VERIFY(!visible<QMessageBox>(u"confirmRemoveTenant"_s));
        QTest::qWait(50);
        QVERIFY(m_directory->tenants().contains(u"acme"_s));
        QCOMPARE(m_window->tenant(), u"acme"_s);
        QCOMPARE(m_window->users()->model()->rowCount(), 2);
    }

    void defaultTenantIsNeverRemoved()
    {
        fill(ResourceStore::DefaultTenant, 1, 0);
        QCOMPARE(m_window->tenant(), ResourceStore::DefaultTenant);
        QVERIFY(!m_feature->removeTenantAction()->isEnabled());

        QSignalSpy messages(m_feature, &TenantsFeature::messageShown);
        QVERIFY(!m_feature->confirmRemoveTenant(ResourceStore::DefaultTenant));
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.first().first().toString().contains(u"cannot be removed"_s));
        QMessageBox* problem = nullptr;
        QTRY_VERIFY((problem = visible<QMessageBox>(u"tenantProblem"_s)));
        problem->accept();

        // Asked directly, the directory refuses too, and says so.
        QSignalSpy finished(m_feature, &TenantsFeature::removalFinished);
        QVERIFY(m_feature->removeTenant(ResourceStore::DefaultTenant));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).toBool(), false);
        QVERIFY(m_directory->tenants().contains(ResourceStore::DefaultTenant));
        QTRY_COMPARE(m_window->users()->model()->rowCount(), 1);
        QTRY_VERIFY(visible<QMessageBox>(u"tenantProblem"_s));

        // In the Tenants dialog, Remove is off for the default tenant.
        TenantsDialog* dialog = m_feature->showTenants();
        dialog->selectTenant(ResourceStore::DefaultTenant);
        QVERIFY(!dialog->removeButton()->isEnabled());
    }

    void removalRunsBehindABusyDialog()
    {
        QVERIFY(m_directory->createTenant(u"acme"_s));
        QSignalSpy finished(m_feature, &TenantsFeature::removalFinished);
        BusyTask* task = m_feature->removeTenant(u"acme"_s);
        QVERIFY(task);
        QVERIFY(task->progressDialog());
        QCOMPARE(task->progressDialog()->windowModality(), Qt::WindowModal);
        QVERIFY(task->progressDialog()->labelText().contains(u"acme"_s));
        // One removal at a time.
        QVERIFY(!m_feature->removeTenant(u"acme"_s));
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!m_directory->tenants().contains(u"acme"_s));
    }

    void tenantsDialogByKeyboard()
    {
        QVERIFY(m_directory->createTenant(u"acme"_s));
        fill(u"acme"_s, 3, 1);
        fill(ResourceStore::DefaultTenant, 1, 0);
        TenantsDialog* dialog = m_feature->showTenants();
        QTRY_VERIFY(dialog->isVisible());
        dialog->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), dialog);
        QTableWidget* table = dialog->table();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, TenantsDialog::NameColumn)->text(), u"acme"_s);
        QCOMPARE(table->item(0, TenantsDialog::UsersColumn)->text(), u"3"_s);
        QCOMPARE(table->item(0, TenantsDialog::GroupsColumn)->text(), u"1"_s);
        QCOMPARE(table->item(1, TenantsDialog::UsersColumn)->text(), u"1"_s);
        // The tenant shown is selected first.
        QCOMPARE(dialog->selectedTenant(), ResourceStore::DefaultTenant);

        // Insert: a new tenant, which the list then shows and selects.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Insert);
        NewTenantDialog* newDialog = nullptr;
        QTRY_VERIFY((newDialog = dialog->findChild<NewTenantDialog*>()) && newDialog->isVisible());
        QTest::keyClicks(newDialog->nameEdit(), u"beta"_s);
        QTest::keyClick(newDialog->nameEdit(), Qt::Key_Return);
        QTRY_COMPARE(table->rowCount(), 3);
        QCOMPARE(dialog->selectedTenant(), u"beta"_s);

        // Delete on acme asks, naming what goes.
        dialog->selectTenant(u"acme"_s);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Delete);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = dialog->findChild<QMessageBox*>(u"confirmRemoveTenant"_s)) && box->isVisible());
        QVERIFY(box->informativeText().contains(u"3 users and 1 group"_s));
        QSignalSpy finished(m_feature, &TenantsFeature::removalFinished);
        buttonWithRole(box, QMessageBox::DestructiveRole)->click();
        QTRY_COMPARE(finished.size(), 1);
        QTRY_COMPARE(table->rowCount(), 2);

        // Enter shows the selected tenant in the window and closes the dialog.
        dialog->selectTenant(u"beta"_s);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(m_window->tenant(), u"beta"_s);
    }
};

QTEST_MAIN(TestTenants)
#include "tst_tenants.moc"
