#pragma once

#include "directory/Directory.h"

#include <QDialog>

#include <memory>

QT_BEGIN_NAMESPACE
class QPushButton;
class QTableWidget;
QT_END_NAMESPACE

namespace muster {

// The tenants of the directory with their number of users and groups: create one (Insert), remove
// the selected one (Delete; never the default tenant), or show it in the window (Enter).
// The dialog only asks; TenantsFeature does the work and calls reload() afterwards.
class TenantsDialog final : public QDialog {
    Q_OBJECT

public:
    enum Column { NameColumn, UsersColumn, GroupsColumn };

    TenantsDialog(std::shared_ptr<Directory> directory, const QString& shownTenant,
                  QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* showButton() const { return m_show; }
    // The tenant of the current row; empty when none.
    QString selectedTenant() const;
    void selectTenant(const QString& tenant);
    // Reads the tenants and their sizes again, keeping the selection when the tenant is still there.
    void reload();

signals:
    void newRequested();
    void removeRequested(const QString& tenant);
    void showRequested(const QString& tenant);

private:
    void updateButtons();

    std::shared_ptr<Directory> m_directory;
    QTableWidget* m_table;
    QPushButton* m_new;
    QPushButton* m_remove;
    QPushButton* m_show;
};

} // namespace muster
