#include "store/OrderedIds.h"

#include <algorithm>

namespace muster {

std::vector<OrderedIds::Chunk>::iterator OrderedIds::chunkFor(const QString& id)
{
    const auto chunk =
        std::lower_bound(m_chunks.begin(), m_chunks.end(), id,
                         [](const Chunk& chunk, const QString& id) { return chunk.back() < id; });
    return chunk == m_chunks.end() && !m_chunks.empty() ? chunk - 1 : chunk;
}

void OrderedIds::insert(const QString& id)
{
    auto chunk = chunkFor(id);
    if (chunk == m_chunks.end()) {
        m_chunks.push_back(Chunk{id});
        ++m_size;
        return;
    }
    const auto position = std::lower_bound(chunk->cbegin(), chunk->cend(), id);
    if (position != chunk->cend() && *position == id)
        return;
    chunk->insert(position - chunk->cbegin(), id);
    ++m_size;
    if (chunk->size() > 2 * MaxChunk) {
        Chunk upper = chunk->sliced(MaxChunk);
        chunk->resize(MaxChunk);
        m_chunks.insert(chunk + 1, std::move(upper));
    }
}

void OrderedIds::erase(const QString& id)
{
    const auto chunk = chunkFor(id);
    if (chunk == m_chunks.end())
        return;
    const auto position = std::lower_bound(chunk->cbegin(), chunk->cend(), id);
    if (position == chunk->cend() || *position != id)
        return;
    chunk->remove(position - chunk->cbegin());
    --m_size;
    if (chunk->empty())
        m_chunks.erase(chunk);
}

} // namespace muster
