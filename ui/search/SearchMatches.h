#pragma once

#include "query/ResourceComparator.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace muster {

// The resources a SearchIndex found, in the order asked for. Sorted a page at a time as pages are read:
// the first page of 100,000 matches costs one partial selection, not a sort of all of them.
class SearchMatches final {
public:
    struct Match {
        QString id;
        ResourceComparator::Key key; // unused without a comparator
    };

    SearchMatches() = default;
    // `matches` in id order; `comparator` orders them (ties by id), or nullopt keeps the order given.
    // `exact`: each is known to match; otherwise some may not (SearchIndex::candidates).
    SearchMatches(std::vector<Match> matches, std::optional<ResourceComparator> comparator,
                  bool exact = true);

    qsizetype size() const { return qsizetype(m_matches.size()); }
    bool isExact() const { return m_exact; }
    // The ids at positions [begin, begin + count) of the order.
    QStringList ids(qsizetype begin, qsizetype count);

private:
    bool before(const Match& a, const Match& b) const;

    std::vector<Match> m_matches;
    std::optional<ResourceComparator> m_comparator;
    qsizetype m_sortedEnd = 0; // [0, m_sortedEnd) holds the first matches of the order, in order
    bool m_exact = true;
};

} // namespace muster
