#include "store/MemoryStore.h"

#include "query/CaseFolding.h"
#include "query/CompiledFilter.h"
#include "query/ResourceComparator.h"
#include "schema/SchemaUrns.h"
#include "store/MemberSet.h"
#include "store/OrderedIds.h"

#include <QJsonArray>
#include <QMultiHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <mutex>
#include <shared_mutex>
#include <vector>

namespace muster {

namespace {

// Joins the parts of a composite hash key; it cannot occur in attribute names, ids or type names.
constexpr QChar Separator = u'\x1f';

const QString Members = QStringLiteral("members");
const QString Value = QStringLiteral("value");

QString uniqueKeyText(const UniqueKey& key)
{
    return key.attribute + Separator + key.value;
}

QString entryKey(const QString& type, const QString& rest)
{
    return type + Separator + rest;
}

// Whether `path` may name a group's members attribute; paths that do not resolve count as yes, so
// that a doubt never hides the members from whatever reads them.
bool namesMembers(const SchemaRegistry& registry, const ResourceType& type,
                  const AttributeDefinition* members, const AttributePath& path)
{
    const auto resolved = registry.resolve(type, path);
    return !resolved || !resolved->attribute || resolved->attribute == members;
}

// Whether evaluating `filter` on a group needs the group's members.
bool filterReadsMembers(const SchemaRegistry& registry, const ResourceType& type,
                        const AttributeDefinition* members, const Filter& filter)
{
    switch (filter.kind) {
    case Filter::Kind::Comparison:
    case Filter::Kind::ValuePath:
        return namesMembers(registry, type, members, filter.path);
    case Filter::Kind::Logical:
        return filterReadsMembers(registry, type, members, *filter.left) ||
               filterReadsMembers(registry, type, members, *filter.right);
    case Filter::Kind::Not:
        return filterReadsMembers(registry, type, members, *filter.operand);
    }
    return true;
}

// Whether the caller's projection may return a group's members: a store may leave out what the
// projection would remove anyway (see Query::projection), and members are the costly part of a group.
bool projectionKeepsMembers(const SchemaRegistry& registry, const ResourceType& type,
                            const AttributeDefinition* members, const ProjectionSpec& projection)
{
    const auto names = [&](const QString& text) {
        const auto path = AttributePath::parse(text);
        return !path || namesMembers(registry, type, members, *path);
    };
    if (!projection.attributes.isEmpty())
        return std::any_of(projection.attributes.cbegin(), projection.attributes.cend(), names);
    return std::none_of(projection.excludedAttributes.cbegin(), projection.excludedAttributes.cend(),
                        [&](const QString& text) {
                            const auto path = AttributePath::parse(text);
                            if (!path || !path->subAttribute.isEmpty())
                                return false;
                            const auto resolved = registry.resolve(type, *path);
                            return resolved && resolved->attribute == members && !resolved->subAttribute;
                        });
}

// The ids under one key of an equality index. Nearly every key (a userName, an e-mail address) has one
// id, held inline; a set is allocated only for a second one, since in Qt 6.4 even a set of one costs
// more than a kilobyte, and there are several index keys per resource.
class KeyIds {
public:
    void insert(const QString& id)
    {
        if (m_first.isEmpty() || m_first == id)
            m_first = id;
        else
            m_more.insert(id);
    }

    // True when no id is left.
    bool remove(const QString& id)
    {
        if (m_first != id) {
            m_more.remove(id);
            return false;
        }
        if (m_more.isEmpty()) {
            m_first.clear();
            return true;
        }
        const auto next = m_more.begin();
        m_first = *next;
        m_more.erase(next);
        return false;
    }

    QStringList ids() const
    {
        QStringList ids;
        if (m_first.isEmpty())
            return ids;
        ids.reserve(m_more.size() + 1);
        ids.append(m_first);
        for (const QString& id : m_more)
            ids.append(id);
        return ids;
    }

private:
    QString m_first; // empty only when there is no id at all
    QSet<QString> m_more;
};

// Sorts just the range [begin, end) of what a full sort would give, which is all a page needs.
// `less` must be a strict total order (ties are broken by id), so the result is deterministic.
template <typename T, typename Less>
void sortRange(std::vector<T>& items, qsizetype begin, qsizetype end, Less less)
{
    const auto first = items.begin() + begin;
    const auto last = items.begin() + end;
    if (last != items.end())
        std::nth_element(items.begin(), last, items.end(), less);
    if (first != items.begin())
        std::nth_element(items.begin(), first, last, less);
    std::sort(first, last, less);
}

} // namespace

// Which attributes of one resource type get an equality index, resolved once against the schemas.
struct MemoryStore::TypePlan {
    struct Index {
        const AttributeDefinition* attribute = nullptr;
        const AttributeDefinition* subAttribute = nullptr;
        bool caseExact = false;

        QString key(const QString& value) const { return caseExact ? value : foldedCase(value); }

        // The index keys of one resource: one per value of the attribute (or sub-attribute).
        QStringList keys(const QJsonObject& json) const
        {
            QStringList result;
            // A resource has a handful of keys per index: a linear search beats a hash set here.
            const auto add = [&](const QJsonValue& value) {
                if (!value.isString())
                    return;
                QString folded = key(value.toString());
                if (!result.contains(folded))
                    result.append(std::move(folded));
            };
            const auto addElement = [&](const QJsonValue& element) {
                if (subAttribute)
                    add(element.toObject().value(subAttribute->name));
                else
                    add(element);
            };
            const QJsonValue value = json.value(attribute->name);
            if (value.isArray()) {
                const QJsonArray elements = value.toArray();
                for (const QJsonValue element : elements)
                    addElement(element);
            } else {
                addElement(value);
            }
            return result;
        }

        // Whether an "eq" on this path compares exactly the values this index holds. "emails eq x"
        // compares the elements' "value" (RFC 7644 §3.4.2.2), so it counts as "emails.value".
        bool serves(const ResolvedAttribute& path) const
        {
            if (path.attribute != attribute)
                return false;
            if (path.subAttribute == subAttribute)
                return true;
            return !path.subAttribute && subAttribute && attribute->type == AttributeType::Complex &&
                   subAttribute->name == Value;
        }
    };

    QList<Index> indexes; // over the stored JSON, which for a group has no members

    // The index whose keys are the texts `comparator` sorts by (a single-valued string attribute,
    // normalized alike since it is the same attribute), or -1.
    qsizetype sortIndex(const ResourceComparator& comparator) const
    {
        const ResolvedAttribute& sorted = comparator.attribute();
        if (!comparator.comparesText() || !sorted.attribute || sorted.attribute->multiValued ||
            sorted.subAttribute || sorted.inExtension)
            return -1;
        for (qsizetype i = 0; i < indexes.size(); ++i) {
            if (indexes.at(i).attribute == sorted.attribute && !indexes.at(i).subAttribute)
                return i;
        }
        return -1;
    }
    bool isGroup = false;
    // A group's members attribute, and the membership index that serves "members.value eq" (and
    // "members eq", "members[value eq ...]") from the member sets.
    const AttributeDefinition* members = nullptr;
    std::optional<Index> membership;
};

// One group's members, kept apart from its JSON, and the group as readers see it: assembled on the first
// read after a change, then shared by every reader until the next change. Readers run in parallel under
// the tenant's read lock, so the cache has a lock of its own.
struct MemoryStore::GroupMembers {
    MemberSet set; // changed only under the tenant's write lock
    mutable QMutex cacheLock;
    mutable std::optional<Resource> assembled; // guarded by cacheLock
};

// The resources of one type in one tenant and their indexes. Members of a nested class, so the logic
// that touches the private types can live here.
struct MemoryStore::TypeData {
    // One key of a resource in the equality index plan->indexes[index].
    struct IndexKey {
        qsizetype index;
        QString key;
    };
    // A resource and its index keys, kept so that a removal or replacement takes the resource out of the
    // indexes without reading its JSON again (which allocates for every value read).
    struct Stored {
        Resource resource;
        QList<IndexKey> indexKeys;

        // The resource's key in index `index` when it has one key there (as a single-valued attribute
        // does), else empty.
        QStringView indexKey(qsizetype index) const
        {
            QStringView found;
            for (const IndexKey& key : indexKeys) {
                if (key.index != index)
                    continue;
                if (!found.isNull())
                    return {};
                found = key.key;
            }
            return found;
        }
    };

    std::shared_ptr<const TypePlan> plan;
    QHash<QString, Stored> resources; // by id; a group's JSON is stored without members
    // The ids in the order of a list without filter and sortBy, so that a page of it is found by walking
    // to it instead of ordering every resource again.
    OrderedIds orderedIds;
    // Unique key attribute -> normalized value -> id of its owner. Keyed in two steps so that the key is
    // the resource's own UniqueKey::value, shared rather than joined into a new string.
    QHash<QString, QHash<QString, QString>> uniqueOwners;
    QList<QHash<QString, KeyIds>> indexedIds; // parallel to plan->indexes: key -> ids
    // Groups only. shared_ptr: GroupMembers holds a mutex, and QHash values must be copyable.
    QHash<QString, std::shared_ptr<GroupMembers>> members; // group id -> its members, for every group
    // Membership index: member key (the id, case-folded unless members.value is caseExact, which in
    // RFC 7643 it is not) -> id of a group listing a member with that key. One entry per membership,
    // so that two members whose ids differ only in case come and go apart; a member in k groups costs
    // O(k) to find, never anything in the size of the groups.
    QMultiHash<QString, QString> groupsByMemberKey;

    explicit TypeData(std::shared_ptr<const TypePlan> typePlan = std::make_shared<const TypePlan>())
        : plan(std::move(typePlan))
    {
        indexedIds.resize(plan->indexes.size());
    }

    // A resource with its unique keys and JSON indexes (for a group, without its members); drop takes
    // out the one stored under `id`, if any.
    void add(Resource resource);
    void drop(const QString& id);
    QString uniqueOwner(const UniqueKey& key) const
    {
        const auto owners = uniqueOwners.constFind(key.attribute);
        return owners == uniqueOwners.constEnd() ? QString() : owners->value(key.value);
    }

    // A group's whole member set (Create, Replace), a change to it (Update), its removal (Remove).
    void setMembers(const QString& groupId, const QJsonArray& elements);
    void changeMembers(const QString& groupId, const MemberChanges& changes);
    void dropMembers(const QString& groupId);
    void join(const QString& groupId, const QString& memberId);
    void leave(const QString& groupId, const QString& memberId);

    // The resource as readers see it: a stored group with its members array, which stays valid while
    // the caller holds the tenant's read lock.
    const Resource& withMembers(const Resource& stored) const;

    QString memberKey(const QString& memberId) const
    {
        return plan->membership ? plan->membership->key(memberId) : memberId;
    }
    // Ids of the groups with a member whose key is `key`; with `memberId`, only those listing that id.
    QSet<QString> groupsWithMemberKey(const QString& key, const QString& memberId = {}) const;

    // Ids that may match `filter`, from the indexes, each once; nullopt when the filter needs a scan.
    // Always a superset of the matches: the caller still runs the whole filter on each candidate. Inside
    // a valuePath, `element` is the multi-valued attribute the filter's paths are relative to.
    std::optional<QStringList> candidates(const SchemaRegistry& registry, const ResourceType& type,
                                          const Filter& filter, const AttributePath* element = nullptr) const;
};

struct MemoryStore::Tenant {
    mutable std::shared_mutex lock;
    QHash<QString, TypeData> types; // by resource type name
    QList<AuditEntry> audit;        // in sequence order
    qint64 lastSequence = 0;
};

// The state a batch sees while it is validated: the tenant plus the batch's earlier operations.
struct MemoryStore::BatchView {
    const Tenant& tenant;
    QHash<QString, std::optional<Resource>> resources; // entryKey(type, id); nullopt: removed
    QHash<QString, QString> owners;                    // entryKey(type, uniqueKeyText); empty: released

    // Null when there is no such resource; valid until the view changes.
    const Resource* find(const QString& type, const QString& id) const
    {
        if (!resources.isEmpty()) {
            const auto pending = resources.constFind(entryKey(type, id));
            if (pending != resources.constEnd())
                return *pending ? &**pending : nullptr;
        }
        const auto data = tenant.types.constFind(type);
        if (data == tenant.types.constEnd())
            return nullptr;
        const auto stored = data->resources.constFind(id);
        return stored == data->resources.constEnd() ? nullptr : &stored->resource;
    }

    QString owner(const QString& type, const UniqueKey& key) const
    {
        if (!owners.isEmpty()) {
            const auto pending = owners.constFind(entryKey(type, uniqueKeyText(key)));
            if (pending != owners.constEnd())
                return *pending;
        }
        const auto data = tenant.types.constFind(type);
        return data == tenant.types.constEnd() ? QString() : data->uniqueOwner(key);
    }

    void release(const QString& type, const Resource& resource)
    {
        for (const UniqueKey& key : resource.uniqueKeys) {
            if (owner(type, key) == resource.id)
                owners.insert(entryKey(type, uniqueKeyText(key)), QString());
        }
        resources.insert(entryKey(type, resource.id), std::nullopt);
    }

    void claim(const QString& type, const Resource& resource)
    {
        for (const UniqueKey& key : resource.uniqueKeys)
            owners.insert(entryKey(type, uniqueKeyText(key)), resource.id);
        resources.insert(entryKey(type, resource.id), resource);
    }
};

void MemoryStore::TypeData::add(Resource resource)
{
    const QString id = resource.id;
    Stored stored{std::move(resource), {}};
    orderedIds.insert(id);
    for (const UniqueKey& key : stored.resource.uniqueKeys)
        uniqueOwners[key.attribute].insert(key.value, id);
    QVarLengthArray<QStringList, 4> keysByIndex;
    qsizetype keyCount = 0;
    for (const TypePlan::Index& index : plan->indexes) {
        keysByIndex.append(index.keys(stored.resource.json));
        keyCount += keysByIndex.last().size();
    }
    stored.indexKeys.reserve(keyCount);
    for (qsizetype i = 0; i < keysByIndex.size(); ++i) {
        for (const QString& key : std::as_const(keysByIndex[i])) {
            indexedIds[i][key].insert(id);
            stored.indexKeys.append({i, key});
        }
    }
    resources.emplace(id, std::move(stored)); // insert() would copy
}

void MemoryStore::TypeData::drop(const QString& id)
{
    const auto entry = resources.find(id);
    if (entry == resources.end())
        return;
    const Resource& resource = entry->resource;
    for (const UniqueKey& key : resource.uniqueKeys) {
        const auto owners = uniqueOwners.find(key.attribute);
        if (owners == uniqueOwners.end())
            continue;
        const auto owner = owners->find(key.value);
        if (owner != owners->end() && *owner == resource.id)
            owners->erase(owner);
    }
    for (const IndexKey& key : std::as_const(entry->indexKeys)) {
        QHash<QString, KeyIds>& index = indexedIds[key.index];
        const auto ids = index.find(key.key);
        if (ids != index.end() && ids->remove(resource.id))
            index.erase(ids);
    }
    orderedIds.erase(resource.id);
    resources.erase(entry);
}

void MemoryStore::TypeData::setMembers(const QString& groupId, const QJsonArray& elements)
{
    dropMembers(groupId);
    auto group = std::make_shared<GroupMembers>();
    for (const QJsonValue element : elements) {
        const QJsonObject member = element.toObject();
        const QString memberId = member.value(Value).toString();
        if (group->set.insert(memberId, member))
            join(groupId, memberId);
    }
    members.emplace(groupId, std::move(group)); // insert() would copy
}

void MemoryStore::TypeData::changeMembers(const QString& groupId, const MemberChanges& changes)
{
    std::shared_ptr<GroupMembers>& group = members[groupId];
    if (!group)
        group = std::make_shared<GroupMembers>();
    {
        // The group changed, whether its members did or not. No reader runs now (the tenant is
        // write-locked); the lock only keeps the cache's rule simple.
        QMutexLocker locker(&group->cacheLock);
        group->assembled.reset();
    }
    for (const QString& memberId : changes.removed) {
        if (group->set.remove(memberId))
            leave(groupId, memberId);
    }
    for (const QJsonValue element : changes.added) {
        const QJsonObject member = element.toObject();
        const QString memberId = member.value(Value).toString();
        if (group->set.insert(memberId, member))
            join(groupId, memberId);
    }
}

void MemoryStore::TypeData::dropMembers(const QString& groupId)
{
    const std::shared_ptr<GroupMembers> group = members.take(groupId);
    if (!group)
        return;
    const QStringList memberIds = group->set.ids();
    for (const QString& memberId : memberIds)
        leave(groupId, memberId);
}

void MemoryStore::TypeData::join(const QString& groupId, const QString& memberId)
{
    groupsByMemberKey.insert(memberKey(memberId), groupId);
}

void MemoryStore::TypeData::leave(const QString& groupId, const QString& memberId)
{
    const auto entry = groupsByMemberKey.find(memberKey(memberId), groupId);
    if (entry != groupsByMemberKey.end())
        groupsByMemberKey.erase(entry);
}

const Resource& MemoryStore::TypeData::withMembers(const Resource& stored) const
{
    if (!plan->isGroup)
        return stored;
    const auto entry = members.constFind(stored.id);
    if (entry == members.constEnd() || (*entry)->set.isEmpty())
        return stored;
    const GroupMembers& group = **entry;
    // Built under the group's own lock: a reader of the same group would only build it again. Once set,
    // only a writer (who excludes every reader) resets it, so the reference stays valid.
    QMutexLocker locker(&group.cacheLock);
    if (!group.assembled) {
        Resource assembled = stored;
        assembled.json.insert(Members, group.set.toArray());
        group.assembled = std::move(assembled);
    }
    return *group.assembled;
}

QSet<QString> MemoryStore::TypeData::groupsWithMemberKey(const QString& key, const QString& memberId) const
{
    QSet<QString> groups;
    const auto [first, last] = groupsByMemberKey.equal_range(key);
    for (auto entry = first; entry != last; ++entry) {
        if (memberId.isEmpty() || members.value(*entry)->set.contains(memberId))
            groups.insert(*entry);
    }
    return groups;
}

std::optional<QStringList> MemoryStore::TypeData::candidates(const SchemaRegistry& registry,
                                                             const ResourceType& type, const Filter& filter,
                                                             const AttributePath* element) const
{
    switch (filter.kind) {
    case Filter::Kind::Comparison: {
        if (filter.compare != CompareOperator::Eq || !filter.value.isString())
            return std::nullopt;
        AttributePath attributePath = filter.path;
        if (element) {
            // emails[value eq "x"] compares what emails.value eq "x" compares, for one element at a time.
            if (!filter.path.schemaUrn.isEmpty() || !filter.path.subAttribute.isEmpty())
                return std::nullopt;
            attributePath = *element;
            attributePath.subAttribute = filter.path.attribute;
        }
        const auto path = registry.resolve(type, attributePath);
        if (!path)
            return std::nullopt;
        if (plan->membership && plan->membership->serves(*path))
            return groupsWithMemberKey(plan->membership->key(filter.value.toString())).values();
        for (qsizetype i = 0; i < plan->indexes.size(); ++i) {
            const TypePlan::Index& index = plan->indexes.at(i);
            if (index.serves(*path))
                return indexedIds.at(i).value(index.key(filter.value.toString())).ids();
        }
        return std::nullopt;
    }
    case Filter::Kind::Logical: {
        std::optional<QStringList> left = candidates(registry, type, *filter.left, element);
        std::optional<QStringList> right = candidates(registry, type, *filter.right, element);
        if (filter.logical == LogicalOperator::And) {
            if (left && right)
                return left->size() <= right->size() ? left : right;
            return left ? left : right;
        }
        if (!left || !right)
            return std::nullopt;
        left->append(*right);
        left->removeDuplicates();
        return left;
    }
    case Filter::Kind::ValuePath:
        if (element || !filter.path.subAttribute.isEmpty())
            return std::nullopt;
        return candidates(registry, type, *filter.operand, &filter.path);
    case Filter::Kind::Not:
        break;
    }
    return std::nullopt;
}

MemoryStore::MemoryStore(std::shared_ptr<const SchemaRegistry> registry)
    : m_registry(std::move(registry))
{
    // Equality lookups that identity providers make before nearly every write (RFC 7644 §3.4.2.2
    // examples): by userName, externalId and e-mail; and group membership by member id.
    static const QStringList indexedPaths{QStringLiteral("userName"), QStringLiteral("externalId"),
                                          QStringLiteral("emails.value"), QStringLiteral("members.value")};
    const QList<const ResourceType*> types = m_registry->resourceTypes();
    for (const ResourceType* type : types) {
        auto plan = std::make_shared<TypePlan>();
        plan->isGroup = type->schema.compare(urns::Group, Qt::CaseInsensitive) == 0;
        if (plan->isGroup) {
            const auto members = m_registry->resolve(*type, Members);
            if (members && !members->inExtension)
                plan->members = members->attribute;
        }
        for (const QString& path : indexedPaths) {
            const auto resolved = m_registry->resolve(*type, path);
            if (!resolved || resolved->inExtension || !resolved->attribute)
                continue;
            const AttributeDefinition* target = resolved->target();
            if (target->type != AttributeType::String && target->type != AttributeType::Reference)
                continue;
            const TypePlan::Index index{resolved->attribute, resolved->subAttribute, target->caseExact};
            if (plan->isGroup && resolved->attribute == plan->members)
                plan->membership = index; // group members live in member sets, not in the JSON
            else
                plan->indexes.append(index);
        }
        m_plans.insert(type->name, std::move(plan));
    }
    m_tenants.insert(DefaultTenant, std::make_shared<Tenant>());
}

MemoryStore::~MemoryStore() = default;

std::shared_ptr<MemoryStore::Tenant> MemoryStore::tenantData(const QString& tenant) const
{
    std::shared_lock locker(m_tenantsLock);
    return m_tenants.value(tenant);
}

QString MemoryStore::typeName(const QString& resourceType) const
{
    if (m_plans.contains(resourceType))
        return resourceType;
    const ResourceType* type = m_registry->resourceType(resourceType);
    return type ? type->name : resourceType;
}

Status MemoryStore::createTenant(const QString& tenant)
{
    if (tenant.isEmpty())
        return ScimError::badRequest(ScimType::InvalidValue, QStringLiteral("A tenant needs a name"));
    std::unique_lock locker(m_tenantsLock);
    if (!m_tenants.contains(tenant))
        m_tenants.insert(tenant, std::make_shared<Tenant>());
    return {};
}

Status MemoryStore::removeTenant(const QString& tenant)
{
    if (tenant == DefaultTenant) {
        return ScimError::badRequest(ScimType::InvalidValue,
                                     QStringLiteral("The default tenant cannot be removed"));
    }
    std::unique_lock locker(m_tenantsLock);
    if (!m_tenants.remove(tenant))
        return ScimError::notFound(QStringLiteral("Unknown tenant \"%1\"").arg(tenant));
    return {};
}

QStringList MemoryStore::tenants() const
{
    std::shared_lock locker(m_tenantsLock);
    QStringList names = m_tenants.keys();
    names.sort();
    return names;
}

bool MemoryStore::hasTenant(const QString& tenant) const
{
    std::shared_lock locker(m_tenantsLock);
    return m_tenants.contains(tenant);
}

Status MemoryStore::validate(const Tenant& tenant, const WriteBatch& batch, QStringList& typeNames) const
{
    BatchView view{tenant, {}, {}};
    for (qsizetype i = 0; i < batch.operations.size(); ++i) {
        const WriteOperation& operation = batch.operations.at(i);
        const Resource& resource = operation.resource;
        // The view records an operation's changes for the operations after it; the last one (a
        // single-operation batch's only one) checks against the same owners without that bookkeeping,
        // since a key its resource already owns counts as free for it either way.
        const bool seenByLater = i + 1 < batch.operations.size();
        const QString type = typeName(resource.resourceType);
        typeNames.append(type);
        if (type.isEmpty() || resource.id.isEmpty()) {
            return ScimError::badRequest(ScimType::InvalidValue,
                                         QStringLiteral("A stored resource needs a resource type and an id"));
        }
        const std::shared_ptr<const TypePlan> plan = m_plans.value(type);
        if (Status members = operation.checkMembers(plan && plan->isGroup, type); !members)
            return members;
        const Resource* current = view.find(type, resource.id);
        if (operation.kind == WriteOperation::Kind::Create) {
            if (current) {
                return ScimError::conflict(
                    ScimType::Uniqueness,
                    QStringLiteral("%1 id \"%2\" is already taken").arg(type, resource.id));
            }
        } else {
            if (!current)
                return ScimError::notFound(QStringLiteral("%1 \"%2\" not found").arg(type, resource.id));
            if (operation.expectedVersion && *operation.expectedVersion != current->version) {
                return ScimError::preconditionFailed(
                    QStringLiteral("%1 \"%2\" has changed: its version is now %3")
                        .arg(type, resource.id, Resource::etagFor(current->version)));
            }
            if (seenByLater)
                view.release(type, *current);
        }
        if (operation.kind == WriteOperation::Kind::Remove)
            continue;
        for (const UniqueKey& key : resource.uniqueKeys) {
            const QString owner = view.owner(type, key);
            if (!owner.isEmpty() && owner != resource.id) {
                return ScimError::conflict(ScimType::Uniqueness,
                                           QStringLiteral("%1 \"%2\" is already taken by another %3")
                                               .arg(key.attribute, key.value, type));
            }
        }
        if (seenByLater)
            view.claim(type, resource);
    }
    return {};
}

void MemoryStore::commit(Tenant& tenant, const WriteBatch& batch, const QStringList& typeNames) const
{
    for (qsizetype i = 0; i < batch.operations.size(); ++i) {
        const WriteOperation& operation = batch.operations.at(i);
        const QString& type = typeNames.at(i);
        const QString& id = operation.resource.id;
        auto data = tenant.types.find(type);
        if (data == tenant.types.end()) {
            std::shared_ptr<const TypePlan> plan = m_plans.value(type);
            data = tenant.types.insert(type, plan ? TypeData(std::move(plan)) : TypeData());
        }
        const bool isGroup = data->plan->isGroup;
        if (operation.kind != WriteOperation::Kind::Create)
            data->drop(id);
        if (operation.kind == WriteOperation::Kind::Remove) {
            if (isGroup)
                data->dropMembers(id);
            continue;
        }
        Resource stored = operation.resource;
        stored.resourceType = type;
        if (!isGroup) {
            data->add(std::move(stored));
            continue;
        }
        // A group's JSON is stored without its members, which go to the group's member set.
        const QJsonArray members = stored.json.take(Members).toArray();
        data->add(std::move(stored));
        if (operation.kind == WriteOperation::Kind::Update)
            data->changeMembers(id, operation.memberChanges);
        else
            data->setMembers(id, members);
    }
    for (AuditEntry entry : batch.audit) {
        entry.sequence = ++tenant.lastSequence;
        tenant.audit.append(std::move(entry));
    }
}

Status MemoryStore::apply(const QString& tenant, const WriteBatch& batch)
{
    const std::shared_ptr<Tenant> data = tenantData(tenant);
    if (!data)
        return ScimError::notFound(QStringLiteral("Unknown tenant \"%1\"").arg(tenant));
    std::unique_lock locker(data->lock);
    // Validate everything before touching anything: a batch is stored whole or not at all.
    QStringList typeNames;
    if (Status valid = validate(*data, batch, typeNames); !valid)
        return valid;
    commit(*data, batch, typeNames);
    return {};
}

std::optional<Resource> MemoryStore::get(const QString& tenant, const QString& resourceType,
                                         const QString& id, ReadMembers members) const
{
    const std::shared_ptr<Tenant> data = tenantData(tenant);
    if (!data)
        return std::nullopt;
    const QString type = typeName(resourceType);
    std::shared_lock locker(data->lock);
    const auto typeData = data->types.constFind(type);
    if (typeData == data->types.constEnd())
        return std::nullopt;
    const auto resource = typeData->resources.constFind(id);
    if (resource == typeData->resources.constEnd())
        return std::nullopt;
    return members == ReadMembers::Include ? typeData->withMembers(resource->resource) : resource->resource;
}

Result<QueryResult> MemoryStore::query(const QString& tenant, const Query& query) const
{
    const std::shared_ptr<Tenant> data = tenantData(tenant);
    if (!data)
        return ScimError::notFound(QStringLiteral("Unknown tenant \"%1\"").arg(tenant));
    const ResourceType* type = m_registry->resourceType(query.resourceType);
    if (!type)
        return ScimError::notFound(QStringLiteral("Unknown resource type \"%1\"").arg(query.resourceType));

    // Bind filter and sort to the schemas before taking the lock: errors need no data.
    std::optional<CompiledFilter> filter;
    if (query.filter) {
        auto compiled = CompiledFilter::compile(*m_registry, *type, query.filter);
        if (!compiled)
            return compiled.error();
        filter.emplace(std::move(compiled).value());
    }
    std::optional<ResourceComparator> comparator;
    if (query.sort) {
        auto created = ResourceComparator::create(*m_registry, *type, *query.sort);
        if (!created)
            return created.error();
        comparator.emplace(std::move(created).value());
    }

    QueryResult result;
    result.startIndex = std::max<qint64>(1, query.startIndex);

    // A group's members are assembled only for what needs them: a filter or a sort on members, and
    // results unless the projection leaves members out.
    const std::shared_ptr<const TypePlan> plan = m_plans.value(type->name);
    const AttributeDefinition* membersAttribute = plan ? plan->members : nullptr;
    const bool isGroup = plan && plan->isGroup;
    const bool filterNeedsMembers =
        isGroup && query.filter && filterReadsMembers(*m_registry, *type, membersAttribute, *query.filter);
    const bool sortNeedsMembers =
        isGroup && query.sort && namesMembers(*m_registry, *type, membersAttribute, query.sort->path);
    const bool returnsMembers =
        isGroup && projectionKeepsMembers(*m_registry, *type, membersAttribute, query.projection);

    std::shared_lock locker(data->lock);
    const auto typeData = data->types.constFind(type->name);
    if (!filter && !comparator && typeData != data->types.constEnd()) {
        const qsizetype total = typeData->resources.size();
        result.totalResults = total;
        const qsizetype begin = qsizetype(std::min<qint64>(result.startIndex - 1, total));
        const qsizetype end =
            query.count ? std::min<qsizetype>(total, begin + std::max(0, *query.count)) : total;
        if (begin >= end)
            return result;
        result.resources.reserve(end - begin);
        typeData->orderedIds.visit(begin, end - begin, [&](const QString& id) {
            const Resource& stored = typeData->resources.constFind(id)->resource;
            result.resources.append(returnsMembers ? typeData->withMembers(stored) : stored);
        });
        m_scannedTotal.fetch_add(quint64(end - begin), std::memory_order_relaxed);
        m_scannedLast.store(quint64(end - begin), std::memory_order_relaxed);
        return result;
    }
    quint64 examined = 0;
    std::vector<const TypeData::Stored*> matches;
    // A page without a total and without sortBy: the resources in id order until the page is full and
    // one more match shows that others follow, instead of every resource. Looking each up by id costs
    // more than the plain scan below, so a filter that matches fewer than one in eight gives up after an
    // eighth of the resources.
    const bool stopsAfterPage = !query.countTotal && !comparator && query.count && *query.count > 0 && filter;
    if (stopsAfterPage && typeData != data->types.constEnd() &&
        !typeData->candidates(*m_registry, *type, *query.filter)) {
        const qsizetype size = typeData->resources.size();
        const qsizetype wanted = qsizetype(std::min<qint64>(result.startIndex - 1 + *query.count + 1, size));
        const qsizetype budget = 8 * wanted + size / 8;
        qsizetype skipped = 0;
        typeData->orderedIds.visit(0, size, [&](const QString& id) {
            if (qsizetype(matches.size()) + skipped >= wanted || qsizetype(examined) >= budget)
                return;
            const TypeData::Stored& stored = *typeData->resources.constFind(id);
            const Resource& resource = stored.resource;
            ++examined;
            if (!filter->matches(filterNeedsMembers ? typeData->withMembers(resource).json : resource.json))
                return;
            if (skipped < result.startIndex - 1)
                ++skipped;
            else
                matches.push_back(&stored);
        });
        if (qsizetype(matches.size()) + skipped >= wanted || qsizetype(examined) >= size) {
            m_scannedTotal.fetch_add(examined, std::memory_order_relaxed);
            m_scannedLast.store(examined, std::memory_order_relaxed);
            const bool moreFollow = qsizetype(matches.size()) > *query.count;
            if (moreFollow)
                matches.pop_back();
            result.totalResults = skipped + qsizetype(matches.size()) + (moreFollow ? 1 : 0);
            for (const TypeData::Stored* stored : matches)
                result.resources.append(returnsMembers ? typeData->withMembers(stored->resource)
                                                       : stored->resource);
            return result;
        }
        matches.clear();
    }
    if (typeData != data->types.constEnd()) {
        const auto consider = [&](const TypeData::Stored& stored) {
            ++examined;
            const Resource& resource = stored.resource;
            if (!filter ||
                filter->matches(filterNeedsMembers ? typeData->withMembers(resource).json : resource.json))
                matches.push_back(&stored);
        };
        const std::optional<QStringList> candidates =
            query.filter ? typeData->candidates(*m_registry, *type, *query.filter) : std::nullopt;
        if (candidates) {
            matches.reserve(candidates->size());
            for (const QString& id : *candidates) {
                const auto resource = typeData->resources.constFind(id);
                if (resource != typeData->resources.constEnd())
                    consider(*resource);
            }
        } else {
            matches.reserve(typeData->resources.size());
            for (const TypeData::Stored& stored : typeData->resources)
                consider(stored);
        }
    }
    m_scannedTotal.fetch_add(examined, std::memory_order_relaxed);
    m_scannedLast.store(examined, std::memory_order_relaxed);

    const qsizetype total = qsizetype(matches.size());
    result.totalResults = total;
    const qsizetype begin = qsizetype(std::min<qint64>(result.startIndex - 1, total));
    const qsizetype pageSize = query.count ? std::max(0, *query.count) : total;
    const qsizetype end = std::min<qsizetype>(total, begin + std::min<qsizetype>(pageSize, total));
    if (begin >= end)
        return result;

    result.resources.reserve(end - begin);
    const auto readable = [&](const TypeData::Stored* stored) -> const Resource& {
        return returnsMembers ? typeData->withMembers(stored->resource) : stored->resource;
    };
    // Sorts `items` (each with its resource in `stored`) by `compare`, ties by id, and takes the page.
    const auto appendSorted = [&](auto& items, auto compare) {
        using Item = typename std::decay_t<decltype(items)>::value_type;
        sortRange(items, begin, end, [&](const Item& a, const Item& b) {
            const int order = compare(a, b);
            return order != 0 ? order < 0 : a.stored->resource.id < b.stored->resource.id;
        });
        for (qsizetype i = begin; i < end; ++i)
            result.resources.append(readable(items[size_t(i)].stored));
    };
    const qsizetype sortIndex = comparator && !sortNeedsMembers ? typeData->plan->sortIndex(*comparator) : -1;
    if (sortIndex >= 0) {
        // An index holds every resource's normalized text of the sort attribute: no JSON is read.
        struct Texted {
            QStringView text;
            const TypeData::Stored* stored;
        };
        std::vector<Texted> texted;
        texted.reserve(matches.size());
        for (const TypeData::Stored* stored : matches)
            texted.push_back({stored->indexKey(sortIndex), stored});
        appendSorted(texted, [&](const Texted& a, const Texted& b) {
            return comparator->compareTexts(a.text, b.text);
        });
    } else if (comparator) {
        // Sort keys are read once per resource, not once per comparison.
        struct Keyed {
            ResourceComparator::Key key;
            const TypeData::Stored* stored;
        };
        std::vector<Keyed> keyed;
        keyed.reserve(matches.size());
        for (const TypeData::Stored* stored : matches) {
            const Resource& resource = stored->resource;
            keyed.push_back(
                {comparator->key(sortNeedsMembers ? typeData->withMembers(resource).json : resource.json),
                 stored});
        }
        appendSorted(keyed,
                     [&](const Keyed& a, const Keyed& b) { return comparator->compareKeys(a.key, b.key); });
    } else {
        // Without sortBy the order is by id: arbitrary but stable, so that pages do not overlap.
        struct Unkeyed {
            const TypeData::Stored* stored;
        };
        std::vector<Unkeyed> unkeyed;
        unkeyed.reserve(matches.size());
        for (const TypeData::Stored* stored : matches)
            unkeyed.push_back({stored});
        appendSorted(unkeyed, [](const Unkeyed&, const Unkeyed&) { return 0; });
    }
    return result;
}

QStringList MemoryStore::groupsWithMember(const QString& tenant, const QString& memberId) const
{
    const std::shared_ptr<Tenant> data = tenantData(tenant);
    if (!data)
        return {};
    std::shared_lock locker(data->lock);
    QStringList groups;
    for (const TypeData& typeData : std::as_const(data->types)) {
        if (typeData.plan->isGroup)
            groups += typeData.groupsWithMemberKey(typeData.memberKey(memberId), memberId).values();
    }
    locker.unlock();
    groups.sort();
    return groups;
}

const MemoryStore::GroupMembers* MemoryStore::groupMembers(const Tenant& tenant, const QString& groupId) const
{
    for (const TypeData& typeData : tenant.types) {
        if (!typeData.plan->isGroup)
            continue;
        const auto group = typeData.members.constFind(groupId);
        if (group != typeData.members.constEnd())
            return group->get();
    }
    return nullptr;
}

bool MemoryStore::isMember(const QString& tenant, const QString& groupId, const QString& memberId) const
{
    const std::shared_ptr<Tenant> data = tenantData(tenant);
    if (!data)
        return false;
    std::shared_lock locker(data->lock);
    const GroupMembers* group = groupMembers(*data, groupId);
    return group && group->set.contains(memberId);
}

qint64 MemoryStore::memberCount(const QString& tenant, const QString& groupId) const
{
    const std::shared_ptr<Tenant> data = tenantData(tenant);
    if (!data)
        return 0;
    std::shared_lock locker(data->lock);
    const GroupMembers* group = groupMembers(*data, groupId);
    return group ? group->set.size() : 0;
}

QList<AuditEntry> MemoryStore::auditLog(const QString& tenant, qint64 afterSequence, int limit) const
{
    const std::shared_ptr<Tenant> data = tenantData(tenant);
    if (!data || limit <= 0)
        return {};
    std::shared_lock locker(data->lock);
    const QList<AuditEntry>& audit = data->audit;
    const auto first =
        std::upper_bound(audit.cbegin(), audit.cend(), afterSequence,
                         [](qint64 sequence, const AuditEntry& entry) { return sequence < entry.sequence; });
    const qsizetype available = audit.cend() - first;
    return audit.mid(first - audit.cbegin(), std::min<qsizetype>(available, limit));
}

qint64 MemoryStore::count(const QString& tenant, const QString& resourceType) const
{
    const std::shared_ptr<Tenant> data = tenantData(tenant);
    if (!data)
        return 0;
    const QString type = typeName(resourceType);
    std::shared_lock locker(data->lock);
    const auto typeData = data->types.constFind(type);
    return typeData == data->types.constEnd() ? 0 : typeData->resources.size();
}

} // namespace muster
