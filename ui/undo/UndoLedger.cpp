#include "undo/UndoLedger.h"

namespace muster {

QString UndoLedger::keyOf(const QString& tenant, const QString& resourceType, const QString& id)
{
    return tenant + u'/' + resourceType + u'/' + id;
}

std::optional<quint64> UndoLedger::version(const QString& tenant, const QString& resourceType,
                                           const QString& id) const
{
    const auto found = m_versions.constFind(keyOf(tenant, resourceType, id));
    if (found == m_versions.cend())
        return std::nullopt;
    return *found;
}

void UndoLedger::setVersion(const QString& tenant, const QString& resourceType, const QString& id,
                            quint64 version)
{
    m_versions.insert(keyOf(tenant, resourceType, id), version);
}

} // namespace muster
