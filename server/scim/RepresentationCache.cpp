#include "scim/RepresentationCache.h"

#include <QHashFunctions>

namespace muster {

size_t qHash(const RepresentationCache::Key& key, size_t seed) noexcept
{
    return qHashMulti(seed, key.tenant, key.resourceType, key.id, key.serviceUrl);
}

RepresentationCache::RepresentationCache(qint64 maxBytes)
    : m_maxBytes(std::max<qint64>(0, maxBytes))
{
    m_entries.setMaxCost(m_maxBytes);
}

// The bytes, the key's strings (shared with the request, but kept alive by the entry) and the hash
// node, roughly: what the entry keeps from being freed.
qint64 RepresentationCache::costOf(const Key& key, const QByteArray& bytes)
{
    constexpr qint64 NodeOverhead = 96;
    return bytes.size() + 2 * (key.tenant.size() + key.resourceType.size() + key.id.size()) + NodeOverhead;
}

std::optional<QByteArray> RepresentationCache::find(const Key& key, quint64 version) const
{
    if (m_maxBytes == 0)
        return std::nullopt;
    {
        QMutexLocker locker(&m_mutex);
        if (const Entry* entry = m_entries.object(key); entry && entry->version == version) {
            m_hits.fetch_add(1, std::memory_order_relaxed);
            return entry->bytes;
        }
    }
    m_misses.fetch_add(1, std::memory_order_relaxed);
    return std::nullopt;
}

void RepresentationCache::insert(const Key& key, quint64 version, const QByteArray& bytes)
{
    if (m_maxBytes == 0)
        return;
    const qint64 cost = costOf(key, bytes);
    QMutexLocker locker(&m_mutex);
    // A slower thread may come with an older version than the one already cached: keep the newer.
    if (const Entry* entry = m_entries.object(key); entry && entry->version > version)
        return;
    m_entries.insert(key, new Entry{version, bytes}, cost);
}

void RepresentationCache::clear()
{
    QMutexLocker locker(&m_mutex);
    m_entries.clear();
}

qint64 RepresentationCache::entries() const
{
    QMutexLocker locker(&m_mutex);
    return m_entries.size();
}

qint64 RepresentationCache::bytes() const
{
    QMutexLocker locker(&m_mutex);
    return m_entries.totalCost();
}

QByteArray RepresentationCache::prometheusText() const
{
    QByteArray text;
    const auto metric = [&text](const char* name, const char* type, const char* help, qint64 value) {
        text += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n' + name +
                ' ' + QByteArray::number(value) + '\n';
    };
    metric("muster_representation_cache_hits_total", "counter",
           "Resources answered from the cache of serialized resources.", qint64(hits()));
    metric("muster_representation_cache_misses_total", "counter",
           "Resources serialized because the cache held no bytes of their version.", qint64(misses()));
    metric("muster_representation_cache_entries", "gauge", "Resources in the cache of serialized resources.",
           entries());
    metric("muster_representation_cache_bytes", "gauge",
           "Approximate memory the cache of serialized resources holds.", bytes());
    metric("muster_representation_cache_max_bytes", "gauge", "The cache's bound (--cache-size).", m_maxBytes);
    return text;
}

} // namespace muster
