#pragma once

#include "directory/Directory.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

QT_BEGIN_NAMESPACE
class QComboBox;
class QMenu;
class QToolBar;
class QLabel;
class QTabWidget;
QT_END_NAMESPACE

namespace muster {

class ResourceBrowser;

// The desktop app's window: the Users and Groups pages over one directory, a tenant switcher, menus
// whose every action has a shortcut, and a status bar naming the store. Window geometry, column
// layouts and the last tenant persist in QSettings.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    // `storeDescription`: where the directory lives, as shown in the status bar (no password).
    MainWindow(std::shared_ptr<Directory> directory, const QString& storeDescription,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    ResourceBrowser* users() const { return m_users; }
    ResourceBrowser* groups() const { return m_groups; }
    // The Users or Groups page in front, or the one shown last when another page is in front (search,
    // export and the table shortcuts act on it).
    ResourceBrowser* currentBrowser() const;
    QString tenant() const;
    void setTenant(const QString& tenant);
    // Reads the tenant list again (after a tenant was created or removed, or a backup restored); when
    // the tenant shown is gone, the window shows the default tenant.
    void reloadTenants();
    const std::shared_ptr<Directory>& directory() const { return m_directory; }

    // Where features plug in (each in its own files, installed by the app at start-up):
    enum class Menu { File, Edit, View, Directory, Server, Help };
    // The menu; its actions are reachable by keyboard through the menu bar.
    QMenu* menu(Menu which) const;
    // The main toolbar.
    QToolBar* toolbar() const { return m_toolbar; }
    // Adds a page beside Users and Groups (Ctrl+3, Ctrl+4, ... in the order added); returns its index.
    int addPage(QWidget* page, const QString& title);
    void showPage(QWidget* page);
    // A permanent status bar field, left of the store.
    void addStatusField(QWidget* field);

signals:
    // The tenant shown changed.
    void tenantChanged(const QString& tenant);
    // The window is closing; features save their state or keep working in the background.
    void closing();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void showTenant(const QString& tenant);
    void saveSettings() const;
    void restoreSettings();

    std::shared_ptr<Directory> m_directory;
    QTabWidget* m_tabs;
    ResourceBrowser* m_users;
    ResourceBrowser* m_groups;
    ResourceBrowser* m_lastBrowser = nullptr;
    QComboBox* m_tenants;
    QToolBar* m_toolbar = nullptr;
    QHash<Menu, QMenu*> m_menus;
    QMenu* m_viewPages = nullptr;
    QLabel* m_storeLabel;
    QLabel* m_countLabel;
};

} // namespace muster
