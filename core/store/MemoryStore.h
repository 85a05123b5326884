#pragma once

#include "schema/SchemaRegistry.h"
#include "store/ResourceStore.h"

#include <QHash>

#include <atomic>
#include <memory>
#include <shared_mutex>

namespace muster {

// A ResourceStore in memory: per tenant, a hash map of resources by (type, id) plus secondary indexes
// (userName case-folded, externalId, emails.value case-folded, unique keys, group membership), so
// that an equality filter on an indexed attribute is a lookup, not a scan. A group's members are kept
// apart from its JSON, one entry per member (see MemberSet); the members array that readers see is
// built on the first read after a change and cached. Each tenant has its own read-write lock; the
// tenant table has another, write-locked only to add or remove a tenant.
class MemoryStore final : public ResourceStore {
public:
    explicit MemoryStore(std::shared_ptr<const SchemaRegistry> registry);
    ~MemoryStore() override;
    Q_DISABLE_COPY_MOVE(MemoryStore)

    Status createTenant(const QString& tenant) override;
    Status removeTenant(const QString& tenant) override;
    QStringList tenants() const override;
    bool hasTenant(const QString& tenant) const override;
    Status apply(const QString& tenant, const WriteBatch& batch) override;
    std::optional<Resource> get(const QString& tenant, const QString& resourceType, const QString& id,
                                ReadMembers members = ReadMembers::Include) const override;
    Result<QueryResult> query(const QString& tenant, const Query& query) const override;
    QStringList groupsWithMember(const QString& tenant, const QString& memberId) const override;
    bool isMember(const QString& tenant, const QString& groupId, const QString& memberId) const override;
    qint64 memberCount(const QString& tenant, const QString& groupId) const override;
    QList<AuditEntry> auditLog(const QString& tenant, qint64 afterSequence, int limit) const override;
    qint64 count(const QString& tenant, const QString& resourceType) const override;

    // Resources whose JSON query() looked at (filter evaluation or page selection), in total and in the
    // most recent query: shows whether an equality filter was served by an index or by a scan.
    quint64 scannedResources() const { return m_scannedTotal.load(std::memory_order_relaxed); }
    quint64 lastQueryScannedResources() const { return m_scannedLast.load(std::memory_order_relaxed); }

private:
    struct Tenant;       // defined in the .cpp
    struct TypePlan;     // which attributes of a resource type are indexed; defined in the .cpp
    struct TypeData;     // the resources of one type in one tenant; defined in the .cpp
    struct GroupMembers; // one group's members and its assembled JSON; defined in the .cpp
    struct BatchView;    // a batch's pending changes over a tenant, for validation; defined in the .cpp
    std::shared_ptr<Tenant> tenantData(const QString& tenant) const;
    QString typeName(const QString& resourceType) const;
    Status validate(const Tenant& tenant, const WriteBatch& batch, QStringList& typeNames) const;
    // The members of a group of any resource type that has them; nullptr if there is no such group.
    const GroupMembers* groupMembers(const Tenant& tenant, const QString& groupId) const;
    void commit(Tenant& tenant, const WriteBatch& batch, const QStringList& typeNames) const;

    std::shared_ptr<const SchemaRegistry> m_registry;
    QHash<QString, std::shared_ptr<const TypePlan>> m_plans; // by resource type name
    mutable std::atomic<quint64> m_scannedTotal{0};
    mutable std::atomic<quint64> m_scannedLast{0};
    mutable std::shared_mutex m_tenantsLock;
    QHash<QString, std::shared_ptr<Tenant>> m_tenants;
};

} // namespace muster
