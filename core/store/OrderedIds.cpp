#include "store/OrderedIds.h"

#include <algorithm>

namespace muster {

std::vector<std::vector<QString>>::iterator OrderedIds::chunkFor(const QString& id)
{
    const auto chunk = std::lower_bound(
        m_chunks.begin(), m_chunks.end(), id,
        [](const std::vector<QString>& chunk, const QString& id) { return chunk.back() < id; });
    return chunk == m_chunks.end() && !m_chunks.empty() ? chunk - 1 : chunk;
}

void OrderedIds::insert(const QString& id)
{
    auto chunk = chunkFor(id);
    if (chunk == m_chunks.end()) {
        m_chunks.push_back({id});
        ++m_size;
        return;
    }
    const auto position = std::lower_bound(chunk->begin(), chunk->end(), id);
    if (position != chunk->end() && *position == id)
        return;
    chunk->insert(position, id);
    ++m_size;
    if (chunk->size() > 2 * MaxChunk) {
        std::vector<QString> upper(std::make_move_iterator(chunk->begin() + MaxChunk),
                                   std::make_move_iterator(chunk->end()));
        chunk->resize(MaxChunk);
        m_chunks.insert(chunk + 1, std::move(upper));
    }
}

void OrderedIds::erase(const QString& id)
{
    const auto chunk = chunkFor(id);
    if (chunk == m_chunks.end())
        return;
    const auto position = std::lower_bound(chunk->begin(), chunk->end(), id);
    if (position == chunk->end() || *position != id)
        return;
    chunk->erase(position);
    --m_size;
    if (chunk->empty())
        m_chunks.erase(chunk);
}

} // namespace muster
