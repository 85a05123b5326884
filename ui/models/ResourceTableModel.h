#pragma once

#include "directory/Directory.h"
#include "models/ResourceColumn.h"
#include "models/SortedFilterWalk.h"
#include "search/SearchMatches.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

#include <functional>
#include <memory>

namespace muster {

class MatchCounter;
class SearchIndex;

// One resource type of one tenant as a table, read from the Directory page by page, so that 100,000
// users cost only the pages on screen. Sorting and SCIM filters run in the store; plain words (and sorts
// by a searched attribute) are answered by a SearchIndex once it is ready, and by the store until then;
// a SCIM filter that the index narrows to a few candidates (`displayName co "smith"`) is decided by
// testing each of them, one narrowed to many walks its candidates in the order of the sort until a page
// is full, and one sorted by a searched attribute walks the index's order (SortedFilterWalk), each
// while that finds its matches quickly.
//
// The first page shows as soon as it is read: when a store query matches more than a page, the exact
// count follows from a MatchCounter off the GUI thread (isCounting(); rows are added when it arrives, or
// earlier through fetchMore() as the view scrolls).
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
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    const QString& resourceType() const { return m_resourceType; }
    const QList<ResourceColumn>& columns() const { return m_columns; }
    QString tenant() const { return m_tenant; }
    // Shows another tenant (resets the model).
    void setTenant(const QString& tenant);
    // Shows only what matches `filter` (null: everything); resets the model.
    void setFilter(FilterPtr filter);
    // Shows the resources in which every word occurs (SearchQuery::plainWords); resets the model.
    void setPlainWords(const QStringList& words);
    // What is shown: a SCIM filter, or the one that the plain words stand for.
    const FilterPtr& filter() const { return m_filter; }
    const QStringList& plainWords() const { return m_words; }

    // Whether the rows shown are the first of more matches that are still being counted.
    bool isCounting() const { return m_counting; }
    // The search index behind plain words (for its progress while it reads the resources).
    SearchIndex* searchIndex() const { return m_index; }

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
    // isCounting() changed.
    void countingChanged(bool counting);

private:
    // The first page read after a change, with what is known of the number of matches.
    struct FirstPage {
        QList<Resource> resources;
        int total = 0;           // exact unless moreFollow
        bool moreFollow = false; // more than `total` match; the count is still to come
    };
    bool usesIndex() const;
    const QList<Resource>* page(int pageIndex) const;
    QList<Resource> readIndexedPage(int pageIndex) const;
    void readNextPage();
    void onResourceChanged(const ResourceChange& change);
    void applyChanges();
    void reloadKeepingPositions();
    std::optional<FirstPage> readFirstPage() const;
    std::optional<FirstPage> indexedFirstPage() const;
    FirstPage matchesFirstPage(SearchMatches matches) const;
    std::optional<FirstPage> narrowedFirstPage(SearchMatches candidates, const CompiledFilter& filter) const;
    std::optional<FirstPage> walkedFirstPage(SearchMatches order, CompiledFilter filter) const;
    std::optional<CompiledFilter> compiledFilter() const;
    void keepFirstPage(FirstPage first);
    void startCounting();
    void setCounting(bool counting);
    void onCounted(quint64 ticket, qint64 total);
    void resizeTo(int total);
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
    QStringList m_words; // plain words, which m_filter stands for
    std::optional<SortSpec> m_sort;
    int m_total = 0;         // rows shown
    bool m_counting = false; // more than m_total match and MatchCounter is counting them
    bool m_moreRows = false; // while counting: the last page read was followed by more matches
    quint64 m_countTicket = 0;
    bool m_fetchQueued = false; // fetchMore() reads the next page from the event loop
    SearchIndex* m_index;
    MatchCounter* m_counter;
    mutable std::optional<SearchMatches> m_matches; // what the index found, when it answers
    mutable std::optional<SortedFilterWalk> m_walk; // a SCIM filter in a sort the index holds
    bool m_showsMemberCounts = false;               // changes to other types matter: they move member counts

    // Loaded pages by index, and the order they were used in (most recent last) for eviction.
    mutable QHash<int, QList<Resource>> m_pages;
    mutable QList<int> m_pageUse;
    mutable QHash<QString, qint64> m_memberCounts; // group id -> count, cleared with the pages

    QTimer m_changeTimer;
    QHash<QString, ResourceChange> m_pendingChanges; // by id
};

} // namespace muster
