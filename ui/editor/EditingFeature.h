#pragma once

#include "directory/Directory.h"

#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QAction;
class QMessageBox;
class QUndoStack;
QT_END_NAMESPACE

namespace muster {

class MainWindow;
class MembershipEditor;
class PasswordDialog;
class RecentlyDeletedPage;
class ResourceBrowser;
class ResourceEditorDialog;
class UndoLedger;

// Creating, editing and deleting users and groups in the desktop app, every change undoable: the Edit
// menu (Undo, Redo, New User, New Group, Edit, Members, Set Password, Enable/Disable, Delete), Enter on
// a table to edit, and the "Recently deleted" page to bring deleted resources back with their ids.
// Writes go through the Directory as the window's tenant, with the actor "desktop:<OS user>".
class EditingFeature final : public QObject {
    Q_OBJECT

public:
    // Adds the feature to the window; it lives as long as the window. `undoStack` must outlive it.
    static EditingFeature* install(MainWindow& window, QUndoStack& undoStack);

    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    QAction* newUserAction() const { return m_newUser; }
    QAction* newGroupAction() const { return m_newGroup; }
    QAction* editAction() const { return m_edit; }
    QAction* membersAction() const { return m_members; }
    QAction* passwordAction() const { return m_password; }
    QAction* activeAction() const { return m_active; }
    QAction* deleteAction() const { return m_delete; }
    RecentlyDeletedPage* recentlyDeletedPage() const { return m_trash; }
    UndoLedger* ledger() const { return m_ledger; }
    QUndoStack& undoStack() const { return m_undoStack; }

    // Who writes, and in which tenant: the window's tenant now.
    OperationContext context() const;

    // Each opens its dialog without waiting for it (QDialog::open) and returns it; null, with a
    // message, when there is nothing to open.
    ResourceEditorDialog* newResource(const QString& resourceType);
    ResourceEditorDialog* editResource(const QString& resourceType, const QString& id);
    MembershipEditor* editMembers(const QString& groupId);
    PasswordDialog* setPassword(const QString& userId);
    // Asks whether to delete the selected users or groups, naming them; deletes on "Delete".
    QMessageBox* confirmDeleteSelected();
    // Deletes without asking; the resources come back with Undo or from Recently deleted.
    void deleteResources(const QString& resourceType, const QStringList& ids);
    // Enables or disables users; with no value given, disables them if all are active, else enables.
    void setActive(const QStringList& userIds, std::optional<bool> active = std::nullopt);
    void restore(const QList<DeletedResource>& deleted);

signals:
    // A message was shown (a problem, or what a step did), for the status bar and for tests.
    void messageShown(const QString& message);

private:
    EditingFeature(MainWindow& window, QUndoStack& undoStack);
    void createActions();
    // The Users or Groups page when it is in front, else null.
    ResourceBrowser* activeBrowser() const;
    QString resourceTypeOf(const ResourceBrowser* browser) const;
    void updateActions();
    void showProblem(const QString& title, const QString& message);
    void showInStatusBar(const QString& message);
    void selectInBrowser(const QString& resourceType, const QString& id);

    MainWindow& m_window;
    QUndoStack& m_undoStack;
    UndoLedger* m_ledger;
    RecentlyDeletedPage* m_trash;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_newUser = nullptr;
    QAction* m_newGroup = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_members = nullptr;
    QAction* m_password = nullptr;
    QAction* m_active = nullptr;
    QAction* m_delete = nullptr;
};

} // namespace muster
