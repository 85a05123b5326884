#pragma once

#include "tenants/TenantsDialog.h"
#include "window/BusyTask.h"

#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QAction;
class QMessageBox;
QT_END_NAMESPACE

namespace muster {

class MainWindow;
class NewTenantDialog;

// Creating and removing tenants from the window's Directory menu: Tenants... (Ctrl+Shift+T) lists
// them with their sizes, New Tenant... (Ctrl+Alt+N) asks for a checked name and shows the new tenant,
// Remove Tenant... (Ctrl+Shift+Delete) removes the tenant shown after a confirmation that says what
// it deletes. The default tenant is never removed. Removing runs off the GUI thread.
class TenantsFeature final : public QObject {
    Q_OBJECT

public:
    // Adds the menu actions; the feature lives as long as the window.
    static TenantsFeature* install(MainWindow& window);

    QAction* tenantsAction() const { return m_tenants; }
    QAction* newTenantAction() const { return m_newTenant; }
    QAction* removeTenantAction() const { return m_removeTenant; }

    // Each opens its dialog without waiting for it (QDialog::open) and returns it.
    TenantsDialog* showTenants();
    NewTenantDialog* newTenant();
    // Asks whether to remove `tenant`, saying how many users and groups go with it; null, with a
    // message, for the default tenant or one that does not exist.
    QMessageBox* confirmRemoveTenant(const QString& tenant);
    // Removes without asking; the window shows the default tenant if it showed this one. Null, with a
    // message, while another removal runs.
    BusyTask* removeTenant(const QString& tenant);
    // Creates and shows a tenant; false, with a message, when the directory refuses the name.
    bool createTenant(const QString& tenant);

signals:
    // A message was shown (a problem, or what a step did), for the status bar and for tests.
    void messageShown(const QString& message);
    // A removal ended (successfully or not).
    void removalFinished(const QString& tenant, bool removed);

private:
    explicit TenantsFeature(MainWindow& window);
    void updateActions();
    QWidget* dialogParent() const;
    void showProblem(const QString& title, const QString& message, const QString& details = {});
    void tenantsChanged();

    MainWindow& m_window;
    QAction* m_tenants;
    QAction* m_newTenant;
    QAction* m_removeTenant;
    QPointer<TenantsDialog> m_dialog;
    QPointer<BusyTask> m_removal;
};

} // namespace muster
