#include "audit/AuditLogReader.h"

namespace muster {

AuditLogReader::AuditLogReader(std::shared_ptr<Directory> directory, QString tenant, AuditLogFilter filter)
    : m_directory(std::move(directory))
    , m_context{std::move(tenant), QString()}
    , m_filter(std::move(filter))
    , m_earliest(m_filter.earliest())
{}

qint64 AuditLogReader::newestSequence(const Directory& directory, const QString& tenant)
{
    const OperationContext context{tenant, QString()};
    const auto hasAfter = [&](qint64 sequence) {
        return !directory.auditLog(context, sequence, 1).isEmpty();
    };
    if (!hasAfter(0))
        return 0;
    // Grow an upper bound, then halve the gap: the newest is the smallest s with nothing after it.
    qint64 low = 0; // something comes after it
    qint64 high = 1024;
    while (hasAfter(high)) {
        low = high;
        high *= 2;
    }
    while (high - low > 1) {
        const qint64 middle = low + (high - low) / 2;
        (hasAfter(middle) ? low : high) = middle;
    }
    return high;
}

void AuditLogReader::startBelow(qint64 sequence)
{
    m_nextBelow = std::max<qint64>(1, sequence);
    m_oldestTime = {};
}

int AuditLogReader::readOlder(QList<AuditEntry>& into, int wanted, int budget)
{
    int read = 0;
    int found = 0;
    while (!atEnd() && found < wanted && read < budget) {
        const qint64 after = std::max<qint64>(0, m_nextBelow - 1 - Window);
        const QList<AuditEntry> entries =
            m_directory->auditLog(m_context, after, int(m_nextBelow - 1 - after));
        qint64 nextBelow = after + 1;
        for (auto entry = entries.crbegin(); entry != entries.crend(); ++entry) {
            if (entry->sequence >= m_nextBelow)
                continue;
            if (found == wanted) { // the rest of the window is for the next read
                nextBelow = entry->sequence + 1;
                break;
            }
            ++read;
            m_oldestTime = entry->time;
            if (m_filter.matches(*entry)) {
                into.append(*entry);
                ++found;
            }
        }
        m_nextBelow = nextBelow;
        // Entries are written in time order: below one older than the range, all are older.
        if (m_earliest.isValid() && m_oldestTime.isValid() && m_oldestTime < m_earliest)
            m_nextBelow = 1;
    }
    return read;
}

QList<AuditEntry> AuditLogReader::readNewer(qint64 sequence, qint64& newest) const
{
    QList<AuditEntry> matching;
    newest = sequence;
    for (;;) {
        const QList<AuditEntry> entries = m_directory->auditLog(m_context, newest, Window);
        for (const AuditEntry& entry : entries) {
            if (m_filter.matches(entry))
                matching.prepend(entry);
            newest = std::max(newest, entry.sequence);
        }
        if (entries.size() < Window)
            return matching;
    }
}

} // namespace muster
