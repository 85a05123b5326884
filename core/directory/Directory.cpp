#include "directory/Directory.h"

#include "directory/AuditLogTail.h"
#include "patch/PatchEngine.h"
#include "patch/PatchRequest.h"
#include "resource/ResourceCanonicalizer.h"
#include "schema/SchemaUrns.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <memory>
#include <utility>
#include <vector>

namespace muster {

namespace {

Q_LOGGING_CATEGORY(lcDirectory, "muster.directory")

const QString Password = QStringLiteral("password");
const QString Members = QStringLiteral("members");
const QString Meta = QStringLiteral("meta");
const QString Id = QStringLiteral("id");
const QString Value = QStringLiteral("value");
const QString Display = QStringLiteral("display");
const QString Type = QStringLiteral("type");
const QString DisplayName = QStringLiteral("displayName");
const QString UserName = QStringLiteral("userName");
const QString LastModified = QStringLiteral("lastModified");
const QString Version = QStringLiteral("version");

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// URNs compare case-insensitively; the exact spelling, which is what a schema nearly always has, is
// tried first, since every read asks.
bool isSchema(const ResourceType& type, const QString& urn)
{
    return type.schema.size() == urn.size() &&
           (type.schema == urn || type.schema.compare(urn, Qt::CaseInsensitive) == 0);
}

bool isGroup(const ResourceType& type)
{
    return isSchema(type, urns::Group);
}

bool isUser(const ResourceType& type)
{
    return isSchema(type, urns::User);
}

QJsonObject withoutIdAndMeta(QJsonObject json)
{
    json.remove(Id);
    json.remove(Meta);
    return json;
}

// Names of the attributes that differ, extension attributes as "urn:...:attribute".
// The label a client gives a member it adds: "display" (RFC 7643 §2.4 makes it immutable, so the client's
// choice when adding), or "displayName" as Microsoft Entra ID sends it, outside strict mode. The
// canonical form drops it (members.display is the service provider's), so it is carried over here.
QString memberLabel(const QJsonValue& element, bool strict)
{
    const QJsonObject object = element.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const Qt::CaseSensitivity sensitivity = strict ? Qt::CaseSensitive : Qt::CaseInsensitive;
        if ((it.key().compare(Display, sensitivity) == 0 ||
             (!strict && it.key().compare(DisplayName, Qt::CaseInsensitive) == 0)) &&
            it.value().isString() && !it.value().toString().trimmed().isEmpty()) {
            return it.value().toString().trimmed();
        }
    }
    return {};
}

// Copies the labels of the members in `input` (as the client sent them) into the canonical `group`.
void keepMemberLabels(QJsonObject& group, const QJsonObject& input, bool strict)
{
    QJsonArray members = group.value(Members).toArray();
    if (members.isEmpty())
        return;
    QHash<QString, QString> labels;
    for (auto it = input.begin(); it != input.end(); ++it) {
        if (it.key().compare(Members, strict ? Qt::CaseSensitive : Qt::CaseInsensitive) != 0)
            continue;
        for (const QJsonValue element : it.value().toArray()) {
            const QString label = memberLabel(element, strict);
            const QJsonObject object = element.toObject();
            for (auto field = object.begin(); field != object.end(); ++field) {
                if (!label.isEmpty() && field.key().compare(Value, Qt::CaseInsensitive) == 0)
                    labels.insert(field.value().toString(), label);
            }
        }
    }
    if (labels.isEmpty())
        return;
    for (qsizetype i = 0; i < members.size(); ++i) {
        QJsonObject member = members.at(i).toObject();
        const QString label = labels.value(member.value(Value).toString());
        if (!label.isEmpty()) {
            member.insert(Display, label);
            members.replace(i, member);
        }
    }
    group.insert(Members, members);
}

QJsonArray changedAttributes(const QJsonObject& before, const QJsonObject& after)
{
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    keys.sort();
    QJsonArray changed;
    for (const QString& key : std::as_const(keys)) {
        if (key == Id || key == Meta || before.value(key) == after.value(key))
            continue;
        if (key.startsWith(QLatin1String("urn:"), Qt::CaseInsensitive) &&
            (before.value(key).isObject() || after.value(key).isObject())) {
            const QJsonArray innerChanged =
                changedAttributes(before.value(key).toObject(), after.value(key).toObject());
            for (const QJsonValue name : innerChanged)
                changed.append(QString(key + u':' + name.toString()));
            continue;
        }
        changed.append(key);
    }
    return changed;
}

AuditEntry auditEntry(const OperationContext& context, const QString& action, const Resource& before,
                      const Resource& after)
{
    AuditEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.actor = context.actor;
    entry.action = action;
    entry.resourceType = after.resourceType.isEmpty() ? before.resourceType : after.resourceType;
    entry.resourceId = after.id.isEmpty() ? before.id : after.id;
    entry.versionBefore = before.version;
    entry.versionAfter = after.version;
    entry.changes = QJsonObject{{QStringLiteral("changed"), changedAttributes(before.json, after.json)}};
    return entry;
}

// A copy built afresh. A QJsonObject keeps the text of every value it ever held until it grows
// enough to be compacted, and each copy-on-write copies that text along; a resource rewritten on
// every version would drag the garbage of all its past versions with it.
QJsonObject rebuilt(const QJsonObject& json)
{
    QJsonObject fresh;
    for (auto it = json.begin(); it != json.end(); ++it)
        fresh.insert(it.key(), it.value());
    return fresh;
}

// Sets id and meta (resourceType, created, lastModified, version) on a resource about to be stored.
void stampMeta(QJsonObject& json, const QJsonObject& previousMeta, const QString& resourceType,
               quint64 version)
{
    const QString now = nowText();
    const QJsonValue created = previousMeta.value(QStringLiteral("created"));
    json = rebuilt(json);
    json.insert(Meta, QJsonObject{{QStringLiteral("resourceType"), resourceType},
                                  {QStringLiteral("created"), created.isString() ? created : QJsonValue(now)},
                                  {LastModified, now},
                                  {Version, Resource::etagFor(version)}});
}

ScimError versionMismatch(quint64 current)
{
    return ScimError::preconditionFailed(
        QStringLiteral("The resource has changed: its version is now %1").arg(Resource::etagFor(current)));
}

} // namespace

Directory::Directory(std::shared_ptr<const SchemaRegistry> registry, std::shared_ptr<ResourceStore> store,
                     DirectoryOptions options, QObject* parent)
    : QObject(parent)
    , m_registry(std::move(registry))
    , m_store(std::move(store))
    , m_options(options)
    , m_hasher(options.passwordStrength)
{
    qRegisterMetaType<muster::ResourceChange>();
}

Directory::~Directory() = default;

Status Directory::checkTenantName(const QString& tenant)
{
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    if (!validName.match(tenant).hasMatch()) {
        return ScimError::badRequest(ScimType::InvalidValue,
                                     QStringLiteral("Invalid tenant name \"%1\": use 1-64 letters, digits, "
                                                    "'.', '_' or '-'")
                                         .arg(tenant));
    }
    return {};
}

Status Directory::createTenant(const QString& tenant)
{
    if (Status checked = checkTenantName(tenant); !checked)
        return checked;
    return m_store->createTenant(tenant);
}

Status Directory::removeTenant(const QString& tenant)
{
    QMutexLocker locker(&writeLock(tenant));
    return m_store->removeTenant(tenant);
}

QStringList Directory::tenants() const
{
    return m_store->tenants();
}

Result<const ResourceType*> Directory::typeFor(const OperationContext& context,
                                               const QString& resourceType) const
{
    const ResourceType* type = m_registry->resourceType(resourceType);
    if (!type)
        return ScimError::notFound(QStringLiteral("Unknown resource type \"%1\"").arg(resourceType));
    if (!m_store->hasTenant(context.tenant))
        return ScimError::notFound(QStringLiteral("Unknown tenant \"%1\"").arg(context.tenant));
    return type;
}

QRecursiveMutex& Directory::writeLock(const QString& tenant)
{
    QMutexLocker locker(&m_writeLocksMutex);
    std::shared_ptr<QRecursiveMutex>& lock = m_writeLocks[tenant];
    if (!lock)
        lock = std::make_shared<QRecursiveMutex>();
    return *lock;
}

Status Directory::inTransaction(const OperationContext& context,
                                const std::function<void(const Checkpoint&)>& work)
{
    // The tenant's writers wait for the whole transaction: one that went first to the store would wait
    // there for the transaction (SQLite's writer lock, PostgreSQL's row locks) while the transaction
    // waits here for it.
    QMutexLocker locker(&writeLock(context.tenant));
    Result<std::unique_ptr<StoreTransaction>> transaction = m_store->beginTransaction(context.tenant);
    if (!transaction)
        return transaction.error();
    if (!*transaction) {
        locker.unlock();
        work([] { return Status(); });
        return {};
    }
    const Qt::HANDLE thread = QThread::currentThreadId();
    {
        QMutexLocker deferred(&m_deferredChangesMutex);
        m_deferredChanges.insert(thread, {});
    }
    // The changes made since the last commit: announced when it succeeds, forgotten when it fails.
    const auto settle = [&](const Status& committed, bool last) {
        QList<ResourceChange> changes;
        {
            QMutexLocker deferred(&m_deferredChangesMutex);
            changes = last ? m_deferredChanges.take(thread) : std::exchange(m_deferredChanges[thread], {});
        }
        if (committed) {
            for (const ResourceChange& change : std::as_const(changes))
                emit resourceChanged(change);
        }
    };
    work([&] {
        Status committed = (*transaction)->checkpoint(); // not const: returned by move
        settle(committed, false);
        return committed;
    });
    Status committed = (*transaction)->commit();
    locker.unlock();
    settle(committed, true);
    return committed;
}

Result<Resource> Directory::create(const OperationContext& context, const QString& resourceType,
                                   const QJsonObject& input)
{
    const auto type = typeFor(context, resourceType);
    if (!type)
        return type.error();
    auto canonical = ResourceCanonicalizer(*m_registry, **type).canonicalize(input);
    if (!canonical)
        return canonical.error();
    QJsonObject json = std::move(canonical).value();
    if (isGroup(**type))
        keepMemberLabels(json, input, strictProtocol(context.tenant));
    if (json.value(Password).isString())
        json.insert(Password, m_hasher.hash(json.value(Password).toString()));

    QMutexLocker locker(&writeLock(context.tenant));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (isGroup(**type)) {
        if (Status members = resolveMembers(context, id, json); !members)
            return members.error();
    }
    json.insert(Id, id);
    stampMeta(json, {}, (*type)->name, 1);

    Resource created{id, (*type)->name, 1, json, uniqueKeysFor(**type, json)};
    WriteBatch batch;
    batch.operations.append({WriteOperation::Kind::Create, created, std::nullopt});
    batch.audit.append(auditEntry(context, QStringLiteral("create"), Resource{}, created));
    if (Status stored = m_store->apply(context.tenant, batch); !stored)
        return stored.error();
    locker.unlock();
    announce(context.tenant, batch);
    return forClient(context.tenant, std::move(created));
}

Result<Resource> Directory::get(const OperationContext& context, const QString& resourceType,
                                const QString& id) const
{
    const auto type = typeFor(context, resourceType);
    if (!type)
        return type.error();
    Result<Resource> resource = stored(context.tenant, (*type)->name, id);
    if (!resource)
        return resource.error();
    return forClient(context.tenant, std::move(*resource));
}

Result<Resource> Directory::stored(const QString& tenant, const QString& type, const QString& id,
                                   ResourceStore::ReadMembers members) const
{
    Result<std::optional<Resource>> found = m_store->find(tenant, type, id, members);
    if (!found)
        return found.error();
    if (!*found)
        return ScimError::notFound(QStringLiteral("%1 \"%2\" not found").arg(type, id));
    return std::move(**found);
}

Result<Resource> Directory::replace(const OperationContext& context, const QString& resourceType,
                                    const QString& id, const QJsonObject& input,
                                    std::optional<quint64> ifMatch)
{
    const auto type = typeFor(context, resourceType);
    if (!type)
        return type.error();
    auto canonical = ResourceCanonicalizer(*m_registry, **type).canonicalize(input);
    if (!canonical)
        return canonical.error();
    QJsonObject replacement = std::move(canonical).value();
    if (isGroup(**type))
        keepMemberLabels(replacement, input, strictProtocol(context.tenant));
    // Hashing is slow by design: do it before taking the tenant's write lock.
    if (replacement.value(Password).isString())
        replacement.insert(Password, m_hasher.hash(replacement.value(Password).toString()));
    const Modification modification = [this, replacement,
                                       type = *type](const QJsonObject& current) -> Result<QJsonObject> {
        QJsonObject result = replacement;
        ResourceCanonicalizer(*m_registry, *type).keepOmittedImmutable(result, current);
        // Clients cannot read the password, so a PUT without one keeps it.
        if (!result.contains(Password) && current.contains(Password))
            result.insert(Password, current.value(Password));
        return result;
    };
    return write(context, **type, id, modification, ifMatch, QStringLiteral("replace"),
                 replacement.value(Password).toString());
}

Result<Resource> Directory::modify(const OperationContext& context, const QString& resourceType,
                                   const QString& id, const Modification& modification,
                                   std::optional<quint64> ifMatch, const QString& action)
{
    const auto type = typeFor(context, resourceType);
    if (!type)
        return type.error();
    return write(context, **type, id, modification, ifMatch, action, {});
}

Result<Resource> Directory::patch(const OperationContext& context, const QString& resourceType,
                                  const QString& id, const QJsonObject& body, std::optional<quint64> ifMatch,
                                  ResourceStore::ReadMembers returnMembers)
{
    const auto type = typeFor(context, resourceType);
    if (!type)
        return type.error();
    PatchOptions options;
    options.strict = strictProtocol(context.tenant);
    auto request = PatchRequest::parse(body, options);
    if (!request)
        return request.error();

    // The audit log keeps what was asked for, without values: they may be passwords.
    QJsonArray auditOperations;
    for (const PatchOperation& operation : std::as_const(request->operations)) {
        QJsonObject entry{{QStringLiteral("op"), PatchOperation::opName(operation.op)}};
        if (!operation.pathText.isEmpty())
            entry.insert(QStringLiteral("path"), operation.pathText);
        auditOperations.append(entry);
    }
    const PatchEngine engine(*m_registry, **type, options);
    if (isGroup(**type)) {
        if (auto inPlace = patchMembersInPlace(context, **type, id, request->operations, engine, ifMatch,
                                               returnMembers, auditOperations)) {
            return *inPlace;
        }
    }
    const Modification modification = [&engine, &request](const QJsonObject& current) {
        return engine.apply(current, request->operations);
    };
    auto patched =
        write(context, **type, id, modification, ifMatch, QStringLiteral("patch"), {}, auditOperations);
    if (patched && returnMembers == ResourceStore::ReadMembers::Omit)
        patched->json.remove(Members);
    return patched;
}

// The member changes that identity providers send all day (add members by id, remove them by id or
// by members[value eq "..."]), together with changes to the group's other attributes, applied as a
// store Update: the member list is neither read nor rewritten, so the cost does not grow with the
// group. Any other member operation (a filter on other sub-attributes, replacing or clearing the
// list) returns nullopt and takes the general path.
std::optional<Result<Resource>>
Directory::patchMembersInPlace(const OperationContext& context, const ResourceType& type, const QString& id,
                               const QList<PatchOperation>& operations, const PatchEngine& engine,
                               std::optional<quint64> ifMatch, ResourceStore::ReadMembers returnMembers,
                               const QJsonArray& auditOperations)
{
    const bool strict = strictProtocol(context.tenant);
    const auto memberIdOf = [strict](const QJsonValue& element) -> std::optional<QString> {
        // Microsoft Entra ID adds members as bare ids ("value": "id" instead of [{"value": "id"}]).
        const QJsonValue value = !strict && element.isString() ? element : element.toObject().value(Value);
        if (!value.isString() || value.toString().isEmpty())
            return std::nullopt;
        return value.toString();
    };
    // members[value eq "id"], the one filter that names a member by id.
    const auto filteredId = [](const PatchPath& path) -> std::optional<QString> {
        const Filter* filter = path.valueFilter.get();
        if (!filter || !path.subAttribute.isEmpty() || filter->kind != Filter::Kind::Comparison ||
            filter->compare != CompareOperator::Eq || !filter->value.isString() ||
            !filter->path.schemaUrn.isEmpty() || !filter->path.subAttribute.isEmpty() ||
            filter->path.attribute.compare(Value, Qt::CaseInsensitive) != 0) {
            return std::nullopt;
        }
        return filter->value.toString();
    };

    QMutexLocker locker(&writeLock(context.tenant));
    Result<Resource> existing = stored(context.tenant, type.name, id, ResourceStore::ReadMembers::Omit);
    if (!existing)
        return Result<Resource>(existing.error());
    auto expanded = engine.expand(existing->json, operations);
    if (!expanded)
        return std::nullopt; // the general path reports the error

    // Sort the operations into member additions and removals (by id, in request order) and the rest.
    QList<PatchOperation> others;
    QStringList joining;               // ids, in the order they were added
    QHash<QString, QJsonObject> added; // id -> element as sent
    QSet<QString> leaving;
    const auto remove = [&](const QString& memberId) {
        if (added.remove(memberId))
            joining.removeOne(memberId);
        leaving.insert(memberId);
    };
    for (const PatchOperation& operation : std::as_const(*expanded)) {
        const auto resolved = m_registry->resolve(type, operation.path->attribute);
        if (!resolved || !resolved->attribute || resolved->inExtension ||
            resolved->attribute->name != Members) {
            others.append(operation);
            continue;
        }
        if (resolved->subAttribute)
            return std::nullopt;
        const bool wholeList = !operation.path->valueFilter;
        if (operation.op == PatchOperation::Op::Add && wholeList) {
            const QJsonArray elements =
                operation.value.isArray() ? operation.value.toArray() : QJsonArray{operation.value};
            for (const QJsonValue element : elements) {
                const std::optional<QString> memberId = memberIdOf(element);
                if (!memberId)
                    return std::nullopt;
                leaving.remove(*memberId);
                if (!added.contains(*memberId))
                    joining.append(*memberId);
                added.insert(*memberId,
                             element.isString() ? QJsonObject{{Value, *memberId}} : element.toObject());
            }
        } else if (operation.op == PatchOperation::Op::Remove && wholeList && operation.value.isArray()) {
            for (const QJsonValue element : operation.value.toArray()) {
                const std::optional<QString> memberId = memberIdOf(element);
                if (!memberId)
                    return std::nullopt;
                remove(*memberId);
            }
        } else if (const auto memberId = filteredId(*operation.path);
                   operation.op == PatchOperation::Op::Remove && memberId) {
            remove(*memberId);
        } else {
            return std::nullopt;
        }
    }
    if (ifMatch && *ifMatch != existing->version)
        return Result<Resource>(versionMismatch(existing->version));

    // The other attributes change like in any PATCH, on the group without its members.
    QJsonObject json = existing->json;
    const ResourceCanonicalizer canonicalizer(*m_registry, type);
    if (!others.isEmpty()) {
        auto applied = engine.apply(existing->json, others);
        if (!applied)
            return Result<Resource>(applied.error());
        auto canonical = canonicalizer.canonicalize(*applied);
        if (!canonical)
            return Result<Resource>(canonical.error());
        if (Status immutable = canonicalizer.checkImmutable(*canonical, existing->json); !immutable)
            return Result<Resource>(immutable.error());
        json = std::move(canonical).value();
        json.remove(Members);
    } else {
        json = withoutIdAndMeta(json);
    }

    MemberChanges changes;
    for (const QString& memberId : std::as_const(leaving)) {
        if (m_store->isMember(context.tenant, id, memberId))
            changes.removed.append(memberId);
    }
    const AttributeDefinition* membersDefinition = m_registry->resolve(type, Members)->attribute;
    for (const QString& memberId : std::as_const(joining)) {
        if (m_store->isMember(context.tenant, id, memberId))
            continue; // already there: adding it again changes nothing (RFC 7644 §3.5.2.1)
        auto element =
            ResourceCanonicalizer::attributeValue(*membersDefinition, added.value(memberId), Members);
        if (!element)
            return Result<Resource>(element.error());
        if (element->toArray().isEmpty())
            return std::nullopt; // nothing usable: the general path says why
        QJsonObject sent = element->toArray().first().toObject();
        if (const QString label = memberLabel(added.value(memberId), strict); !label.isEmpty())
            sent.insert(Display, label);
        auto member = resolveMember(context, id, sent, strict ? MissingMember::Fail : MissingMember::Skip);
        if (!member)
            return Result<Resource>(member.error());
        if (member->isEmpty()) {
            qCWarning(lcDirectory, "PATCH of group %s: member %s does not exist and was not added",
                      qPrintable(id), qPrintable(memberId));
            continue;
        }
        changes.added.append(*member);
    }

    const auto result = [&](Resource resource) -> Result<Resource> {
        if (returnMembers == ResourceStore::ReadMembers::Include) {
            if (auto full = m_store->get(context.tenant, type.name, id))
                resource.json = full->json;
        }
        return forClient(context.tenant, std::move(resource));
    };
    if (changes.isEmpty() && json == withoutIdAndMeta(existing->json))
        return result(std::move(*existing));

    const quint64 version = existing->version + 1;
    json.insert(Id, id);
    stampMeta(json, existing->json.value(Meta).toObject(), type.name, version);
    Resource updated{id, type.name, version, json, uniqueKeysFor(type, json)};
    WriteOperation update{WriteOperation::Kind::Update, updated, existing->version};
    update.memberChanges = changes;
    WriteBatch batch;
    batch.operations.append(update);
    batch.audit.append(auditEntry(context, QStringLiteral("patch"), *existing, updated));
    QJsonArray changed = batch.audit.last().changes.value(QStringLiteral("changed")).toArray();
    if (!changes.isEmpty())
        changed.append(Members);
    batch.audit.last().changes.insert(QStringLiteral("changed"), changed);
    batch.audit.last().changes.insert(QStringLiteral("operations"), auditOperations);
    if (Status stored = m_store->apply(context.tenant, batch); !stored)
        return Result<Resource>(stored.error());
    locker.unlock();
    announce(context.tenant, batch);
    return result(std::move(updated));
}

void Directory::setStrictProtocol(const QString& tenant, bool strict)
{
    QMutexLocker locker(&m_strictMutex);
    if (strict)
        m_strictTenants.insert(tenant);
    else
        m_strictTenants.remove(tenant);
}

bool Directory::strictProtocol(const QString& tenant) const
{
    if (m_options.strictProtocol)
        return true;
    QMutexLocker locker(&m_strictMutex);
    return m_strictTenants.contains(tenant);
}

qint64 Directory::memberCount(const OperationContext& context, const QString& groupId) const
{
    return m_store->memberCount(context.tenant, groupId);
}

Status Directory::backup(const QString& file) const
{
    return m_store->backupTo(file);
}

Status Directory::restore(const QString& file)
{
    // Every tenant's writes wait, so that none interleaves with the restore; locked in name order, as
    // nothing else takes two of these locks.
    QStringList tenants = m_store->tenants();
    tenants.sort();
    std::vector<std::unique_ptr<QMutexLocker<QRecursiveMutex>>> locks;
    for (const QString& tenant : std::as_const(tenants))
        locks.push_back(std::make_unique<QMutexLocker<QRecursiveMutex>>(&writeLock(tenant)));
    Status restoredStore = m_store->restoreFrom(file);
    locks.clear();
    if (restoredStore)
        emit restored();
    return restoredStore;
}

Result<Resource> Directory::write(const OperationContext& context, const ResourceType& type,
                                  const QString& id, const Modification& modification,
                                  std::optional<quint64> ifMatch, const QString& action,
                                  const QString& preHashedPassword, const QJsonArray& auditOperations)
{
    for (int attempt = 0;; ++attempt) {
        bool lostRace = false;
        Result<Resource> result = writeOnce(context, type, id, modification, ifMatch, action,
                                            preHashedPassword, auditOperations, lostRace);
        if (!lostRace || attempt >= m_options.writeRetries)
            return result;
    }
}

Result<Resource> Directory::writeOnce(const OperationContext& context, const ResourceType& type,
                                      const QString& id, const Modification& modification,
                                      std::optional<quint64> ifMatch, const QString& action,
                                      const QString& preHashedPassword, const QJsonArray& auditOperations,
                                      bool& lostRace)
{
    QMutexLocker locker(&writeLock(context.tenant));
    Result<Resource> existing = stored(context.tenant, type.name, id);
    if (!existing)
        return existing.error();
    if (ifMatch && *ifMatch != existing->version)
        return versionMismatch(existing->version);

    auto modified = modification(existing->json);
    if (!modified)
        return modified.error();
    const ResourceCanonicalizer canonicalizer(*m_registry, type);
    auto canonical = canonicalizer.canonicalize(*modified);
    if (!canonical)
        return canonical.error();
    QJsonObject json = std::move(canonical).value();
    if (Status immutable = canonicalizer.checkImmutable(json, existing->json); !immutable)
        return immutable.error();
    if (isGroup(type))
        keepMemberLabels(json, *modified, strictProtocol(context.tenant));

    // A password equal to the stored hash (or to the one hashed for this request) is unchanged;
    // anything else is a new clear-text password.
    const QJsonValue password = json.value(Password);
    if (password.isString() && password != existing->json.value(Password) &&
        (preHashedPassword.isEmpty() || password.toString() != preHashedPassword)) {
        json.insert(Password, m_hasher.hash(password.toString()));
    }
    if (isGroup(type)) {
        if (Status members = resolveMembers(context, id, json); !members)
            return members.error();
    }
    if (json == withoutIdAndMeta(existing->json))
        return forClient(context.tenant, std::move(*existing));

    const quint64 version = existing->version + 1;
    json.insert(Id, id);
    stampMeta(json, existing->json.value(Meta).toObject(), type.name, version);
    Resource updated{id, type.name, version, json, uniqueKeysFor(type, json)};
    WriteBatch batch;
    batch.operations.append({WriteOperation::Kind::Replace, updated, existing->version});
    batch.audit.append(auditEntry(context, action, *existing, updated));
    if (!auditOperations.isEmpty())
        batch.audit.last().changes.insert(QStringLiteral("operations"), auditOperations);
    if (Status stored = m_store->apply(context.tenant, batch); !stored) {
        lostRace = stored.error().status == 412 && !ifMatch;
        return stored.error();
    }
    locker.unlock();
    announce(context.tenant, batch);
    return forClient(context.tenant, std::move(updated));
}

Status Directory::remove(const OperationContext& context, const QString& resourceType, const QString& id,
                         std::optional<quint64> ifMatch)
{
    const auto type = typeFor(context, resourceType);
    if (!type)
        return type.error();
    for (int attempt = 0;; ++attempt) {
        QMutexLocker locker(&writeLock(context.tenant));
        // A group is read with its members, whose ids the audit log keeps for a restore.
        Result<Resource> existing =
            stored(context.tenant, (*type)->name, id,
                   isGroup(**type) ? ResourceStore::ReadMembers::Include : ResourceStore::ReadMembers::Omit);
        if (!existing)
            return existing.error();
        if (ifMatch && *ifMatch != existing->version)
            return versionMismatch(existing->version);
        QStringList memberIds;
        for (const QJsonValue member : existing->json.take(Members).toArray())
            memberIds.append(member.toObject().value(Value).toString());

        // Referential integrity: the resource leaves every group that lists it, in the same batch.
        WriteBatch batch;
        const QStringList groupIds = m_store->groupsWithMember(context.tenant, id);
        for (const QString& groupId : groupIds) {
            std::optional<Resource> group = m_store->get(context.tenant, QStringLiteral("Group"), groupId,
                                                         ResourceStore::ReadMembers::Omit);
            if (!group)
                continue;
            QJsonObject json = group->json;
            const quint64 version = group->version + 1;
            stampMeta(json, json.value(Meta).toObject(), group->resourceType, version);
            Resource updated{groupId, group->resourceType, version, json, group->uniqueKeys};
            WriteOperation leave{WriteOperation::Kind::Update, updated, group->version};
            leave.memberChanges.removed.append(id);
            batch.operations.append(leave);
            batch.audit.append(auditEntry(context, QStringLiteral("update"), *group, updated));
            batch.audit.last().changes.insert(QStringLiteral("changed"), QJsonArray{Members});
        }
        batch.operations.append({WriteOperation::Kind::Remove, *existing, existing->version});
        batch.audit.append(auditEntry(context, QStringLiteral("delete"), *existing, Resource{}));
        DeletedResource::record(batch.audit.last(), existing->json, memberIds, groupIds);

        if (Status stored = m_store->apply(context.tenant, batch); !stored) {
            if (stored.error().status == 412 && !ifMatch && attempt < m_options.writeRetries)
                continue;
            return stored;
        }
        locker.unlock();
        announce(context.tenant, batch);
        return {};
    }
}

std::optional<DeletedResource> Directory::newestDelete(const QString& tenant, const QString& resourceType,
                                                       const QString& id) const
{
    AuditLogTail tail(*m_store, tenant);
    for (int read = 0; read < m_options.deletedLookBack;) {
        const QList<AuditEntry> entries =
            tail.older(std::min(AuditLogTail::DefaultWindow, m_options.deletedLookBack - read));
        if (entries.isEmpty())
            break;
        for (const AuditEntry& entry : entries) {
            if (entry.resourceId == id && entry.resourceType == resourceType)
                return DeletedResource::fromAuditEntry(entry);
        }
        read += int(entries.size());
    }
    return std::nullopt;
}

QList<DeletedResource> Directory::recentlyDeleted(const OperationContext& context, int limit) const
{
    QList<DeletedResource> found;
    if (limit <= 0 || !m_store->hasTenant(context.tenant))
        return found;
    // The newest entry about a resource tells whether it is still deleted; older ones are history.
    QSet<QString> seen;
    AuditLogTail tail(*m_store, context.tenant);
    for (int read = 0; read < m_options.deletedLookBack && found.size() < limit;) {
        const QList<AuditEntry> entries =
            tail.older(std::min(AuditLogTail::DefaultWindow, m_options.deletedLookBack - read));
        if (entries.isEmpty())
            break;
        for (const AuditEntry& entry : entries) {
            const QString key = entry.resourceType + u'/' + entry.resourceId;
            if (seen.contains(key))
                continue;
            seen.insert(key);
            std::optional<DeletedResource> deleted = DeletedResource::fromAuditEntry(entry);
            if (!deleted || m_store->get(context.tenant, entry.resourceType, entry.resourceId,
                                         ResourceStore::ReadMembers::Omit)) {
                continue;
            }
            found.append(std::move(*deleted));
            if (found.size() >= limit)
                break;
        }
        read += int(entries.size());
    }
    return found;
}

Result<Resource> Directory::restoreDeleted(const OperationContext& context, const QString& resourceType,
                                           const QString& id)
{
    const auto type = typeFor(context, resourceType);
    if (!type)
        return type.error();
    const ResourceType& resourceTypeDefinition = **type;
    const QString groupType = QStringLiteral("Group");
    for (int attempt = 0;; ++attempt) {
        QMutexLocker locker(&writeLock(context.tenant));
        if (m_store->get(context.tenant, resourceTypeDefinition.name, id, ResourceStore::ReadMembers::Omit)) {
            return ScimError::conflict(ScimType::Uniqueness,
                                       QStringLiteral("%1 id \"%2\" is already taken: it exists again")
                                           .arg(resourceTypeDefinition.name, id));
        }
        const std::optional<DeletedResource> deleted =
            newestDelete(context.tenant, resourceTypeDefinition.name, id);
        if (!deleted) {
            return ScimError::notFound(
                QStringLiteral("No delete of %1 \"%2\" is recorded in the recent audit log")
                    .arg(resourceTypeDefinition.name, id));
        }
        // Checked again against today's schemas, which may have changed since.
        auto canonical =
            ResourceCanonicalizer(*m_registry, resourceTypeDefinition).canonicalize(deleted->json);
        if (!canonical)
            return canonical.error();
        QJsonObject json = std::move(canonical).value();
        json.remove(Password);
        json.remove(Members);

        QStringList childGroups; // restored members that are groups, for the cycle check below
        if (isGroup(resourceTypeDefinition)) {
            QJsonArray members;
            for (const QString& memberId : deleted->memberIds) {
                auto member = resolveMember(context, id, QJsonObject{{Value, memberId}}, MissingMember::Skip);
                if (!member || member->isEmpty())
                    continue; // gone since, or no longer a possible member
                if (member->value(Type).toString() == groupType)
                    childGroups.append(memberId);
                members.append(*member);
            }
            if (!members.isEmpty())
                json.insert(Members, members);
        }
        const quint64 version = deleted->version + 1;
        json.insert(Id, id);
        stampMeta(json, deleted->json.value(Meta).toObject(), resourceTypeDefinition.name, version);
        Resource restored{id, resourceTypeDefinition.name, version, json,
                          uniqueKeysFor(resourceTypeDefinition, json)};

        WriteBatch batch;
        batch.operations.append({WriteOperation::Kind::Create, restored, std::nullopt});
        batch.audit.append(auditEntry(context, QStringLiteral("restore"), Resource{}, restored));
        batch.audit.last().changes.insert(QStringLiteral("deleteSequence"), deleted->sequence);

        QJsonObject asMember{{Value, id}, {Type, resourceTypeDefinition.name}};
        const QString display = json.value(DisplayName).toString();
        asMember.insert(Display, display.isEmpty() ? json.value(UserName).toString() : display);
        for (const QString& groupId : deleted->groupIds) {
            std::optional<Resource> group =
                m_store->get(context.tenant, groupType, groupId, ResourceStore::ReadMembers::Omit);
            if (!group)
                continue;
            // The graph without this group has no cycle, so a new one would run from the group through
            // one of its restored members down to this parent.
            const bool closesCycle =
                std::any_of(childGroups.cbegin(), childGroups.cend(), [&](const QString& child) {
                    return isAncestorOrSelf(context.tenant, child, groupId);
                });
            if (closesCycle)
                continue;
            QJsonObject groupJson = group->json;
            const quint64 groupVersion = group->version + 1;
            stampMeta(groupJson, groupJson.value(Meta).toObject(), group->resourceType, groupVersion);
            Resource updated{groupId, group->resourceType, groupVersion, groupJson, group->uniqueKeys};
            WriteOperation join{WriteOperation::Kind::Update, updated, group->version};
            join.memberChanges.added.append(asMember);
            batch.operations.append(join);
            batch.audit.append(auditEntry(context, QStringLiteral("update"), *group, updated));
            batch.audit.last().changes.insert(QStringLiteral("changed"), QJsonArray{Members});
        }

        if (Status stored = m_store->apply(context.tenant, batch); !stored) {
            // Another process changed one of the groups since it was read: read them again.
            if (stored.error().status == 412 && attempt < m_options.writeRetries)
                continue;
            return stored.error();
        }
        locker.unlock();
        announce(context.tenant, batch);
        return forClient(context.tenant, std::move(restored));
    }
}

Result<QueryResult> Directory::query(const OperationContext& context, Query query) const
{
    const auto type = typeFor(context, query.resourceType);
    if (!type)
        return type.error();
    query.resourceType = (*type)->name;
    if (!query.count || *query.count > m_options.maxResults)
        query.count = m_options.maxResults;
    if (*query.count < 0)
        query.count = 0;
    if (query.startIndex < 1)
        query.startIndex = 1;
    auto result = m_store->query(context.tenant, query);
    if (!result)
        return result.error();
    for (Resource& resource : result->resources)
        resource = forClient(context.tenant, std::move(resource));
    return result;
}

bool Directory::verifyPassword(const OperationContext& context, const QString& userId,
                               const QString& password) const
{
    const std::optional<Resource> user = m_store->get(context.tenant, QStringLiteral("User"), userId);
    if (!user)
        return false;
    const QString hash = user->json.value(Password).toString();
    return !hash.isEmpty() && PasswordHasher::verify(password, hash);
}

QList<AuditEntry> Directory::auditLog(const OperationContext& context, qint64 afterSequence, int limit) const
{
    return m_store->auditLog(context.tenant, afterSequence, limit);
}

Status Directory::resolveMembers(const OperationContext& context, const QString& groupId,
                                 QJsonObject& group) const
{
    const QJsonArray members = group.value(Members).toArray();
    if (members.isEmpty())
        return {};
    QSet<QString> seen;
    QJsonArray resolved;
    for (const QJsonValue entry : members) {
        const QString value = entry.toObject().value(Value).toString();
        if (seen.contains(value))
            continue;
        seen.insert(value);
        auto member = resolveMember(context, groupId, entry.toObject());
        if (!member)
            return member.error();
        resolved.append(*member);
    }
    group.insert(Members, resolved);
    return {};
}

// A member as stored: its id checked against the directory, with the member's type and display name.
Result<QJsonObject> Directory::resolveMember(const OperationContext& context, const QString& groupId,
                                             QJsonObject member, MissingMember missing) const
{
    const QString value = member.value(Value).toString();
    if (value.isEmpty()) {
        return ScimError::badRequest(
            ScimType::InvalidValue, QStringLiteral("Every group member needs a \"value\" (the member's id)"));
    }
    if (value == groupId)
        return ScimError::badRequest(ScimType::InvalidValue,
                                     QStringLiteral("A group cannot be a member of itself"));
    const QString groupType = QStringLiteral("Group");
    std::optional<Resource> target =
        m_store->get(context.tenant, QStringLiteral("User"), value, ResourceStore::ReadMembers::Omit);
    if (!target) {
        target = m_store->get(context.tenant, groupType, value, ResourceStore::ReadMembers::Omit);
        // Nested groups are fine; a cycle would make "indirect" membership endless.
        if (target && !groupId.isEmpty() && isAncestorOrSelf(context.tenant, value, groupId)) {
            return ScimError::badRequest(
                ScimType::InvalidValue,
                QStringLiteral("Adding group \"%1\" as a member would create a cycle").arg(value));
        }
    }
    if (!target && missing == MissingMember::Skip)
        return QJsonObject();
    if (!target) {
        return ScimError::badRequest(ScimType::InvalidValue,
                                     QStringLiteral("Group member \"%1\" does not exist").arg(value));
    }
    member.insert(Type, target->resourceType);
    if (member.value(Display).toString().isEmpty()) {
        const QString display = target->json.value(DisplayName).toString();
        member.insert(Display, display.isEmpty() ? target->json.value(UserName).toString() : display);
    }
    return member;
}

// Whether `candidateId` is `groupId` or a group that contains it, directly or not. Walks up through the
// membership index, so its cost follows the nesting, not the size of the groups.
bool Directory::isAncestorOrSelf(const QString& tenant, const QString& candidateId,
                                 const QString& groupId) const
{
    QStringList pending{groupId};
    QSet<QString> visited;
    while (!pending.isEmpty()) {
        const QString current = pending.takeLast();
        if (current == candidateId)
            return true;
        if (visited.contains(current))
            continue;
        visited.insert(current);
        pending.append(m_store->groupsWithMember(tenant, current));
    }
    return false;
}

QList<UniqueKey> Directory::uniqueKeysFor(const ResourceType& type, const QJsonObject& json) const
{
    QList<UniqueKey> keys = ResourceCanonicalizer(*m_registry, type).uniqueKeys(json);
    if (isGroup(type) && m_options.uniqueGroupDisplayName && json.value(DisplayName).isString())
        keys.append({DisplayName, json.value(DisplayName).toString().toCaseFolded()});
    return keys;
}

Resource Directory::forClient(const QString& tenant, Resource resource) const
{
    resource.json.remove(Password);
    const ResourceType* type = m_registry->resourceType(resource.resourceType);
    if (type && isUser(*type)) {
        const QJsonArray groups = groupsOf(tenant, resource.id);
        if (!groups.isEmpty())
            resource.json.insert(QStringLiteral("groups"), groups);
    }
    return resource;
}

QJsonArray Directory::groupsOf(const QString& tenant, const QString& memberId) const
{
    // Direct groups first, then the groups that contain those (RFC 7643 §4.1.2 "indirect").
    const QString groupType = QStringLiteral("Group");
    QJsonArray groups;
    QSet<QString> seen;
    QStringList frontier = m_store->groupsWithMember(tenant, memberId);
    bool direct = true;
    while (!frontier.isEmpty()) {
        QStringList next;
        for (const QString& groupId : std::as_const(frontier)) {
            if (seen.contains(groupId))
                continue;
            seen.insert(groupId);
            const std::optional<Resource> group =
                m_store->get(tenant, groupType, groupId, ResourceStore::ReadMembers::Omit);
            if (!group)
                continue;
            groups.append(QJsonObject{
                {Value, groupId},
                {Display, group->json.value(DisplayName)},
                {Type, direct ? QStringLiteral("direct") : QStringLiteral("indirect")},
            });
            next += m_store->groupsWithMember(tenant, groupId);
        }
        frontier = next;
        direct = false;
    }
    return groups;
}

void Directory::announce(const QString& tenant, const WriteBatch& batch)
{
    QList<ResourceChange>* deferred = nullptr;
    QMutexLocker deferredLocker(&m_deferredChangesMutex);
    if (!m_deferredChanges.isEmpty()) {
        const auto found = m_deferredChanges.find(QThread::currentThreadId());
        if (found != m_deferredChanges.end())
            deferred = &found.value();
    }
    if (!deferred)
        deferredLocker.unlock();
    for (const WriteOperation& operation : batch.operations) {
        ResourceChange change;
        change.tenant = tenant;
        change.resourceType = operation.resource.resourceType;
        change.id = operation.resource.id;
        change.version = operation.resource.version;
        switch (operation.kind) {
        case WriteOperation::Kind::Create:
            change.kind = ResourceChange::Kind::Created;
            break;
        case WriteOperation::Kind::Replace:
        case WriteOperation::Kind::Update:
            change.kind = ResourceChange::Kind::Updated;
            break;
        case WriteOperation::Kind::Remove:
            change.kind = ResourceChange::Kind::Removed;
            break;
        }
        if (deferred)
            deferred->append(change);
        else
            emit resourceChanged(change);
    }
}

} // namespace muster
