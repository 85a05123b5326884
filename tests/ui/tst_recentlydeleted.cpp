#include "browser/ResourceBrowser.h"
#include "editor/EditingFeature.h"
#include "models/ResourceTableModel.h"
#include "schema/SchemaUrns.h"
#include "store/MemoryStore.h"
#include "trash/RecentlyDeletedModel.h"
#include "trash/RecentlyDeletedPage.h"
#include "window/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QJsonArray>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace muster;

namespace {

// Activates a window and waits until the application agrees (qWaitForWindowActive answers too early
// on the offscreen platform).
bool activate(QWidget* window)
{
    window->activateWindow();
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; });
}

// The HTTP status of a directory answer: 200 when it succeeded.
template <typename T>
int statusOf(const Result<T>& result)
{
    return result ? 200 : result.error().status;
}

const QString User = QStringLiteral("User");
const QString Group = QStringLiteral("Group");

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

// Deleting from the Users and Groups pages (with a confirmation that names what goes), undoing it,
// and bringing resources back from the Recently Deleted page with their ids and memberships.
class TestRecentlyDeleted : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<Directory> m_directory;
    std::unique_ptr<QUndoStack> m_undoStack;
    std::unique_ptr<MainWindow> m_window;
    EditingFeature* m_feature = nullptr;
    const OperationContext m_context{ResourceStore::DefaultTenant, QStringLiteral("token:okta")};
    QString m_userId;
    QString m_groupId;
    QString m_otherGroupId;

    QString create(const QString& type, QJsonObject json, const OperationContext& context)
    {
        json.insert(QStringLiteral("schemas"), QJsonArray{type == User ? urns::User : urns::Group});
        const auto created = m_directory->create(context, type, json);
        return created ? created->id : QString();
    }

    QStringList groupsOf(const QString& userId) const
    {
        QStringList ids;
        for (const QJsonValue& group :
             m_directory->get(m_context, User, userId)->json.value(QStringLiteral("groups")).toArray())
            ids.append(group.toObject().value(QStringLiteral("value")).toString());
        ids.sort();
        return ids;
    }

    // Deletes the selected rows with the Delete key and the confirmation's Delete button.
    void deleteSelectedByKeyboard(const QString& expectedQuestion)
    {
        QTest::keyClick(m_window.get(), Qt::Key_Delete);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox*>()) && box->isVisible());
        QVERIFY2(box->text().contains(expectedQuestion), qPrintable(box->text()));
        QVERIFY(box->informativeText().contains(QStringLiteral("password")) ||
                box->informativeText().contains(QStringLiteral("members")));
        QAbstractButton* remove = nullptr;
        for (QAbstractButton* button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                remove = button;
        }
        QVERIFY(remove);
        QCOMPARE(box->defaultButton(), remove);
        QTest::mouseClick(remove, Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("MusterTest"));
        QApplication::setApplicationName(QStringLiteral("tst_recentlydeleted"));
    }

    void init()
    {
        DirectoryOptions options;
        options.passwordStrength = PasswordHasher::Strength::Fast;
        const auto registry = SchemaRegistry::builtIn();
        m_directory = std::make_shared<Directory>(registry, std::make_shared<MemoryStore>(registry), options);
        m_userId = create(User,
                          {{QStringLiteral("userName"), QStringLiteral("bjensen")},
                           {QStringLiteral("displayName"), QStringLiteral("Barbara Jensen")},
                           {QStringLiteral("password"), QStringLiteral("secret!")}},
                          m_context);
        m_groupId = create(
            Group,
            {{QStringLiteral("displayName"), QStringLiteral("Staff")},
             {QStringLiteral("members"), QJsonArray{QJsonObject{{QStringLiteral("value"), m_userId}}}}},
            m_context);
        m_otherGroupId = create(
            Group,
            {{QStringLiteral("displayName"), QStringLiteral("Travel")},
             {QStringLiteral("members"), QJsonArray{QJsonObject{{QStringLiteral("value"), m_userId}}}}},
            m_context);
        m_undoStack = std::make_unique<QUndoStack>();
        m_window = std::make_unique<MainWindow>(m_directory, QStringLiteral("memory"));
        m_feature = EditingFeature::install(*m_window, *m_undoStack);
        m_window->show();
        QVERIFY(activate(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_undoStack.reset();
    }

    void deleteUndoRedo()
    {
        m_window->users()->model()->refresh();
        QTRY_VERIFY(m_window->users()->select(m_userId));
        m_window->users()->table()->setFocus();
        deleteSelectedByKeyboard(QStringLiteral("Delete the user \"Barbara Jensen\"?"));
        QCOMPARE(statusOf(m_directory->get(m_context, User, m_userId)), 404);
        QCOMPARE(m_undoStack->undoText(), QStringLiteral("Delete Barbara Jensen"));

        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(m_directory->get(m_context, User, m_userId));
        QCOMPARE(groupsOf(m_userId), sorted({m_groupId, m_otherGroupId}));
        QTest::keyClick(m_window.get(), Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(statusOf(m_directory->get(m_context, User, m_userId)), 404);
    }

    void restoreFromThePage()
    {
        // Deleted by an identity provider, one group gone meanwhile.
        QVERIFY(m_directory->remove(m_context, User, m_userId));
        QVERIFY(m_directory->remove(m_context, Group, m_otherGroupId));
        RecentlyDeletedPage* page = m_feature->recentlyDeletedPage();
        m_window->showPage(page);
        QTRY_COMPARE(page->model()->rowCount(), 2);
        // Newest first.
        QCOMPARE(page->model()->index(0, RecentlyDeletedModel::NameColumn).data().toString(),
                 QStringLiteral("Travel"));
        QCOMPARE(page->model()->index(1, RecentlyDeletedModel::NameColumn).data().toString(),
                 QStringLiteral("Barbara Jensen"));
        QCOMPARE(page->model()->index(1, RecentlyDeletedModel::DeletedByColumn).data().toString(),
                 QStringLiteral("token:okta"));
        // Deleting is for the Users and Groups pages.
        QVERIFY(!m_feature->deleteAction()->isEnabled());

        // The group first: the user then rejoins both of its groups.
        QVERIFY(page->select(Group, m_otherGroupId));
        QTest::mouseClick(page->restoreButton(), Qt::LeftButton);
        QVERIFY(m_directory->get(m_context, Group, m_otherGroupId));
        QCOMPARE(page->model()->rowCount(), 1);

        QVERIFY(page->select(User, m_userId));
        page->table()->setFocus();
        QTest::keyClick(page->table(), Qt::Key_Return);
        const auto back = m_directory->get(m_context, User, m_userId);
        QVERIFY(back);
        QCOMPARE(back->id, m_userId);
        QCOMPARE(groupsOf(m_userId), sorted({m_groupId, m_otherGroupId}));
        QVERIFY(!m_directory->verifyPassword(m_context, m_userId, QStringLiteral("secret!")));
        QVERIFY2(page->note().contains(QStringLiteral("no password")), qPrintable(page->note()));
        QCOMPARE(page->model()->rowCount(), 0);

        // Undo takes the last restore back.
        QCOMPARE(m_undoStack->undoText(), QStringLiteral("Restore Barbara Jensen"));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(statusOf(m_directory->get(m_context, User, m_userId)), 404);
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QVERIFY(m_directory->get(m_context, Group, m_otherGroupId));
    }

    void restoreThatClashesIsExplained()
    {
        QVERIFY(m_directory->remove(m_context, User, m_userId));
        QVERIFY(
            !create(User, {{QStringLiteral("userName"), QStringLiteral("BJENSEN")}}, m_context).isEmpty());
        RecentlyDeletedPage* page = m_feature->recentlyDeletedPage();
        m_window->showPage(page);
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QSignalSpy shown(m_feature, &EditingFeature::messageShown);
        QVERIFY(page->select(User, m_userId));
        page->restoreSelected();
        QCOMPARE(statusOf(m_directory->get(m_context, User, m_userId)), 404);
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown.first().first().toString().contains(QStringLiteral("already taken")),
                 qPrintable(shown.first().first().toString()));
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox*>()) && box->isVisible());
        box->accept();
        QCOMPARE(m_undoStack->count(), 0);
    }

    void followsTheTenant()
    {
        QVERIFY(m_directory->createTenant(QStringLiteral("acme")));
        const OperationContext acme{QStringLiteral("acme"), QStringLiteral("test")};
        const QString acmeUser = create(User, {{QStringLiteral("userName"), QStringLiteral("wile")}}, acme);
        QVERIFY(m_directory->remove(acme, User, acmeUser));
        QVERIFY(m_directory->remove(m_context, User, m_userId));
        RecentlyDeletedPage* page = m_feature->recentlyDeletedPage();
        m_window->showPage(page);
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->deletedAt(0).id, m_userId);
        m_window->setTenant(QStringLiteral("acme"));
        QCOMPARE(page->tenant(), QStringLiteral("acme"));
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->deletedAt(0).id, acmeUser);
        // Restoring there writes there.
        QVERIFY(page->select(User, acmeUser));
        page->restoreSelected();
        QVERIFY(m_directory->get(acme, User, acmeUser));
        QCOMPARE(statusOf(m_directory->get(m_context, User, m_userId)), 404);
    }

    void deletingAGroupLeavesItsMembers()
    {
        m_window->showPage(m_window->groups());
        m_window->groups()->model()->refresh();
        QTRY_VERIFY(m_window->groups()->select(m_groupId));
        m_window->groups()->table()->setFocus();
        deleteSelectedByKeyboard(QStringLiteral("Delete the group \"Staff\"?"));
        QCOMPARE(statusOf(m_directory->get(m_context, Group, m_groupId)), 404);
        QCOMPARE(groupsOf(m_userId), QStringList{m_otherGroupId});
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(groupsOf(m_userId), sorted({m_groupId, m_otherGroupId}));
    }
};

QTEST_MAIN(TestRecentlyDeleted)
#include "tst_recentlydeleted.moc"
