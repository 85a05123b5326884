#pragma once

#include <QByteArray>
#include <QCache>
#include <QMutex>
#include <QString>

#include <atomic>
#include <optional>

namespace muster {

// The JSON bytes of resources as the default projection shows them, per resource and version, so that
// answering an unchanged resource again costs a lookup instead of a projection and a JSON writer (the
// two took three fifths of a GET by id).
//
// Never stale by construction: a lookup names the version the store just returned, and an entry of
// any other version is a miss that the new bytes replace. A version is written once by one Directory
// (unique per resource, kept across a delete and restore), so this holds when other processes write
// to the same database. What a version does not cover, the user's derived "groups", is kept out of
// the bytes by the caller.
//
// Bounded by the bytes it holds, least recently used first out. Thread safe.
class RepresentationCache final {
public:
    struct Key {
        QString tenant;
        QString resourceType;
        QString id;
        QString serviceUrl; // meta.location is in the bytes

        friend bool operator==(const Key&, const Key&) = default;
    };

    explicit RepresentationCache(qint64 maxBytes);
    Q_DISABLE_COPY_MOVE(RepresentationCache)

    std::optional<QByteArray> find(const Key& key, quint64 version) const;
    void insert(const Key& key, quint64 version, const QByteArray& bytes);
    void clear();

    quint64 hits() const { return m_hits.load(std::memory_order_relaxed); }
    quint64 misses() const { return m_misses.load(std::memory_order_relaxed); }
    qint64 entries() const;
    qint64 bytes() const;
    qint64 maxBytes() const { return m_maxBytes; }
    // Hits, misses, entries and bytes in the Prometheus text format.
    QByteArray prometheusText() const;

private:
    struct Entry {
        quint64 version;
        QByteArray bytes;
    };
    static qint64 costOf(const Key& key, const QByteArray& bytes);

    const qint64 m_maxBytes;
    mutable QMutex m_mutex;
    mutable QCache<Key, Entry> m_entries; // lookups reorder the list: guarded by m_mutex, even in find()
    mutable std::atomic<quint64> m_hits{0};
    mutable std::atomic<quint64> m_misses{0};
};

size_t qHash(const RepresentationCache::Key& key, size_t seed = 0) noexcept;

} // namespace muster
