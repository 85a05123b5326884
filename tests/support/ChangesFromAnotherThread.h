#pragma once

#include "directory/Directory.h"

#include <QList>
#include <QObject>

#include <mutex>

namespace muster::test {

// The changes a Directory reports from another thread (a ChangeFollower's), for the test's thread to
// read. QSignalSpy would append to its list in the emitting thread without a lock while the test reads
// it: a race that ThreadSanitizer reports.
class ChangesFromAnotherThread {
public:
    explicit ChangesFromAnotherThread(Directory& directory)
    {
        QObject::connect(
            &directory, &Directory::resourceChanged, &m_context,
            [this](const ResourceChange& change) {
                const std::lock_guard locker(m_mutex);
                m_changes.append(change);
            },
            Qt::DirectConnection);
    }

    qsizetype count() const
    {
        const std::lock_guard locker(m_mutex);
        return m_changes.size();
    }
    QList<ResourceChange> all() const
    {
        const std::lock_guard locker(m_mutex);
        return m_changes;
    }
    ResourceChange takeFirst()
    {
        const std::lock_guard locker(m_mutex);
        return m_changes.takeFirst();
    }

private:
    QObject m_context; // disconnects before the members below go
    mutable std::mutex m_mutex;
    QList<ResourceChange> m_changes;
};

} // namespace muster::test
