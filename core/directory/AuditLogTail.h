#pragma once

#include "store/ResourceStore.h"

#include <optional>

namespace muster {

// Reads one tenant's audit log newest first, a window of entries at a time, over
// ResourceStore::auditLog (which reads oldest first after a sequence number). The newest sequence is
// found with one-entry reads, doubling then bisecting, each an index lookup in every store; then each
// window is one read. Entries appended after the first call are not seen.
class AuditLogTail final {
public:
    static constexpr int DefaultWindow = 500;

    AuditLogTail(const ResourceStore& store, QString tenant);

    // The next older entries, at most `count`, newest first; empty once the start of the log is reached.
    QList<AuditEntry> older(int count = DefaultWindow);

private:
    bool hasEntryAfter(qint64 sequence) const;
    qint64 newestSequence() const;

    const ResourceStore& m_store;
    QString m_tenant;
    std::optional<qint64> m_end; // entries with sequence < m_end are still to be read
};

} // namespace muster
