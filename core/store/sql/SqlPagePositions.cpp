#include "store/sql/SqlPagePositions.h"

namespace muster {

namespace {

// Bounds that keep a connection's memory small whatever clients ask for: lists of many filter shapes,
// or offsets all over a huge directory, start over instead of growing.
constexpr qsizetype MaximumLists = 256;
constexpr qsizetype MaximumStartsPerList = 4096;

} // namespace

void SqlPagePositions::follow(const State& state)
{
    if (state == m_state)
        return;
    m_state = state;
    m_lists.clear();
}

void SqlPagePositions::forget()
{
    m_state = {};
    m_lists.clear();
}

std::optional<qint64> SqlPagePositions::count(const QString& list) const
{
    const auto found = m_lists.constFind(list);
    return found == m_lists.cend() ? std::nullopt : found->count;
}

void SqlPagePositions::rememberCount(const QString& list, qint64 count)
{
    known(list).count = count;
}

std::optional<SqlPagePositions::Position> SqlPagePositions::startBefore(const QString& list,
                                                                        qint64 offset) const
{
    const auto found = m_lists.constFind(list);
    if (found == m_lists.cend() || found->starts.isEmpty())
        return std::nullopt;
    // The first start past `offset`, then one back.
    auto start = found->starts.upperBound(offset);
    if (start == found->starts.cbegin())
        return std::nullopt;
    --start;
    return Position{start.key(), start.value()};
}

void SqlPagePositions::rememberStart(const QString& list, const Position& position)
{
    Known& entry = known(list);
    if (entry.starts.size() >= MaximumStartsPerList)
        entry.starts.clear();
    entry.starts.insert(position.offset, position.id);
}

SqlPagePositions::Known& SqlPagePositions::known(const QString& list)
{
    if (m_lists.size() >= MaximumLists && !m_lists.contains(list))
        m_lists.clear();
    return m_lists[list];
}

} // namespace muster
