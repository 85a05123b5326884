#pragma once

#include <QByteArray>
#include <QCache>
#include <QHashFunctions>
#include <QMutex>
#include <QString>

#include <atomic>
#include <optional>

namespace muster {

// Something derived from a resource (its serialized answer, its parsed row), kept per resource and
// version: a lookup names the version just read from the store, and an entry of any other version is
// a miss that the caller's fresh value replaces. A version is written once (unique per resource, kept
// across a delete and restore), so an entry is never stale, also when other processes write to the same
// database, and no write needs to invalidate anything.
//
// Bounded by the cost of its entries (roughly bytes), least recently used first out; 0 turns it off.
// Hits and misses are counted for /metrics. Thread safe.
template <typename Value>
class VersionedCache final {
public:
    struct Key {
        QString tenant;
        QString resourceType;
        QString id;
        QString variant; // what else the value depends on (e.g. the base URL in meta.location)

        friend bool operator==(const Key&, const Key&) = default;
        friend size_t qHash(const Key& key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.tenant, key.resourceType, key.id, key.variant);
        }
    };

    explicit VersionedCache(qint64 maxCost)
        : m_maxCost(std::max<qint64>(0, maxCost))
    {
        m_entries.setMaxCost(m_maxCost);
    }
    Q_DISABLE_COPY_MOVE(VersionedCache)

    std::optional<Value> find(const Key& key, quint64 version) const
    {
        if (m_maxCost == 0)
            return std::nullopt;
        {
            QMutexLocker locker(&m_mutex);
            if (const Entry* entry = m_entries.object(key); entry && entry->version == version) {
                m_hits.fetch_add(1, std::memory_order_relaxed);
                return entry->value;
            }
        }
        m_misses.fetch_add(1, std::memory_order_relaxed);
        return std::nullopt;
    }

    // `cost`: about the bytes the value keeps alive.
    void insert(const Key& key, quint64 version, const Value& value, qint64 cost)
    {
        if (m_maxCost == 0)
            return;
        constexpr qint64 NodeOverhead = 96; // the key's strings and the hash node, roughly
        cost += NodeOverhead + 2 * (key.tenant.size() + key.resourceType.size() + key.id.size());
        QMutexLocker locker(&m_mutex);
        // A slower thread may come with an older version than the one already cached: keep the newer.
        if (const Entry* entry = m_entries.object(key); entry && entry->version > version)
            return;
        m_entries.insert(key, new Entry{version, value}, cost);
    }

    // For a resource that is gone: its entry would otherwise hold memory until it is the least recently
    // used, and a directory that creates and deletes all the time would fill the cache with the dead.
    void remove(const Key& key)
    {
        QMutexLocker locker(&m_mutex);
        m_entries.remove(key);
    }

    void clear()
    {
        QMutexLocker locker(&m_mutex);
        m_entries.clear();
    }

    quint64 hits() const { return m_hits.load(std::memory_order_relaxed); }
    quint64 misses() const { return m_misses.load(std::memory_order_relaxed); }
    qint64 maxCost() const { return m_maxCost; }
    qint64 entries() const
    {
        QMutexLocker locker(&m_mutex);
        return m_entries.size();
    }
    qint64 cost() const
    {
        QMutexLocker locker(&m_mutex);
        return m_entries.totalCost();
    }

    // Hits, misses, entries, bytes and the bound as Prometheus metrics named `<prefix>_hits_total`, ...
    QByteArray prometheusText(const QByteArray& prefix, const QByteArray& what) const
    {
        QByteArray text;
        const auto metric = [&](const char* suffix, const char* type, const QByteArray& help, qint64 value) {
            const QByteArray name = prefix + suffix;
            text += "# HELP " + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n' + name + ' ' +
                    QByteArray::number(value) + '\n';
        };
        metric("_hits_total", "counter", what + " found in the cache.", qint64(hits()));
        metric("_misses_total", "counter", what + " not found in the cache in the version asked.",
               qint64(misses()));
        metric("_entries", "gauge", what + " in the cache.", entries());
        metric("_bytes", "gauge", "Approximate memory the cache holds.", cost());
        metric("_max_bytes", "gauge", "The cache's bound (--cache-size).", m_maxCost);
        return text;
    }

private:
    struct Entry {
        quint64 version;
        Value value;
    };

    const qint64 m_maxCost;
    mutable QMutex m_mutex;
    mutable QCache<Key, Entry> m_entries; // lookups reorder the list: guarded by m_mutex, even in find()
    mutable std::atomic<quint64> m_hits{0};
    mutable std::atomic<quint64> m_misses{0};
};

} // namespace muster
