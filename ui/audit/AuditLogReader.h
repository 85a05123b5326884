#pragma once

#include "audit/AuditLogFilter.h"
#include "directory/Directory.h"

#include <memory>

namespace muster {

// Reads one tenant's audit log from the newest entry back, a window of sequence numbers at a time,
// keeping the entries a filter matches. The store hands out entries oldest first after a sequence
// number; sequences are consecutive per tenant, so the window below a known sequence is one call.
class AuditLogReader final {
public:
    static constexpr int Window = 500;

    AuditLogReader(std::shared_ptr<Directory> directory, QString tenant, AuditLogFilter filter);

    // The newest sequence number of the tenant's log (0 when it is empty), in O(log n) reads.
    static qint64 newestSequence(const Directory& directory, const QString& tenant);

    // Starts below (older than) `sequence`, i.e. at the newest entry for newestSequence() + 1.
    void startBelow(qint64 sequence);
    // Appends matching entries, newest first, until `wanted` were found or `budget` entries were read.
    // Returns the number of entries read.
    int readOlder(QList<AuditEntry>& into, int wanted, int budget);
    // Nothing older is left (or the filter's date range ends).
    bool atEnd() const { return m_nextBelow <= 1; }
    // The sequence number the next read ends below.
    qint64 nextBelow() const { return m_nextBelow; }
    // Time of the oldest entry read so far; null before any.
    QDateTime oldestTimeRead() const { return m_oldestTime; }

    // Matching entries newer than `sequence`, newest first; `newest` becomes the newest sequence read.
    QList<AuditEntry> readNewer(qint64 sequence, qint64& newest) const;

private:
    std::shared_ptr<Directory> m_directory;
    OperationContext m_context;
    AuditLogFilter m_filter;
    QDateTime m_earliest;
    qint64 m_nextBelow = 1;
    QDateTime m_oldestTime;
};

} // namespace muster
