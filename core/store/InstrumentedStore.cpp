#include "store/InstrumentedStore.h"

namespace muster {

InstrumentedStore::InstrumentedStore(std::shared_ptr<ResourceStore> store)
    : m_store(std::move(store))
{}

Status InstrumentedStore::createTenant(const QString& tenant)
{
    const auto timer = time(Operation::Tenants);
    return m_store->createTenant(tenant);
}

Status InstrumentedStore::removeTenant(const QString& tenant)
{
    const auto timer = time(Operation::Tenants);
    return m_store->removeTenant(tenant);
}

QStringList InstrumentedStore::tenants() const
{
    const auto timer = time(Operation::Tenants);
    return m_store->tenants();
}

bool InstrumentedStore::hasTenant(const QString& tenant) const
{
    const auto timer = time(Operation::Tenants);
    return m_store->hasTenant(tenant);
}

Status InstrumentedStore::apply(const QString& tenant, const WriteBatch& batch)
{
    const auto timer = time(Operation::Write);
    return m_store->apply(tenant, batch);
}

Result<std::unique_ptr<StoreTransaction>> InstrumentedStore::beginTransaction(const QString& tenant)
{
    const auto timer = time(Operation::Write);
    return m_store->beginTransaction(tenant);
}

std::optional<Resource> InstrumentedStore::get(const QString& tenant, const QString& resourceType,
                                               const QString& id, ReadMembers members) const
{
    const auto timer = time(Operation::Get);
    return m_store->get(tenant, resourceType, id, members);
}

Result<std::optional<Resource>> InstrumentedStore::find(const QString& tenant, const QString& resourceType,
                                                        const QString& id, ReadMembers members) const
{
    const auto timer = time(Operation::Get);
    return m_store->find(tenant, resourceType, id, members);
}

Result<QueryResult> InstrumentedStore::query(const QString& tenant, const Query& query) const
{
    const auto timer = time(Operation::Query);
    return m_store->query(tenant, query);
}

QStringList InstrumentedStore::groupsWithMember(const QString& tenant, const QString& memberId) const
{
    const auto timer = time(Operation::Membership);
    return m_store->groupsWithMember(tenant, memberId);
}

bool InstrumentedStore::isMember(const QString& tenant, const QString& groupId, const QString& memberId) const
{
    const auto timer = time(Operation::Membership);
    return m_store->isMember(tenant, groupId, memberId);
}

qint64 InstrumentedStore::memberCount(const QString& tenant, const QString& groupId) const
{
    const auto timer = time(Operation::Membership);
    return m_store->memberCount(tenant, groupId);
}

QList<AuditEntry> InstrumentedStore::auditLog(const QString& tenant, qint64 afterSequence, int limit) const
{
    const auto timer = time(Operation::AuditLog);
    return m_store->auditLog(tenant, afterSequence, limit);
}

qint64 InstrumentedStore::count(const QString& tenant, const QString& resourceType) const
{
    const auto timer = time(Operation::Count);
    return m_store->count(tenant, resourceType);
}

Status InstrumentedStore::backupTo(const QString& file) const
{
    const auto timer = time(Operation::Backup);
    return m_store->backupTo(file);
}

Status InstrumentedStore::restoreFrom(const QString& file)
{
    const auto timer = time(Operation::Backup);
    return m_store->restoreFrom(file);
}

} // namespace muster
