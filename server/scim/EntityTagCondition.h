#pragma once

#include <QByteArray>
#include <QList>

namespace muster {

// An If-Match or If-None-Match header (RFC 9110 §13.1): absent, "*", or a list of entity tags. Muster's
// tags are versions (W/"3"); weak and strong forms of a tag compare equal, as SCIM clients send back the
// weak tag they were given. Tags that are not Muster versions never match.
class EntityTagCondition final {
public:
    static EntityTagCondition parse(const QByteArray& header);

    bool isPresent() const { return m_present; }
    bool isAny() const { return m_any; }
    bool matches(quint64 version) const { return m_any || m_versions.contains(version); }
    const QList<quint64>& versions() const { return m_versions; }

private:
    bool m_present = false;
    bool m_any = false;
    QList<quint64> m_versions;
};

} // namespace muster
