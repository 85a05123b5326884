#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace muster {

// The direct groups of the resource that a connection's last get read, in the same statement, kept for
// the groupsWithMember call that follows (Directory asks for a user's groups right after reading it):
// one read transaction or round trip instead of two, and groups from the same state of the database as
// the resource. Handed out once; any write on the connection drops it.
class GroupsReadAhead final {
public:
    void keep(const QString& tenant, const QString& memberId, QStringList groups)
    {
        m_tenant = tenant;
        m_memberId = memberId;
        m_groups = std::move(groups);
    }

    std::optional<QStringList> take(const QString& tenant, const QString& memberId)
    {
        if (!m_groups || memberId != m_memberId || tenant != m_tenant)
            return std::nullopt;
        std::optional<QStringList> groups = std::move(m_groups);
        m_groups.reset();
        return groups;
    }

    void drop() { m_groups.reset(); }

private:
    QString m_tenant;
    QString m_memberId;
    std::optional<QStringList> m_groups;
};

} // namespace muster
