#include "editor/EditingFeature.h"

#include "browser/ResourceBrowser.h"
#include "editor/MembershipEditor.h"
#include "editor/PasswordDialog.h"
#include "editor/ResourceEditorDialog.h"
#include "models/ResourceTableModel.h"
#include "trash/RecentlyDeletedPage.h"
#include "undo/CreateResourceCommand.h"
#include "undo/DeleteResourcesCommand.h"
#include "undo/EditResourceCommand.h"
#include "undo/MembershipCommand.h"
#include "undo/PatchBody.h"
#include "undo/SetActiveCommand.h"
#include "undo/UndoLedger.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

#include <algorithm>

namespace muster {

namespace {

const QString UserType = QStringLiteral("User");
const QString GroupType = QStringLiteral("Group");
constexpr int StatusMessageMs = 8000;

QString labelOf(const QJsonObject& json, const QString& fallback)
{
    for (const QString& key : {QStringLiteral("displayName"), QStringLiteral("userName")}) {
        const QString text = json.value(key).toString();
        if (!text.isEmpty())
            return text;
    }
    return fallback;
}

QString desktopActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return QStringLiteral("desktop:") + user;
}

// The error a dialog shows for a write the directory refused.
ScimError explained(const ScimError& error, const QString& label)
{
    if (error.status != 412)
        return error;
    ScimError changed = error;
    changed.detail =
        EditingFeature::tr("%1 was changed by someone else since you opened it. Cancel, then open "
                           "it again to see their change.")
            .arg(label);
    return changed;
}

} // namespace

EditingFeature* EditingFeature::install(MainWindow& window, QUndoStack& undoStack)
{
    return new EditingFeature(window, undoStack);
}

EditingFeature::EditingFeature(MainWindow& window, QUndoStack& undoStack)
    : QObject(&window)
    , m_window(window)
    , m_undoStack(undoStack)
    , m_ledger(new UndoLedger(this))
    , m_trash(new RecentlyDeletedPage(window.directory(), &window))
{
    createActions();
    m_window.addPage(m_trash, tr("Recently &Deleted"));
    m_trash->setTenant(m_window.tenant());

    connect(&m_window, &MainWindow::tenantChanged, m_trash, &RecentlyDeletedPage::setTenant);
    connect(m_trash, &RecentlyDeletedPage::restoreRequested, this, &EditingFeature::restore);
    connect(m_ledger, &UndoLedger::dropped, this,
            [this](const QString& message) { showProblem(tr("Undo history"), message); });
    connect(m_window.users(), &ResourceBrowser::activated, this,
            [this](const QString& id) { editResource(UserType, id); });
    connect(m_window.groups(), &ResourceBrowser::activated, this,
            [this](const QString& id) { editResource(GroupType, id); });
    for (ResourceBrowser* browser : {m_window.users(), m_window.groups()})
        connect(browser, &ResourceBrowser::selectionChanged, this, &EditingFeature::updateActions);
    if (auto* pages = qobject_cast<QTabWidget*>(m_window.centralWidget()))
        connect(pages, &QTabWidget::currentChanged, this, &EditingFeature::updateActions);
    updateActions();
}

OperationContext EditingFeature::context() const
{
    return {m_window.tenant(), desktopActor()};
}

void EditingFeature::createActions()
{
    QMenu* edit = m_window.menu(MainWindow::Menu::Edit);
    m_undo = m_undoStack.createUndoAction(this, tr("&Undo"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo = m_undoStack.createRedoAction(this, tr("&Redo"));
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();

    m_newUser = edit->addAction(tr("New &User..."), this, [this] { newResource(UserType); });
    m_newUser->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newGroup = edit->addAction(tr("New &Group..."), this, [this] { newResource(GroupType); });
    m_newGroup->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    edit->addSeparator();
    m_edit = edit->addAction(tr("&Edit..."), this, [this] {
        if (ResourceBrowser* browser = activeBrowser(); browser && !browser->currentId().isEmpty())
            editResource(resourceTypeOf(browser), browser->currentId());
    });
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_edit->setToolTip(tr("Edit the selected user or group (Enter or F2)"));
    m_members = edit->addAction(tr("&Members..."), this, [this] {
        if (activeBrowser() == m_window.groups() && !m_window.groups()->currentId().isEmpty())
            editMembers(m_window.groups()->currentId());
    });
    m_members->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_password = edit->addAction(tr("Set &Password..."), this, [this] {
        if (activeBrowser() == m_window.users() && !m_window.users()->currentId().isEmpty())
            setPassword(m_window.users()->currentId());
    });
    m_password->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_active = edit->addAction(tr("Enable/Disa&ble"), this, [this] {
        if (activeBrowser() == m_window.users())
            setActive(m_window.users()->selectedIds());
    });
    m_active->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_active->setToolTip(tr("Disable the selected users if all are active, else enable them (Ctrl+E)"));
    m_delete = edit->addAction(tr("&Delete..."), this, [this] { confirmDeleteSelected(); });
    m_delete->setShortcut(QKeySequence::Delete);

    for (QAction* action :
         {m_undo, m_redo, m_newUser, m_newGroup, m_edit, m_members, m_password, m_active, m_delete})
        m_window.addAction(action);
    m_window.toolbar()->addAction(m_newUser);
    m_window.toolbar()->addAction(m_newGroup);
    m_window.toolbar()->addAction(m_delete);
}

ResourceBrowser* EditingFeature::activeBrowser() const
{
    for (ResourceBrowser* browser : {m_window.users(), m_window.groups()}) {
        if (browser->isVisibleTo(&m_window))
            return browser;
    }
    return nullptr;
}

QString EditingFeature::resourceTypeOf(const ResourceBrowser* browser) const
{
    return browser == m_window.groups() ? GroupType : UserType;
}

void EditingFeature::updateActions()
{
    ResourceBrowser* browser = activeBrowser();
    const bool users = browser == m_window.users();
    const bool groups = browser == m_window.groups();
    const bool selected = browser && !browser->selectedIds().isEmpty();
    const bool current = browser && !browser->currentId().isEmpty();
    m_edit->setEnabled(current);
    m_members->setEnabled(groups && current);
    m_password->setEnabled(users && current);
    m_active->setEnabled(users && selected);
    m_delete->setEnabled(selected);
}

void EditingFeature::showProblem(const QString& title, const QString& message)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, &m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    showInStatusBar(message);
}

void EditingFeature::showInStatusBar(const QString& message)
{
    m_window.statusBar()->showMessage(message, StatusMessageMs);
    emit messageShown(message);
}

void EditingFeature::selectInBrowser(const QString& resourceType, const QString& id)
{
    ResourceBrowser* browser = resourceType == GroupType ? m_window.groups() : m_window.users();
    if (browser->model()->tenant() != m_window.tenant())
        return;
    browser->model()->refresh();
    if (browser->select(id))
        return;
    // The table loads the page that holds the row when it paints next.
    auto* retry = new QTimer(browser);
    retry->setInterval(50);
    connect(retry, &QTimer::timeout, browser, [browser, id, retry, attempts = 0]() mutable {
        if (browser->select(id) || ++attempts >= 20) {
            retry->stop();
            retry->deleteLater();
        }
    });
    retry->start();
}

ResourceEditorDialog* EditingFeature::newResource(const QString& resourceType)
{
    const std::shared_ptr<Directory>& directory = m_window.directory();
    const ResourceType* type = directory->registry().resourceType(resourceType);
    if (!type)
        return nullptr;
    Resource blank;
    blank.resourceType = type->name;
    // New users may sign in unless disabled.
    if (resourceType == UserType)
        blank.json.insert(QStringLiteral("active"), true);
    const OperationContext context = this->context();
    auto* dialog = new ResourceEditorDialog(directory, context.tenant, *type, blank, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSaveHandler(
        [this, context, typeName = type->name](const QJsonObject& json, const QString& password) -> Status {
            QJsonObject input = json;
            if (!password.isEmpty())
                input.insert(QStringLiteral("password"), password);
            const auto created = m_window.directory()->create(context, typeName, input);
            if (!created)
                return created.error();
            const CommandTarget target{typeName, created->id, labelOf(created->json, created->id),
                                       created->version};
            m_undoStack.push(
                new CreateResourceCommand(m_window.directory(), context, m_ledger, target, password));
            selectInBrowser(typeName, created->id);
            showInStatusBar(tr("Created %1.").arg(target.label));
            return {};
        });
    dialog->open();
    return dialog;
}

ResourceEditorDialog* EditingFeature::editResource(const QString& resourceType, const QString& id)
{
    const std::shared_ptr<Directory>& directory = m_window.directory();
    const ResourceType* type = directory->registry().resourceType(resourceType);
    const OperationContext context = this->context();
    const auto resource = directory->get(context, resourceType, id);
    if (!type || !resource) {
        showProblem(tr("Edit"),
                    resource ? tr("Unknown resource type %1").arg(resourceType) : resource.error().detail);
        return nullptr;
    }
    // A group's members are the membership editor's; the form need not carry them around.
    Resource shown = *resource;
    shown.json.remove(QStringLiteral("members"));
    auto* dialog = new ResourceEditorDialog(directory, context.tenant, *type, shown, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSaveHandler([this, context, type, before = shown](const QJsonObject& json,
                                                                 const QString& password) -> Status {
        const std::shared_ptr<Directory>& directory = m_window.directory();
        const QString label = labelOf(before.json, before.id);
        const QJsonObject attributes = PatchBody::between(directory->registry(), *type, before.json, json);
        QJsonObject body = attributes;
        if (!password.isEmpty())
            body = PatchBody::joined(body, PatchBody::replace(QStringLiteral("password"), password));
        if (PatchBody::isEmpty(body))
            return {};
        const auto patched = directory->patch(context, type->name, before.id, body, before.version,
                                              ResourceStore::ReadMembers::Omit);
        if (!patched)
            return explained(patched.error(), label);
        if (!PatchBody::isEmpty(attributes)) {
            const CommandTarget target{type->name, before.id, labelOf(patched->json, before.id),
                                       patched->version};
            m_undoStack.push(
                new EditResourceCommand(directory, context, m_ledger, target, before.json, patched->json));
        }
        showInStatusBar(password.isEmpty() ? tr("Saved %1.").arg(label)
                                           : tr("Saved %1; its new password is set.").arg(label));
        return {};
    });
    dialog->open();
    return dialog;
}

MembershipEditor* EditingFeature::editMembers(const QString& groupId)
{
    const OperationContext context = this->context();
    const auto group = m_window.directory()->get(context, GroupType, groupId);
    if (!group) {
        showProblem(tr("Members"), group.error().detail);
        return nullptr;
    }
    auto* editor = new MembershipEditor(m_window.directory(), context.tenant, *group, &m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setSaveHandler([this, context, groupId, label = labelOf(group->json, groupId)](
                               const QStringList& added, const QStringList& removed) -> Status {
        const auto patched =
            m_window.directory()->patch(context, GroupType, groupId, PatchBody::members(added, removed),
                                        std::nullopt, ResourceStore::ReadMembers::Omit);
        if (!patched)
            return patched.error();
        m_undoStack.push(new MembershipCommand(m_window.directory(), context, m_ledger,
                                               {GroupType, groupId, label, patched->version}, added,
                                               removed));
        showInStatusBar(tr("Saved the members of %1.").arg(label));
        return {};
    });
    editor->open();
    return editor;
}

PasswordDialog* EditingFeature::setPassword(const QString& userId)
{
    const OperationContext context = this->context();
    const auto user = m_window.directory()->get(context, UserType, userId);
    if (!user) {
        showProblem(tr("Set Password"), user.error().detail);
        return nullptr;
    }
    const QString label = labelOf(user->json, userId);
    auto* dialog = new PasswordDialog(label, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, context, userId, label] {
        // Not undoable: the directory keeps only the hash, so the previous password cannot come back.
        const auto patched = m_window.directory()->patch(
            context, UserType, userId, PatchBody::replace(QStringLiteral("password"), dialog->password()));
        if (!patched)
            showProblem(tr("Set Password"), patched.error().detail);
        else
            showInStatusBar(tr("The new password of %1 is set.").arg(label));
    });
    dialog->open();
    return dialog;
}

QMessageBox* EditingFeature::confirmDeleteSelected()
{
    ResourceBrowser* browser = activeBrowser();
    if (!browser || browser->selectedIds().isEmpty())
        return nullptr;
    const QString resourceType = resourceTypeOf(browser);
    const QStringList ids = browser->selectedIds();
    const bool users = resourceType == UserType;
    QString question;
    if (ids.size() == 1) {
        const auto resource = m_window.directory()->get(context(), resourceType, ids.first());
        const QString label = resource ? labelOf(resource->json, ids.first()) : ids.first();
        question =
            users ? tr("Delete the user \"%1\"?").arg(label) : tr("Delete the group \"%1\"?").arg(label);
    } else {
        question = users ? tr("Delete %n users?", nullptr, int(ids.size()))
                         : tr("Delete %n groups?", nullptr, int(ids.size()));
    }
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Delete"), question, QMessageBox::Cancel, &m_window);
    box->setInformativeText(users
                                ? tr("Identity providers will see them as gone, and they leave their groups. "
                                     "Undo (Ctrl+Z) or Recently Deleted brings them back with their groups, "
                                     "but without their passwords.")
                                : tr("Their members are not deleted. Undo (Ctrl+Z) or Recently Deleted "
                                     "brings them back with the members that still exist."));
    QPushButton* remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(remove);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(remove, &QPushButton::clicked, this,
            [this, resourceType, ids] { deleteResources(resourceType, ids); });
    box->open();
    return box;
}

void EditingFeature::deleteResources(const QString& resourceType, const QStringList& ids)
{
    const OperationContext context = this->context();
    const std::shared_ptr<Directory>& directory = m_window.directory();
    QList<CommandTarget> deleted;
    QStringList problems;
    for (const QString& id : ids) {
        const auto resource = directory->get(context, resourceType, id);
        const QString label = resource ? labelOf(resource->json, id) : id;
        const Status removed = directory->remove(context, resourceType, id);
        if (!removed) {
            problems.append(tr("%1: %2").arg(label, removed.error().detail));
            continue;
        }
        deleted.append({resourceType, id, label, resource ? resource->version : 0});
    }
    if (!deleted.isEmpty()) {
        m_undoStack.push(new DeleteResourcesCommand(directory, context, m_ledger,
                                                    DeleteResourcesCommand::Kind::Delete, deleted));
        showInStatusBar(deleted.size() == 1 ? tr("Deleted %1.").arg(deleted.first().label)
                                            : tr("Deleted %n resource(s).", nullptr, int(deleted.size())));
    }
    if (!problems.isEmpty())
        showProblem(tr("Delete"), problems.join(u'\n'));
}

void EditingFeature::setActive(const QStringList& userIds, std::optional<bool> active)
{
    const OperationContext context = this->context();
    const std::shared_ptr<Directory>& directory = m_window.directory();
    QList<Resource> users;
    for (const QString& id : userIds) {
        if (const auto user = directory->get(context, UserType, id))
            users.append(*user);
    }
    if (users.isEmpty())
        return;
    if (!active) {
        const bool allActive = std::all_of(users.cbegin(), users.cend(), [](const Resource& user) {
            return user.json.value(QStringLiteral("active")).toBool();
        });
        active = !allActive;
    }
    QList<SetActiveCommand::Change> changes;
    QStringList problems;
    for (const Resource& user : std::as_const(users)) {
        const QJsonValue previous = user.json.value(QStringLiteral("active"));
        const QString label = labelOf(user.json, user.id);
        if (previous.isBool() && previous.toBool() == *active)
            continue;
        const auto patched = directory->patch(
            context, UserType, user.id, PatchBody::replace(QStringLiteral("active"), *active), user.version);
        if (!patched) {
            problems.append(tr("%1: %2").arg(label, explained(patched.error(), label).detail));
            continue;
        }
        changes.append({{UserType, user.id, label, patched->version}, previous});
    }
    if (!changes.isEmpty()) {
        m_undoStack.push(new SetActiveCommand(directory, context, m_ledger, changes, *active));
        showInStatusBar(*active ? tr("Enabled %n user(s).", nullptr, int(changes.size()))
                                : tr("Disabled %n user(s).", nullptr, int(changes.size())));
    }
    if (!problems.isEmpty())
        showProblem(*active ? tr("Enable") : tr("Disable"), problems.join(u'\n'));
}

void EditingFeature::restore(const QList<DeletedResource>& deleted)
{
    const OperationContext context = this->context();
    const std::shared_ptr<Directory>& directory = m_window.directory();
    QList<CommandTarget> restored;
    QStringList problems;
    QStringList users;
    for (const DeletedResource& resource : deleted) {
        const auto back = directory->restoreDeleted(context, resource.resourceType, resource.id);
        if (!back) {
            problems.append(tr("%1: %2").arg(resource.label(), back.error().detail));
            continue;
        }
        restored.append({resource.resourceType, resource.id, resource.label(), back->version});
        if (resource.resourceType == UserType)
            users.append(resource.label());
    }
    if (!restored.isEmpty()) {
        m_undoStack.push(new DeleteResourcesCommand(directory, context, m_ledger,
                                                    DeleteResourcesCommand::Kind::Restore, restored));
        QString note =
            restored.size() == 1
                ? tr("%1 is back, with its ID and groups.").arg(restored.first().label)
                : tr("%n resource(s) are back, with their IDs and groups.", nullptr, int(restored.size()));
        if (!users.isEmpty()) {
            note += u' ' + tr("A restored user has no password: choose the user on the Users page and set a "
                              "new one with Edit > Set Password (Ctrl+Shift+P).");
        }
        m_trash->setNote(note);
        showInStatusBar(note);
        m_trash->reload();
    }
    if (!problems.isEmpty())
        showProblem(tr("Restore"), problems.join(u'\n'));
}

} // namespace muster
