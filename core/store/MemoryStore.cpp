#include "store/MemoryStore.h"

#include "query/CompiledFilter.h"
#include "query/ResourceComparator.h"
#include "schema/SchemaUrns.h"

#include <QJsonArray>
#include <QReadLocker>
#include <QSet>
#include <QWriteLocker>

#include <algorithm>
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

// Member ids of a group, each once, as listed in its "members"[].value.
QStringList memberIds(const QJsonObject& group)
{
    QStringList ids;
    const QJsonArray members = group.value(Members).toArray();
    for (const QJsonValue& member : members) {
        const QString id = member.toObject().value(Value).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

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

        QString key(const QString& value) const { return caseExact ? value : value.toCaseFolded(); }

        // The index keys of one resource: one per value of the attribute (or sub-attribute).
        QStringList keys(const QJsonObject& json) const
        {
            QStringList result;
            const auto add = [&](const QJsonValue& value) {
                if (value.isString())
                    result.append(key(value.toString()));
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
                for (const QJsonValue& element : elements)
                    addElement(element);
            } else {
                addElement(value);
            }
            result.removeDuplicates();
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

    QList<Index> indexes;
    bool isGroup = false;
};

// The resources of one type in one tenant and their indexes. Members of a nested class, so the logic
// that touches the private types can live here.
struct MemoryStore::TypeData {
    std::shared_ptr<const TypePlan> plan;
    QHash<QString, Resource> resources;              // by id
    QHash<QString, QString> uniqueOwners;            // uniqueKeyText -> id
    QList<QHash<QString, QSet<QString>>> indexedIds; // parallel to plan->indexes: key -> ids

    explicit TypeData(std::shared_ptr<const TypePlan> typePlan = std::make_shared<const TypePlan>())
        : plan(std::move(typePlan))
    {
        indexedIds.resize(plan->indexes.size());
    }

    void add(Tenant& tenant, const Resource& resource);
    void drop(Tenant& tenant, const Resource& resource);

    // Ids that may match `filter`, from the indexes; nullopt when the filter needs a scan. Always a
    // superset of the matches: the caller still runs the whole filter on each candidate.
    std::optional<QSet<QString>> candidates(const SchemaRegistry& registry, const ResourceType& type,
                                            const Filter& filter) const;
};

struct MemoryStore::Tenant {
    mutable QReadWriteLock lock;
    QHash<QString, TypeData> types;               // by resource type name
    QHash<QString, QSet<QString>> groupsByMember; // member id -> ids of the groups listing it
    QHash<QString, QStringList> membersByGroup;   // group id -> member ids
    QList<AuditEntry> audit;                      // in sequence order
    qint64 lastSequence = 0;
};

// The state a batch sees while it is validated: the tenant plus the batch's earlier operations.
struct MemoryStore::BatchView {
    const Tenant& tenant;
    QHash<QString, std::optional<Resource>> resources; // entryKey(type, id); nullopt: removed
    QHash<QString, QString> owners;                    // entryKey(type, uniqueKeyText); empty: released

    std::optional<Resource> find(const QString& type, const QString& id) const
    {
        const auto pending = resources.constFind(entryKey(type, id));
        if (pending != resources.constEnd())
            return *pending;
        const auto data = tenant.types.constFind(type);
        if (data == tenant.types.constEnd())
            return std::nullopt;
        const auto stored = data->resources.constFind(id);
        if (stored == data->resources.constEnd())
            return std::nullopt;
        return *stored;
    }

    QString owner(const QString& type, const UniqueKey& key) const
    {
        const QString text = uniqueKeyText(key);
        const auto pending = owners.constFind(entryKey(type, text));
        if (pending != owners.constEnd())
            return *pending;
        const auto data = tenant.types.constFind(type);
        return data == tenant.types.constEnd() ? QString() : data->uniqueOwners.value(text);
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

void MemoryStore::TypeData::add(Tenant& tenant, const Resource& resource)
{
    resources.insert(resource.id, resource);
    for (const UniqueKey& key : resource.uniqueKeys)
        uniqueOwners.insert(uniqueKeyText(key), resource.id);
    for (qsizetype i = 0; i < plan->indexes.size(); ++i) {
        const QStringList keys = plan->indexes.at(i).keys(resource.json);
        for (const QString& key : keys)
            indexedIds[i][key].insert(resource.id);
    }
    if (plan->isGroup) {
        const QStringList members = memberIds(resource.json);
        if (!members.isEmpty())
            tenant.membersByGroup.insert(resource.id, members);
        for (const QString& member : members)
            tenant.groupsByMember[member].insert(resource.id);
    }
}

void MemoryStore::TypeData::drop(Tenant& tenant, const Resource& resource)
{
    for (const UniqueKey& key : resource.uniqueKeys) {
        const auto owner = uniqueOwners.find(uniqueKeyText(key));
        if (owner != uniqueOwners.end() && *owner == resource.id)
            uniqueOwners.erase(owner);
    }
    for (qsizetype i = 0; i < plan->indexes.size(); ++i) {
        const QStringList keys = plan->indexes.at(i).keys(resource.json);
        QHash<QString, QSet<QString>>& index = indexedIds[i];
        for (const QString& key : keys) {
            const auto ids = index.find(key);
            if (ids == index.end())
                continue;
            ids->remove(resource.id);
            if (ids->isEmpty())
                index.erase(ids);
        }
    }
    if (plan->isGroup) {
        const QStringList members = tenant.membersByGroup.take(resource.id);
        for (const QString& member : members) {
            const auto groups = tenant.groupsByMember.find(member);
            if (groups == tenant.groupsByMember.end())
                continue;
            groups->remove(resource.id);
            if (groups->isEmpty())
                tenant.groupsByMember.erase(groups);
        }
    }
    resources.remove(resource.id);
}

std::optional<QSet<QString>> MemoryStore::TypeData::candidates(const SchemaRegistry& registry,
                                                               const ResourceType& type,
                                                               const Filter& filter) const
{
    switch (filter.kind) {
    case Filter::Kind::Comparison: {
        if (filter.compare != CompareOperator::Eq || !filter.value.isString())
            return std::nullopt;
        const auto path = registry.resolve(type, filter.path);
        if (!path)
            return std::nullopt;
        for (qsizetype i = 0; i < plan->indexes.size(); ++i) {
            const TypePlan::Index& index = plan->indexes.at(i);
            if (index.serves(*path))
                return indexedIds.at(i).value(index.key(filter.value.toString()));
        }
        return std::nullopt;
    }
    case Filter::Kind::Logical: {
        std::optional<QSet<QString>> left = candidates(registry, type, *filter.left);
        std::optional<QSet<QString>> right = candidates(registry, type, *filter.right);
        if (filter.logical == LogicalOperator::And) {
            if (left && right)
                return left->size() <= right->size() ? left : right;
            return left ? left : right;
        }
        if (left && right)
            return left->unite(*right);
        return std::nullopt;
    }
    case Filter::Kind::Not:
    case Filter::Kind::ValuePath:
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
        for (const QString& path : indexedPaths) {
            const auto resolved = m_registry->resolve(*type, path);
            if (!resolved || resolved->inExtension || !resolved->attribute)
                continue;
            const AttributeDefinition* target = resolved->target();
            if (target->type != AttributeType::String && target->type != AttributeType::Reference)
                continue;
            plan->indexes.append({resolved->attribute, resolved->subAttribute, target->caseExact});
        }
        m_plans.insert(type->name, std::move(plan));
    }
    m_tenants.insert(DefaultTenant, std::make_shared<Tenant>());
}

MemoryStore::~MemoryStore() = default;

std::shared_ptr<MemoryStore::Tenant> MemoryStore::tenantData(const QString& tenant) const
{
    QReadLocker locker(&m_tenantsLock);
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
    QWriteLocker locker(&m_tenantsLock);
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
    QWriteLocker locker(&m_tenantsLock);
    if (!m_tenants.remove(tenant))
        return ScimError::notFound(QStringLiteral("Unknown tenant \"%1\"").arg(tenant));
    return {};
}

QStringList MemoryStore::tenants() const
{
    QReadLocker locker(&m_tenantsLock);
    QStringList names = m_tenants.keys();
    names.sort();
    return names;
}

bool MemoryStore::hasTenant(const QString& tenant) const
{
    QReadLocker locker(&m_tenantsLock);
    return m_tenants.contains(tenant);
}

Status MemoryStore::validate(const Tenant& tenant, const WriteBatch& batch, QStringList& typeNames) const
{
    BatchView view{tenant, {}, {}};
    for (const WriteOperation& operation : batch.operations) {
        const Resource& resource = operation.resource;
        const QString type = typeName(resource.resourceType);
        typeNames.append(type);
        if (type.isEmpty() || resource.id.isEmpty()) {
            return ScimError::badRequest(ScimType::InvalidValue,
                                         QStringLiteral("A stored resource needs a resource type and an id"));
        }
        const std::optional<Resource> current = view.find(type, resource.id);
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
        view.claim(type, resource);
    }
    return {};
}

void MemoryStore::commit(Tenant& tenant, const WriteBatch& batch, const QStringList& typeNames) const
{
    for (qsizetype i = 0; i < batch.operations.size(); ++i) {
        const WriteOperation& operation = batch.operations.at(i);
        const QString& type = typeNames.at(i);
        auto data = tenant.types.find(type);
        if (data == tenant.types.end()) {
            std::shared_ptr<const TypePlan> plan = m_plans.value(type);
            data = tenant.types.insert(type, plan ? TypeData(std::move(plan)) : TypeData());
        }
        if (operation.kind != WriteOperation::Kind::Create) {
            const Resource previous = data->resources.value(operation.resource.id);
            data->drop(tenant, previous);
        }
        if (operation.kind != WriteOperation::Kind::Remove) {
            Resource stored = operation.resource;
            stored.resourceType = type;
            data->add(tenant, stored);
        }
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
    QWriteLocker locker(&data->lock);
    // Validate everything before touching anything: a batch is stored whole or not at all.
    QStringList typeNames;
    if (Status valid = validate(*data, batch, typeNames); !valid)
        return valid;
    commit(*data, batch, typeNames);
    return {};
}

std::optional<Resource> MemoryStore::get(const QString& tenant, const QString& resourceType,
                                         const QString& id) const
{
    const std::shared_ptr<Tenant> data = tenantData(tenant);
    if (!data)
        return std::nullopt;
    const QString type = typeName(resourceType);
    QReadLocker locker(&data->lock);
    const auto typeData = data->types.constFind(type);
    if (typeData == data->types.constEnd())
        return std::nullopt;
    const auto resource = typeData->resources.constFind(id);
    if (resource == typeData->resources.constEnd())
        return std::nullopt;
    return *resource;
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

    QReadLocker locker(&data->lock);
    const auto typeData = data->types.constFind(type->name);
    quint64 examined = 0;
    std::vector<const Resource*> matches;
    if (typeData != data->types.constEnd()) {
        const auto consider = [&](const Resource& resource) {
            ++examined;
            if (!filter || filter->matches(resource.json))
                matches.push_back(&resource);
        };
        const std::optional<QSet<QString>> candidates =
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
            for (const Resource& resource : typeData->resources)
                consider(resource);
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
    if (comparator) {
        // Sort keys are read once per resource, not once per comparison.
        struct Keyed {
            QJsonValue key;
            const Resource* resource;
        };
        std::vector<Keyed> keyed;
        keyed.reserve(matches.size());
        for (const Resource* resource : matches)
            keyed.push_back({comparator->sortKey(resource->json), resource});
        sortRange(keyed, begin, end, [&](const Keyed& a, const Keyed& b) {
            const int order = comparator->compareKeys(a.key, b.key);
            return order != 0 ? order < 0 : a.resource->id < b.resource->id;
        });
        for (qsizetype i = begin; i < end; ++i)
            result.resources.append(*keyed[size_t(i)].resource);
    } else {
        // Without sortBy the order is by id: arbitrary but stable, so that pages do not overlap.
        sortRange(matches, begin, end, [](const Resource* a, const Resource* b) { return a->id < b->id; });
        for (qsizetype i = begin; i < end; ++i)
            result.resources.append(*matches[size_t(i)]);
    }
    return result;
}

QStringList MemoryStore::groupsWithMember(const QString& tenant, const QString& memberId) const
{
    const std::shared_ptr<Tenant> data = tenantData(tenant);
    if (!data)
        return {};
    QReadLocker locker(&data->lock);
    QStringList groups = data->groupsByMember.value(memberId).values();
    locker.unlock();
    groups.sort();
    return groups;
}

QList<AuditEntry> MemoryStore::auditLog(const QString& tenant, qint64 afterSequence, int limit) const
{
    const std::shared_ptr<Tenant> data = tenantData(tenant);
    if (!data || limit <= 0)
        return {};
    QReadLocker locker(&data->lock);
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
    QReadLocker locker(&data->lock);
    const auto typeData = data->types.constFind(type);
    return typeData == data->types.constEnd() ? 0 : typeData->resources.size();
}

} // namespace muster
