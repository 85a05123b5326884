#pragma once

#include "schema/SchemaRegistry.h"
#include "store/ResourceStore.h"

#include <QObject>

#include <functional>
#include <memory>

namespace muster {

// The behaviour every ResourceStore must have, written once against the interface alone: run it with
// QTest::qExec on an instance built with a factory for the store under test. Each test function gets
// a fresh, empty store from the factory.
class StoreConformance final : public QObject {
    Q_OBJECT

public:
    using Factory = std::function<std::unique_ptr<ResourceStore>(std::shared_ptr<const SchemaRegistry>)>;

    StoreConformance(Factory factory, QString storeName, QObject* parent = nullptr);

    const QString& storeName() const { return m_storeName; }

private:
    std::unique_ptr<ResourceStore> makeStore() const;
    // A store holding the fixture users and groups in the default tenant, and a decoy tenant with
    // colliding ids and userNames that queries on the default tenant must never see.
    std::unique_ptr<ResourceStore> makePopulatedStore() const;

    Factory m_factory;
    QString m_storeName;
    std::shared_ptr<const SchemaRegistry> m_registry;

private slots:
    void initTestCase();

    void createGetReplaceRemove_data();
    void createGetReplaceRemove();
    void versionCompareAndSwap_data();
    void versionCompareAndSwap();
    void uniqueness_data();
    void uniqueness();
    void failedBatchChangesNothing_data();
    void failedBatchChangesNothing();
    void batchSeesEarlierOperations_data();
    void batchSeesEarlierOperations();

    void tenantIsolation();
    void removeTenant();
    void unknownTenant_data();
    void unknownTenant();
    void defaultTenant();

    void query_data();
    void query();
    void queryPagesPartitionUnsortedResults_data();
    void queryPagesPartitionUnsortedResults();
    void queryPagesWithoutTotal_data();
    void queryPagesWithoutTotal();
    void invalidQuery_data();
    void invalidQuery();
    void valuesWithNullCharacter_data();
    void valuesWithNullCharacter();

    void groupsWithMember();
    void updateMembers_data();
    void updateMembers();
    void updateStatus_data();
    void updateStatus();
    void updateInBatch_data();
    void updateInBatch();
    void getWithoutMembers_data();
    void getWithoutMembers();
    void isMemberAndMemberCount_data();
    void isMemberAndMemberCount();
    void membersInJoiningOrder();
    void auditLog_data();
    void auditLog();
    void count();

    void concurrentReadersAndWriters();
    void concurrentMemberReadersAndWriter();
    void compareAndSwapCounter_data();
    void compareAndSwapCounter();
};

} // namespace muster
