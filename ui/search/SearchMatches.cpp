#include "search/SearchMatches.h"

#include <algorithm>

namespace muster {

SearchMatches::SearchMatches(std::vector<Match> matches, std::optional<ResourceComparator> comparator,
                             bool exact)
    : m_matches(std::move(matches))
    , m_comparator(std::move(comparator))
    , m_sortedEnd(m_comparator ? 0 : qsizetype(m_matches.size()))
    , m_exact(exact)
{}

bool SearchMatches::before(const Match& a, const Match& b) const
{
    const int order = m_comparator->compareKeys(a.key, b.key);
    return order != 0 ? order < 0 : a.id < b.id;
}

QStringList SearchMatches::ids(qsizetype begin, qsizetype count)
{
    const qsizetype end = std::min(size(), begin + std::max<qsizetype>(0, count));
    if (begin >= end)
        return {};
    if (end > m_sortedEnd) {
        // Everything before m_sortedEnd is in place; select what comes next up to `end` and sort only that.
        const auto less = [this](const Match& a, const Match& b) { return before(a, b); };
        const auto first = m_matches.begin() + m_sortedEnd;
        const auto last = m_matches.begin() + end;
        if (last != m_matches.end())
            std::nth_element(first, last, m_matches.end(), less);
        std::sort(first, last, less);
        m_sortedEnd = end;
    }
    QStringList ids;
    ids.reserve(end - begin);
    for (qsizetype i = begin; i < end; ++i)
        ids.append(m_matches[size_t(i)].id);
    return ids;
}

} // namespace muster
