#pragma once

#include "directory/Directory.h"
#include "schema/AttributePath.h"
#include "search/FilterTerms.h"
#include "search/ResourceFacts.h"
#include "search/SearchMatches.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>
#include <vector>

namespace muster {

// Plain-word search (SearchQuery::plainWords) over one resource type of one tenant, answered from memory:
// per resource, its searched attributes (SearchQuery::plainTextAttributes) case-folded into one short
// text, and their sort keys, in id order. A substring test over 100,000 such texts takes milliseconds,
// where the store's `co` filter reads every resource's JSON (MemoryStore) or runs LIKE over json_extract
// on every row (SQLite, PostgreSQL); and one index serves all three stores alike, with no migration. The
// same text holds every other string value that a filter can name (filterAttributes()), each attribute's
// values apart (a case-exact attribute's as they are), so that a SCIM filter's comparisons with strings,
// through its `and`, `or`, `not` and value paths, narrow it to a few candidates; with what it holds of each
// resource for the other comparisons (ResourceFacts: `pr`, booleans, meta.created and meta.lastModified)
// those narrow it too.
//
// The resources are read from the store off the GUI thread when the index is made or its tenant changes
// (progress(), then ready()); from then on it follows Directory::resourceChanged, which also reports what
// other processes write to the same database, and Directory::restored. Lives on the GUI thread.
class SearchIndex final : public QObject {
    Q_OBJECT

public:
    SearchIndex(std::shared_ptr<Directory> directory, QString resourceType, QObject* parent = nullptr);
    ~SearchIndex() override;
    Q_DISABLE_COPY_MOVE(SearchIndex)

    // Reads another tenant's resources (not ready until they are read).
    void setTenant(const QString& tenant);
    const QString& tenant() const { return m_tenant; }
    bool isReady() const { return m_entries != nullptr; }
    // Resources indexed (0 until ready).
    qsizetype size() const;

    // Whether search() can give its matches in this order: by nothing (id order) or by a searched attribute.
    bool canSort(const std::optional<SortSpec>& sort) const;
    // The resources in which every word occurs, in any case, in one of the searched attributes (every
    // resource for no words), in the order of `sort`. Only when isReady() and canSort(sort).
    SearchMatches search(const QStringList& words, const std::optional<SortSpec>& sort) const;
    // The resources that may match a SCIM filter: those that meet what it requires of the attributes held
    // and of the id (FilterTerms: its terms, through its `and`, `or` and value paths), a superset of its
    // matches, in the order of `sort`; exact (SearchMatches::isExact) when the index decided that each of
    // them matches, as it decides filters made only of what it holds. Nullopt when the index cannot narrow
    // the filter, or when more than `limit` resources may meet it and it cannot decide them. Only when
    // isReady() and canSort(sort).
    std::optional<SearchMatches> candidates(const FilterPtr& filter, const std::optional<SortSpec>& sort,
                                            qsizetype limit) const;
    // The attributes held beside the searched ones, for candidates() only, never search(): every string (and
    // reference) attribute and sub-attribute of the type, core, common and extensions' (an extension's after
    // its URN), and the boolean sub-attributes of multi-valued ones (for value paths), but id, schemas,
    // password, a group's members and a user's groups; single-valued ones first. Plain words keep matching
    // what their SCIM filter (SearchQuery::plainWordsFilter) matches.
    static QStringList filterAttributes(const SchemaRegistry& registry, const QString& resourceType);

    // An attribute held: its values as they are (case-exact) or case-folded; a sub-attribute of a
    // multi-valued one element by element (aligned), a boolean one's as "true" and "false".
    struct HeldPath {
        AttributePath path;
        bool caseExact = false;
        bool aligned = false;
        bool boolean = false;
    };

signals:
    // While the resources are read: how many of how many.
    void progress(qint64 loaded, qint64 total);
    // The index answers searches (again, after a tenant change or a restored backup).
    void ready();

private:
    struct Entries; // defined in the .cpp
    void load();
    void finishLoad(std::shared_ptr<Entries> entries);
    void onResourceChanged(const ResourceChange& change);
    void refreshEntry(const QString& id);
    int attributeIndex(const std::optional<SortSpec>& sort) const;
    // The resources that `test` does not show to fail (given the entries and a resource's position in
    // them), in the order of `sort`, exact when it shows each to pass; nullopt when more than `limit` may
    // pass and one of them only may. `everyOne`: every resource passes.
    std::optional<SearchMatches> find(const std::function<FilterTerms::Verdict(const Entries&, size_t)>& test,
                                      const std::optional<SortSpec>& sort, qsizetype limit,
                                      bool everyOne = false) const;

    std::shared_ptr<Directory> m_directory;
    QString m_resourceType;
    QString m_tenant = ResourceStore::DefaultTenant;
    QStringList m_attributes;
    QStringList m_filterAttributes;
    QStringList m_heldAttributes;                 // m_attributes, then m_filterAttributes
    QStringList m_termAttributes;                 // m_heldAttributes and the id, for FilterTerms
    QHash<QString, int> m_positions;              // of m_heldAttributes
    ResourceFacts m_facts;                        // for comparisons that are not on strings
    QStringList m_projection;                     // what is read of each resource
    std::vector<HeldPath> m_searchedPaths;        // of m_attributes
    std::vector<HeldPath> m_filterPaths;          // of m_filterAttributes
    std::vector<ResourceComparator> m_keyReaders; // one per attribute, for its sort key
    std::shared_ptr<Entries> m_entries;           // null until ready
    quint64 m_generation = 0;                     // of the newest read; older reads are dropped
    bool m_loading = false;
    int m_rereads = 0; // reads in a row that writes made incomplete
    QSet<QString> m_changedWhileLoading;
};

} // namespace muster
