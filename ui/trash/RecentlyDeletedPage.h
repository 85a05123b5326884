#pragma once

#include "directory/Directory.h"

#include <QTimer>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTableView;
QT_END_NAMESPACE

namespace muster {

class RecentlyDeletedModel;

// The "Recently deleted" page: users and groups deleted in the tenant shown, newest first, with
// Restore (the button, or Enter on the table). It follows the directory's changes while it is shown,
// and catches up when it is shown again (reading the list walks the audit log).
// Restoring is left to restoreRequested's receiver, which makes it undoable.
class RecentlyDeletedPage final : public QWidget {
    Q_OBJECT

public:
    static constexpr int Limit = 200;

    RecentlyDeletedPage(std::shared_ptr<Directory> directory, QWidget* parent = nullptr);

    RecentlyDeletedModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QPushButton* restoreButton() const { return m_restore; }
    QString tenant() const { return m_tenant; }
    void setTenant(const QString& tenant);
    // Reads the list again now (it also does so by itself a moment after each change).
    void reload();
    // Selects the row of a deleted resource; false when it is not listed.
    bool select(const QString& resourceType, const QString& id);
    // Shows a note under the list, such as what a restore brought back; empty hides it.
    void setNote(const QString& text);
    QString note() const;

    // Asks for the selected rows to be restored.
    void restoreSelected();

protected:
    void showEvent(QShowEvent* event) override;

signals:
    // The deleted resources to bring back.
    void restoreRequested(const QList<DeletedResource>& deleted);

private:
    std::shared_ptr<Directory> m_directory;
    QString m_tenant = ResourceStore::DefaultTenant;
    RecentlyDeletedModel* m_model;
    QTableView* m_table;
    QPushButton* m_restore;
    QLabel* m_empty;
    QLabel* m_note;
    QTimer m_reloadTimer;
    bool m_stale = false; // changed while hidden: reload when shown
};

} // namespace muster
