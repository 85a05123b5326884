#pragma once

#include <QList>
#include <QString>

#include <vector>

namespace muster {

// Ids in order (QString's operator<), with the k-th found without walking the k before it: sorted
// chunks of at most a few hundred ids, so that an insert moves one chunk's worth of ids and finding a
// position steps over chunks, not ids. What a page of an unfiltered list needs at a million resources.
class OrderedIds final {
public:
    void insert(const QString& id); // no effect when present
    void erase(const QString& id);  // no effect when absent
    qsizetype size() const { return m_size; }

    // Calls visit(id) for the ids at positions [begin, begin + count), in order.
    template <typename Visit>
    void visit(qsizetype begin, qsizetype count, Visit visit) const
    {
        auto chunk = m_chunks.begin();
        while (chunk != m_chunks.end() && begin >= qsizetype(chunk->size())) {
            begin -= qsizetype(chunk->size());
            ++chunk;
        }
        for (; chunk != m_chunks.end() && count > 0; ++chunk, begin = 0) {
            for (auto id = chunk->begin() + begin; id != chunk->end() && count > 0; ++id, --count)
                visit(*id);
        }
    }

private:
    static constexpr qsizetype MaxChunk = 512;
    // QList rather than std::vector: QString is relocatable, so QList moves the ids behind an insert or
    // erase with one memmove instead of one move assignment each.
    using Chunk = QList<QString>;
    // The chunk that holds `id`, or would: the first whose last id is not less, else the last one.
    std::vector<Chunk>::iterator chunkFor(const QString& id);

    std::vector<Chunk> m_chunks; // each sorted and not empty, in order
    qsizetype m_size = 0;
};

} // namespace muster
