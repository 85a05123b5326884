#pragma once

#include "store/sql/SqliteWalVfs.h"

#include <QHash>
#include <QHashFunctions>
#include <QString>
#include <QStringList>

namespace muster {

// The versions and direct groups of the resources that one SQLite connection read while the database
// stayed at one committed state (SqliteWalVfs::CommitMark). Until a transaction commits, by this
// connection or any other, in this process or another, a read of one of them needs no statement: the
// version names the parsed row that SqlStore keeps. A read at another state empties it first.
class KnownVersions final {
public:
    struct Known {
        quint64 version = 0;
        QStringList groups;
    };

    // What was read of the resource at `state`, or nullptr.
    const Known* find(const SqliteWalVfs::CommitMark& state, const QString& tenant, const QString& type,
                      const QString& id)
    {
        moveTo(state);
        const auto found = m_known.constFind(Key{tenant, type, id});
        return found == m_known.cend() ? nullptr : &found.value();
    }

    // `known` was read in a read transaction that began and ended at `state`.
    void keep(const SqliteWalVfs::CommitMark& state, const QString& tenant, const QString& type,
              const QString& id, Known known)
    {
        moveTo(state);
        // About as many rows as SqlStore's row cache holds by default (64 MiB): an entry whose row is not
        // there any more saves nothing. Start over rather than grow (about 200 bytes an entry).
        constexpr qsizetype MaxEntries = 1 << 14;
        if (m_known.size() >= MaxEntries)
            m_known.clear();
        m_known.emplace(Key{tenant, type, id}, std::move(known)); // insert() would copy
    }

private:
    struct Key {
        QString tenant;
        QString type;
        QString id;

        friend bool operator==(const Key&, const Key&) = default;
        friend size_t qHash(const Key& key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.tenant, key.type, key.id);
        }
    };

    void moveTo(const SqliteWalVfs::CommitMark& state)
    {
        if (state == m_state)
            return;
        m_known.clear();
        m_state = state;
    }

    SqliteWalVfs::CommitMark m_state{};
    QHash<Key, Known> m_known;
};

} // namespace muster
