#include "tenants/TenantsFeature.h"

#include "tenants/NewTenantDialog.h"
#include "tenants/TenantContents.h"
#include "tenants/TenantsDialog.h"
#include "window/BusyTask.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace muster {

TenantsFeature* TenantsFeature::install(MainWindow& window)
{
    return new TenantsFeature(window);
}

TenantsFeature::TenantsFeature(MainWindow& window)
    : QObject(&window)
    , m_window(window)
    , m_tenants(new QAction(tr("&Tenants..."), this))
    , m_newTenant(new QAction(tr("&New Tenant..."), this))
    , m_removeTenant(new QAction(tr("&Remove Tenant..."), this))
{
    m_tenants->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_tenants->setStatusTip(tr("List the tenants with their sizes; create and remove tenants"));
    m_newTenant->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    m_newTenant->setStatusTip(tr("Create a tenant: a separate directory with its own users and groups"));
    m_removeTenant->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    m_removeTenant->setStatusTip(tr("Remove the tenant shown, with its users, groups and audit log"));
    connect(m_tenants, &QAction::triggered, this, &TenantsFeature::showTenants);
    connect(m_newTenant, &QAction::triggered, this, &TenantsFeature::newTenant);
    connect(m_removeTenant, &QAction::triggered, this, [this] { confirmRemoveTenant(m_window.tenant()); });

    QMenu* menu = window.menu(MainWindow::Menu::Directory);
    menu->addActions({m_tenants, m_newTenant, m_removeTenant});
    window.addActions({m_tenants, m_newTenant, m_removeTenant});
    connect(&window, &MainWindow::tenantChanged, this, &TenantsFeature::updateActions);
    updateActions();
}

void TenantsFeature::updateActions()
{
    const bool removable = m_window.tenant() != ResourceStore::DefaultTenant && !m_removal;
    m_removeTenant->setEnabled(removable);
    m_removeTenant->setText(removable ? tr("&Remove Tenant \"%1\"...").arg(m_window.tenant())
                                      : tr("&Remove Tenant..."));
}

void TenantsFeature::showProblem(const QString& title, const QString& message, const QString& details)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, &m_window);
    box->setObjectName(QStringLiteral("tenantProblem"));
    box->setInformativeText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit messageShown(details.isEmpty() ? message : message + u' ' + details);
}

// The window's switcher and the Tenants dialog read the list again.
void TenantsFeature::tenantsChanged()
{
    m_window.reloadTenants();
    if (m_dialog)
        m_dialog->reload();
    updateActions();
}

// Over the Tenants dialog while it is open (a closed one is about to be deleted, with its children).
QWidget* TenantsFeature::dialogParent() const
{
    if (m_dialog && m_dialog->isVisible())
        return m_dialog;
    return &m_window;
}

TenantsDialog* TenantsFeature::showTenants()
{
    if (m_dialog && m_dialog->isVisible()) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    m_dialog = new TenantsDialog(m_window.directory(), m_window.tenant(), &m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &TenantsDialog::newRequested, this, &TenantsFeature::newTenant);
    connect(m_dialog, &TenantsDialog::removeRequested, this, &TenantsFeature::confirmRemoveTenant);
    connect(m_dialog, &TenantsDialog::showRequested, this, [this](const QString& tenant) {
        m_window.setTenant(tenant);
        m_dialog->accept();
    });
    m_dialog->open();
    return m_dialog;
}

NewTenantDialog* TenantsFeature::newTenant()
{
    QWidget* parent = dialogParent();
    auto* dialog = new NewTenantDialog(m_window.directory()->tenants(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { createTenant(dialog->name()); });
    dialog->open();
    return dialog;
}

bool TenantsFeature::createTenant(const QString& tenant)
{
    if (const Status created = m_window.directory()->createTenant(tenant); !created) {
        showProblem(tr("New Tenant"), tr("The tenant \"%1\" could not be created.").arg(tenant),
                    created.error().detail);
        return false;
    }
    tenantsChanged();
    m_window.setTenant(tenant);
    if (m_dialog)
        m_dialog->selectTenant(tenant);
    const QString message = tr("Created the tenant \"%1\"").arg(tenant);
    m_window.statusBar()->showMessage(message, 10000);
    emit messageShown(message);
    return true;
}

QMessageBox* TenantsFeature::confirmRemoveTenant(const QString& tenant)
{
    if (tenant == ResourceStore::DefaultTenant) {
        showProblem(tr("Remove Tenant"), tr("The default tenant cannot be removed."),
                    tr("It is the directory that identity providers reach without a tenant in the URL."));
        return nullptr;
    }
    if (!m_window.directory()->tenants().contains(tenant)) {
        showProblem(tr("Remove Tenant"), tr("There is no tenant \"%1\" any more.").arg(tenant));
        tenantsChanged();
        return nullptr;
    }
    const TenantContents contents = TenantContents::of(*m_window.directory(), tenant);
    QWidget* parent = dialogParent();
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Remove Tenant"),
                                tr("Remove the tenant \"%1\"?").arg(tenant), QMessageBox::Cancel, parent);
    box->setObjectName(QStringLiteral("confirmRemoveTenant"));
    box->setInformativeText(
        tr("This deletes its %1, and its audit log. It cannot be undone: back up the directory first "
           "(File > Back Up Directory...) to keep a copy. Identity providers that provision into it get "
           "\"not found\" from then on.")
            .arg(contents.describe()));
    QPushButton* remove = box->addButton(tr("&Remove Tenant"), QMessageBox::DestructiveRole);
    // Enter must not destroy data: Cancel is the default.
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(remove, &QPushButton::clicked, this, [this, tenant] { removeTenant(tenant); });
    box->open();
    return box;
}

BusyTask* TenantsFeature::removeTenant(const QString& tenant)
{
    if (m_removal) {
        showProblem(tr("Remove Tenant"), tr("Another tenant is being removed; try again when it is done."));
        return nullptr;
    }
    // The window stops reading the tenant before it goes.
    if (m_window.tenant() == tenant)
        m_window.setTenant(ResourceStore::DefaultTenant);
    const TenantContents contents = TenantContents::of(*m_window.directory(), tenant);
    const std::shared_ptr<Directory> directory = m_window.directory();
    m_removal = new BusyTask([directory, tenant] { return directory->removeTenant(tenant); },
                             tr("Remove Tenant"), tr("Removing the tenant \"%1\"...").arg(tenant), &m_window);
    connect(m_removal, &BackgroundTask::finished, this, [this, tenant, contents] {
        BusyTask* task = m_removal;
        m_removal.clear();
        task->deleteLater();
        tenantsChanged();
        if (!task->status()) {
            showProblem(tr("Remove Tenant"), tr("The tenant \"%1\" could not be removed.").arg(tenant),
                        task->status().error().detail);
            emit removalFinished(tenant, false);
            return;
        }
        const QString message = tr("Removed the tenant \"%1\" with its %2").arg(tenant, contents.describe());
        m_window.statusBar()->showMessage(message, 10000);
        emit messageShown(message);
        emit removalFinished(tenant, true);
    });
    updateActions();
    m_removal->start();
    return m_removal;
}

} // namespace muster
