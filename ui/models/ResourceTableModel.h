#pragma once

#include "directory/Directory.h"
#include "models/ResourceColumn.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

#include <functional>
#include <memory>

namespace muster {

// One resource type of one tenant as a table, read from the Directory page by page: the row count is
// the number of matching resources, and a page of rows is loaded when a view first shows it, so that
// 100,000 users cost only the pages on screen. Sorting and filtering run in the store.
//
// Writes (from this app or from an identity provider through the server) arrive as
// Directory::resourceChanged on any thread; the model gathers them for a moment, then refreshes the
// rows it shows in place: persistent indexes (selection, current row) follow their resource, and the
// scroll position stays.
class ResourceTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // the resource id (QString)
        VersionRole,               // the resource version (qulonglong)
        SortRole,                  // the raw value, for tests and copying
    };
    static constexpr int PageSize = 100;
    static constexpr int MaxCachedPages = 64;

    ResourceTableModel(std::shared_ptr<Directory> directory, QString resourceType,
                       QList<ResourceColumn> columns, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const QString& resourceType() const { return m_resourceType; }
    const QList<ResourceColumn>& columns() const { return m_columns; }
    QString tenant() const { return m_tenant; }
    // Shows another tenant (resets the model).
    void setTenant(const QString& tenant);
    // Shows only what matches `filter` (null: everything); resets the model.
    void setFilter(FilterPtr filter);
    const FilterPtr& filter() const { return m_filter; }

    // The resource in a row (loading its page if needed); nullopt past the end.
    std::optional<Resource> resourceAt(int row) const;
    QString idAt(int row) const;
    // The row of a resource among the loaded pages; -1 when it is not loaded (or not there).
    int rowOf(const QString& id) const;

    // Pages held in memory now (at most MaxCachedPages).
    int loadedPages() const { return int(m_pages.size()); }

    // Applies the changes received so far now instead of after the short delay (tests, "Refresh").
    void refresh();

signals:
    // A query failed (the store is unreachable, or the filter does not fit the schema).
    void queryFailed(const QString& message);

private:
    const QList<Resource>* page(int pageIndex) const;
    void onResourceChanged(const ResourceChange& change);
    void applyChanges();
    void reloadKeepingPositions();
    std::optional<QueryResult> readFirstPage() const;
    void keepFirstPage(const QueryResult& first);
    const QList<Resource>* keepPage(int pageIndex, const QList<Resource>& rows) const;
    void reportFailure(const QString& detail) const;
    void resetWith(const std::function<void()>& change);
    void dropLoadedRows();
    Query baseQuery() const;
    QVariant display(const Resource& resource, const ResourceColumn& column, int role) const;

    std::shared_ptr<Directory> m_directory;
    QString m_resourceType;
    QList<ResourceColumn> m_columns;
    QString m_tenant = ResourceStore::DefaultTenant;
    FilterPtr m_filter;
    std::optional<SortSpec> m_sort;
    int m_total = 0;
    bool m_showsMemberCounts = false; // changes to other types matter: they move member counts

    // Loaded pages by index, and the order they were used in (most recent last) for eviction.
    mutable QHash<int, QList<Resource>> m_pages;
    mutable QList<int> m_pageUse;
    mutable QHash<QString, qint64> m_memberCounts; // group id -> count, cleared with the pages

    QTimer m_changeTimer;
    QHash<QString, ResourceChange> m_pendingChanges; // by id
};

} // namespace muster
