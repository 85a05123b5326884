#pragma once

#include "store/ResourceStore.h"
#include "store/StoreLatency.h"

#include <memory>

namespace muster {

// A ResourceStore that times every call of the store it wraps (StoreLatency), for /metrics. Adds a
// clock read before and after each call, nothing else.
class InstrumentedStore final : public ResourceStore {
public:
    explicit InstrumentedStore(std::shared_ptr<ResourceStore> store);

    const StoreLatency& latency() const { return m_latency; }
    ResourceStore& inner() const { return *m_store; }

    Status createTenant(const QString& tenant) override;
    Status removeTenant(const QString& tenant) override;
    QStringList tenants() const override;
    bool hasTenant(const QString& tenant) const override;
    Status apply(const QString& tenant, const WriteBatch& batch) override;
    Result<std::unique_ptr<StoreTransaction>> beginTransaction(const QString& tenant) override;
    std::optional<Resource> get(const QString& tenant, const QString& resourceType, const QString& id,
                                ReadMembers members = ReadMembers::Include) const override;
    Result<std::optional<Resource>> find(const QString& tenant, const QString& resourceType,
                                         const QString& id,
                                         ReadMembers members = ReadMembers::Include) const override;
    Result<QueryResult> query(const QString& tenant, const Query& query) const override;
    QStringList groupsWithMember(const QString& tenant, const QString& memberId) const override;
    bool isMember(const QString& tenant, const QString& groupId, const QString& memberId) const override;
    qint64 memberCount(const QString& tenant, const QString& groupId) const override;
    QList<AuditEntry> auditLog(const QString& tenant, qint64 afterSequence, int limit) const override;
    qint64 count(const QString& tenant, const QString& resourceType) const override;
    Status backupTo(const QString& file) const override;
    Status restoreFrom(const QString& file) override;
    // The latency of every kind of call, then the wrapped store's own metrics.
    QByteArray metricsText() const override { return m_latency.prometheusText() + m_store->metricsText(); }
    std::unique_ptr<StoreChangeNotifier> changeNotifier() const override { return m_store->changeNotifier(); }

private:
    using Operation = StoreLatency::Operation;
    StoreLatency::Timer time(Operation operation) const { return {m_latency, operation}; }

    std::shared_ptr<ResourceStore> m_store;
    mutable StoreLatency m_latency;
};

} // namespace muster
