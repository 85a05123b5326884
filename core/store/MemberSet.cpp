#include "store/MemberSet.h"

namespace muster {

bool MemberSet::insert(const QString& id, const QJsonObject& element)
{
    const auto existing = m_positions.constFind(id);
    if (existing != m_positions.constEnd()) {
        m_elements[*existing] = QJsonValue(element);
        return false;
    }
    const quint64 position = m_nextPosition++;
    m_elements.emplace_hint(m_elements.end(), position, QJsonValue(element));
    m_positions.insert(id, position);
    return true;
}

bool MemberSet::remove(const QString& id)
{
    const auto existing = m_positions.find(id);
    if (existing == m_positions.end())
        return false;
    m_elements.erase(*existing);
    m_positions.erase(existing);
    return true;
}

QJsonArray MemberSet::toArray() const
{
    QJsonArray array;
    for (const auto& [position, element] : m_elements)
        array.append(element);
    return array;
}

} // namespace muster
