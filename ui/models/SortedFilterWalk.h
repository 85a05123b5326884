#pragma once

#include "directory/Directory.h"
#include "query/CompiledFilter.h"
#include "search/SearchMatches.h"

#include <optional>

namespace muster {

// The pages of a SCIM filter's matches in the order of a sort that the search index holds, found by
// walking that order and testing one resource after the other: a filter that matches many resources
// fills a page after a few hundred, where the store would filter and sort all 100,000 (MemoryStore has
// no order by attribute to walk). A filter that matches few would need a walk through everything: the
// walk gives up after a bounded number of resources per page, and the store answers instead.
class SortedFilterWalk final {
public:
    // `order`: the resources that may match, in the sort's order: every resource of the type
    // (SearchIndex::search without words), or a filter's candidates (SearchIndex::candidates).
    SortedFilterWalk(std::shared_ptr<Directory> directory, QString tenant, QString resourceType,
                     CompiledFilter filter, SearchMatches order);

    // The matches at [begin, begin + count), as Directory::get gives them; nullopt when finding them
    // would examine more than the walk's budget.
    std::optional<QList<Resource>> page(qsizetype begin, qsizetype count);
    // After page(begin, count): whether more than begin + count resources match.
    bool matchesPast(qsizetype end) const;
    // The number of matches, once the walk has been through every resource.
    std::optional<qsizetype> total() const;

private:
    std::shared_ptr<Directory> m_directory;
    QString m_tenant;
    QString m_resourceType;
    CompiledFilter m_filter;
    SearchMatches m_order;
    qsizetype m_position = 0; // the next resource of m_order to examine
    QStringList m_found;      // ids of the matches so far, in order
};

} // namespace muster
