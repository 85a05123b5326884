#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <map>

namespace muster {

// The members of one group, each once by id, in the order they joined. Adding, replacing or removing
// one member costs O(log n) and touches no other member; only toArray() walks them all.
class MemberSet final {
public:
    // Adds `element` under `id`, at the end; an element already there under `id` is replaced where it
    // stands. True if `id` was not a member before.
    bool insert(const QString& id, const QJsonObject& element);
    // False if `id` was not a member.
    bool remove(const QString& id);

    bool contains(const QString& id) const { return m_positions.contains(id); }
    qsizetype size() const { return m_positions.size(); }
    bool isEmpty() const { return m_positions.isEmpty(); }

    // The elements in joining order.
    QJsonArray toArray() const;
    // The member ids, in no particular order.
    QStringList ids() const { return m_positions.keys(); }

private:
    // By joining sequence number, hence in joining order; held as QJsonValue, ready for toArray().
    std::map<quint64, QJsonValue> m_elements;
    QHash<QString, quint64> m_positions; // member id -> its key in m_elements
    quint64 m_nextPosition = 0;
};

} // namespace muster
