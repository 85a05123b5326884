#include "StoreConformance.h"

#include "query/FilterParser.h"
#include "schema/SchemaUrns.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QThread>

#include <atomic>
#include <limits>
#include <vector>

namespace muster::conformance {

// One write of a scenario: kept small so that rows read as a script.
struct Step {
    WriteOperation::Kind kind = WriteOperation::Kind::Create;
    QString type; // "User" or "Group"
    QString id;
    QString name; // userName of a user, displayName of a group
    quint64 version = 1;
    std::optional<quint64> expected;
    QStringList members;   // group members (Create, Replace)
    QStringList removed{}; // Update: member ids that leave
    QStringList added{};   // Update: member ids that join
};

} // namespace muster::conformance

Q_DECLARE_METATYPE(muster::conformance::Step)
Q_DECLARE_METATYPE(muster::Resource)
Q_DECLARE_METATYPE(muster::ScimType)
Q_DECLARE_METATYPE(muster::WriteOperation::Kind)

namespace muster {

using conformance::Step;

namespace {

const QString User = QStringLiteral("User");
const QString Group = QStringLiteral("Group");
const QString Default = ResourceStore::DefaultTenant;
constexpr int NoCount = std::numeric_limits<int>::min();
constexpr qint64 NoVersion = -1;

QString day(int day)
{
    return QStringLiteral("2024-01-%1T09:00:00.000Z").arg(day, 2, 10, QLatin1Char('0'));
}

QJsonObject meta(const QString& type, const QString& created, const QString& lastModified, quint64 version)
{
    return QJsonObject{{QStringLiteral("resourceType"), type},
                       {QStringLiteral("created"), created},
                       {QStringLiteral("lastModified"), lastModified.isEmpty() ? created : lastModified},
                       {QStringLiteral("version"), Resource::etagFor(version)}};
}

// A user as the Directory would store it: canonical JSON, meta, and userName as a case-folded unique key.
Resource userResource(const QString& id, const QString& userName, const QJsonObject& attributes = {},
                      quint64 version = 1, const QString& created = day(1), const QString& lastModified = {})
{
    QJsonArray schemas{urns::User};
    if (attributes.contains(urns::EnterpriseUser))
        schemas.append(urns::EnterpriseUser);
    QJsonObject json = attributes;
    json.insert(QStringLiteral("schemas"), schemas);
    json.insert(QStringLiteral("id"), id);
    json.insert(QStringLiteral("userName"), userName);
    json.insert(QStringLiteral("meta"), meta(User, created, lastModified, version));
    return Resource{
        id, User, version, json, {UniqueKey{QStringLiteral("userName"), userName.toCaseFolded()}}};
}

// A member element as the Directory resolves it: the id, its type and, when given, its display name.
QJsonObject memberElement(const QString& id, const QString& display = {})
{
    QJsonObject element{{QStringLiteral("value"), id}, {QStringLiteral("type"), User}};
    if (!display.isEmpty())
        element.insert(QStringLiteral("display"), display);
    return element;
}

QJsonArray memberElements(const QStringList& ids)
{
    QJsonArray elements;
    for (const QString& id : ids)
        elements.append(memberElement(id));
    return elements;
}

// A group with displayName unique (case-folded), as the Directory stores groups by default.
Resource groupResource(const QString& id, const QString& displayName, const QStringList& members = {},
                       quint64 version = 1)
{
    QJsonObject json{{QStringLiteral("schemas"), QJsonArray{urns::Group}},
                     {QStringLiteral("id"), id},
                     {QStringLiteral("displayName"), displayName},
                     {QStringLiteral("meta"), meta(Group, day(1), {}, version)}};
    if (!members.isEmpty())
        json.insert(QStringLiteral("members"), memberElements(members));
    return Resource{
        id, Group, version, json, {UniqueKey{QStringLiteral("displayName"), displayName.toCaseFolded()}}};
}

QJsonObject email(const QString& value, const QString& type, bool primary = false)
{
    QJsonObject json{{QStringLiteral("value"), value}, {QStringLiteral("type"), type}};
    if (primary)
        json.insert(QStringLiteral("primary"), true);
    return json;
}

QJsonObject name(const QString& given, const QString& family)
{
    return QJsonObject{{QStringLiteral("givenName"), given},
                       {QStringLiteral("familyName"), family},
                       {QStringLiteral("formatted"), QString(given + u' ' + family)}};
}

QJsonObject enterprise(const QString& employeeNumber, const QString& department, const QString& manager = {})
{
    QJsonObject json{{QStringLiteral("employeeNumber"), employeeNumber},
                     {QStringLiteral("department"), department},
                     {QStringLiteral("organization"), QStringLiteral("Acme")}};
    if (!manager.isEmpty())
        json.insert(QStringLiteral("manager"), QJsonObject{{QStringLiteral("value"), manager}});
    return json;
}

// The query fixture. Ids, userNames and creation times are in three different orders, so that a
// result in the wrong order cannot pass by accident.
QList<Resource> fixtureUsers()
{
    const QString emails = QStringLiteral("emails");
    const QString title = QStringLiteral("title");
    const QString active = QStringLiteral("active");
    const QString externalId = QStringLiteral("externalId");
    const QString nameKey = QStringLiteral("name");
    const QString& ent = urns::EnterpriseUser;
    return {
        userResource(
            QStringLiteral("u01"), QStringLiteral("carol"),
            {{nameKey, name(QStringLiteral("Carol"), QStringLiteral("Clark"))},
             {emails, QJsonArray{email(QStringLiteral("carol@example.com"), QStringLiteral("work"), true),
                                 email(QStringLiteral("carol.home@mail.test"), QStringLiteral("home"))}},
             {externalId, QStringLiteral("ext-001")},
             {title, QStringLiteral("Engineer")},
             {active, true},
             {ent, enterprise(QStringLiteral("1001"), QStringLiteral("Engineering"), QStringLiteral("u04"))}},
            1, day(5), QStringLiteral("2024-03-01T08:00:00.000Z")),
        userResource(QStringLiteral("u02"), QStringLiteral("zed"),
                     {{nameKey, name(QStringLiteral("Zed"), QStringLiteral("Zimmer"))}, {active, true}}, 1,
                     day(2)),
        userResource(QStringLiteral("u03"), QStringLiteral("Bob"),
                     {{nameKey, name(QStringLiteral("Bob"), QStringLiteral("Brown"))},
                      {emails, QJsonArray{email(QStringLiteral("Bob@Example.com"), QStringLiteral("work"))}},
                      {externalId, QStringLiteral("EXT-003")},
                      {title, QStringLiteral("Manager")},
                      {active, true},
                      {ent, enterprise(QStringLiteral("1003"), QStringLiteral("Sales"))}},
                     1, day(9)),
        userResource(
            QStringLiteral("u04"), QStringLiteral("alice"),
            {{nameKey, name(QStringLiteral("Alice"), QStringLiteral("Anderson"))},
             {emails, QJsonArray{email(QStringLiteral("alice@corp.test"), QStringLiteral("work"), true),
                                 email(QStringLiteral("alice@example.com"), QStringLiteral("home"))}},
             {externalId, QStringLiteral("ext-004")},
             {title, QStringLiteral("Engineer")},
             {active, true},
             {ent, enterprise(QStringLiteral("1004"), QStringLiteral("Engineering"))}},
            1, day(11)),
        userResource(
            QStringLiteral("u05"), QStringLiteral("frank"),
            {{emails, QJsonArray{email(QStringLiteral("frank@example.com"), QStringLiteral("work"))}},
             {active, false}},
            1, day(1)),
        userResource(QStringLiteral("u06"), QStringLiteral("Eve"),
                     {{nameKey, name(QStringLiteral("Eve"), QStringLiteral("Evans"))},
                      {emails, QJsonArray{email(QStringLiteral("eve@corp.test"), QStringLiteral("work"))}},
                      {externalId, QStringLiteral("ext-006")},
                      {title, QStringLiteral("Security Lead")},
                      {active, true},
                      {ent, enterprise(QStringLiteral("1006"), QStringLiteral("Security"))}},
                     1, day(7)),
        userResource(QStringLiteral("u07"), QStringLiteral("dave"),
                     {{nameKey, name(QStringLiteral("Dave"), QStringLiteral("Brown"))},
                      {emails, QJsonArray{email(QStringLiteral("dave@example.org"), QStringLiteral("work"))}},
                      {title, QStringLiteral("Designer")},
                      {active, true}},
                     1, day(3)),
        userResource(QStringLiteral("u08"), QStringLiteral("judy"),
                     {{nameKey, name(QStringLiteral("Judy"), QStringLiteral("Jones"))},
                      {emails, QJsonArray{email(QStringLiteral("judy@example.com"), QStringLiteral("work"))}},
                      {externalId, QStringLiteral("ext-008")},
                      {title, QStringLiteral("engineer")},
                      {active, true},
                      {ent, enterprise(QStringLiteral("1008"), QStringLiteral("Engineering"))}},
                     1, day(12), QStringLiteral("2024-02-15T12:00:00.000Z")),
        userResource(QStringLiteral("u09"), QStringLiteral("heidi"),
                     {{nameKey, name(QStringLiteral("Heidi"), QStringLiteral("Hill"))}, {active, false}}, 1,
                     day(4)),
        userResource(
            QStringLiteral("u10"), QStringLiteral("mallory.admin"),
            {{nameKey, name(QStringLiteral("Mallory"), QStringLiteral("Moore"))},
             {emails, QJsonArray{email(QStringLiteral("mallory@example.com"), QStringLiteral("work")),
                                 email(QStringLiteral("m@evil.test"), QStringLiteral("other"))}},
             {externalId, QStringLiteral("ext-010")},
             {title, QStringLiteral("Manager")},
             {active, false}},
            1, day(10), QStringLiteral("2024-02-01T00:00:01.000Z")),
        userResource(
            QStringLiteral("u11"), QStringLiteral("grace"),
            {{nameKey, name(QStringLiteral("Grace"), QStringLiteral("Green"))},
             {emails, QJsonArray{email(QStringLiteral("grace@corp.test"), QStringLiteral("work"), true),
                                 email(QStringLiteral("grace@example.com"), QStringLiteral("home"))}},
             {title, QStringLiteral("Senior Engineer")},
             {active, true},
             {ent, enterprise(QStringLiteral("1011"), QStringLiteral("Engineering"), QStringLiteral("u04"))}},
            1, day(6)),
        userResource(QStringLiteral("u12"), QStringLiteral("ivan"),
                     {{nameKey, name(QStringLiteral("Ivan"), QStringLiteral("Ivanov"))},
                      {emails, QJsonArray{email(QStringLiteral("ivan@example.org"), QStringLiteral("work"))}},
                      {active, true},
                      {ent, enterprise(QStringLiteral("1012"), QStringLiteral("Sales"))}},
                     1, day(8)),
    };
}

QList<Resource> fixtureGroups()
{
    return {
        groupResource(QStringLiteral("g1"), QStringLiteral("Admins"),
                      {QStringLiteral("u04"), QStringLiteral("u10")}),
        groupResource(QStringLiteral("g2"), QStringLiteral("Engineering"),
                      {QStringLiteral("u01"), QStringLiteral("u04"), QStringLiteral("u11")}),
        groupResource(QStringLiteral("g3"), QStringLiteral("Auditors")),
    };
}

WriteOperation createOperation(const Resource& resource)
{
    return {WriteOperation::Kind::Create, resource, std::nullopt};
}

WriteOperation replaceOperation(const Resource& resource, std::optional<quint64> expected = std::nullopt)
{
    return {WriteOperation::Kind::Replace, resource, expected};
}

WriteOperation removeOperation(const QString& type, const QString& id,
                               std::optional<quint64> expected = std::nullopt)
{
    WriteOperation operation;
    operation.kind = WriteOperation::Kind::Remove;
    operation.resource.resourceType = type;
    operation.resource.id = id;
    operation.expectedVersion = expected;
    return operation;
}

AuditEntry auditFor(const WriteOperation& operation)
{
    AuditEntry entry;
    entry.time = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    entry.actor = QStringLiteral("test:conformance");
    switch (operation.kind) {
    case WriteOperation::Kind::Create:
        entry.action = QStringLiteral("create");
        break;
    case WriteOperation::Kind::Replace:
        entry.action = QStringLiteral("replace");
        break;
    case WriteOperation::Kind::Update:
        entry.action = QStringLiteral("update");
        break;
    case WriteOperation::Kind::Remove:
        entry.action = QStringLiteral("delete");
        break;
    }
    entry.resourceType = operation.resource.resourceType;
    entry.resourceId = operation.resource.id;
    entry.versionBefore = operation.expectedVersion.value_or(0);
    entry.versionAfter = operation.kind == WriteOperation::Kind::Remove ? 0 : operation.resource.version;
    entry.changes = QJsonObject{{QStringLiteral("changed"), QJsonArray{QStringLiteral("userName")}}};
    return entry;
}

// A batch of operations, each with its audit entry.
WriteBatch batchOf(const QList<WriteOperation>& operations)
{
    WriteBatch batch;
    batch.operations = operations;
    for (const WriteOperation& operation : operations)
        batch.audit.append(auditFor(operation));
    return batch;
}

template <typename T>
int statusOf(const Result<T>& status)
{
    return status.ok() ? 0 : status.error().status;
}

QString detailOf(const Status& status)
{
    return status.ok() ? QString() : status.error().detail;
}

// An Update of a group: its JSON without members, and the members that leave and join.
WriteOperation updateGroupOperation(const QString& id, const QString& displayName, quint64 version,
                                    std::optional<quint64> expected, const QStringList& removed,
                                    const QJsonArray& added)
{
    WriteOperation operation{WriteOperation::Kind::Update, groupResource(id, displayName, {}, version),
                             expected};
    operation.memberChanges.removed = removed;
    operation.memberChanges.added = added;
    return operation;
}

WriteOperation operationFor(const Step& step)
{
    if (step.kind == WriteOperation::Kind::Remove)
        return removeOperation(step.type, step.id, step.expected);
    const Resource resource = step.type == Group
                                  ? groupResource(step.id, step.name, step.members, step.version)
                                  : userResource(step.id, step.name, {}, step.version);
    WriteOperation operation{step.kind, resource, step.expected};
    operation.memberChanges.removed = step.removed;
    operation.memberChanges.added = memberElements(step.added);
    return operation;
}

Step createUser(const QString& id, const QString& userName)
{
    return Step{WriteOperation::Kind::Create, User, id, userName, 1, std::nullopt, {}};
}

Step replaceUser(const QString& id, const QString& userName, quint64 version,
                 std::optional<quint64> expected = std::nullopt)
{
    return Step{WriteOperation::Kind::Replace, User, id, userName, version, expected, {}};
}

Step removeUser(const QString& id, std::optional<quint64> expected = std::nullopt)
{
    return Step{WriteOperation::Kind::Remove, User, id, {}, 0, expected, {}};
}

Step createGroup(const QString& id, const QString& displayName, const QStringList& members = {})
{
    return Step{WriteOperation::Kind::Create, Group, id, displayName, 1, std::nullopt, members};
}

Step replaceGroup(const QString& id, const QString& displayName, const QStringList& members, quint64 version,
                  std::optional<quint64> expected = std::nullopt)
{
    return Step{WriteOperation::Kind::Replace, Group, id, displayName, version, expected, members};
}

Step updateGroup(const QString& id, const QString& displayName, quint64 version,
                 std::optional<quint64> expected, const QStringList& removed, const QStringList& added)
{
    return Step{WriteOperation::Kind::Update, Group, id, displayName, version, expected, {}, removed, added};
}

Step removeGroup(const QString& id, std::optional<quint64> expected = std::nullopt)
{
    return Step{WriteOperation::Kind::Remove, Group, id, {}, 0, expected, {}};
}

Result<QueryResult> runQuery(const ResourceStore& store, const QString& tenant, const QString& type,
                             const QString& filter, const QString& sortBy = {}, bool descending = false,
                             qint64 startIndex = 1, int count = NoCount, bool countTotal = true)
{
    Query query;
    query.resourceType = type;
    if (!filter.isEmpty()) {
        auto parsed = FilterParser::parse(filter);
        if (!parsed)
            return parsed.error();
        query.filter = *parsed;
    }
    if (!sortBy.isEmpty()) {
        auto path = AttributePath::parse(sortBy);
        if (!path)
            return path.error();
        query.sort = SortSpec{*path, descending ? SortOrder::Descending : SortOrder::Ascending};
    }
    query.startIndex = startIndex;
    if (count != NoCount)
        query.count = count;
    query.countTotal = countTotal;
    return store.query(tenant, query);
}

QStringList idsOf(const QList<Resource>& resources)
{
    QStringList ids;
    for (const Resource& resource : resources)
        ids.append(resource.id);
    return ids;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// Every user of a tenant as "id=userName@version", in id order: a compact picture of the whole state.
QStringList userState(const ResourceStore& store, const QString& tenant)
{
    const auto all = runQuery(store, tenant, User, {});
    if (!all)
        return {QStringLiteral("query failed: ") + all.error().detail};
    QStringList state;
    for (const Resource& resource : all->resources) {
        state.append(resource.id + u'=' + resource.json.value(QStringLiteral("userName")).toString() + u'@' +
                     QString::number(resource.version));
    }
    return sorted(state);
}

// Ids found by an equality filter on userName: what a uniqueness check or an IdP lookup would see.
QStringList idsWithUserName(const ResourceStore& store, const QString& tenant, const QString& userName)
{
    const QString filter = QStringLiteral("userName eq \"%1\"").arg(userName);
    const auto result = runQuery(store, tenant, User, filter);
    return result ? sorted(idsOf(result->resources)) : QStringList{QStringLiteral("query failed")};
}

QString jsonText(const QJsonValue& value)
{
    if (value.isUndefined())
        return QStringLiteral("(none)");
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

// Everything a store tells about one group's members, against the elements it must hold in joining
// order: get with and without members, a query's copy, memberCount, isMember, groupsWithMember, and the
// filters that find groups by member (members.value is not caseExact, so another case finds them too).
// `probes` are ids to ask about, members or not. Empty when everything agrees; else the first difference.
QString membershipProblem(const ResourceStore& store, const QString& tenant, const QString& groupId,
                          const QJsonArray& expected, const QStringList& probes)
{
    const QString members = QStringLiteral("members");
    const std::optional<Resource> full = store.get(tenant, Group, groupId);
    if (!full)
        return QStringLiteral("get: no group %1").arg(groupId);
    const QJsonValue stored = full->json.value(members);
    if (expected.isEmpty() ? !stored.isUndefined() : stored != QJsonValue(expected))
        return QStringLiteral("get: members %1, expected %2").arg(jsonText(stored), jsonText(expected));

    const std::optional<Resource> bare = store.get(tenant, Group, groupId, ResourceStore::ReadMembers::Omit);
    if (!bare)
        return QStringLiteral("get without members: no group");
    QJsonObject withoutMembers = full->json;
    withoutMembers.remove(members);
    if (bare->json != withoutMembers || bare->version != full->version ||
        bare->uniqueKeys != full->uniqueKeys)
        return QStringLiteral("get without members: %1").arg(jsonText(bare->json));

    const auto byId = runQuery(store, tenant, Group, QStringLiteral("id eq \"%1\"").arg(groupId));
    if (!byId || byId->resources.size() != 1 || byId->resources.first().json != full->json)
        return QStringLiteral("query by id: not the group that get returns");
    if (store.memberCount(tenant, groupId) != expected.size())
        return QStringLiteral("memberCount %1, expected %2")
            .arg(store.memberCount(tenant, groupId))
            .arg(expected.size());

    QSet<QString> memberIds;
    for (const QJsonValue& element : expected)
        memberIds.insert(element.toObject().value(QStringLiteral("value")).toString());
    for (const QString& probe : probes) {
        const bool member = memberIds.contains(probe);
        if (store.isMember(tenant, groupId, probe) != member)
            return QStringLiteral("isMember(%1) is %2").arg(probe).arg(!member);
        if (store.groupsWithMember(tenant, probe).contains(groupId) != member)
            return QStringLiteral("groupsWithMember(%1) %2 the group")
                .arg(probe, member ? u"misses" : u"has");
        for (const QString& filter : {QStringLiteral("members.value eq \"%1\"").arg(probe),
                                      QStringLiteral("members eq \"%1\"").arg(probe),
                                      QStringLiteral("members[value eq \"%1\"]").arg(probe),
                                      QStringLiteral("members.value eq \"%1\"").arg(probe.toUpper())}) {
            const auto found = runQuery(store, tenant, Group, filter);
            if (!found)
                return QStringLiteral("%1: %2").arg(filter, found.error().detail);
            if (idsOf(found->resources).contains(groupId) != member)
                return QStringLiteral("%1 %2 the group").arg(filter, member ? u"misses" : u"finds");
        }
    }
    return {};
}

// Runs `work(i)` on `threads` threads at once and waits for all of them.
template <typename Work>
void runInParallel(int threads, Work work)
{
    QList<QThread*> running;
    for (int i = 0; i < threads; ++i)
        running.append(QThread::create(work, i));
    for (QThread* thread : std::as_const(running))
        thread->start();
    for (QThread* thread : std::as_const(running)) {
        thread->wait();
        delete thread;
    }
}

// Failures seen on worker threads, where QTest macros cannot be used.
class ThreadFailures {
public:
    void add(const QString& what)
    {
        QMutexLocker locker(&m_mutex);
        if (m_messages.size() < 10)
            m_messages.append(what);
        ++m_count;
    }
    int count() const
    {
        QMutexLocker locker(&m_mutex);
        return m_count;
    }
    QString summary() const
    {
        QMutexLocker locker(&m_mutex);
        return m_messages.join(QStringLiteral("; "));
    }

private:
    mutable QMutex m_mutex;
    QStringList m_messages;
    int m_count = 0;
};

} // namespace

StoreConformance::StoreConformance(Factory factory, QString storeName, QObject* parent)
    : QObject(parent)
    , m_factory(std::move(factory))
    , m_storeName(std::move(storeName))
    , m_registry(SchemaRegistry::builtIn())
{
    setObjectName(QStringLiteral("StoreConformance(%1)").arg(m_storeName));
}

std::unique_ptr<ResourceStore> StoreConformance::makeStore() const
{
    return m_factory(m_registry);
}

std::unique_ptr<ResourceStore> StoreConformance::makePopulatedStore() const
{
    auto store = makeStore();
    if (!store)
        return nullptr;
    QList<WriteOperation> operations;
    for (const Resource& resource : fixtureUsers() + fixtureGroups())
        operations.append(createOperation(resource));
    if (!store->apply(Default, batchOf(operations)))
        return nullptr;

    // The decoy: same ids and userNames with other data, plus resources that match many filters.
    if (!store->createTenant(QStringLiteral("decoy")))
        return nullptr;
    QList<WriteOperation> decoys;
    for (const Resource& resource : fixtureUsers()) {
        QJsonObject attributes{
            {QStringLiteral("title"), QStringLiteral("Engineer")},
            {QStringLiteral("active"), false},
            {QStringLiteral("emails"),
             QJsonArray{email(QStringLiteral("decoy@example.com"), QStringLiteral("work"))}}};
        decoys.append(createOperation(userResource(resource.id,
                                                   resource.json.value(QStringLiteral("userName")).toString(),
                                                   attributes, 1, day(20))));
    }
    decoys.append(createOperation(userResource(QStringLiteral("u99"), QStringLiteral("alice2"))));
    decoys.append(createOperation(
        groupResource(QStringLiteral("g1"), QStringLiteral("Admins"), {QStringLiteral("u01")})));
    if (!store->apply(QStringLiteral("decoy"), batchOf(decoys)))
        return nullptr;
    return store;
}

void StoreConformance::initTestCase()
{
    QVERIFY(m_factory);
    auto store = makeStore();
    QVERIFY2(store, "the factory made no store");
    QVERIFY2(makePopulatedStore(), "the fixture could not be stored");
}

void StoreConformance::createGetReplaceRemove_data()
{
    QTest::addColumn<Resource>("created");
    QTest::addColumn<Resource>("replacement");

    QTest::addRow("minimal user") << userResource(QStringLiteral("a1"), QStringLiteral("alice"))
                                  << userResource(QStringLiteral("a1"), QStringLiteral("alice"),
                                                  {{QStringLiteral("title"), QStringLiteral("Boss")}}, 2);
    const Resource full = fixtureUsers().at(0);
    QJsonObject renamed = full.json;
    renamed.insert(QStringLiteral("userName"), QStringLiteral("caroline"));
    renamed.remove(urns::EnterpriseUser);
    Resource fullReplacement{
        full.id, User, 2, renamed, {{QStringLiteral("userName"), QStringLiteral("caroline")}}};
    QTest::addRow("user with extension") << full << fullReplacement;
    QTest::addRow("group") << groupResource(QStringLiteral("g1"), QStringLiteral("Admins"),
                                            {QStringLiteral("x")})
                           << groupResource(QStringLiteral("g1"), QStringLiteral("Admins"), {}, 2);
    QTest::addRow("id with unusual characters")
        << userResource(QStringLiteral("a b/é'\"%"), QStringLiteral("o'brien"))
        << userResource(QStringLiteral("a b/é'\"%"), QStringLiteral("o'brien2"), {}, 5);
}

void StoreConformance::createGetReplaceRemove()
{
    QFETCH(Resource, created);
    QFETCH(Resource, replacement);
    auto store = makeStore();
    const QString otherType = created.resourceType == User ? Group : User;

    QVERIFY(!store->get(Default, created.resourceType, created.id));
    const Status stored = store->apply(Default, batchOf({createOperation(created)}));
    QVERIFY2(stored.ok(), qPrintable(detailOf(stored)));

    std::optional<Resource> got = store->get(Default, created.resourceType, created.id);
    QVERIFY(got);
    QCOMPARE(got->id, created.id);
    QCOMPARE(got->resourceType, created.resourceType);
    QCOMPARE(got->version, created.version);
    QCOMPARE(got->json, created.json);
    QCOMPARE(got->uniqueKeys, created.uniqueKeys);
    QVERIFY(!store->get(Default, otherType, created.id));
    QCOMPARE(store->count(Default, created.resourceType), 1);
    QCOMPARE(store->count(Default, otherType), 0);

    const Status replaced = store->apply(Default, batchOf({replaceOperation(replacement, created.version)}));
    QVERIFY2(replaced.ok(), qPrintable(detailOf(replaced)));
    got = store->get(Default, created.resourceType, created.id);
    QVERIFY(got);
    QCOMPARE(got->version, replacement.version);
    QCOMPARE(got->json, replacement.json);
    QCOMPARE(got->uniqueKeys, replacement.uniqueKeys);
    QCOMPARE(store->count(Default, created.resourceType), 1);

    const Status removed = store->apply(
        Default, batchOf({removeOperation(created.resourceType, created.id, replacement.version)}));
    QVERIFY2(removed.ok(), qPrintable(detailOf(removed)));
    QVERIFY(!store->get(Default, created.resourceType, created.id));
    QCOMPARE(store->count(Default, created.resourceType), 0);
    const auto all = runQuery(*store, Default, created.resourceType, {});
    QVERIFY(all.ok());
    QCOMPARE(all->totalResults, 0);
}

void StoreConformance::versionCompareAndSwap_data()
{
    QTest::addColumn<WriteOperation::Kind>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<int>("status");

    // The resource "a1" is at version 3.
    const QString a1 = QStringLiteral("a1");
    const QString missing = QStringLiteral("zz");
    const auto replace = WriteOperation::Kind::Replace;
    const auto remove = WriteOperation::Kind::Remove;
    QTest::addRow("replace, current version") << replace << a1 << qint64(3) << 0;
    QTest::addRow("replace, older version") << replace << a1 << qint64(2) << 412;
    QTest::addRow("replace, newer version") << replace << a1 << qint64(4) << 412;
    QTest::addRow("replace, version 0") << replace << a1 << qint64(0) << 412;
    QTest::addRow("replace, no check") << replace << a1 << NoVersion << 0;
    QTest::addRow("replace, missing resource") << replace << missing << NoVersion << 404;
    QTest::addRow("replace, missing resource with version") << replace << missing << qint64(3) << 404;
    QTest::addRow("remove, current version") << remove << a1 << qint64(3) << 0;
    QTest::addRow("remove, older version") << remove << a1 << qint64(1) << 412;
    QTest::addRow("remove, newer version") << remove << a1 << qint64(9) << 412;
    QTest::addRow("remove, no check") << remove << a1 << NoVersion << 0;
    QTest::addRow("remove, missing resource") << remove << missing << NoVersion << 404;
}

void StoreConformance::versionCompareAndSwap()
{
    QFETCH(WriteOperation::Kind, kind);
    QFETCH(QString, id);
    QFETCH(qint64, expected);
    QFETCH(int, status);

    auto store = makeStore();
    const QString a1 = QStringLiteral("a1");
    QVERIFY(store->apply(Default, batchOf({createOperation(userResource(a1, QStringLiteral("alice")))})));
    QVERIFY(store->apply(Default,
                         batchOf({replaceOperation(userResource(a1, QStringLiteral("alice"), {}, 2), 1)})));
    const Resource current = userResource(a1, QStringLiteral("alice3"), {}, 3);
    QVERIFY(store->apply(Default, batchOf({replaceOperation(current, 2)})));
    const qsizetype auditBefore = store->auditLog(Default, 0, 1000).size();

    const std::optional<quint64> expectedVersion =
        expected == NoVersion ? std::nullopt : std::optional<quint64>(quint64(expected));
    const WriteOperation operation =
        kind == WriteOperation::Kind::Replace
            ? replaceOperation(userResource(id, QStringLiteral("alice4"), {}, 4), expectedVersion)
            : removeOperation(User, id, expectedVersion);
    const Status result = store->apply(Default, batchOf({operation}));
    QCOMPARE(statusOf(result), status);
    if (status == 412)
        QCOMPARE(result.error().scimType, ScimType::None);

    const std::optional<Resource> after = store->get(Default, User, a1);
    if (status != 0) {
        QVERIFY(after);
        QCOMPARE(after->version, 3u);
        QCOMPARE(after->json, current.json);
        QCOMPARE(store->auditLog(Default, 0, 1000).size(), auditBefore);
        QCOMPARE(idsWithUserName(*store, Default, QStringLiteral("alice3")), QStringList{a1});
        QCOMPARE(idsWithUserName(*store, Default, QStringLiteral("alice4")), QStringList());
    } else if (kind == WriteOperation::Kind::Replace) {
        QVERIFY(after);
        QCOMPARE(after->version, 4u);
        QCOMPARE(idsWithUserName(*store, Default, QStringLiteral("alice3")), QStringList());
        QCOMPARE(idsWithUserName(*store, Default, QStringLiteral("alice4")), QStringList{a1});
    } else {
        QVERIFY(!after);
        QCOMPARE(idsWithUserName(*store, Default, QStringLiteral("alice3")), QStringList());
    }
    QCOMPARE(store->auditLog(Default, 0, 1000).size(), auditBefore + (status == 0 ? 1 : 0));
}

void StoreConformance::uniqueness_data()
{
    QTest::addColumn<QList<Step>>("steps");
    QTest::addColumn<QList<int>>("statuses");
    QTest::addColumn<QStringList>("finalState");

    // Starting state: a1 "alice" and b1 "bob", both at version 1.
    const QString a1 = QStringLiteral("a1"), b1 = QStringLiteral("b1"), c1 = QStringLiteral("c1");
    const QString alice = QStringLiteral("alice");
    const QStringList initial{QStringLiteral("a1=alice@1"), QStringLiteral("b1=bob@1")};

    QTest::addRow("id taken") << QList<Step>{createUser(a1, QStringLiteral("zoe"))} << QList<int>{409}
                              << initial;
    QTest::addRow("userName taken") << QList<Step>{createUser(c1, alice)} << QList<int>{409} << initial;
    // Keys arrive case-folded, so a case variant is the same key.
    QTest::addRow("userName taken in another case")
        << QList<Step>{createUser(c1, QStringLiteral("ALICE"))} << QList<int>{409} << initial;
    QTest::addRow("replace onto a taken userName")
        << QList<Step>{replaceUser(b1, QStringLiteral("Alice"), 2)} << QList<int>{409} << initial;
    QTest::addRow("replace keeping its own userName")
        << QList<Step>{replaceUser(a1, alice, 2)} << QList<int>{0}
        << QStringList{QStringLiteral("a1=alice@2"), QStringLiteral("b1=bob@1")};
    QTest::addRow("replace to a case variant of its own userName")
        << QList<Step>{replaceUser(a1, QStringLiteral("Alice"), 2)} << QList<int>{0}
        << QStringList{QStringLiteral("a1=Alice@2"), QStringLiteral("b1=bob@1")};
    QTest::addRow("userName freed by remove")
        << QList<Step>{removeUser(a1), createUser(c1, alice)} << QList<int>{0, 0}
        << QStringList{QStringLiteral("b1=bob@1"), QStringLiteral("c1=alice@1")};
    QTest::addRow("userName freed by replace")
        << QList<Step>{replaceUser(a1, QStringLiteral("alice2"), 2), createUser(c1, alice),
                       createUser(QStringLiteral("d1"), QStringLiteral("ALICE2"))}
        << QList<int>{0, 0, 409}
        << QStringList{QStringLiteral("a1=alice2@2"), QStringLiteral("b1=bob@1"),
                       QStringLiteral("c1=alice@1")};
    QTest::addRow("id free again after remove")
        << QList<Step>{removeUser(a1), createUser(a1, QStringLiteral("anna"))} << QList<int>{0, 0}
        << QStringList{QStringLiteral("a1=anna@1"), QStringLiteral("b1=bob@1")};
    QTest::addRow("same id and key value in another resource type")
        << QList<Step>{createGroup(a1, alice)} << QList<int>{0} << initial;
    QTest::addRow("group displayName taken in another case")
        << QList<Step>{createGroup(QStringLiteral("g1"), QStringLiteral("Admins")),
                       createGroup(QStringLiteral("g2"), QStringLiteral("ADMINS")),
                       createGroup(QStringLiteral("g1"), QStringLiteral("Other"))}
        << QList<int>{0, 409, 409} << initial;
    QTest::addRow("rejected create leaves its key free")
        << QList<Step>{createUser(a1, QStringLiteral("zoe")), createUser(c1, QStringLiteral("zoe"))}
        << QList<int>{409, 0}
        << QStringList{QStringLiteral("a1=alice@1"), QStringLiteral("b1=bob@1"), QStringLiteral("c1=zoe@1")};
}

void StoreConformance::uniqueness()
{
    QFETCH(QList<Step>, steps);
    QFETCH(QList<int>, statuses);
    QFETCH(QStringList, finalState);
    QCOMPARE(steps.size(), statuses.size());

    auto store = makeStore();
    QVERIFY(store->apply(
        Default, batchOf({createOperation(userResource(QStringLiteral("a1"), QStringLiteral("alice"))),
                          createOperation(userResource(QStringLiteral("b1"), QStringLiteral("bob")))})));
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const Status result = store->apply(Default, batchOf({operationFor(steps.at(i))}));
        QVERIFY2(statusOf(result) == statuses.at(i),
                 qPrintable(QStringLiteral("step %1: status %2 (%3), expected %4")
                                .arg(i)
                                .arg(statusOf(result))
                                .arg(detailOf(result))
                                .arg(statuses.at(i))));
        if (statuses.at(i) == 409)
            QCOMPARE(result.error().scimType, ScimType::Uniqueness);
    }
    QCOMPARE(userState(*store, Default), finalState);
    // Every user is found by its userName in any case, and only it.
    for (const QString& entry : std::as_const(finalState)) {
        const QString id = entry.section(u'=', 0, 0);
        const QString userName = entry.section(u'=', 1).section(u'@', 0, 0);
        QCOMPARE(idsWithUserName(*store, Default, userName.toUpper()), QStringList{id});
    }
}

void StoreConformance::failedBatchChangesNothing_data()
{
    QTest::addColumn<QList<Step>>("batch");
    QTest::addColumn<int>("status");

    // Starting state: a1 "alice", b1 "bob", group g1 "Admins" with member a1.
    const QString a1 = QStringLiteral("a1"), b1 = QStringLiteral("b1"), c1 = QStringLiteral("c1");
    QTest::addRow("duplicate id last")
        << QList<Step>{createUser(c1, QStringLiteral("carol")), replaceUser(a1, QStringLiteral("alice2"), 2),
                       removeUser(b1), createUser(a1, QStringLiteral("zed"))}
        << 409;
    QTest::addRow("key taken by an earlier operation of the batch")
        << QList<Step>{createUser(c1, QStringLiteral("carol")),
                       createUser(QStringLiteral("d1"), QStringLiteral("CAROL"))}
        << 409;
    QTest::addRow("replace of a missing resource last")
        << QList<Step>{createUser(c1, QStringLiteral("carol")),
                       replaceUser(QStringLiteral("zz"), QStringLiteral("x"), 2)}
        << 404;
    QTest::addRow("stale remove last")
        << QList<Step>{replaceUser(a1, QStringLiteral("alice2"), 2), removeUser(b1, 7)} << 412;
    QTest::addRow("stale replace after a remove")
        << QList<Step>{removeUser(b1), replaceUser(a1, QStringLiteral("bob"), 2, 5)} << 412;
    QTest::addRow("membership change then failure")
        << QList<Step>{replaceGroup(QStringLiteral("g1"), QStringLiteral("Admins"), {b1}, 2),
                       createGroup(QStringLiteral("g2"), QStringLiteral("Others"), {a1}),
                       createUser(a1, QStringLiteral("x"))}
        << 409;
    QTest::addRow("remove of a removed resource") << QList<Step>{removeUser(a1), removeUser(a1)} << 404;
}

void StoreConformance::failedBatchChangesNothing()
{
    QFETCH(QList<Step>, batch);
    QFETCH(int, status);

    auto store = makeStore();
    const QString a1 = QStringLiteral("a1"), b1 = QStringLiteral("b1");
    QVERIFY(store->apply(Default, batchOf({createOperation(userResource(a1, QStringLiteral("alice"))),
                                           createOperation(userResource(b1, QStringLiteral("bob"))),
                                           createOperation(groupResource(QStringLiteral("g1"),
                                                                         QStringLiteral("Admins"), {a1}))})));

    const QStringList stateBefore = userState(*store, Default);
    const QList<AuditEntry> auditBefore = store->auditLog(Default, 0, 1000);
    const std::optional<Resource> groupBefore = store->get(Default, Group, QStringLiteral("g1"));
    QVERIFY(groupBefore);

    QList<WriteOperation> operations;
    for (const Step& step : std::as_const(batch))
        operations.append(operationFor(step));
    const Status result = store->apply(Default, batchOf(operations));
    QCOMPARE(statusOf(result), status);

    QCOMPARE(userState(*store, Default), stateBefore);
    QCOMPARE(store->count(Default, User), 2);
    QCOMPARE(store->count(Default, Group), 1);
    QCOMPARE(store->auditLog(Default, 0, 1000).size(), auditBefore.size());
    const std::optional<Resource> groupAfter = store->get(Default, Group, QStringLiteral("g1"));
    QVERIFY(groupAfter);
    QCOMPARE(groupAfter->version, groupBefore->version);
    QCOMPARE(groupAfter->json, groupBefore->json);
    QVERIFY(!store->get(Default, Group, QStringLiteral("g2")));
    QCOMPARE(store->groupsWithMember(Default, a1), QStringList{QStringLiteral("g1")});
    QCOMPARE(store->groupsWithMember(Default, b1), QStringList());
    // No index kept a trace of the rejected operations.
    for (const QString& userName :
         {QStringLiteral("carol"), QStringLiteral("alice2"), QStringLiteral("zed"), QStringLiteral("x")})
        QCOMPARE(idsWithUserName(*store, Default, userName), QStringList());
    QCOMPARE(idsWithUserName(*store, Default, QStringLiteral("alice")), QStringList{a1});
    QCOMPARE(idsWithUserName(*store, Default, QStringLiteral("bob")), QStringList{b1});

    // The keys the failed batch would have claimed are still free.
    const Status later = store->apply(
        Default, batchOf({createOperation(userResource(QStringLiteral("c1"), QStringLiteral("carol"))),
                          createOperation(groupResource(QStringLiteral("g2"), QStringLiteral("Others")))}));
    QVERIFY2(later.ok(), qPrintable(detailOf(later)));
    QCOMPARE(store->auditLog(Default, 0, 1000).size(), auditBefore.size() + 2);
}

void StoreConformance::batchSeesEarlierOperations_data()
{
    QTest::addColumn<QList<Step>>("batch");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("finalState");

    // Starting state: a1 "alice" and b1 "bob", both at version 1.
    const QString a1 = QStringLiteral("a1"), b1 = QStringLiteral("b1"), c1 = QStringLiteral("c1");
    const QStringList initial{QStringLiteral("a1=alice@1"), QStringLiteral("b1=bob@1")};

    QTest::addRow("create then replace")
        << QList<Step>{createUser(c1, QStringLiteral("carol")),
                       replaceUser(c1, QStringLiteral("carol2"), 2, 1)}
        << 0
        << QStringList{QStringLiteral("a1=alice@1"), QStringLiteral("b1=bob@1"),
                       QStringLiteral("c1=carol2@2")};
    QTest::addRow("create then remove")
        << QList<Step>{createUser(c1, QStringLiteral("carol")), removeUser(c1, 1)} << 0 << initial;
    QTest::addRow("remove then create the same id")
        << QList<Step>{removeUser(a1, 1), createUser(a1, QStringLiteral("anna"))} << 0
        << QStringList{QStringLiteral("a1=anna@1"), QStringLiteral("b1=bob@1")};
    QTest::addRow("rename frees the key for a later create")
        << QList<Step>{replaceUser(a1, QStringLiteral("ann"), 2, 1), createUser(c1, QStringLiteral("Alice"))}
        << 0
        << QStringList{QStringLiteral("a1=ann@2"), QStringLiteral("b1=bob@1"), QStringLiteral("c1=Alice@1")};
    QTest::addRow("remove frees the key for a later create")
        << QList<Step>{removeUser(b1), createUser(c1, QStringLiteral("BOB"))} << 0
        << QStringList{QStringLiteral("a1=alice@1"), QStringLiteral("c1=BOB@1")};
    QTest::addRow("swap userNames through a temporary name")
        << QList<Step>{replaceUser(a1, QStringLiteral("tmp"), 2, 1),
                       replaceUser(b1, QStringLiteral("alice"), 2, 1),
                       replaceUser(a1, QStringLiteral("bob"), 3, 2)}
        << 0 << QStringList{QStringLiteral("a1=bob@3"), QStringLiteral("b1=alice@2")};
    QTest::addRow("chained versions")
        << QList<Step>{replaceUser(a1, QStringLiteral("x"), 2, 1), replaceUser(a1, QStringLiteral("y"), 3, 2)}
        << 0 << QStringList{QStringLiteral("a1=y@3"), QStringLiteral("b1=bob@1")};
    QTest::addRow("stale version after an earlier replace")
        << QList<Step>{replaceUser(a1, QStringLiteral("x"), 2, 1), replaceUser(a1, QStringLiteral("y"), 3, 1)}
        << 412 << initial;
    QTest::addRow("key taken by an earlier create")
        << QList<Step>{createUser(c1, QStringLiteral("carol")),
                       createUser(QStringLiteral("d1"), QStringLiteral("Carol"))}
        << 409 << initial;
    QTest::addRow("swap without a temporary name conflicts")
        << QList<Step>{replaceUser(a1, QStringLiteral("bob"), 2, 1),
                       replaceUser(b1, QStringLiteral("alice"), 2, 1)}
        << 409 << initial;
    QTest::addRow("replace after remove")
        << QList<Step>{removeUser(a1), replaceUser(a1, QStringLiteral("z"), 2)} << 404 << initial;
    QTest::addRow("the same create twice")
        << QList<Step>{createUser(c1, QStringLiteral("carol")), createUser(c1, QStringLiteral("carol"))}
        << 409 << initial;
}

void StoreConformance::batchSeesEarlierOperations()
{
    QFETCH(QList<Step>, batch);
    QFETCH(int, status);
    QFETCH(QStringList, finalState);

    auto store = makeStore();
    QVERIFY(store->apply(
        Default, batchOf({createOperation(userResource(QStringLiteral("a1"), QStringLiteral("alice"))),
                          createOperation(userResource(QStringLiteral("b1"), QStringLiteral("bob")))})));
    const qsizetype auditBefore = store->auditLog(Default, 0, 1000).size();
    QList<WriteOperation> operations;
    for (const Step& step : std::as_const(batch))
        operations.append(operationFor(step));
    const Status result = store->apply(Default, batchOf(operations));
    QVERIFY2(statusOf(result) == status,
             qPrintable(QStringLiteral("status %1: %2").arg(statusOf(result)).arg(detailOf(result))));
    QCOMPARE(userState(*store, Default), finalState);
    QCOMPARE(store->auditLog(Default, 0, 1000).size(), auditBefore + (status == 0 ? batch.size() : 0));
    for (const QString& entry : std::as_const(finalState)) {
        const QString id = entry.section(u'=', 0, 0);
        const QString userName = entry.section(u'=', 1).section(u'@', 0, 0);
        QCOMPARE(idsWithUserName(*store, Default, userName), QStringList{id});
    }
}

void StoreConformance::tenantIsolation()
{
    auto store = makeStore();
    const QString acme = QStringLiteral("acme");
    const QString a1 = QStringLiteral("a1");
    QVERIFY(store->createTenant(acme));
    QVERIFY(store->hasTenant(acme));

    // The same ids and userNames in both tenants are no conflict.
    const Resource alice = userResource(a1, QStringLiteral("alice"));
    const Resource group = groupResource(QStringLiteral("g1"), QStringLiteral("Admins"), {a1});
    QVERIFY(store->apply(Default, batchOf({createOperation(alice), createOperation(group)})));
    const Status acmeCreate = store->apply(acme, batchOf({createOperation(alice), createOperation(group)}));
    QVERIFY2(acmeCreate.ok(), qPrintable(detailOf(acmeCreate)));

    // A change in one tenant is invisible in the other.
    const Resource acmeAlice =
        userResource(a1, QStringLiteral("alice"), {{QStringLiteral("title"), QStringLiteral("CEO")}}, 2);
    QVERIFY(store->apply(
        acme, batchOf({replaceOperation(acmeAlice, 1),
                       createOperation(userResource(QStringLiteral("b1"), QStringLiteral("bob"))),
                       replaceOperation(groupResource(QStringLiteral("g1"), QStringLiteral("Admins"),
                                                      {QStringLiteral("b1")}, 2))})));
    QCOMPARE(store->get(Default, User, a1)->json, alice.json);
    QCOMPARE(store->get(acme, User, a1)->json, acmeAlice.json);
    QVERIFY(!store->get(Default, User, QStringLiteral("b1")));
    QCOMPARE(store->count(Default, User), 1);
    QCOMPARE(store->count(acme, User), 2);
    QCOMPARE(store->groupsWithMember(Default, a1), QStringList{QStringLiteral("g1")});
    QCOMPARE(store->groupsWithMember(acme, a1), QStringList());
    QCOMPARE(store->groupsWithMember(Default, QStringLiteral("b1")), QStringList());
    QCOMPARE(store->groupsWithMember(acme, QStringLiteral("b1")), QStringList{QStringLiteral("g1")});

    // Queries never cross tenants, whether served by an index or by a scan.
    for (const QString& filter : {QStringLiteral("userName eq \"ALICE\""), QStringLiteral("title eq \"CEO\""),
                                  QStringLiteral("userName pr"), QString()}) {
        const auto inDefault = runQuery(*store, Default, User, filter);
        const auto inAcme = runQuery(*store, acme, User, filter);
        QVERIFY(inDefault.ok() && inAcme.ok());
        for (const Resource& resource : inDefault->resources)
            QCOMPARE(resource.json, store->get(Default, User, resource.id)->json);
        for (const Resource& resource : inAcme->resources)
            QCOMPARE(resource.json, store->get(acme, User, resource.id)->json);
    }
    QCOMPARE(runQuery(*store, Default, User, QStringLiteral("title eq \"CEO\""))->totalResults, 0);
    QCOMPARE(runQuery(*store, acme, User, QStringLiteral("title eq \"CEO\""))->totalResults, 1);
    QCOMPARE(runQuery(*store, Default, User, {})->totalResults, 1);
    QCOMPARE(runQuery(*store, acme, User, {})->totalResults, 2);

    // Version checks use the tenant's own version.
    QCOMPARE(statusOf(store->apply(Default, batchOf({removeOperation(User, a1, 2)}))), 412);
    QVERIFY(store->apply(acme, batchOf({removeOperation(User, a1, 2)})));
    QVERIFY(store->get(Default, User, a1));
    QVERIFY(!store->get(acme, User, a1));

    // Audit logs are per tenant.
    QCOMPARE(store->auditLog(Default, 0, 100).size(), 2);
    const QList<AuditEntry> acmeAudit = store->auditLog(acme, 0, 100);
    QCOMPARE(acmeAudit.size(), 6);
    QCOMPARE(acmeAudit.last().action, QStringLiteral("delete"));
    QCOMPARE(acmeAudit.last().resourceId, a1);
}

void StoreConformance::removeTenant()
{
    auto store = makeStore();
    const QString acme = QStringLiteral("acme");
    const QString a1 = QStringLiteral("a1");
    QVERIFY(store->createTenant(acme));
    QVERIFY(store->apply(
        acme, batchOf({createOperation(userResource(a1, QStringLiteral("alice"))),
                       createOperation(groupResource(QStringLiteral("g1"), QStringLiteral("G"), {a1}))})));
    QVERIFY(store->apply(Default, batchOf({createOperation(userResource(a1, QStringLiteral("alice")))})));
    QVERIFY(store->tenants().contains(acme));

    // createTenant on an existing tenant changes nothing.
    QVERIFY(store->createTenant(acme));
    QCOMPARE(store->count(acme, User), 1);

    const Status removed = store->removeTenant(acme);
    QVERIFY2(removed.ok(), qPrintable(detailOf(removed)));
    QVERIFY(!store->hasTenant(acme));
    QVERIFY(!store->tenants().contains(acme));
    QVERIFY(store->tenants().contains(Default));
    QVERIFY(!store->get(acme, User, a1));
    QCOMPARE(store->count(acme, User), 0);
    QCOMPARE(statusOf(runQuery(*store, acme, User, {})), 404);
    QCOMPARE(statusOf(store->apply(
                 acme, batchOf({createOperation(userResource(QStringLiteral("b1"), QStringLiteral("b")))}))),
             404);
    QVERIFY(store->auditLog(acme, 0, 100).isEmpty());
    QCOMPARE(statusOf(store->removeTenant(acme)), 404);

    // The other tenant is untouched.
    QVERIFY(store->get(Default, User, a1));
    QCOMPARE(store->auditLog(Default, 0, 100).size(), 1);

    // Re-created, the tenant starts empty: no resources, no audit, no unique keys left behind.
    QVERIFY(store->createTenant(acme));
    QCOMPARE(store->count(acme, User), 0);
    QCOMPARE(store->count(acme, Group), 0);
    QVERIFY(!store->get(acme, User, a1));
    QVERIFY(store->auditLog(acme, 0, 100).isEmpty());
    QCOMPARE(store->groupsWithMember(acme, a1), QStringList());
    QCOMPARE(runQuery(*store, acme, User, QStringLiteral("userName eq \"alice\""))->totalResults, 0);
    const Status recreated =
        store->apply(acme, batchOf({createOperation(userResource(a1, QStringLiteral("alice")))}));
    QVERIFY2(recreated.ok(), qPrintable(detailOf(recreated)));
}

void StoreConformance::unknownTenant_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<bool>("createAndRemove");
    QTest::addRow("never created") << QStringLiteral("nosuch") << false;
    QTest::addRow("removed") << QStringLiteral("gone") << true;
    QTest::addRow("default in another case") << QStringLiteral("DEFAULT") << false;
}

void StoreConformance::unknownTenant()
{
    QFETCH(QString, tenant);
    QFETCH(bool, createAndRemove);
    auto store = makeStore();
    QVERIFY(store->apply(
        Default, batchOf({createOperation(userResource(QStringLiteral("a1"), QStringLiteral("alice")))})));
    if (createAndRemove) {
        QVERIFY(store->createTenant(tenant));
        QVERIFY(store->removeTenant(tenant));
    }

    QVERIFY(!store->hasTenant(tenant));
    QVERIFY(!store->tenants().contains(tenant));
    const Status applied = store->apply(
        tenant, batchOf({createOperation(userResource(QStringLiteral("b1"), QStringLiteral("bob")))}));
    QCOMPARE(statusOf(applied), 404);
    QCOMPARE(statusOf(runQuery(*store, tenant, User, QStringLiteral("userName eq \"alice\""))), 404);
    QCOMPARE(statusOf(store->removeTenant(tenant)), 404);
    QVERIFY(!store->get(tenant, User, QStringLiteral("a1")));
    QCOMPARE(store->count(tenant, User), 0);
    QVERIFY(store->auditLog(tenant, 0, 100).isEmpty());
    QCOMPARE(store->groupsWithMember(tenant, QStringLiteral("a1")), QStringList());
    // The failed write did not create the tenant.
    QVERIFY(!store->hasTenant(tenant));
}

void StoreConformance::defaultTenant()
{
    auto store = makeStore();
    QVERIFY(store->hasTenant(Default));
    QVERIFY(store->tenants().contains(Default));
    QVERIFY(store->apply(
        Default, batchOf({createOperation(userResource(QStringLiteral("a1"), QStringLiteral("alice")))})));

    const Status removed = store->removeTenant(Default);
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().status, 400);
    QVERIFY(store->hasTenant(Default));
    QVERIFY(store->get(Default, User, QStringLiteral("a1")));

    QVERIFY(store->createTenant(Default));
    QCOMPARE(store->count(Default, User), 1);
    QCOMPARE(store->auditLog(Default, 0, 10).size(), 1);
}

void StoreConformance::query_data()
{
    QTest::addColumn<QString>("resourceType");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("sortBy");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<qint64>("startIndex");
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("expected"); // in order, unless there is no sortBy and no paging
    QTest::addColumn<qint64>("total");

    const auto ids = [](std::initializer_list<int> numbers) {
        QStringList list;
        for (int number : numbers)
            list.append(QStringLiteral("u%1").arg(number, 2, 10, QLatin1Char('0')));
        return list;
    };
    const auto filterRow = [](const char* name, const QString& filter, const QStringList& expected) {
        QTest::addRow("%s", name) << User << filter << QString() << false << qint64(1) << NoCount << expected
                                  << qint64(expected.size());
    };
    const auto pageRow = [](const char* name, const QString& filter, const QString& sortBy, bool descending,
                            qint64 startIndex, int count, const QStringList& expected, qint64 total) {
        QTest::addRow("%s", name) << User << filter << sortBy << descending << startIndex << count << expected
                                  << total;
    };
    const QStringList all = ids({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12});
    const QStringList byUserName = ids({4, 3, 1, 7, 6, 5, 11, 9, 12, 8, 10, 2});
    QStringList byUserNameDescending = byUserName;
    std::reverse(byUserNameDescending.begin(), byUserNameDescending.end());

    // Filters
    filterRow("everything", {}, all);
    filterRow("userName eq, other case", QStringLiteral("userName eq \"ALICE\""), ids({4}));
    filterRow("userName eq, stored capitalized", QStringLiteral("userName eq \"bob\""), ids({3}));
    filterRow("userName eq, attribute name in other case", QStringLiteral("USERNAME eq \"Bob\""), ids({3}));
    filterRow("userName eq, URN-qualified",
              QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"Carol\""), ids({1}));
    filterRow("userName eq, no match", QStringLiteral("userName eq \"nobody\""), {});
    filterRow("userName sw", QStringLiteral("userName sw \"M\""), ids({10}));
    filterRow("userName ew", QStringLiteral("userName ew \"ADMIN\""), ids({10}));
    filterRow("userName co", QStringLiteral("userName co \"A\""), ids({1, 4, 5, 7, 10, 11, 12}));
    filterRow("userName ne", QStringLiteral("userName ne \"alice\""),
              ids({1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12}));
    filterRow("externalId eq, exact case", QStringLiteral("externalId eq \"EXT-003\""), ids({3}));
    filterRow("externalId eq is caseExact", QStringLiteral("externalId eq \"ext-003\""), {});
    filterRow("externalId pr", QStringLiteral("externalId pr"), ids({1, 3, 4, 6, 8, 10}));
    filterRow("emails.value eq, other case", QStringLiteral("emails.value eq \"BOB@example.com\""), ids({3}));
    filterRow("emails.value eq, second email", QStringLiteral("emails.value eq \"grace@example.com\""),
              ids({11}));
    filterRow("emails eq compares the value", QStringLiteral("emails eq \"dave@example.org\""), ids({7}));
    filterRow("emails.value ew", QStringLiteral("emails.value ew \"example.org\""), ids({7, 12}));
    filterRow("emails.value co", QStringLiteral("emails.value co \"example.com\""),
              ids({1, 3, 4, 5, 8, 10, 11}));
    filterRow("not emails pr", QStringLiteral("not (emails pr)"), ids({2, 9}));
    filterRow("title eq is case-insensitive", QStringLiteral("title eq \"engineer\""), ids({1, 4, 8}));
    filterRow("title co", QStringLiteral("title co \"engineer\""), ids({1, 4, 8, 11}));
    filterRow("title sw", QStringLiteral("title sw \"Se\""), ids({6, 11}));
    filterRow("not title pr", QStringLiteral("not (title pr)"), ids({2, 5, 9, 12}));
    filterRow("active eq false", QStringLiteral("active eq false"), ids({5, 9, 10}));
    filterRow("name.familyName eq", QStringLiteral("name.familyName eq \"brown\""), ids({3, 7}));
    filterRow("id eq", QStringLiteral("id eq \"u05\""), ids({5}));
    filterRow("meta.resourceType eq", QStringLiteral("meta.resourceType eq \"User\""), all);
    filterRow("and", QStringLiteral("title eq \"Manager\" and active eq true"), ids({3}));
    filterRow("or", QStringLiteral("title eq \"Manager\" or department eq \"Security\""), ids({3, 6, 10}));
    filterRow("and binds tighter than or",
              QStringLiteral("userName eq \"zed\" or userName eq \"alice\" and active eq false"), ids({2}));
    filterRow("parentheses",
              QStringLiteral("(userName eq \"zed\" or userName eq \"alice\") and active eq true"),
              ids({2, 4}));
    filterRow("indexed eq and a scan", QStringLiteral("emails.value eq \"m@evil.test\" and title sw \"Man\""),
              ids({10}));
    filterRow("indexed eq or indexed eq", QStringLiteral("userName eq \"eve\" or externalId eq \"ext-008\""),
              ids({6, 8}));
    filterRow("indexed eq or a scan", QStringLiteral("userName eq \"eve\" or title eq \"Designer\""),
              ids({6, 7}));
    filterRow("not of an indexed eq", QStringLiteral("not (userName eq \"alice\") and title eq \"Engineer\""),
              ids({1, 8}));
    filterRow("valuePath with and", QStringLiteral("emails[type eq \"work\" and value co \"@corp.test\"]"),
              ids({4, 6, 11}));
    filterRow("valuePath on type", QStringLiteral("emails[type eq \"home\"]"), ids({1, 4, 11}));
    filterRow("valuePath on a boolean", QStringLiteral("emails[primary eq true]"), ids({1, 4, 11}));
    filterRow("valuePath needs one element to match all",
              QStringLiteral("emails[type eq \"home\" and value ew \"corp.test\"]"), {});
    filterRow("enterprise attribute, URN-qualified",
              QStringLiteral(
                  "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq \"Engineering\""),
              ids({1, 4, 8, 11}));
    filterRow("enterprise attribute, unqualified", QStringLiteral("department eq \"sales\""), ids({3, 12}));
    filterRow(
        "enterprise sub-attribute",
        QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq \"u04\""),
        ids({1, 11}));
    filterRow("enterprise sw", QStringLiteral("employeeNumber sw \"100\""), ids({1, 3, 4, 6, 8}));
    filterRow("meta.lastModified gt", QStringLiteral("meta.lastModified gt \"2024-02-01T00:00:00Z\""),
              ids({1, 8, 10}));
    filterRow("meta.lastModified gt, other time zone",
              QStringLiteral("meta.lastModified gt \"2024-02-01T01:00:00+01:00\""), ids({1, 8, 10}));
    filterRow("meta.lastModified ge", QStringLiteral("meta.lastModified ge \"2024-02-15T12:00:00Z\""),
              ids({1, 8}));
    filterRow("meta.created lt", QStringLiteral("meta.created lt \"2024-01-04T00:00:00Z\""), ids({2, 5, 7}));
    filterRow("meta.created le and ge",
              QStringLiteral(
                  "meta.created ge \"2024-01-05T09:00:00Z\" and meta.created le \"2024-01-07T09:00:00Z\""),
              ids({1, 6, 11}));

    // Sorting
    pageRow("sort userName ascending", {}, QStringLiteral("userName"), false, 1, NoCount, byUserName, 12);
    pageRow("sort userName descending", {}, QStringLiteral("userName"), true, 1, NoCount,
            byUserNameDescending, 12);
    pageRow("sort name.familyName ascending, missing last", {}, QStringLiteral("name.familyName"), false, 1,
            NoCount, ids({4, 3, 7, 1, 6, 11, 9, 12, 8, 10, 2, 5}), 12);
    pageRow("sort name.familyName descending, missing last", {}, QStringLiteral("name.familyName"), true, 1,
            NoCount, ids({2, 10, 8, 12, 9, 11, 6, 1, 3, 7, 4, 5}), 12);
    pageRow("sort meta.created ascending", {}, QStringLiteral("meta.created"), false, 1, NoCount,
            ids({5, 2, 7, 9, 1, 11, 6, 12, 3, 10, 4, 8}), 12);
    pageRow("sort meta.created descending, first 3", {}, QStringLiteral("meta.created"), true, 1, 3,
            ids({8, 4, 10}), 12);
    pageRow("sort enterprise employeeNumber", QStringLiteral("employeeNumber pr"),
            QStringLiteral("employeeNumber"), false, 1, NoCount, ids({1, 3, 4, 6, 8, 11, 12}), 7);
    pageRow("filter and sort", QStringLiteral("active eq false"), QStringLiteral("userName"), false, 1,
            NoCount, ids({5, 9, 10}), 3);

    // Paging
    pageRow("page 1 of 5", {}, QStringLiteral("userName"), false, 1, 5, byUserName.mid(0, 5), 12);
    pageRow("startIndex 2", {}, QStringLiteral("userName"), false, 2, 3, ids({3, 1, 7}), 12);
    pageRow("last partial page", {}, QStringLiteral("userName"), false, 11, 5, ids({10, 2}), 12);
    pageRow("last single item", {}, QStringLiteral("userName"), false, 12, 1, ids({2}), 12);
    pageRow("startIndex just beyond the end", {}, QStringLiteral("userName"), false, 13, 5, {}, 12);
    pageRow("startIndex far beyond the end", {}, QStringLiteral("userName"), false, 100, 5, {}, 12);
    pageRow("startIndex 0 is 1", {}, QStringLiteral("userName"), false, 0, 2, ids({4, 3}), 12);
    pageRow("negative startIndex is 1", {}, QStringLiteral("userName"), false, -5, 2, ids({4, 3}), 12);
    pageRow("count 0 gives totals only", {}, QStringLiteral("userName"), false, 1, 0, {}, 12);
    pageRow("count 0 with a filter", QStringLiteral("title eq \"engineer\""), {}, false, 1, 0, {}, 3);
    pageRow("count larger than the total", {}, QStringLiteral("userName"), false, 1, 100, byUserName, 12);
    pageRow("no count from startIndex 10", {}, QStringLiteral("userName"), false, 10, NoCount,
            ids({8, 10, 2}), 12);
    pageRow("filtered, descending, page 2", QStringLiteral("emails.value co \"example.com\""),
            QStringLiteral("userName"), true, 2, 2, ids({8, 11}), 7);
    pageRow("descending page beyond the filtered total", QStringLiteral("emails.value co \"example.com\""),
            QStringLiteral("userName"), true, 8, 2, {}, 7);

    // Groups
    QTest::addRow("groups by displayName")
        << Group << QString() << QStringLiteral("displayName") << false << qint64(1) << NoCount
        << QStringList{QStringLiteral("g1"), QStringLiteral("g3"), QStringLiteral("g2")} << qint64(3);
    QTest::addRow("groups displayName eq")
        << Group << QStringLiteral("displayName eq \"admins\"") << QString() << false << qint64(1) << NoCount
        << QStringList{QStringLiteral("g1")} << qint64(1);
    QTest::addRow("groups members.value eq")
        << Group << QStringLiteral("members.value eq \"u04\"") << QString() << false << qint64(1) << NoCount
        << QStringList{QStringLiteral("g1"), QStringLiteral("g2")} << qint64(2);
    QTest::addRow("groups members valuePath")
        << Group << QStringLiteral("members[value eq \"u11\"]") << QString() << false << qint64(1) << NoCount
        << QStringList{QStringLiteral("g2")} << qint64(1);
    QTest::addRow("groups without members")
        << Group << QStringLiteral("not (members pr)") << QString() << false << qint64(1) << NoCount
        << QStringList{QStringLiteral("g3")} << qint64(1);
    QTest::addRow("user filter finds no groups")
        << Group << QStringLiteral("displayName eq \"alice\"") << QString() << false << qint64(1) << NoCount
        << QStringList() << qint64(0);
}

void StoreConformance::query()
{
    QFETCH(QString, resourceType);
    QFETCH(QString, filter);
    QFETCH(QString, sortBy);
    QFETCH(bool, descending);
    QFETCH(qint64, startIndex);
    QFETCH(int, count);
    QFETCH(QStringList, expected);
    QFETCH(qint64, total);

    auto store = makePopulatedStore();
    QVERIFY(store);
    const auto result =
        runQuery(*store, Default, resourceType, filter, sortBy, descending, startIndex, count);
    QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().detail));
    QCOMPARE(result->totalResults, total);
    QCOMPARE(result->startIndex, std::max<qint64>(1, startIndex));
    const bool ordered = !sortBy.isEmpty() || startIndex > 1 || count != NoCount;
    QCOMPARE(ordered ? idsOf(result->resources) : sorted(idsOf(result->resources)), expected);

    // What comes back is what was stored in this tenant, never the decoy's.
    QHash<QString, Resource> stored;
    for (const Resource& resource : fixtureUsers() + fixtureGroups())
        stored.insert(resource.resourceType + u'/' + resource.id, resource);
    for (const Resource& resource : result->resources) {
        const Resource original = stored.value(resource.resourceType + u'/' + resource.id);
        QCOMPARE(resource.resourceType, resourceType);
        QCOMPARE(resource.version, original.version);
        QCOMPARE(resource.json, original.json);
    }
}

void StoreConformance::queryPagesPartitionUnsortedResults_data()
{
    QTest::addColumn<QString>("resourceType");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("total");
    QTest::addRow("all users by 5") << User << QString() << 5 << 12;
    QTest::addRow("all users by 1") << User << QString() << 1 << 12;
    QTest::addRow("all users by 12") << User << QString() << 12 << 12;
    QTest::addRow("filtered users by 3") << User << QStringLiteral("emails.value co \"example\"") << 3 << 9;
    QTest::addRow("groups by 2") << Group << QString() << 2 << 3;
}

void StoreConformance::queryPagesPartitionUnsortedResults()
{
    QFETCH(QString, resourceType);
    QFETCH(QString, filter);
    QFETCH(int, pageSize);
    QFETCH(int, total);

    // Without sortBy the order is the store's own, but it must be stable: pages neither overlap nor skip.
    auto store = makePopulatedStore();
    QVERIFY(store);
    const auto everything = runQuery(*store, Default, resourceType, filter);
    QVERIFY(everything.ok());
    QCOMPARE(everything->totalResults, total);
    QStringList paged;
    for (qint64 start = 1; start <= total; start += pageSize) {
        const auto page = runQuery(*store, Default, resourceType, filter, {}, false, start, pageSize);
        QVERIFY(page.ok());
        QCOMPARE(page->totalResults, total);
        QCOMPARE(page->resources.size(), std::min<qsizetype>(pageSize, total - start + 1));
        paged += idsOf(page->resources);
    }
    QCOMPARE(QSet<QString>(paged.begin(), paged.end()).size(), paged.size());
    QCOMPARE(sorted(paged), sorted(idsOf(everything->resources)));
}

void StoreConformance::queryPagesWithoutTotal_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("sortBy");
    QTest::addColumn<int>("pageSize");
    QTest::addRow("filtered, store order, by 3")
        << QStringLiteral("emails.value co \"example\"") << QString() << 3;
    QTest::addRow("filtered, by userName, by 4")
        << QStringLiteral("emails.value co \"example\"") << QStringLiteral("userName") << 4;
    QTest::addRow("everything, by 5") << QString() << QString() << 5;
    QTest::addRow("indexed equality, by 1") << QStringLiteral("userName eq \"alice\"") << QString() << 1;
}

// Query::countTotal false (a table's first rows): the same pages; the total may stop at the page's end,
// plus one when more follow, and is exact when it says more than that.
void StoreConformance::queryPagesWithoutTotal()
{
    QFETCH(QString, filter);
    QFETCH(QString, sortBy);
    QFETCH(int, pageSize);
    auto store = makePopulatedStore();
    QVERIFY(store);
    const auto everything = runQuery(*store, Default, User, filter, sortBy);
    QVERIFY(everything.ok());
    const qint64 total = everything->totalResults;
    QVERIFY(total > 0);
    for (qint64 start = 1; start <= total; start += pageSize) {
        const auto counted = runQuery(*store, Default, User, filter, sortBy, false, start, pageSize);
        QVERIFY(counted.ok());
        const auto page = runQuery(*store, Default, User, filter, sortBy, false, start, pageSize, false);
        QVERIFY(page.ok());
        // Without sortBy the store's own order, which paging keeps stable.
        QCOMPARE(idsOf(page->resources), idsOf(counted->resources));
        const qint64 pageEnd = start - 1 + page->resources.size();
        const bool moreFollow = pageEnd < total;
        QCOMPARE(page->totalResults > pageEnd, moreFollow);
        if (page->totalResults > pageEnd + 1)
            QCOMPARE(page->totalResults, total);
    }
}

void StoreConformance::invalidQuery_data()
{
    QTest::addColumn<QString>("resourceType");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("sortBy");
    QTest::addColumn<ScimType>("scimType");

    QTest::addRow("unknown attribute")
        << User << QStringLiteral("nosuch eq \"x\"") << QString() << ScimType::InvalidFilter;
    QTest::addRow("unknown sub-attribute")
        << User << QStringLiteral("name.nosuch eq \"x\"") << QString() << ScimType::InvalidFilter;
    QTest::addRow("gt on a boolean") << User << QStringLiteral("active gt true") << QString()
                                     << ScimType::InvalidFilter;
    QTest::addRow("not a dateTime") << User << QStringLiteral("meta.created gt \"yesterday\"") << QString()
                                    << ScimType::InvalidFilter;
    QTest::addRow("group attribute on users")
        << User << QStringLiteral("members.value eq \"x\"") << QString() << ScimType::InvalidFilter;
    QTest::addRow("user attribute on groups")
        << Group << QStringLiteral("userName eq \"x\"") << QString() << ScimType::InvalidFilter;
    QTest::addRow("unknown schema URN")
        << User << QStringLiteral("urn:example:nope:2.0:User:department eq \"x\"") << QString()
        << ScimType::InvalidFilter;
    QTest::addRow("invalid filter beside a valid sort")
        << User << QStringLiteral("userName eq \"x\" and nosuch pr") << QStringLiteral("userName")
        << ScimType::InvalidFilter;
    QTest::addRow("unknown sortBy") << User << QString() << QStringLiteral("nosuch") << ScimType::InvalidPath;
    QTest::addRow("sortBy a complex attribute without value")
        << User << QString() << QStringLiteral("name") << ScimType::InvalidPath;
}

void StoreConformance::invalidQuery()
{
    QFETCH(QString, resourceType);
    QFETCH(QString, filter);
    QFETCH(QString, sortBy);
    QFETCH(ScimType, scimType);

    auto store = makePopulatedStore();
    QVERIFY(store);
    const auto result = runQuery(*store, Default, resourceType, filter, sortBy);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().status, 400);
    const ScimError expected{400, scimType, {}};
    QCOMPARE(result.error().scimTypeName(), expected.scimTypeName());
}

void StoreConformance::valuesWithNullCharacter_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("sortBy");
    QTest::addColumn<QStringList>("expected"); // in order when sorted, else in id order
    // n1 "a\0b", n2 "a", n3 "a\0B", n4 "ab", n5 "a\0" (U+0000 is written \u0000 in a filter's string)
    QTest::addRow("eq") << QStringLiteral("userName eq \"a\\u0000b\"") << QString()
                        << QStringList{QStringLiteral("n1"), QStringLiteral("n3")};
    QTest::addRow("eq the prefix only")
        << QStringLiteral("userName eq \"a\"") << QString() << QStringList{QStringLiteral("n2")};
    QTest::addRow("eq, trailing U+0000")
        << QStringLiteral("userName eq \"a\\u0000\"") << QString() << QStringList{QStringLiteral("n5")};
    QTest::addRow("sw") << QStringLiteral("userName sw \"a\\u0000\"") << QString()
                        << QStringList{QStringLiteral("n1"), QStringLiteral("n3"), QStringLiteral("n5")};
    QTest::addRow("co") << QStringLiteral("userName co \"\\u0000b\"") << QString()
                        << QStringList{QStringLiteral("n1"), QStringLiteral("n3")};
    QTest::addRow("ew") << QStringLiteral("userName ew \"\\u0000\"") << QString()
                        << QStringList{QStringLiteral("n5")};
    QTest::addRow("gt") << QStringLiteral("userName gt \"a\\u0000b\"") << QString()
                        << QStringList{QStringLiteral("n4")};
    QTest::addRow("ne") << QStringLiteral("userName ne \"a\\u0000b\"") << QString()
                        << QStringList{QStringLiteral("n2"), QStringLiteral("n4"), QStringLiteral("n5")};
    QTest::addRow("eq on a sub-attribute") << QStringLiteral("name.givenName eq \"x\\u0000y\"") << QString()
                                           << QStringList{QStringLiteral("n1")};
    QTest::addRow("sortBy userName") << QString() << QStringLiteral("userName")
                                     << QStringList{QStringLiteral("n2"), QStringLiteral("n5"),
                                                    QStringLiteral("n1"), QStringLiteral("n3"),
                                                    QStringLiteral("n4")};
}

void StoreConformance::valuesWithNullCharacter()
{
    QFETCH(QString, filter);
    QFETCH(QString, sortBy);
    QFETCH(QStringList, expected);
    auto store = makeStore();
    QVERIFY(store);
    const QChar null(0);
    const QJsonObject named{
        {QStringLiteral("name"),
         QJsonObject{{QStringLiteral("givenName"), QString(QStringLiteral("x") + null + u'y')}}}};
    // The same folded userName twice would be one unique key: n3 differs from n1 in case only, so it
    // gets a key of its own here.
    Resource differentCase = userResource(QStringLiteral("n3"), QStringLiteral("a") + null + u'B');
    differentCase.uniqueKeys = {{QStringLiteral("userName"), QStringLiteral("n3")}};
    const Status created = store->apply(
        Default, batchOf({createOperation(
                              userResource(QStringLiteral("n1"), QStringLiteral("a") + null + u'b', named)),
                          createOperation(userResource(QStringLiteral("n2"), QStringLiteral("a"))),
                          createOperation(differentCase),
                          createOperation(userResource(QStringLiteral("n4"), QStringLiteral("ab"))),
                          createOperation(userResource(QStringLiteral("n5"), QStringLiteral("a") + null))}));
    if (!created)
        QSKIP(qPrintable(
            QStringLiteral("%1 refuses U+0000 in values: %2").arg(m_storeName, created.error().detail)));
    const std::optional<Resource> stored = store->get(Default, User, QStringLiteral("n1"));
    QVERIFY(stored);
    QCOMPARE(stored->json.value(QStringLiteral("userName")).toString(), QStringLiteral("a") + null + u'b');

    const auto result = runQuery(*store, Default, User, filter, sortBy);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
    QCOMPARE(sortBy.isEmpty() ? sorted(idsOf(result->resources)) : idsOf(result->resources), expected);
    QCOMPARE(result->totalResults, qint64(expected.size()));
}

void StoreConformance::groupsWithMember()
{
    auto store = makeStore();
    const QString u1 = QStringLiteral("u1"), u2 = QStringLiteral("u2"), u3 = QStringLiteral("u3");
    const QString g1 = QStringLiteral("g1"), g2 = QStringLiteral("g2"), g3 = QStringLiteral("g3");
    QVERIFY(store->apply(Default, batchOf({createOperation(userResource(u1, QStringLiteral("one"))),
                                           createOperation(userResource(u2, QStringLiteral("two"))),
                                           createOperation(userResource(u3, QStringLiteral("three"))),
                                           createOperation(groupResource(g1, QStringLiteral("G1"), {u1, u2})),
                                           createOperation(groupResource(g2, QStringLiteral("G2"), {u2}))})));
    QCOMPARE(store->groupsWithMember(Default, u1), QStringList{g1});
    QCOMPARE(sorted(store->groupsWithMember(Default, u2)), (QStringList{g1, g2}));
    QCOMPARE(store->groupsWithMember(Default, u3), QStringList());
    QCOMPARE(store->groupsWithMember(Default, QStringLiteral("nobody")), QStringList());

    // Replace: membership follows the group's new members.
    QVERIFY(store->apply(Default,
                         batchOf({replaceOperation(groupResource(g1, QStringLiteral("G1"), {u3}, 2), 1)})));
    QCOMPARE(store->groupsWithMember(Default, u1), QStringList());
    QCOMPARE(store->groupsWithMember(Default, u2), QStringList{g2});
    QCOMPARE(store->groupsWithMember(Default, u3), QStringList{g1});

    // Nested groups: a group is a member like any other.
    QVERIFY(
        store->apply(Default, batchOf({createOperation(groupResource(g3, QStringLiteral("G3"), {g1, u3}))})));
    QCOMPARE(store->groupsWithMember(Default, g1), QStringList{g3});
    QCOMPARE(sorted(store->groupsWithMember(Default, u3)), (QStringList{g1, g3}));

    // Remove: the group no longer lists anyone.
    QVERIFY(store->apply(Default, batchOf({removeOperation(Group, g2)})));
    QCOMPARE(store->groupsWithMember(Default, u2), QStringList());
    // Removing a member does not edit groups (the Directory does that in the same batch).
    QVERIFY(store->apply(Default, batchOf({removeOperation(User, u3)})));
    QCOMPARE(sorted(store->groupsWithMember(Default, u3)), (QStringList{g1, g3}));

    // A group emptied by replace.
    QVERIFY(store->apply(Default,
                         batchOf({replaceOperation(groupResource(g1, QStringLiteral("G1"), {}, 3), 2)})));
    QCOMPARE(store->groupsWithMember(Default, u3), QStringList{g3});

    // Update: only the named members come and go.
    QVERIFY(store->apply(Default, batchOf({updateGroupOperation(g1, QStringLiteral("G1"), 4, 3, {},
                                                                memberElements({u1, u3}))})));
    QCOMPARE(store->groupsWithMember(Default, u1), QStringList{g1});
    QCOMPARE(sorted(store->groupsWithMember(Default, u3)), (QStringList{g1, g3}));
    QVERIFY(store->apply(Default, batchOf({updateGroupOperation(g3, QStringLiteral("G3"), 2, 1, {u3, g1},
                                                                memberElements({u2}))})));
    QCOMPARE(store->groupsWithMember(Default, u3), QStringList{g1});
    QCOMPARE(store->groupsWithMember(Default, g1), QStringList());
    QCOMPARE(store->groupsWithMember(Default, u2), QStringList{g3});
    QVERIFY(
        store->apply(Default, batchOf({updateGroupOperation(g1, QStringLiteral("G1"), 5, 4, {u1, u3}, {})})));
    QCOMPARE(store->groupsWithMember(Default, u1), QStringList());
    QCOMPARE(store->groupsWithMember(Default, u3), QStringList());
    // Replace and Remove after updates.
    QVERIFY(store->apply(
        Default, batchOf({updateGroupOperation(g1, QStringLiteral("G1"), 6, 5, {}, memberElements({u1}))})));
    QVERIFY(store->apply(Default,
                         batchOf({replaceOperation(groupResource(g1, QStringLiteral("G1"), {u2}, 7), 6)})));
    QCOMPARE(store->groupsWithMember(Default, u1), QStringList());
    QCOMPARE(sorted(store->groupsWithMember(Default, u2)), (QStringList{g1, g3}));
    QVERIFY(store->apply(Default, batchOf({removeOperation(Group, g3, 2)})));
    QCOMPARE(store->groupsWithMember(Default, u2), QStringList{g1});
    QVERIFY(store->apply(Default, batchOf({removeOperation(Group, g1, 7)})));
    QCOMPARE(store->groupsWithMember(Default, u2), QStringList());
    QCOMPARE(store->memberCount(Default, g1), 0);

    // A group and its removal in one batch leave nothing behind.
    QVERIFY(store->apply(
        Default, batchOf({createOperation(groupResource(QStringLiteral("g4"), QStringLiteral("G4"), {u1})),
                          removeOperation(Group, QStringLiteral("g4"))})));
    QCOMPARE(store->groupsWithMember(Default, u1), QStringList());

    // Another tenant's groups are not this tenant's.
    QVERIFY(store->createTenant(QStringLiteral("acme")));
    QVERIFY(store->apply(
        QStringLiteral("acme"),
        batchOf({createOperation(groupResource(QStringLiteral("g9"), QStringLiteral("G9"), {u1}))})));
    QCOMPARE(store->groupsWithMember(Default, u1), QStringList());
    QCOMPARE(store->groupsWithMember(QStringLiteral("acme"), u1), QStringList{QStringLiteral("g9")});
}

void StoreConformance::updateMembers_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QStringList>("removed");
    QTest::addColumn<QJsonArray>("added");
    QTest::addColumn<QJsonArray>("expected"); // the group's members afterwards, in order

    // Starting state: g1 "Admins" with m3, m1, m2 (in that order), g2 "Others" with m1, g3 "Empty".
    const QString g1 = QStringLiteral("g1"), g3 = QStringLiteral("g3");
    const QString m1 = QStringLiteral("m1"), m2 = QStringLiteral("m2"), m3 = QStringLiteral("m3");
    const QString m4 = QStringLiteral("m4"), m5 = QStringLiteral("m5");
    const QJsonArray initial = memberElements({m3, m1, m2});
    const QStringList none;

    QTest::addRow("add one") << g1 << none << memberElements({m4}) << memberElements({m3, m1, m2, m4});
    QTest::addRow("add several, in their order")
        << g1 << none << memberElements({m5, m4}) << memberElements({m3, m1, m2, m5, m4});
    QTest::addRow("remove one") << g1 << QStringList{m1} << QJsonArray() << memberElements({m3, m2});
    QTest::addRow("remove the first") << g1 << QStringList{m3} << QJsonArray() << memberElements({m1, m2});
    QTest::addRow("remove all") << g1 << QStringList{m1, m2, m3} << QJsonArray() << QJsonArray();
    QTest::addRow("remove and add") << g1 << QStringList{m1} << memberElements({m4})
                                    << memberElements({m3, m2, m4});
    QTest::addRow("removed then added again joins at the end")
        << g1 << QStringList{m3} << QJsonArray{memberElement(m3, QStringLiteral("Back"))}
        << QJsonArray{memberElement(m1), memberElement(m2), memberElement(m3, QStringLiteral("Back"))};
    QTest::addRow("unknown removed id is ignored")
        << g1 << QStringList{QStringLiteral("zz")} << QJsonArray() << initial;
    QTest::addRow("removed id in another case is another id")
        << g1 << QStringList{QStringLiteral("M1")} << QJsonArray() << initial;
    QTest::addRow("the same id removed twice")
        << g1 << QStringList{m1, m1} << QJsonArray() << memberElements({m3, m2});
    QTest::addRow("adding a member again replaces it where it stands")
        << g1 << none << QJsonArray{memberElement(m1, QStringLiteral("Renamed"))}
        << QJsonArray{memberElement(m3), memberElement(m1, QStringLiteral("Renamed")), memberElement(m2)};
    QTest::addRow("the same id added twice keeps the later element")
        << g1 << none
        << QJsonArray{memberElement(m4, QStringLiteral("First")), memberElement(m4, QStringLiteral("Second"))}
        << QJsonArray{memberElement(m3), memberElement(m1), memberElement(m2),
                      memberElement(m4, QStringLiteral("Second"))};
    QJsonObject withRef = memberElement(m4, QStringLiteral("Four"));
    withRef.insert(QStringLiteral("$ref"), QStringLiteral("https://example.com/scim/v2/Users/m4"));
    QTest::addRow("every sub-attribute of an added element is kept")
        << g1 << none << QJsonArray{withRef}
        << QJsonArray{memberElement(m3), memberElement(m1), memberElement(m2), withRef};
    QTest::addRow("no member change") << g1 << none << QJsonArray() << initial;
    QTest::addRow("add to a group without members")
        << g3 << none << memberElements({m2, m1}) << memberElements({m2, m1});
    QTest::addRow("remove from a group without members")
        << g3 << QStringList{m1} << QJsonArray() << QJsonArray();
}

void StoreConformance::updateMembers()
{
    QFETCH(QString, group);
    QFETCH(QStringList, removed);
    QFETCH(QJsonArray, added);
    QFETCH(QJsonArray, expected);

    const QString g1 = QStringLiteral("g1"), g2 = QStringLiteral("g2"), g3 = QStringLiteral("g3");
    const QString m1 = QStringLiteral("m1"), m2 = QStringLiteral("m2"), m3 = QStringLiteral("m3");
    const QStringList probes{m1, m2, m3, QStringLiteral("m4"), QStringLiteral("m5"), QStringLiteral("zz")};
    auto store = makeStore();
    QVERIFY(store->apply(Default,
                         batchOf({createOperation(groupResource(g1, QStringLiteral("Admins"), {m3, m1, m2})),
                                  createOperation(groupResource(g2, QStringLiteral("Others"), {m1})),
                                  createOperation(groupResource(g3, QStringLiteral("Empty")))})));
    // Read first, so that a store that keeps assembled members must notice the change.
    const std::optional<Resource> before = store->get(Default, Group, group);
    QVERIFY(before);
    QVERIFY(runQuery(*store, Default, Group, QStringLiteral("members.value eq \"m1\"")).ok());
    const qsizetype auditBefore = store->auditLog(Default, 0, 1000).size();

    const QString displayName = before->json.value(QStringLiteral("displayName")).toString() + u'2';
    const WriteOperation update = updateGroupOperation(group, displayName, 2, 1, removed, added);
    const Status applied = store->apply(Default, batchOf({update}));
    QVERIFY2(applied.ok(), qPrintable(detailOf(applied)));

    const std::optional<Resource> after = store->get(Default, Group, group);
    QVERIFY(after);
    QCOMPARE(after->version, 2u);
    QJsonObject withoutMembers = after->json;
    withoutMembers.remove(QStringLiteral("members"));
    QCOMPARE(withoutMembers, update.resource.json);
    QCOMPARE(after->uniqueKeys, update.resource.uniqueKeys);
    const QString problem = membershipProblem(*store, Default, group, expected, probes);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(membershipProblem(*store, Default, g2, memberElements({m1}), probes).isEmpty(), "g2 changed");
    QCOMPARE(store->auditLog(Default, 0, 1000).size(), auditBefore + 1);
    // The new displayName is the group's unique key now, and the old one is free.
    QCOMPARE(statusOf(store->apply(
                 Default, batchOf({createOperation(groupResource(QStringLiteral("g9"), displayName))}))),
             409);
    const Status reused = store->apply(
        Default, batchOf({createOperation(groupResource(
                     QStringLiteral("g9"), before->json.value(QStringLiteral("displayName")).toString()))}));
    QVERIFY2(reused.ok(), qPrintable(detailOf(reused)));
}

void StoreConformance::updateStatus_data()
{
    QTest::addColumn<Step>("step");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("g1Members"); // afterwards

    // Starting state: user u1 "alice"; g1 "Admins" with m1 and g2 "Others", both at version 1.
    const QString g1 = QStringLiteral("g1"), m1 = QStringLiteral("m1"), m2 = QStringLiteral("m2");
    const QString admins = QStringLiteral("Admins");
    const QStringList unchanged{m1};
    const QStringList none;
    QTest::addRow("current version") << updateGroup(g1, admins, 2, 1, none, {m2}) << 0 << QStringList{m1, m2};
    QTest::addRow("no version check")
        << updateGroup(g1, admins, 2, std::nullopt, {m1}, {m2}) << 0 << QStringList{m2};
    QTest::addRow("older version") << updateGroup(g1, admins, 2, 0, none, {m2}) << 412 << unchanged;
    QTest::addRow("newer version") << updateGroup(g1, admins, 2, 2, none, {m2}) << 412 << unchanged;
    QTest::addRow("missing group") << updateGroup(QStringLiteral("g9"), QStringLiteral("Nine"), 2,
                                                  std::nullopt, none, {m2})
                                   << 404 << unchanged;
    QTest::addRow("missing group with a version")
        << updateGroup(QStringLiteral("g9"), QStringLiteral("Nine"), 2, 1, none, none) << 404 << unchanged;
    QTest::addRow("displayName of another group")
        << updateGroup(g1, QStringLiteral("OTHERS"), 2, 1, none, {m2}) << 409 << unchanged;
    QTest::addRow("own displayName in another case")
        << updateGroup(g1, QStringLiteral("ADMINS"), 2, 1, none, {m2}) << 0 << QStringList{m1, m2};
    QTest::addRow("group JSON with members")
        << Step{WriteOperation::Kind::Update, Group, g1, admins, 2, 1, {m2}, {}, {}} << 400 << unchanged;
    QTest::addRow("added member without a value")
        << updateGroup(g1, admins, 2, 1, none, {QString()}) << 400 << unchanged;
    QTest::addRow("member changes of a user") << Step{WriteOperation::Kind::Update,
                                                      User,
                                                      QStringLiteral("u1"),
                                                      QStringLiteral("alice2"),
                                                      2,
                                                      1,
                                                      {},
                                                      {},
                                                      {m2}}
                                              << 400 << unchanged;
    QTest::addRow("update of a user is a replace") << Step{WriteOperation::Kind::Update,
                                                           User,
                                                           QStringLiteral("u1"),
                                                           QStringLiteral("alice2"),
                                                           2,
                                                           1,
                                                           {},
                                                           {},
                                                           {}}
                                                   << 0 << unchanged;
    QTest::addRow("update of a user, userName taken") << Step{WriteOperation::Kind::Update,
                                                              User,
                                                              QStringLiteral("u1"),
                                                              QStringLiteral("BOB"),
                                                              2,
                                                              1,
                                                              {},
                                                              {},
                                                              {}}
                                                      << 409 << unchanged;
    QTest::addRow("member changes on a replace")
        << Step{WriteOperation::Kind::Replace, Group, g1, admins, 2, 1, {m1}, {}, {m2}} << 400 << unchanged;
    QTest::addRow("member changes on a create") << Step{WriteOperation::Kind::Create,
                                                        Group,
                                                        QStringLiteral("g9"),
                                                        QStringLiteral("Nine"),
                                                        1,
                                                        std::nullopt,
                                                        {},
                                                        {},
                                                        {m2}}
                                                << 400 << unchanged;
    QTest::addRow("create with a member without a value") << Step{WriteOperation::Kind::Create,
                                                                  Group,
                                                                  QStringLiteral("g9"),
                                                                  QStringLiteral("Nine"),
                                                                  1,
                                                                  std::nullopt,
                                                                  {m1, QString()},
                                                                  {},
                                                                  {}}
                                                          << 400 << unchanged;
    QTest::addRow("replace with a member without a value")
        << Step{WriteOperation::Kind::Replace, Group, g1, admins, 2, 1, {QString()}, {}, {}} << 400
        << unchanged;
}

void StoreConformance::updateStatus()
{
    QFETCH(Step, step);
    QFETCH(int, status);
    QFETCH(QStringList, g1Members);

    const QString g1 = QStringLiteral("g1");
    const QStringList probes{QStringLiteral("m1"), QStringLiteral("m2")};
    auto store = makeStore();
    QVERIFY(store->apply(
        Default,
        batchOf({createOperation(userResource(QStringLiteral("u1"), QStringLiteral("alice"))),
                 createOperation(userResource(QStringLiteral("u2"), QStringLiteral("bob"))),
                 createOperation(groupResource(g1, QStringLiteral("Admins"), {QStringLiteral("m1")})),
                 createOperation(groupResource(QStringLiteral("g2"), QStringLiteral("Others")))})));
    const QStringList usersBefore = userState(*store, Default);
    const std::optional<Resource> groupBefore = store->get(Default, Group, g1);
    QVERIFY(groupBefore);
    const qsizetype auditBefore = store->auditLog(Default, 0, 1000).size();

    const Status result = store->apply(Default, batchOf({operationFor(step)}));
    QVERIFY2(statusOf(result) == status,
             qPrintable(QStringLiteral("status %1 (%2)").arg(statusOf(result)).arg(detailOf(result))));
    if (status == 400)
        QCOMPARE(result.error().scimType, ScimType::InvalidValue);
    if (status == 409)
        QCOMPARE(result.error().scimType, ScimType::Uniqueness);
    QCOMPARE(store->auditLog(Default, 0, 1000).size(), auditBefore + (status == 0 ? 1 : 0));

    const QString problem = membershipProblem(*store, Default, g1, memberElements(g1Members), probes);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const std::optional<Resource> groupAfter = store->get(Default, Group, g1);
    QVERIFY(groupAfter);
    if (status != 0) {
        QCOMPARE(groupAfter->version, groupBefore->version);
        QCOMPARE(groupAfter->json, groupBefore->json);
        QCOMPARE(userState(*store, Default), usersBefore);
        QVERIFY(!store->get(Default, Group, QStringLiteral("g9")));
    } else if (step.type == Group) {
        QCOMPARE(groupAfter->version, step.version);
        QCOMPARE(groupAfter->json.value(QStringLiteral("displayName")).toString(), step.name);
    } else {
        QCOMPARE(userState(*store, Default),
                 (QStringList{QStringLiteral("u1=%1@%2").arg(step.name).arg(step.version),
                              QStringLiteral("u2=bob@1")}));
        QCOMPARE(idsWithUserName(*store, Default, step.name), QStringList{step.id});
        QCOMPARE(idsWithUserName(*store, Default, QStringLiteral("alice")), QStringList());
    }
}

void StoreConformance::updateInBatch_data()
{
    QTest::addColumn<QList<Step>>("batch");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QStringList>("members"); // of `group` afterwards, in order
    QTest::addColumn<qint64>("version");      // of `group` afterwards; 0: it does not exist

    // Starting state: users a1 and b1; g1 "Admins" with m1, m2 and g2 "Others" with m1, at version 1.
    const QString g1 = QStringLiteral("g1"), g3 = QStringLiteral("g3");
    const QString m1 = QStringLiteral("m1"), m2 = QStringLiteral("m2"), m3 = QStringLiteral("m3");
    const QString m4 = QStringLiteral("m4");
    const QString admins = QStringLiteral("Admins");
    const QStringList initial{m1, m2};
    const QStringList none;

    // All or nothing.
    QTest::addRow("update, then a failing create")
        << QList<Step>{updateGroup(g1, admins, 2, 1, {m1}, {m3}),
                       createUser(QStringLiteral("a1"), QStringLiteral("x"))}
        << 409 << g1 << initial << qint64(1);
    QTest::addRow("update, then a stale update")
        << QList<Step>{updateGroup(g1, admins, 2, 1, none, {m3}), updateGroup(g1, admins, 3, 1, none, {m4})}
        << 412 << g1 << initial << qint64(1);
    QTest::addRow("update, then an update of a missing group")
        << QList<Step>{updateGroup(g1, admins, 2, 1, {m2}, {m3}),
                       updateGroup(QStringLiteral("g9"), QStringLiteral("Nine"), 2, 1, none, {m3})}
        << 404 << g1 << initial << qint64(1);
    QTest::addRow("replace, then an update onto a taken displayName")
        << QList<Step>{replaceGroup(g1, admins, {m4}, 2, 1),
                       updateGroup(g1, QStringLiteral("Others"), 3, 2, none, none)}
        << 409 << g1 << initial << qint64(1);
    QTest::addRow("update, then an invalid update")
        << QList<Step>{updateGroup(g1, admins, 2, 1, none, {m3}),
                       updateGroup(g1, admins, 3, 2, none, {QString()})}
        << 400 << g1 << initial << qint64(1);
    QTest::addRow("remove, then an update")
        << QList<Step>{removeGroup(g1), updateGroup(g1, admins, 2, 1, none, {m3})} << 404 << g1 << initial
        << qint64(1);

    // Later operations see the effect of earlier ones.
    QTest::addRow("two updates") << QList<Step>{updateGroup(g1, admins, 2, 1, {m1}, {m3}),
                                                updateGroup(g1, admins, 3, 2, {m2}, {m4, m1})}
                                 << 0 << g1 << QStringList{m3, m4, m1} << qint64(3);
    QTest::addRow("an update removes what the previous one added")
        << QList<Step>{updateGroup(g1, admins, 2, 1, none, {m3}), updateGroup(g1, admins, 3, 2, {m3}, none)}
        << 0 << g1 << initial << qint64(3);
    QTest::addRow("create, then update")
        << QList<Step>{createGroup(g3, QStringLiteral("Third"), {m2}),
                       updateGroup(g3, QStringLiteral("Third"), 2, 1, none, {m1})}
        << 0 << g3 << QStringList{m2, m1} << qint64(2);
    QTest::addRow("update, then replace")
        << QList<Step>{updateGroup(g1, admins, 2, 1, none, {m3}), replaceGroup(g1, admins, {m4, m1}, 3, 2)}
        << 0 << g1 << QStringList{m4, m1} << qint64(3);
    QTest::addRow("replace, then update")
        << QList<Step>{replaceGroup(g1, admins, {m4}, 2, 1), updateGroup(g1, admins, 3, 2, {m4}, {m2})} << 0
        << g1 << QStringList{m2} << qint64(3);
    QTest::addRow("update, then remove")
        << QList<Step>{updateGroup(g1, admins, 2, 1, none, {m3}), removeGroup(g1, 2)} << 0 << g1 << none
        << qint64(0);
    QTest::addRow("remove, then create with the same id")
        << QList<Step>{removeGroup(g1, 1), createGroup(g1, admins, {m4})} << 0 << g1 << QStringList{m4}
        << qint64(1);
    QTest::addRow("an update frees its displayName for a later create")
        << QList<Step>{updateGroup(g1, QStringLiteral("Renamed"), 2, 1, none, none),
                       createGroup(g3, admins, {m3})}
        << 0 << g3 << QStringList{m3} << qint64(1);
}

void StoreConformance::updateInBatch()
{
    QFETCH(QList<Step>, batch);
    QFETCH(int, status);
    QFETCH(QString, group);
    QFETCH(QStringList, members);
    QFETCH(qint64, version);

    const QString m1 = QStringLiteral("m1");
    const QStringList probes{m1, QStringLiteral("m2"), QStringLiteral("m3"), QStringLiteral("m4")};
    auto store = makeStore();
    QVERIFY(store->apply(
        Default,
        batchOf({createOperation(userResource(QStringLiteral("a1"), QStringLiteral("alice"))),
                 createOperation(userResource(QStringLiteral("b1"), QStringLiteral("bob"))),
                 createOperation(groupResource(QStringLiteral("g1"), QStringLiteral("Admins"),
                                               {m1, QStringLiteral("m2")})),
                 createOperation(groupResource(QStringLiteral("g2"), QStringLiteral("Others"), {m1}))})));
    QVERIFY(store->get(Default, Group, QStringLiteral("g1"))); // warms whatever a store caches
    const QStringList usersBefore = userState(*store, Default);
    const qsizetype auditBefore = store->auditLog(Default, 0, 1000).size();

    QList<WriteOperation> operations;
    for (const Step& step : std::as_const(batch))
        operations.append(operationFor(step));
    const Status result = store->apply(Default, batchOf(operations));
    QVERIFY2(statusOf(result) == status,
             qPrintable(QStringLiteral("status %1 (%2)").arg(statusOf(result)).arg(detailOf(result))));
    QCOMPARE(store->auditLog(Default, 0, 1000).size(), auditBefore + (status == 0 ? batch.size() : 0));
    QCOMPARE(userState(*store, Default), usersBefore);

    if (version == 0) {
        QVERIFY(!store->get(Default, Group, group));
        QCOMPARE(store->memberCount(Default, group), 0);
        for (const QString& probe : probes) {
            QVERIFY(!store->isMember(Default, group, probe));
            QVERIFY(!store->groupsWithMember(Default, probe).contains(group));
        }
    } else {
        const std::optional<Resource> stored = store->get(Default, Group, group);
        QVERIFY(stored);
        QCOMPARE(qint64(stored->version), version);
        const QString problem = membershipProblem(*store, Default, group, memberElements(members), probes);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    const QString others =
        membershipProblem(*store, Default, QStringLiteral("g2"), memberElements({m1}), probes);
    QVERIFY2(others.isEmpty(), qPrintable(others));
}

void StoreConformance::getWithoutMembers_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("resourceType");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("members"); // -1: no such resource

    QTest::addRow("group with members") << Default << Group << QStringLiteral("g2") << 3;
    QTest::addRow("group without members") << Default << Group << QStringLiteral("g3") << 0;
    QTest::addRow("user") << Default << User << QStringLiteral("u04") << 0;
    QTest::addRow("user type in lower case")
        << Default << QStringLiteral("user") << QStringLiteral("u04") << 0;
    QTest::addRow("missing group") << Default << Group << QStringLiteral("g9") << -1;
    QTest::addRow("a user's id is no group") << Default << Group << QStringLiteral("u04") << -1;
    QTest::addRow("group of another tenant") << QStringLiteral("decoy") << Group << QStringLiteral("g1") << 1;
    QTest::addRow("unknown tenant") << QStringLiteral("nosuch") << Group << QStringLiteral("g1") << -1;
}

void StoreConformance::getWithoutMembers()
{
    QFETCH(QString, tenant);
    QFETCH(QString, resourceType);
    QFETCH(QString, id);
    QFETCH(int, members);

    auto store = makePopulatedStore();
    QVERIFY(store);
    const std::optional<Resource> full =
        store->get(tenant, resourceType, id, ResourceStore::ReadMembers::Include);
    const std::optional<Resource> bare =
        store->get(tenant, resourceType, id, ResourceStore::ReadMembers::Omit);
    QCOMPARE(bare.has_value(), members >= 0);
    QCOMPARE(full.has_value(), members >= 0);
    if (!full)
        return;
    QCOMPARE(full->json, store->get(tenant, resourceType, id)->json); // Include is the default
    QCOMPARE(full->json.value(QStringLiteral("members")).toArray().size(), members);
    QVERIFY(!bare->json.contains(QStringLiteral("members")));
    QJsonObject withoutMembers = full->json;
    withoutMembers.remove(QStringLiteral("members"));
    QCOMPARE(bare->json, withoutMembers);
    QCOMPARE(bare->id, full->id);
    QCOMPARE(bare->resourceType, full->resourceType);
    QCOMPARE(bare->version, full->version);
    QCOMPARE(bare->uniqueKeys, full->uniqueKeys);
}

void StoreConformance::isMemberAndMemberCount_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("member");
    QTest::addColumn<bool>("isMember");
    QTest::addColumn<qint64>("count"); // of the group

    // The populated store: g1 {u04, u10}, g2 {u01, u04, u11}, g3 {}; the decoy's g1 {u01}.
    const QString g1 = QStringLiteral("g1"), g2 = QStringLiteral("g2"), g3 = QStringLiteral("g3");
    const QString u04 = QStringLiteral("u04");
    QTest::addRow("member") << Default << g1 << u04 << true << qint64(2);
    QTest::addRow("last member") << Default << g1 << QStringLiteral("u10") << true << qint64(2);
    QTest::addRow("member of another group") << Default << g1 << QStringLiteral("u11") << false << qint64(2);
    QTest::addRow("member of the bigger group")
        << Default << g2 << QStringLiteral("u11") << true << qint64(3);
    QTest::addRow("member id in another case")
        << Default << g1 << QStringLiteral("U04") << false << qint64(2);
    QTest::addRow("group without members") << Default << g3 << u04 << false << qint64(0);
    QTest::addRow("the group itself") << Default << g1 << g1 << false << qint64(2);
    QTest::addRow("unknown group") << Default << QStringLiteral("g9") << u04 << false << qint64(0);
    QTest::addRow("a user is no group") << Default << u04 << u04 << false << qint64(0);
    QTest::addRow("member only in the decoy") << Default << g1 << QStringLiteral("u01") << false << qint64(2);
    QTest::addRow("decoy tenant") << QStringLiteral("decoy") << g1 << QStringLiteral("u01") << true
                                  << qint64(1);
    QTest::addRow("decoy tenant, default's member")
        << QStringLiteral("decoy") << g1 << u04 << false << qint64(1);
    QTest::addRow("unknown tenant") << QStringLiteral("nosuch") << g1 << u04 << false << qint64(0);
}

void StoreConformance::isMemberAndMemberCount()
{
    QFETCH(QString, tenant);
    QFETCH(QString, group);
    QFETCH(QString, member);
    QFETCH(bool, isMember);
    QFETCH(qint64, count);

    auto store = makePopulatedStore();
    QVERIFY(store);
    QCOMPARE(store->isMember(tenant, group, member), isMember);
    QCOMPARE(store->memberCount(tenant, group), count);
    QCOMPARE(store->groupsWithMember(tenant, member).contains(group), isMember);
}

void StoreConformance::membersInJoiningOrder()
{
    // Ids in an order that is neither sorted nor reverse-sorted, so that no other order passes.
    const QString g1 = QStringLiteral("g1");
    const QStringList probes{QStringLiteral("z"), QStringLiteral("a"), QStringLiteral("m"),
                             QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("y"),
                             QStringLiteral("q")};
    const auto ids = [](const char* list) { return QString::fromLatin1(list).split(u' '); };
    const auto check = [&](const ResourceStore& store, const QStringList& expected) {
        const QString problem = membershipProblem(store, Default, g1, memberElements(expected), probes);
        if (!problem.isEmpty())
            return problem;
        const auto all = runQuery(store, Default, Group, {}, QStringLiteral("displayName"));
        if (!all || all->resources.size() != 1 ||
            all->resources.first().json.value(QStringLiteral("members")) !=
                QJsonValue(memberElements(expected)))
            return QStringLiteral("a sorted query returns other members");
        return QString();
    };

    auto store = makeStore();
    QVERIFY(store->apply(Default,
                         batchOf({createOperation(groupResource(g1, QStringLiteral("G"), ids("z a m b")))})));
    QString problem = check(*store, ids("z a m b"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    QVERIFY(store->apply(Default, batchOf({updateGroupOperation(g1, QStringLiteral("G"), 2, 1, ids("m"),
                                                                memberElements(ids("c y")))})));
    problem = check(*store, ids("z a b c y"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    QVERIFY(store->apply(
        Default, batchOf({replaceOperation(groupResource(g1, QStringLiteral("G"), ids("q z"), 3), 2)})));
    problem = check(*store, ids("q z"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    QVERIFY(store->apply(Default, batchOf({updateGroupOperation(g1, QStringLiteral("G"), 4, 3, {},
                                                                memberElements(ids("a")))})));
    problem = check(*store, ids("q z a"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void StoreConformance::auditLog_data()
{
    QTest::addColumn<int>("after"); // index of the entry to start after; -1: from the start; -2: past the end
    QTest::addColumn<int>("limit");
    QTest::addColumn<QList<int>>("expected"); // indexes into the whole log

    QTest::addRow("everything") << -1 << 100 << QList<int>{0, 1, 2, 3, 4};
    QTest::addRow("limit 2") << -1 << 2 << QList<int>{0, 1};
    QTest::addRow("limit exactly the size") << -1 << 5 << QList<int>{0, 1, 2, 3, 4};
    QTest::addRow("after the first") << 0 << 100 << QList<int>{1, 2, 3, 4};
    QTest::addRow("after the third, limit 1") << 2 << 1 << QList<int>{3};
    QTest::addRow("after the fourth") << 3 << 100 << QList<int>{4};
    QTest::addRow("after the last") << 4 << 100 << QList<int>{};
    QTest::addRow("past the end") << -2 << 100 << QList<int>{};
    QTest::addRow("limit 0") << -1 << 0 << QList<int>{};
}

void StoreConformance::auditLog()
{
    QFETCH(int, after);
    QFETCH(int, limit);
    QFETCH(QList<int>, expected);

    auto store = makeStore();
    const QString acme = QStringLiteral("acme");
    QVERIFY(store->createTenant(acme));
    const Resource u1 = userResource(QStringLiteral("u1"), QStringLiteral("one"));
    QVERIFY(store->apply(Default, batchOf({createOperation(u1)})));
    QVERIFY(store->apply(acme, batchOf({createOperation(u1)}))); // interleaved, in another tenant
    QVERIFY(store->apply(
        Default, batchOf({createOperation(userResource(QStringLiteral("u2"), QStringLiteral("two"))),
                          createOperation(userResource(QStringLiteral("u3"), QStringLiteral("three")))})));
    QCOMPARE(statusOf(store->apply(Default, batchOf({createOperation(u1)}))), 409); // appends nothing
    QVERIFY(store->apply(acme, batchOf({removeOperation(User, QStringLiteral("u1"))})));
    QVERIFY(store->apply(
        Default,
        batchOf({replaceOperation(userResource(QStringLiteral("u1"), QStringLiteral("uno"), {}, 2), 1)})));
    QVERIFY(store->apply(Default, batchOf({removeOperation(User, QStringLiteral("u2"), 1)})));

    const QList<AuditEntry> log = store->auditLog(Default, 0, 1000);
    QCOMPARE(log.size(), 5);
    const QStringList actions{QStringLiteral("create"), QStringLiteral("create"), QStringLiteral("create"),
                              QStringLiteral("replace"), QStringLiteral("delete")};
    const QStringList resourceIds{QStringLiteral("u1"), QStringLiteral("u2"), QStringLiteral("u3"),
                                  QStringLiteral("u1"), QStringLiteral("u2")};
    for (qsizetype i = 0; i < log.size(); ++i) {
        QCOMPARE(log.at(i).action, actions.at(i));
        QCOMPARE(log.at(i).resourceId, resourceIds.at(i));
        QCOMPARE(log.at(i).resourceType, User);
        QCOMPARE(log.at(i).actor, QStringLiteral("test:conformance"));
        QCOMPARE(log.at(i).time, QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC));
        QCOMPARE(log.at(i).changes.value(QStringLiteral("changed")).toArray(),
                 QJsonArray{QStringLiteral("userName")});
        QVERIFY(log.at(i).sequence > 0);
        if (i > 0)
            QVERIFY(log.at(i).sequence > log.at(i - 1).sequence);
    }
    QCOMPARE(log.at(3).versionBefore, 1u);
    QCOMPARE(log.at(3).versionAfter, 2u);
    QCOMPARE(store->auditLog(acme, 0, 1000).size(), 2);

    const qint64 afterSequence = after == -1   ? 0
                                 : after == -2 ? log.last().sequence + 1000
                                               : log.at(after).sequence;
    const QList<AuditEntry> selected = store->auditLog(Default, afterSequence, limit);
    QList<qint64> selectedSequences, expectedSequences;
    for (const AuditEntry& entry : selected)
        selectedSequences.append(entry.sequence);
    for (int index : std::as_const(expected))
        expectedSequences.append(log.at(index).sequence);
    QCOMPARE(selectedSequences, expectedSequences);
}

void StoreConformance::count()
{
    auto store = makePopulatedStore();
    QVERIFY(store);
    QCOMPARE(store->count(Default, User), 12);
    QCOMPARE(store->count(Default, Group), 3);
    QCOMPARE(store->count(QStringLiteral("decoy"), User), 13);
    QCOMPARE(store->count(QStringLiteral("decoy"), Group), 1);
    QVERIFY(store->apply(Default, batchOf({removeOperation(User, QStringLiteral("u01")),
                                           removeOperation(Group, QStringLiteral("g3"))})));
    QCOMPARE(store->count(Default, User), 11);
    QCOMPARE(store->count(Default, Group), 2);
    QCOMPARE(store->count(QStringLiteral("decoy"), User), 13);
    QCOMPARE(store->count(QStringLiteral("nosuch"), User), 0);
}

void StoreConformance::concurrentReadersAndWriters()
{
    // 4 readers query and get while 2 writers create, replace and remove 1,000 times each. Each writer
    // owns its resources, so its own model tells exactly what the store must hold afterwards.
    constexpr int Stable = 100;
    constexpr int Readers = 4;
    constexpr int Writers = 2;
    constexpr int OperationsPerWriter = 1000;

    auto store = makeStore();
    const auto stableId = [](int i) { return QStringLiteral("s%1").arg(i, 3, 10, QLatin1Char('0')); };
    const auto stableName = [](int i) { return QStringLiteral("stable-%1").arg(i, 3, 10, QLatin1Char('0')); };
    const auto withEmail = [](const QString& userName) {
        return QJsonObject{
            {QStringLiteral("emails"),
             QJsonArray{email(userName + QStringLiteral("@example.com"), QStringLiteral("work"))}}};
    };
    QList<WriteOperation> initial;
    for (int i = 0; i < Stable; ++i)
        initial.append(createOperation(userResource(stableId(i), stableName(i), withEmail(stableName(i)))));
    QVERIFY(store->apply(Default, batchOf(initial)));

    struct Entry {
        QString userName;
        quint64 version = 1;
    };
    // std::vector: each writer thread touches its own element, and QList's operator[] may detach.
    std::vector<QHash<QString, Entry>> models(Writers);
    std::vector<QStringList> retiredNames(Writers);
    std::atomic<int> writersRunning{Writers};
    ThreadFailures failures;
    std::atomic<qint64> readerIterations{0};

    const auto writer = [&](int w) {
        QRandomGenerator random(quint32(1000 + w));
        QHash<QString, Entry>& model = models[w];
        int nextId = 0;
        int nextName = 0;
        const auto newName = [&] { return QStringLiteral("w%1-name-%2").arg(w).arg(nextName++); };
        for (int i = 0; i < OperationsPerWriter; ++i) {
            const int choice = int(random.bounded(10));
            if (model.size() < 5 || choice < 4) {
                const QString id = QStringLiteral("w%1-%2").arg(w).arg(nextId++);
                const QString userName = newName();
                const Status status = store->apply(
                    Default, batchOf({createOperation(userResource(id, userName, withEmail(userName)))}));
                if (!status)
                    failures.add(QStringLiteral("create %1: %2").arg(id, status.error().detail));
                else
                    model.insert(id, {userName, 1});
                continue;
            }
            const QStringList ids = model.keys();
            const QString id = ids.at(int(random.bounded(int(ids.size()))));
            Entry& entry = model[id];
            if (choice < 8) {
                const QString userName = newName();
                const Resource replacement =
                    userResource(id, userName, withEmail(userName), entry.version + 1);
                const Status status =
                    store->apply(Default, batchOf({replaceOperation(replacement, entry.version)}));
                if (!status) {
                    failures.add(QStringLiteral("replace %1: %2").arg(id, status.error().detail));
                } else {
                    retiredNames[w].append(entry.userName);
                    entry = {userName, entry.version + 1};
                }
            } else {
                const Status status =
                    store->apply(Default, batchOf({removeOperation(User, id, entry.version)}));
                if (!status) {
                    failures.add(QStringLiteral("remove %1: %2").arg(id, status.error().detail));
                } else {
                    retiredNames[w].append(entry.userName);
                    model.remove(id);
                }
            }
        }
        writersRunning.fetch_sub(1);
    };

    const auto reader = [&](int r) {
        QRandomGenerator random(quint32(2000 + r));
        for (int iteration = 0; writersRunning.load() > 0 && iteration < 50000; ++iteration) {
            readerIterations.fetch_add(1);
            const int i = int(random.bounded(Stable));
            const std::optional<Resource> got = store->get(Default, User, stableId(i));
            if (!got || got->json.value(QStringLiteral("userName")).toString() != stableName(i))
                failures.add(QStringLiteral("get %1").arg(stableId(i)));

            const QString byName = QStringLiteral("userName eq \"%1\"").arg(stableName(i).toUpper());
            const auto found = runQuery(*store, Default, User, byName);
            if (!found || found->totalResults != 1 || idsOf(found->resources) != QStringList{stableId(i)})
                failures.add(QStringLiteral("query %1").arg(byName));

            const QString byEmail = QStringLiteral("emails.value eq \"%1@example.com\"").arg(stableName(i));
            const auto foundByEmail = runQuery(*store, Default, User, byEmail);
            if (!foundByEmail || idsOf(foundByEmail->resources) != QStringList{stableId(i)})
                failures.add(QStringLiteral("query %1").arg(byEmail));

            // Whatever a writer is doing, an index hit is a resource that really has that userName.
            const QString writerName =
                QStringLiteral("w%1-name-%2").arg(random.bounded(Writers)).arg(random.bounded(500));
            const auto probe =
                runQuery(*store, Default, User, QStringLiteral("userName eq \"%1\"").arg(writerName));
            if (!probe || probe->totalResults > 1)
                failures.add(QStringLiteral("probe %1").arg(writerName));
            else if (probe->totalResults == 1 &&
                     probe->resources.first().json.value(QStringLiteral("userName")).toString() != writerName)
                failures.add(QStringLiteral("probe %1 found another userName").arg(writerName));

            const auto page = runQuery(*store, Default, User, QStringLiteral("userName sw \"w0-\""),
                                       QStringLiteral("userName"), false, 1, 20);
            if (!page) {
                failures.add(QStringLiteral("page query failed"));
            } else {
                QString previous;
                for (const Resource& resource : page->resources) {
                    const QString userName = resource.json.value(QStringLiteral("userName")).toString();
                    if (!userName.startsWith(QLatin1String("w0-")) ||
                        userName.compare(previous, Qt::CaseInsensitive) < 0)
                        failures.add(QStringLiteral("page order or filter: %1").arg(userName));
                    previous = userName;
                }
                if (page->totalResults < page->resources.size())
                    failures.add(QStringLiteral("page total"));
            }
        }
    };

    runInParallel(Readers + Writers, [&](int i) {
        if (i < Writers)
            writer(i);
        else
            reader(i - Writers);
    });

    QVERIFY2(failures.count() == 0,
             qPrintable(QStringLiteral("%1 failures: %2").arg(failures.count()).arg(failures.summary())));
    QVERIFY(readerIterations.load() > 0);

    qsizetype expectedCount = Stable;
    for (const auto& model : std::as_const(models))
        expectedCount += model.size();
    QCOMPARE(store->count(Default, User), expectedCount);
    const auto all = runQuery(*store, Default, User, {});
    QVERIFY(all.ok());
    QCOMPARE(all->totalResults, expectedCount);

    for (int w = 0; w < Writers; ++w) {
        for (auto it = models.at(w).cbegin(); it != models.at(w).cend(); ++it) {
            const std::optional<Resource> got = store->get(Default, User, it.key());
            QVERIFY2(got, qPrintable(it.key()));
            QCOMPARE(got->json.value(QStringLiteral("userName")).toString(), it->userName);
            QCOMPARE(got->version, it->version);
            QCOMPARE(idsWithUserName(*store, Default, it->userName), QStringList{it.key()});
            const auto byEmail =
                runQuery(*store, Default, User,
                         QStringLiteral("emails.value eq \"%1@example.com\"").arg(it->userName));
            QVERIFY(byEmail.ok());
            QCOMPARE(idsOf(byEmail->resources), QStringList{it.key()});
        }
        for (const QString& retired : std::as_const(retiredNames.at(w)))
            QCOMPARE(idsWithUserName(*store, Default, retired), QStringList());
    }
    // Every write made exactly one audit entry, in one sequence.
    const QList<AuditEntry> audit = store->auditLog(Default, 0, 1000000);
    QCOMPARE(audit.size(), Stable + Writers * OperationsPerWriter);
    for (qsizetype i = 1; i < audit.size(); ++i)
        QVERIFY(audit.at(i).sequence > audit.at(i - 1).sequence);
}

void StoreConformance::concurrentMemberReadersAndWriter()
{
    // One writer adds a member "x" to a group of 200 and removes it again, 300 times each, by Update;
    // 3 readers meanwhile read the group in every way. The version tells what a reader must see: even
    // versions have "x" as the last member, odd ones do not, so a read that mixes two states fails.
    constexpr int Members = 200;
    constexpr int Rounds = 300;
    constexpr int Readers = 3;
    const QString g1 = QStringLiteral("g1"), x = QStringLiteral("x");
    QStringList initial;
    for (int i = 0; i < Members; ++i)
        initial.append(QStringLiteral("m%1").arg(i, 3, 10, QLatin1Char('0')));
    auto store = makeStore();
    QVERIFY(
        store->apply(Default, batchOf({createOperation(groupResource(g1, QStringLiteral("G"), initial))})));

    ThreadFailures failures;
    std::atomic<bool> writing{true};
    std::atomic<qint64> reads{0};
    const auto consistent = [&](const Resource& group, const char* how) {
        const QJsonArray members = group.json.value(QStringLiteral("members")).toArray();
        const bool withX = group.version % 2 == 0;
        const bool sizeOk = members.size() == Members + (withX ? 1 : 0);
        const bool lastOk = members.last().toObject().value(QStringLiteral("value")).toString() ==
                            (withX ? x : initial.last());
        if (!sizeOk || !lastOk)
            failures.add(QStringLiteral("%1: version %2 with %3 members")
                             .arg(QLatin1String(how))
                             .arg(group.version)
                             .arg(members.size()));
    };
    const auto writer = [&] {
        // Readers must overlap the writes: on a busy machine the writer could otherwise finish before a
        // reader thread is scheduled at all.
        QDeadlineTimer overlap(10'000);
        while (reads.load() == 0 && !overlap.hasExpired())
            QThread::yieldCurrentThread();
        quint64 version = 1;
        for (int round = 0; round < 2 * Rounds; ++round, ++version) {
            const bool add = round % 2 == 0;
            const Status status = store->apply(
                Default, batchOf({updateGroupOperation(g1, QStringLiteral("G"), version + 1, version,
                                                       add ? QStringList() : QStringList{x},
                                                       add ? memberElements({x}) : QJsonArray())}));
            if (!status)
                failures.add(QStringLiteral("update: %1").arg(status.error().detail));
        }
        writing.store(false);
    };
    const auto reader = [&](int r) {
        for (int i = 0; writing.load() && i < 100000; ++i) {
            reads.fetch_add(1);
            const std::optional<Resource> full = store->get(Default, Group, g1);
            if (!full)
                failures.add(QStringLiteral("get"));
            else
                consistent(*full, "get");
            const std::optional<Resource> bare =
                store->get(Default, Group, g1, ResourceStore::ReadMembers::Omit);
            if (!bare || bare->json.contains(QStringLiteral("members")))
                failures.add(QStringLiteral("get without members"));
            const qint64 count = store->memberCount(Default, g1);
            if (count != Members && count != Members + 1)
                failures.add(QStringLiteral("memberCount %1").arg(count));
            if (!store->isMember(Default, g1, initial.at((i * 7 + r) % Members)))
                failures.add(QStringLiteral("isMember"));
            const QString filter = i % 2 ? QStringLiteral("members.value eq \"m150\"")
                                         : QStringLiteral("members[value eq \"M020\"]");
            const auto found = runQuery(*store, Default, Group, filter);
            if (!found || found->resources.size() != 1)
                failures.add(QStringLiteral("query %1").arg(filter));
            else
                consistent(found->resources.first(), "query");
        }
    };
    runInParallel(Readers + 1, [&](int i) {
        if (i == 0)
            writer();
        else
            reader(i);
    });
    QVERIFY2(failures.count() == 0,
             qPrintable(QStringLiteral("%1 failures: %2").arg(failures.count()).arg(failures.summary())));
    QVERIFY(reads.load() > 0);
    const QString problem =
        membershipProblem(*store, Default, g1, memberElements(initial), {x, initial.first()});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(store->get(Default, Group, g1)->version, quint64(1 + 2 * Rounds));
}

void StoreConformance::compareAndSwapCounter_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<int>("increments"); // per thread
    QTest::addRow("default tenant, 200 each") << Default << 200;
    QTest::addRow("another tenant, 300 each") << QStringLiteral("acme") << 300;
}

void StoreConformance::compareAndSwapCounter()
{
    QFETCH(QString, tenant);
    QFETCH(int, increments);
    constexpr int Threads = 2;

    // Two threads increment one counter by read, modify, compare-and-swap, retrying on 412: if the store's
    // check and write were not one atomic step, increments would be lost.
    auto store = makeStore();
    QVERIFY(store->createTenant(tenant));
    const QString id = QStringLiteral("counter");
    const auto counterUser = [&](int value, quint64 version) {
        return userResource(id, QStringLiteral("counter"),
                            {{QStringLiteral("nickName"), QString::number(value)}}, version);
    };
    QVERIFY(store->apply(tenant, batchOf({createOperation(counterUser(0, 1))})));

    ThreadFailures failures;
    std::atomic<int> conflicts{0};
    runInParallel(Threads, [&](int) {
        for (int i = 0; i < increments; ++i) {
            for (int attempt = 0;; ++attempt) {
                const std::optional<Resource> current = store->get(tenant, User, id);
                if (!current) {
                    failures.add(QStringLiteral("counter missing"));
                    return;
                }
                const int value = current->json.value(QStringLiteral("nickName")).toString().toInt();
                const Status status = store->apply(
                    tenant, batchOf({replaceOperation(counterUser(value + 1, current->version + 1),
                                                      current->version)}));
                if (status)
                    break;
                if (status.error().status != 412 || attempt > 100000) {
                    failures.add(QStringLiteral("increment: %1").arg(status.error().detail));
                    return;
                }
                conflicts.fetch_add(1);
            }
        }
    });
    QVERIFY2(failures.count() == 0, qPrintable(failures.summary()));

    const std::optional<Resource> counter = store->get(tenant, User, id);
    QVERIFY(counter);
    QCOMPARE(counter->json.value(QStringLiteral("nickName")).toString(),
             QString::number(Threads * increments));
    QCOMPARE(counter->version, quint64(1 + Threads * increments));
    QCOMPARE(store->auditLog(tenant, 0, 100000).size(), 1 + Threads * increments);
    qDebug("%s: %d compare-and-swap conflicts retried", qPrintable(m_storeName), conflicts.load());
}

} // namespace muster
