#pragma once

#include "common/Result.h"
#include "query/Query.h"
#include "store/QueryResult.h"
#include "store/StoreChangeNotifier.h"
#include "store/StoreTransaction.h"
#include "store/WriteBatch.h"

#include <QStringList>

#include <memory>
#include <optional>

namespace muster {

// Where a directory keeps its resources. Implementations (MemoryStore, SqlStore) pass one shared
// conformance suite. Every method is safe to call from any thread; reads run in parallel and never
// wait for a whole-store lock. Tenants are fully isolated: nothing of one tenant is visible in another.
class ResourceStore {
public:
    virtual ~ResourceStore() = default;

    static inline const QString DefaultTenant = QStringLiteral("default");

    // Whether get() returns a group with its "members" array. Omit leaves the member set untouched,
    // so that reading a group costs the same whatever its size.
    enum class ReadMembers { Include, Omit };

    // The default tenant always exists. createTenant on an existing name succeeds and changes nothing.
    virtual Status createTenant(const QString& tenant) = 0;
    // Deletes a tenant with all of its resources and audit log; the default tenant cannot be removed.
    virtual Status removeTenant(const QString& tenant) = 0;
    virtual QStringList tenants() const = 0;
    virtual bool hasTenant(const QString& tenant) const = 0;

    // Applies every operation or none (404 for an unknown tenant):
    // - Create: 409 uniqueness if the id or one of its uniqueKeys is taken in (tenant, type);
    // - Replace and Update: 404 if missing, 412 if expectedVersion differs, 409 uniqueness as for Create;
    // - Remove: 404 if missing, 412 if expectedVersion differs.
    // 400 invalidValue for group members the store cannot keep (see WriteOperation::Kind).
    // Later operations see the effect of earlier ones in the same batch.
    virtual Status apply(const QString& tenant, const WriteBatch& batch) = 0;

    // Gathers the calling thread's next apply() calls on `tenant` into one transaction until the result
    // is committed or destroyed (see StoreTransaction): far fewer commits for a long run of small
    // batches, such as a Bulk request. The thread's reads meanwhile see its own uncommitted writes.
    // nullptr when the store has nothing to gain (each apply() then stands alone, as without it);
    // an error when it cannot begin one (the database is unreachable).
    virtual Result<std::unique_ptr<StoreTransaction>> beginTransaction(const QString& tenant);

    // A group comes with its members in the order they joined; without "members" when it has none,
    // or when `members` is Omit.
    virtual std::optional<Resource> get(const QString& tenant, const QString& resourceType, const QString& id,
                                        ReadMembers members = ReadMembers::Include) const = 0;
    // get(), telling a read that failed (its error: 503 when the database cannot be reached) from a
    // resource that is not there (nullopt). Stores whose reads cannot fail keep this default.
    virtual Result<std::optional<Resource>> find(const QString& tenant, const QString& resourceType,
                                                 const QString& id,
                                                 ReadMembers members = ReadMembers::Include) const
    {
        return get(tenant, resourceType, id, members);
    }

    // Filter, sort and page one resource type (see Query). invalidFilter / invalidPath errors from
    // binding the query to the schemas; 404 for an unknown tenant.
    virtual Result<QueryResult> query(const QString& tenant, const Query& query) const = 0;

    // Ids of the groups that list `memberId` directly in their members.
    virtual QStringList groupsWithMember(const QString& tenant, const QString& memberId) const = 0;
    // Whether the group lists `memberId` directly (false for an unknown tenant or group).
    virtual bool isMember(const QString& tenant, const QString& groupId, const QString& memberId) const = 0;
    // Number of direct members of a group (0 for an unknown tenant or group).
    virtual qint64 memberCount(const QString& tenant, const QString& groupId) const = 0;

    // Audit entries with sequence > afterSequence, oldest first, at most `limit`.
    virtual QList<AuditEntry> auditLog(const QString& tenant, qint64 afterSequence, int limit) const = 0;

    // Number of resources of a type in a tenant.
    virtual qint64 count(const QString& tenant, const QString& resourceType) const = 0;

    // A consistent copy of the whole store (every tenant) in `file`, taken while reads and writes go on.
    // Stores that keep no file answer 400 with the reason.
    virtual Status backupTo(const QString& file) const;
    // Replaces the whole store's content with the backup in `file`, in one step that readers see either
    // before or after; the backup is checked first and nothing changes when it is not usable.
    virtual Status restoreFrom(const QString& file);

    // The store's own metrics (caches, pools) in the Prometheus text format; empty when it has none.
    virtual QByteArray metricsText() const { return {}; }

    // A notifier, living in the calling thread, of writes that other processes make to this store
    // (see StoreChangeNotifier); nullptr for stores that have no such signal (the audit log is then
    // polled only).
    virtual std::unique_ptr<StoreChangeNotifier> changeNotifier() const { return nullptr; }
};

} // namespace muster
