#pragma once

#include "directory/Directory.h"

#include <QMainWindow>

#include <memory>

QT_BEGIN_NAMESPACE
class QComboBox;
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
    // The page in front: users or groups.
    ResourceBrowser* currentBrowser() const;
    QString tenant() const;
    void setTenant(const QString& tenant);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void reloadTenants();
    void saveSettings() const;
    void restoreSettings();

    std::shared_ptr<Directory> m_directory;
    QTabWidget* m_tabs;
    ResourceBrowser* m_users;
    ResourceBrowser* m_groups;
    QComboBox* m_tenants;
    QLabel* m_storeLabel;
    QLabel* m_countLabel;
};

} // namespace muster
