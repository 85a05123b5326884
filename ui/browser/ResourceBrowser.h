#pragma once

#include "directory/Directory.h"
#include "models/ResourceColumn.h"

#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTextBrowser;
class QTimer;
QT_END_NAMESPACE

namespace muster {

class ResourceTableModel;

// One resource type as a searchable, sortable table with a details pane: the Users and the Groups
// pages of the main window. The search box takes plain words or a SCIM filter (SearchQuery); a filter
// that does not parse is explained under the box and the table keeps its last good filter.
class ResourceBrowser final : public QWidget {
    Q_OBJECT

public:
    ResourceBrowser(std::shared_ptr<Directory> directory, const QString& resourceType,
                    QList<ResourceColumn> columns, QWidget* parent = nullptr);
    ~ResourceBrowser() override;

    ResourceTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchBox() const { return m_search; }
    // The parser's message for the current search text; empty when it applies.
    QString searchError() const;

    // Ids of the selected rows, in row order.
    QStringList selectedIds() const;
    QString currentId() const;
    // Selects the resource's row when it is loaded (after a create, an undo, ...).
    bool select(const QString& id);

    void setTenant(const QString& tenant);
    // Applies the search text now (Enter does this; typing applies it after a short pause).
    void applySearch();

    // Column visibility and widths, and the sort, for QSettings.
    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

signals:
    void selectionChanged();
    // Enter or a double click on a row.
    void activated(const QString& id);

private:
    void showColumnMenu(const QPoint& position);
    void showDetails();

    std::shared_ptr<Directory> m_directory;
    QString m_resourceType;
    ResourceTableModel* m_model;
    QLineEdit* m_search;
    QLabel* m_searchError;
    QLabel* m_indexStatus; // while the search index reads the resources
    QTableView* m_table;
    QTextBrowser* m_details;
    QSplitter* m_splitter;
    QTimer* m_searchTimer;
};

} // namespace muster
