#include "directory/AuditLogTail.h"

#include <algorithm>

namespace muster {

AuditLogTail::AuditLogTail(const ResourceStore& store, QString tenant)
    : m_store(store)
    , m_tenant(std::move(tenant))
{}

QList<AuditEntry> AuditLogTail::older(int count)
{
    if (!m_end)
        m_end = newestSequence() + 1;
    if (count <= 0)
        return {};
    // Sequences are distinct and increasing, so the window (after, end) holds at most `count` entries,
    // and they come first in the answer. A store whose sequences have gaps may leave a window empty:
    // the next one is read then, so that an empty answer means the start of the log.
    while (*m_end > 1) {
        const qint64 end = *m_end;
        const qint64 after = std::max<qint64>(0, end - 1 - count);
        QList<AuditEntry> entries = m_store.auditLog(m_tenant, after, count);
        entries.erase(std::remove_if(entries.begin(), entries.end(),
                                     [end](const AuditEntry& entry) { return entry.sequence >= end; }),
                      entries.end());
        m_end = after + 1;
        if (!entries.isEmpty()) {
            std::reverse(entries.begin(), entries.end());
            return entries;
        }
    }
    return {};
}

bool AuditLogTail::hasEntryAfter(qint64 sequence) const
{
    return !m_store.auditLog(m_tenant, sequence, 1).isEmpty();
}

qint64 AuditLogTail::newestSequence() const
{
    const QList<AuditEntry> first = m_store.auditLog(m_tenant, 0, 1);
    if (first.isEmpty())
        return 0;
    // lo: some entry has a sequence above it; hi: none has.
    qint64 lo = first.first().sequence;
    if (!hasEntryAfter(lo))
        return lo;
    qint64 step = DefaultWindow;
    qint64 hi = lo + step;
    while (hasEntryAfter(hi)) {
        lo = hi;
        step *= 2;
        hi = lo + step;
    }
    while (hi - lo > 1) {
        const qint64 middle = lo + (hi - lo) / 2;
        if (hasEntryAfter(middle))
            lo = middle;
        else
            hi = middle;
    }
    return hi;
}

} // namespace muster
