#include "directory/Directory.h"
#include "schema/SchemaUrns.h"
#include "store/MemoryStore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace muster;

// PATCH (RFC 7644 §3.5.2) through Directory::patch, as identity providers send it.
//
// Most cases are request replays kept in data/rows/<area>.json, one array of rows per area:
//   {"name": ..., "type": "User" (default) or "Group",
//    "resource": the resource created first (an object, "@base" for an entry of data/resources.json,
//                or a fixture placeholder such as "%STAFF%" to patch that fixture resource),
//    "strict": true to turn on Directory::setStrictProtocol (default false),
//    "request": the whole PatchOp body,
//    "expect": the resource afterwards (without id, meta and groups; "schemas" and the members'
//              type and display are filled in as the Directory computes them),
//    or "error": {"status", "scimType" ("*" when the RFC leaves it open), "detail" (a fragment)}}.
// Placeholders %ALICE%, %BOB%, %CAROL%, %STAFF%, %ADMINS%, %AUDITORS% stand for the ids of the fixture
// resources created in init(), %SELF% for the id of the patched resource, %MISSING% for an id no
// resource has.

namespace {

const QString User = QStringLiteral("User");
const QString Group = QStringLiteral("Group");
const QString TestExtension =
    QStringLiteral("urn:example:params:scim:schemas:extension:muster-test:2.0:User");
const QString Schemas = QStringLiteral("schemas");
const QString Members = QStringLiteral("members");
const QString Meta = QStringLiteral("meta");
const QString Password = QStringLiteral("password");
const QString MissingId = QStringLiteral("2819c223-7f76-453a-919d-000000000000");
// In a "scimType" column: the RFC does not single out one keyword, so any is accepted.
const QString AnyScimType = QStringLiteral("*");

QString compact(const QJsonObject& json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonValue& value)
{
    if (value.isObject())
        return compact(value.toObject());
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

std::optional<QJsonObject> parseObject(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// What a row compares: no id, meta or computed groups; "primary": false is the same as no primary
// (RFC 7643 §2.4 constrains only true); multi-valued attributes compared as the sets they are.
QJsonObject comparable(QJsonObject json)
{
    json.remove(QStringLiteral("id"));
    json.remove(Meta);
    json.remove(QStringLiteral("groups"));
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!it.value().isArray())
            continue;
        QList<QJsonValue> elements;
        for (QJsonValue element : it.value().toArray()) {
            if (element.isObject()) {
                QJsonObject object = element.toObject();
                if (object.value(QStringLiteral("primary")) == QJsonValue(false))
                    object.remove(QStringLiteral("primary"));
                element = object;
            }
            elements.append(element);
        }
        std::sort(elements.begin(), elements.end(),
                  [](const QJsonValue& a, const QJsonValue& b) { return compact(a) < compact(b); });
        QJsonArray sorted;
        for (const QJsonValue& element : std::as_const(elements))
            sorted.append(element);
        it.value() = sorted;
    }
    return json;
}

// Top-level attributes (extension objects by their URN) whose values differ; "schemas" follows them.
QStringList changedAttributes(const QJsonObject& before, const QJsonObject& after)
{
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    QStringList changed;
    for (const QString& key : std::as_const(keys)) {
        if (key != Schemas && before.value(key) != after.value(key))
            changed.append(key);
    }
    return changed;
}

// The "schemas" the Directory writes: the core schema and the extensions the resource has.
QJsonArray schemasFor(const QString& type, const QJsonObject& json)
{
    QJsonArray schemas{type == Group ? urns::Group : urns::User};
    for (const QString& extension : {urns::EnterpriseUser, TestExtension}) {
        if (json.contains(extension))
            schemas.append(extension);
    }
    return schemas;
}

QJsonObject operation(const QString& op, const QString& path, const QJsonValue& value = {})
{
    QJsonObject json{{QStringLiteral("op"), op}};
    if (!path.isEmpty())
        json.insert(QStringLiteral("path"), path);
    if (!value.isNull())
        json.insert(QStringLiteral("value"), value);
    return json;
}

QJsonObject patchRequest(const QJsonArray& operations)
{
    return {{Schemas, QJsonArray{urns::PatchOp}}, {QStringLiteral("Operations"), operations}};
}

QString lastModified(const QJsonObject& json)
{
    return json.value(Meta).toObject().value(QStringLiteral("lastModified")).toString();
}

} // namespace

class TestDirectoryPatch : public QObject {
    Q_OBJECT

private:
    // A resource init() creates; rows refer to it by placeholder.
    struct FixtureResource {
        QString type;
        QString id;
        QString display; // what a group shows for it as a member
    };

    const OperationContext m_context{ResourceStore::DefaultTenant, QStringLiteral("token:idp")};
    std::shared_ptr<SchemaRegistry> m_registry;
    std::unique_ptr<Directory> m_directory;
    QHash<QString, FixtureResource> m_fixtures; // by placeholder, "%ALICE%"
    QJsonObject m_bases;                        // data/resources.json

    QString addFixture(const QString& placeholder, const QString& type, QJsonObject json)
    {
        json.insert(Schemas, schemasFor(type, json));
        const auto created =
            m_directory->create(m_context, type, *parseObject(substituted(compact(json), {})));
        if (!created)
            return created.error().detail;
        const QString displayName = created->json.value(QStringLiteral("displayName")).toString();
        m_fixtures.insert(placeholder,
                          {type, created->id,
                           displayName.isEmpty() ? created->json.value(QStringLiteral("userName")).toString()
                                                 : displayName});
        return {};
    }

    QString substituted(QString text, const QString& selfId) const
    {
        for (auto it = m_fixtures.begin(); it != m_fixtures.end(); ++it)
            text.replace(it.key(), it->id);
        if (!selfId.isEmpty())
            text.replace(QStringLiteral("%SELF%"), selfId);
        return text.replace(QStringLiteral("%MISSING%"), MissingId);
    }

    // A row's "expect" as the Directory would return it: schemas, and members with type and display.
    QJsonObject expectedResource(const QString& type, QJsonObject json) const
    {
        if (!json.contains(Schemas))
            json.insert(Schemas, schemasFor(type, json));
        if (json.value(Members).isArray()) {
            QJsonArray members;
            for (const QJsonValue& entry : json.value(Members).toArray()) {
                QJsonObject member = entry.toObject();
                for (const FixtureResource& fixture : m_fixtures) {
                    if (fixture.id != member.value(QStringLiteral("value")).toString())
                        continue;
                    if (!member.contains(QStringLiteral("type")))
                        member.insert(QStringLiteral("type"), fixture.type);
                    if (!member.contains(QStringLiteral("display")))
                        member.insert(QStringLiteral("display"), fixture.display);
                }
                members.append(member);
            }
            json.insert(Members, members);
        }
        return comparable(json);
    }

    qint64 lastAuditSequence() const
    {
        const QList<AuditEntry> entries = m_directory->auditLog(m_context, 0, 100000);
        return entries.isEmpty() ? 0 : entries.last().sequence;
    }

    static void addColumns()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("request");
        QTest::addColumn<bool>("strict");
        QTest::addColumn<QString>("expected"); // empty for error rows
        QTest::addColumn<int>("status");       // 0 for success rows
        QTest::addColumn<QString>("scimType");
        QTest::addColumn<QString>("detail");
    }

    void addRows(const QString& fileName)
    {
        addColumns();
        if (m_bases.isEmpty()) {
            QFile bases(QStringLiteral(MUSTER_TEST_DATA_DIR "/resources.json"));
            QVERIFY(bases.open(QIODevice::ReadOnly));
            m_bases = QJsonDocument::fromJson(bases.readAll()).object();
            QVERIFY(!m_bases.isEmpty());
        }
        QFile file(QStringLiteral(MUSTER_TEST_DATA_DIR "/rows/") + fileName);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        QVERIFY2(document.isArray(), qPrintable(fileName + u": " + error.errorString()));
        for (const QJsonValue& entry : document.array()) {
            const QJsonObject row = entry.toObject();
            const QString name = row.value(QStringLiteral("name")).toString();
            QVERIFY2(!name.isEmpty(), qPrintable(fileName + u": a row without name"));
            QVERIFY2(row.contains(QStringLiteral("expect")) != row.contains(QStringLiteral("error")),
                     qPrintable(name + u": needs either \"expect\" or \"error\""));

            const QJsonValue resourceValue = row.value(QStringLiteral("resource"));
            QString resource = resourceValue.isObject() ? compact(resourceValue) : resourceValue.toString();
            if (resource.startsWith(u'@')) {
                const QJsonValue base = m_bases.value(resource.mid(1));
                QVERIFY2(base.isObject(), qPrintable(name + u": unknown base resource " + resource));
                resource = compact(base);
            }
            QVERIFY2(!resource.isEmpty(), qPrintable(name + u": no resource"));
            const QJsonObject error = row.value(QStringLiteral("error")).toObject();
            QTest::addRow("%s", qPrintable(name))
                << row.value(QStringLiteral("type")).toString(User) << resource
                << compact(row.value(QStringLiteral("request")).toObject())
                << row.value(QStringLiteral("strict")).toBool()
                << (row.contains(QStringLiteral("expect")) ? compact(row.value(QStringLiteral("expect")))
                                                           : QString())
                << error.value(QStringLiteral("status")).toInt()
                << error.value(QStringLiteral("scimType")).toString()
                << error.value(QStringLiteral("detail")).toString();
        }
    }

    // Creates the row's resource (or picks the fixture one), sends the request and checks the answer,
    // the stored resource, its version and meta, the audit log and the change signal.
    void checkRow()
    {
        QFETCH(QString, type);
        QFETCH(QString, resource);
        QFETCH(QString, request);
        QFETCH(bool, strict);
        QFETCH(QString, expected);
        QFETCH(int, status);
        QFETCH(QString, scimType);
        QFETCH(QString, detail);

        QString id;
        if (m_fixtures.contains(resource)) {
            QCOMPARE(m_fixtures.value(resource).type, type);
            id = m_fixtures.value(resource).id;
        } else {
            std::optional<QJsonObject> input = parseObject(substituted(resource, {}));
            QVERIFY2(input, qPrintable(u"resource is no JSON object: " + resource));
            if (!input->contains(Schemas))
                input->insert(Schemas, schemasFor(type, *input));
            const auto created = m_directory->create(m_context, type, *input);
            QVERIFY2(created.ok(), qPrintable(created ? QString() : created.error().detail));
            id = created->id;
        }
        if (strict)
            m_directory->setStrictProtocol(m_context.tenant, true);

        const auto before = m_directory->get(m_context, type, id);
        QVERIFY(before.ok());
        const qint64 auditBefore = lastAuditSequence();
        QSignalSpy changes(m_directory.get(), &Directory::resourceChanged);
        const std::optional<QJsonObject> body = parseObject(substituted(request, id));
        QVERIFY2(body, qPrintable(u"request is no JSON object: " + request));

        const auto result = m_directory->patch(m_context, type, id, *body);

        const auto after = m_directory->get(m_context, type, id);
        QVERIFY(after.ok());
        QVERIFY(!after->json.contains(Password));
        const QList<AuditEntry> audit = m_directory->auditLog(m_context, auditBefore);

        if (status != 0) {
            QVERIFY2(!result.ok(), qPrintable(u"accepted: " + (result ? compact(result->json) : QString())));
            QCOMPARE(result.error().status, status);
            if (scimType != AnyScimType)
                QCOMPARE(result.error().scimTypeName(), scimType);
            const QString fragment = substituted(detail, id);
            QVERIFY2(result.error().detail.contains(fragment, Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("detail \"%1\" does not mention \"%2\"")
                                    .arg(result.error().detail, fragment)));
            QCOMPARE(compact(after->json), compact(before->json));
            QCOMPARE(after->version, before->version);
            QCOMPARE(audit.size(), 0);
            QCOMPARE(changes.count(), 0);
            return;
        }

        QVERIFY2(result.ok(),
                 qPrintable(result ? QString()
                                   : QStringLiteral("%1 %2: %3")
                                         .arg(result.error().status)
                                         .arg(result.error().scimTypeName(), result.error().detail)));
        QVERIFY(!result->json.contains(Password));
        const std::optional<QJsonObject> expectedJson = parseObject(substituted(expected, id));
        QVERIFY2(expectedJson, qPrintable(u"expect is no JSON object: " + expected));
        const QJsonObject want = expectedResource(type, *expectedJson);
        QCOMPARE(compact(comparable(result->json)), compact(want));
        QCOMPARE(compact(comparable(after->json)), compact(want));
        QCOMPARE(result->id, id);
        QCOMPARE(after->json.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(result->version, after->version);
        QCOMPARE(after->json.value(Meta).toObject().value(QStringLiteral("created")),
                 before->json.value(Meta).toObject().value(QStringLiteral("created")));

        const QStringList changed = changedAttributes(comparable(before->json), want);
        if (changed.isEmpty()) {
            // RFC 7644 §3.5.2.1: a value already there changes nothing, not even the modify timestamp.
            QCOMPARE(after->version, before->version);
            QCOMPARE(compact(after->json.value(Meta)), compact(before->json.value(Meta)));
            QCOMPARE(audit.size(), 0);
            QCOMPARE(changes.count(), 0);
            return;
        }
        QCOMPARE(after->version, before->version + 1);
        QVERIFY2(QDateTime::fromString(lastModified(after->json), Qt::ISODateWithMs) >=
                     QDateTime::fromString(lastModified(before->json), Qt::ISODateWithMs),
                 qPrintable(lastModified(before->json) + u" -> " + lastModified(after->json)));
        QCOMPARE(audit.size(), 1);
        const AuditEntry& entry = audit.first();
        QCOMPARE(entry.action, QStringLiteral("patch"));
        QCOMPARE(entry.actor, m_context.actor);
        QCOMPARE(entry.resourceType, type);
        QCOMPARE(entry.resourceId, id);
        QCOMPARE(entry.versionBefore, before->version);
        QCOMPARE(entry.versionAfter, after->version);
        const QString changesText = compact(entry.changes);
        for (const QString& name : changed)
            QVERIFY2(changesText.contains(name), qPrintable(changesText + u" does not mention " + name));
        QCOMPARE(changes.count(), 1);
        const auto change = changes.first().first().value<ResourceChange>();
        QCOMPARE(change.kind, ResourceChange::Kind::Updated);
        QCOMPARE(change.id, id);
        QCOMPARE(change.version, after->version);
    }

    // The ids of a user's computed groups as "id:direct" / "id:indirect", sorted.
    QStringList groupsOf(const QString& userId) const
    {
        const auto user = m_directory->get(m_context, User, userId);
        if (!user)
            return {QStringLiteral("error: ") + user.error().detail};
        QStringList groups;
        for (const QJsonValue& group : user->json.value(QStringLiteral("groups")).toArray()) {
            const QJsonObject object = group.toObject();
            groups.append(object.value(QStringLiteral("value")).toString() + u':' +
                          object.value(QStringLiteral("type")).toString());
        }
        groups.sort();
        return groups;
    }

private slots:
    void initTestCase()
    {
        m_registry = SchemaRegistry::builtIn();
        const Status loaded =
            m_registry->loadFile(QStringLiteral(MUSTER_TEST_DATA_DIR "/test-extension.json"));
        QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().detail));
        const Status extended = m_registry->addExtension(User, {TestExtension, false});
        QVERIFY2(extended.ok(), qPrintable(extended ? QString() : extended.error().detail));
    }

    void init()
    {
        DirectoryOptions options;
        options.passwordStrength = PasswordHasher::Strength::Fast;
        m_directory =
            std::make_unique<Directory>(m_registry, std::make_shared<MemoryStore>(m_registry), options);
        m_fixtures.clear();
        const auto user = [](const QString& userName, const QString& displayName) {
            QJsonObject json{{QStringLiteral("userName"), userName}};
            if (!displayName.isEmpty())
                json.insert(QStringLiteral("displayName"), displayName);
            return json;
        };
        const auto group = [](const QString& displayName, const QStringList& members) {
            QJsonArray values;
            for (const QString& member : members)
                values.append(QJsonObject{{QStringLiteral("value"), member}});
            return QJsonObject{{QStringLiteral("displayName"), displayName}, {Members, values}};
        };
        // Staff holds Alice; Admins holds Bob and Staff; Auditors holds Admins.
        QCOMPARE(addFixture(QStringLiteral("%ALICE%"), User,
                            user(QStringLiteral("alice"), QStringLiteral("Alice Smith"))),
                 QString());
        QCOMPARE(addFixture(QStringLiteral("%BOB%"), User, user(QStringLiteral("bob"), {})), QString());
        QCOMPARE(addFixture(QStringLiteral("%CAROL%"), User,
                            user(QStringLiteral("carol"), QStringLiteral("Carol Jones"))),
                 QString());
        QCOMPARE(addFixture(QStringLiteral("%STAFF%"), Group,
                            group(QStringLiteral("Staff"), {QStringLiteral("%ALICE%")})),
                 QString());
        QCOMPARE(
            addFixture(QStringLiteral("%ADMINS%"), Group,
                       group(QStringLiteral("Admins"), {QStringLiteral("%BOB%"), QStringLiteral("%STAFF%")})),
            QString());
        QCOMPARE(addFixture(QStringLiteral("%AUDITORS%"), Group,
                            group(QStringLiteral("Auditors"), {QStringLiteral("%ADMINS%")})),
                 QString());
    }

    void cleanup()
    {
        m_directory.reset();
        m_fixtures.clear();
    }

    // add/replace/remove with no path, simple, sub-attribute, extension URN and valuePath paths.
    void paths_data() { addRows(QStringLiteral("paths.json")); }
    void paths() { checkRow(); }

    // RFC 7644 §3.5.2.1-3 on multi-valued attributes, and "primary".
    void multiValued_data() { addRows(QStringLiteral("multi-valued.json")); }
    void multiValued() { checkRow(); }

    // invalidPath, noTarget, mutability, invalidValue, invalidSyntax, and atomicity.
    void errors_data() { addRows(QStringLiteral("errors.json")); }
    void errors() { checkRow(); }

    // The examples of RFC 7644 §3.5.2, with the fixture's ids.
    void rfcExamples_data() { addRows(QStringLiteral("rfc-examples.json")); }
    void rfcExamples() { checkRow(); }

    // Microsoft Entra ID's requests.
    void entra_data() { addRows(QStringLiteral("entra.json")); }
    void entra() { checkRow(); }

    // Okta's requests.
    void okta_data() { addRows(QStringLiteral("okta.json")); }
    void okta() { checkRow(); }

    // OneLogin-style string booleans and empty strings.
    void onelogin_data() { addRows(QStringLiteral("onelogin.json")); }
    void onelogin() { checkRow(); }

    // The dialects rejected in strict mode (and accepted without it); plain RFC requests pass.
    void strict_data() { addRows(QStringLiteral("strict.json")); }
    void strict() { checkRow(); }

    // Membership: referential integrity, cycles, repeated members, member filters.
    void groups_data() { addRows(QStringLiteral("groups.json")); }
    void groups() { checkRow(); }

    void computedGroupsFollowMembership_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QJsonArray>("operations");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("groupsAfter"); // "%GROUP%:direct" or ":indirect"

        const QString alice = QStringLiteral("%ALICE%");
        QTest::addRow("remove by valuePath")
            << QStringLiteral("%STAFF%")
            << QJsonArray{operation(QStringLiteral("remove"),
                                    QStringLiteral("members[value eq \"%ALICE%\"]"))}
            << alice << QStringList{};
        QTest::addRow("remove with a value list")
            << QStringLiteral("%STAFF%")
            << QJsonArray{operation(QStringLiteral("Remove"), Members,
                                    QJsonArray{QJsonObject{{QStringLiteral("value"), alice}}})}
            << alice << QStringList{};
        QTest::addRow("remove the nested group")
            << QStringLiteral("%ADMINS%")
            << QJsonArray{operation(QStringLiteral("remove"),
                                    QStringLiteral("members[value eq \"%STAFF%\"]"))}
            << alice << QStringList{QStringLiteral("%STAFF%:direct")};
        QTest::addRow("add") << QStringLiteral("%ADMINS%")
                             << QJsonArray{operation(QStringLiteral("add"), Members,
                                                     QJsonArray{QJsonObject{{QStringLiteral("value"),
                                                                             QStringLiteral("%CAROL%")}}})}
                             << QStringLiteral("%CAROL%")
                             << QStringList{QStringLiteral("%ADMINS%:direct"),
                                            QStringLiteral("%AUDITORS%:indirect")};
        QTest::addRow("replace the members")
            << QStringLiteral("%ADMINS%")
            << QJsonArray{operation(
                   QStringLiteral("replace"), Members,
                   QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("%CAROL%")}}})}
            << QStringLiteral("%BOB%") << QStringList{};
        QTest::addRow("remove all members")
            << QStringLiteral("%AUDITORS%") << QJsonArray{operation(QStringLiteral("remove"), Members)}
            << alice << QStringList{QStringLiteral("%ADMINS%:indirect"), QStringLiteral("%STAFF%:direct")};
    }

    void computedGroupsFollowMembership()
    {
        QFETCH(QString, group);
        QFETCH(QJsonArray, operations);
        QFETCH(QString, user);
        QFETCH(QStringList, groupsAfter);
        QStringList expected;
        for (const QString& entry : std::as_const(groupsAfter))
            expected.append(substituted(entry, {}));
        expected.sort();

        const QString userId = m_fixtures.value(user).id;
        QVERIFY(groupsOf(userId) != expected);
        const QJsonObject body = *parseObject(substituted(compact(patchRequest(operations)), {}));
        const auto patched = m_directory->patch(m_context, Group, m_fixtures.value(group).id, body);
        QVERIFY2(patched.ok(), qPrintable(patched ? QString() : patched.error().detail));
        QCOMPARE(groupsOf(userId), expected);
    }

    void ifMatch_data()
    {
        QTest::addColumn<quint64>("ifMatch");
        QTest::addColumn<bool>("accepted");
        QTest::addRow("current") << quint64(2) << true;
        QTest::addRow("stale") << quint64(1) << false;
        QTest::addRow("future") << quint64(3) << false;
    }

    void ifMatch()
    {
        QFETCH(quint64, ifMatch);
        QFETCH(bool, accepted);
        const QString id = m_fixtures.value(QStringLiteral("%CAROL%")).id;
        const auto retitle = [](const QString& title) {
            return patchRequest({operation(QStringLiteral("replace"), QStringLiteral("title"), title)});
        };
        const auto first = m_directory->patch(m_context, User, id, retitle(QStringLiteral("Engineer")));
        QVERIFY(first.ok());
        QCOMPARE(first->version, 2u);
        const qint64 auditBefore = lastAuditSequence();

        const auto second =
            m_directory->patch(m_context, User, id, retitle(QStringLiteral("Manager")), ifMatch);
        const auto stored = m_directory->get(m_context, User, id);
        QVERIFY(stored.ok());
        QCOMPARE(second.ok(), accepted);
        if (accepted) {
            QCOMPARE(second->version, 3u);
            QCOMPARE(stored->json.value(QStringLiteral("title")).toString(), QStringLiteral("Manager"));
            QCOMPARE(m_directory->auditLog(m_context, auditBefore).size(), 1);
            return;
        }
        QCOMPARE(second.error().status, 412);
        QCOMPARE(stored->version, 2u);
        QCOMPARE(compact(stored->json), compact(first->json));
        QCOMPARE(m_directory->auditLog(m_context, auditBefore).size(), 0);
    }

    void auditLogHasOneEntryPerChangingPatch()
    {
        const QString id = m_fixtures.value(QStringLiteral("%CAROL%")).id;
        const qint64 auditBefore = lastAuditSequence();
        const auto send = [&](const QJsonObject& op) {
            return m_directory->patch(m_context, User, id, patchRequest({op}));
        };

        QVERIFY(
            send(operation(QStringLiteral("add"), QStringLiteral("title"), QStringLiteral("Engineer"))).ok());
        // The same value again, a failing request, a remove that matches nothing: no entries.
        QVERIFY(
            send(operation(QStringLiteral("add"), QStringLiteral("title"), QStringLiteral("Engineer"))).ok());
        QVERIFY(!send(operation(QStringLiteral("replace"), QStringLiteral("favoriteColor"),
                                QStringLiteral("red")))
                     .ok());
        QVERIFY(!send(operation(QStringLiteral("remove"), QString())).ok());
        QVERIFY(send(operation(QStringLiteral("remove"), QStringLiteral("emails[type eq \"work\"]"))).ok());
        QVERIFY(send(operation(QStringLiteral("replace"), QString(),
                               QJsonObject{{QStringLiteral("nickName"), QStringLiteral("CJ")},
                                           {urns::EnterpriseUser + QStringLiteral(":costCenter"),
                                            QStringLiteral("42")}}))
                    .ok());

        const QList<AuditEntry> entries = m_directory->auditLog(m_context, auditBefore);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).action, QStringLiteral("patch"));
        QCOMPARE(entries.at(0).versionBefore, 1u);
        QCOMPARE(entries.at(0).versionAfter, 2u);
        QVERIFY(compact(entries.at(0).changes).contains(QStringLiteral("title")));
        QCOMPARE(entries.at(1).action, QStringLiteral("patch"));
        QCOMPARE(entries.at(1).versionBefore, 2u);
        QCOMPARE(entries.at(1).versionAfter, 3u);
        const QString changes = compact(entries.at(1).changes);
        QVERIFY2(changes.contains(QStringLiteral("nickName")) &&
                     changes.contains(QStringLiteral("costCenter")),
                 qPrintable(changes));
        QVERIFY2(!changes.contains(QStringLiteral("title")), qPrintable(changes));
    }

    void password_data()
    {
        QTest::addColumn<QJsonObject>("operation");
        QTest::addRow("replace by path")
            << operation(QStringLiteral("replace"), Password, QStringLiteral("n3w-Secret"));
        QTest::addRow("add by path") << operation(QStringLiteral("add"), Password,
                                                  QStringLiteral("n3w-Secret"));
        QTest::addRow("replace without path")
            << operation(QStringLiteral("replace"), QString(),
                         QJsonObject{{Password, QStringLiteral("n3w-Secret")},
                                     {QStringLiteral("title"), QStringLiteral("x")}});
    }

    void password()
    {
        QFETCH(QJsonObject, operation);
        const auto created =
            m_directory->create(m_context, User,
                                QJsonObject{{Schemas, QJsonArray{urns::User}},
                                            {QStringLiteral("userName"), QStringLiteral("bjensen")},
                                            {Password, QStringLiteral("0ld-Secret")}});
        QVERIFY(created.ok());
        const qint64 auditBefore = lastAuditSequence();

        const auto patched = m_directory->patch(m_context, User, created->id, patchRequest({operation}));
        QVERIFY2(patched.ok(), qPrintable(patched ? QString() : patched.error().detail));
        QCOMPARE(patched->version, 2u);
        QVERIFY(m_directory->verifyPassword(m_context, created->id, QStringLiteral("n3w-Secret")));
        QVERIFY(!m_directory->verifyPassword(m_context, created->id, QStringLiteral("0ld-Secret")));

        const auto stored = m_directory->get(m_context, User, created->id);
        QVERIFY(stored.ok());
        for (const QJsonObject& json : {patched->json, stored->json}) {
            QVERIFY(!json.contains(Password));
            QVERIFY(!compact(json).contains(QStringLiteral("Secret")));
        }
        const QList<AuditEntry> entries = m_directory->auditLog(m_context, auditBefore);
        QCOMPARE(entries.size(), 1);
        QVERIFY(!compact(entries.first().changes).contains(QStringLiteral("Secret")));
    }

    void unknownResourceIsNotFound()
    {
        const auto patched =
            m_directory->patch(m_context, User, MissingId,
                               patchRequest({operation(QStringLiteral("replace"), QStringLiteral("title"),
                                                       QStringLiteral("x"))}));
        QVERIFY(!patched.ok());
        QCOMPARE(patched.error().status, 404);
    }
};

QTEST_GUILESS_MAIN(TestDirectoryPatch)
#include "tst_directorypatch.moc"
