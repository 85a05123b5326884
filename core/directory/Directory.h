#pragma once

#include "directory/DeletedResource.h"
#include "directory/DirectoryOptions.h"
#include "directory/OperationContext.h"
#include "directory/ResourceChange.h"
#include "patch/PatchEngine.h"
#include "resource/PasswordHasher.h"
#include "schema/SchemaRegistry.h"
#include "store/ResourceStore.h"

#include <QHash>
#include <QJsonArray>
#include <QMutex>
#include <QObject>
#include <QRecursiveMutex>
#include <QSet>

#include <functional>
#include <memory>

namespace muster {

// The one API over a directory, called by the desktop app and the SCIM server alike. It validates and
// canonicalizes writes, keeps meta and versions, enforces uniqueness and group membership integrity,
// computes read-only attributes (a user's groups, a member's display and type), writes the audit log
// and reports every stored change through resourceChanged().
//
// Thread safety: every method may be called from any thread. Reads go straight to the store and run in
// parallel; writes are serialized per tenant (never across tenants), and each write is one atomic store
// batch guarded by the version it was computed from.
//
// Resources returned never carry a password (returned "never"), hashed or not.
class Directory final : public QObject {
    Q_OBJECT

public:
    Directory(std::shared_ptr<const SchemaRegistry> registry, std::shared_ptr<ResourceStore> store,
              DirectoryOptions options = {}, QObject* parent = nullptr);
    ~Directory() override;
    Q_DISABLE_COPY_MOVE(Directory)

    const SchemaRegistry& registry() const { return *m_registry; }
    const std::shared_ptr<const SchemaRegistry>& sharedRegistry() const { return m_registry; }
    const DirectoryOptions& options() const { return m_options; }
    // The store underneath, for what is about the store itself (metrics, backups) rather than resources.
    ResourceStore& store() const { return *m_store; }

    // Tenant names: 1-64 characters of letters, digits, '.', '_' and '-' (they appear in URLs).
    // 400 invalidValue, with the message createTenant gives, for a name that breaks the rule.
    static Status checkTenantName(const QString& tenant);
    Status createTenant(const QString& tenant);
    Status removeTenant(const QString& tenant);
    QStringList tenants() const;

    Result<Resource> create(const OperationContext& context, const QString& resourceType,
                            const QJsonObject& input);
    Result<Resource> get(const OperationContext& context, const QString& resourceType,
                         const QString& id) const;
    // PUT: the input replaces every writable attribute; a password not given is kept.
    Result<Resource> replace(const OperationContext& context, const QString& resourceType, const QString& id,
                             const QJsonObject& input, std::optional<quint64> ifMatch = std::nullopt);

    // Computes a new representation from the stored one (as a client would see it, plus the password
    // hash if any) and stores it like a replace. The change runs under the tenant's write lock, so it
    // sees the latest version. This is how PATCH is applied. A result equal to the current resource
    // stores nothing and keeps the version.
    using Modification = std::function<Result<QJsonObject>(const QJsonObject& current)>;
    Result<Resource> modify(const OperationContext& context, const QString& resourceType, const QString& id,
                            const Modification& modification, std::optional<quint64> ifMatch = std::nullopt,
                            const QString& action = QStringLiteral("patch"));

    // PATCH (RFC 7644 §3.5.2): parses the PatchOp body and applies all of its operations, or none, under
    // the tenant's write lock; the result is validated like a replace and the If-Match version is
    // checked atomically. A request that changes nothing keeps the version. Adding or removing group
    // members by id does not rewrite the group's member list.
    // With `returnMembers` Omit, a group comes back without its members, which keeps a member change
    // in a large group cheap from request to response.
    Result<Resource> patch(const OperationContext& context, const QString& resourceType, const QString& id,
                           const QJsonObject& body, std::optional<quint64> ifMatch = std::nullopt,
                           ResourceStore::ReadMembers returnMembers = ResourceStore::ReadMembers::Include);

    // RFC 7644 to the letter for one tenant (see PatchOptions::strict); off by default, so that the
    // dialects of identity providers are accepted.
    void setStrictProtocol(const QString& tenant, bool strict);
    bool strictProtocol(const QString& tenant) const;

    // Removes a resource and, in the same atomic batch, its membership in every group. The delete's audit
    // entry keeps the resource (without its password), a group's member ids and the ids of the groups
    // that listed it, for restoreDeleted().
    Status remove(const OperationContext& context, const QString& resourceType, const QString& id,
                  std::optional<quint64> ifMatch = std::nullopt);

    // Resources deleted in the tenant and not there again, newest delete first, at most `limit`; found
    // among the newest options().deletedLookBack audit entries.
    QList<DeletedResource> recentlyDeleted(const OperationContext& context, int limit = 100) const;
    // Creates a deleted resource again from its newest delete, with its id and attributes but no password,
    // at the version after the one it had. It rejoins the groups that listed it and still exist, and a
    // group gets back its members that still exist (memberships that would now close a cycle are left
    // out). One atomic batch. 404 when no delete of it is found, 409 uniqueness when its id or one of
    // its unique values is taken.
    Result<Resource> restoreDeleted(const OperationContext& context, const QString& resourceType,
                                    const QString& id);

    // Filters, sorts and pages; count is capped at options().maxResults (nullopt means that maximum,
    // negative means 0). Projection is left to the caller (see Projection).
    Result<QueryResult> query(const OperationContext& context, Query query) const;

    // Number of direct members of a group (0 for an unknown group), without reading the member list.
    qint64 memberCount(const OperationContext& context, const QString& groupId) const;

    // Checks a user's password against its stored hash; false for unknown users or no password.
    bool verifyPassword(const OperationContext& context, const QString& userId,
                        const QString& password) const;

    QList<AuditEntry> auditLog(const OperationContext& context, qint64 afterSequence = 0,
                               int limit = 1000) const;

    // A consistent copy of the whole directory (every tenant) in `file`, while it keeps serving.
    // 400 for a directory kept in memory or in PostgreSQL (pg_dump does that).
    Status backup(const QString& file) const;
    // Replaces the whole directory with a backup, in one step, while it keeps serving: writes wait for
    // it, reads see the old or the new content. Nothing changes when the backup is not usable.
    // Emits restored() on success.
    Status restore(const QString& file);

    // Runs `work` with the writes it makes on this thread to context.tenant gathered into one store
    // transaction (ResourceStore::beginTransaction): each write still succeeds or fails on its own, but
    // they reach the database with few commits, which makes a long run of small writes (a Bulk request)
    // many times faster. The work calls `checkpoint` between its independent pieces, where the store
    // may commit (see StoreTransaction::checkpoint); an error from it says that the writes since the
    // previous checkpoint are lost, and the work should stop. Other writers of the tenant wait until it
    // ends; the work's reads see its own writes; resourceChanged() is emitted for writes once committed.
    // Returns the final commit's status: on failure the writes since the last checkpoint are lost.
    // Without a store transaction (a store that has nothing to gain) each write is stored at once.
    using Checkpoint = std::function<Status()>;
    Status inTransaction(const OperationContext& context, const std::function<void(const Checkpoint&)>& work);

    // For ChangeFollower: what another process stored, reported like the changes made here.
    void reportExternalChange(const ResourceChange& change) { emit resourceChanged(change); }
    void reportExternalReload() { emit restored(); }

signals:
    // Emitted from the thread that made the write, after it was stored.
    void resourceChanged(const muster::ResourceChange& change);
    // Everything may have changed (a backup was restored): views reload.
    void restored();

private:
    Result<const ResourceType*> typeFor(const OperationContext& context, const QString& resourceType) const;
    // Recursive: inTransaction() holds it around writes that take it again.
    QRecursiveMutex& writeLock(const QString& tenant);
    Result<Resource> write(const OperationContext& context, const ResourceType& type, const QString& id,
                           const Modification& modification, std::optional<quint64> ifMatch,
                           const QString& action, const QString& preHashedPassword,
                           const QJsonArray& auditOperations = {});
    Result<Resource> writeOnce(const OperationContext& context, const ResourceType& type, const QString& id,
                               const Modification& modification, std::optional<quint64> ifMatch,
                               const QString& action, const QString& preHashedPassword,
                               const QJsonArray& auditOperations, bool& lostRace);
    // The stored resource: 404 when it is not there, the store's error when it could not be read.
    Result<Resource> stored(const QString& tenant, const QString& type, const QString& id,
                            ResourceStore::ReadMembers members = ResourceStore::ReadMembers::Include) const;
    Status resolveMembers(const OperationContext& context, const QString& groupId, QJsonObject& group) const;
    // What a member that does not exist is: an error, or (the lenient PATCH dialect) an empty object to skip.
    enum class MissingMember { Fail, Skip };
    Result<QJsonObject> resolveMember(const OperationContext& context, const QString& groupId,
                                      QJsonObject member, MissingMember missing = MissingMember::Fail) const;
    bool isAncestorOrSelf(const QString& tenant, const QString& candidateId, const QString& groupId) const;
    std::optional<Result<Resource>>
    patchMembersInPlace(const OperationContext& context, const ResourceType& type, const QString& id,
                        const QList<PatchOperation>& operations, const PatchEngine& engine,
                        std::optional<quint64> ifMatch, ResourceStore::ReadMembers returnMembers,
                        const QJsonArray& auditOperations);
    std::optional<DeletedResource> newestDelete(const QString& tenant, const QString& resourceType,
                                                const QString& id) const;
    QList<UniqueKey> uniqueKeysFor(const ResourceType& type, const QJsonObject& json) const;
    Resource forClient(const QString& tenant, Resource resource) const;
    QJsonArray groupsOf(const QString& tenant, const QString& memberId) const;
    void announce(const QString& tenant, const WriteBatch& batch);

    std::shared_ptr<const SchemaRegistry> m_registry;
    std::shared_ptr<ResourceStore> m_store;
    DirectoryOptions m_options;
    PasswordHasher m_hasher;
    QMutex m_writeLocksMutex;
    QHash<QString, std::shared_ptr<QRecursiveMutex>> m_writeLocks;
    // Changes of the writes inside inTransaction(), by thread, announced once committed.
    QMutex m_deferredChangesMutex;
    QHash<Qt::HANDLE, QList<ResourceChange>> m_deferredChanges;
    mutable QMutex m_strictMutex;
    QSet<QString> m_strictTenants;
};

} // namespace muster
