#include "audit/AuditLogFilter.h"

#include <QJsonArray>

namespace muster {

bool AuditLogFilter::isEmpty() const
{
    return text.trimmed().isEmpty() && actor.trimmed().isEmpty() && action.isEmpty() && !from.isValid() &&
           !to.isValid();
}

QDateTime AuditLogFilter::earliest() const
{
    return from.isValid() ? from.startOfDay().toUTC() : QDateTime();
}

bool AuditLogFilter::matches(const AuditEntry& entry) const
{
    if (!action.isEmpty() && entry.action.compare(action, Qt::CaseInsensitive) != 0)
        return false;
    if (!actor.trimmed().isEmpty() && !entry.actor.contains(actor.trimmed(), Qt::CaseInsensitive))
        return false;
    if (from.isValid() || to.isValid()) {
        const QDate day = entry.time.toLocalTime().date();
        if ((from.isValid() && day < from) || (to.isValid() && day > to))
            return false;
    }
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return true;
    QStringList haystack{entry.actor, entry.action, entry.resourceType, entry.resourceId};
    for (const QJsonValue& changed : entry.changes.value(QStringLiteral("changed")).toArray())
        haystack.append(changed.toString());
    const QString all = haystack.join(u'\n');
    for (const QString& word : words) {
        if (!all.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace muster
