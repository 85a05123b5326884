#include "directory/Directory.h"
#include "query/FilterParser.h"
#include "schema/SchemaUrns.h"
#include "store/MemoryStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace muster;

namespace {

QJsonObject user(const QString& userName, const QJsonObject& extra = {})
{
    QJsonObject json{{QStringLiteral("schemas"), QJsonArray{urns::User}},
                     {QStringLiteral("userName"), userName}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

QJsonObject group(const QString& displayName, const QStringList& memberIds = {})
{
    QJsonArray members;
    for (const QString& id : memberIds)
        members.append(QJsonObject{{QStringLiteral("value"), id}});
    QJsonObject json{{QStringLiteral("schemas"), QJsonArray{urns::Group}},
                     {QStringLiteral("displayName"), displayName}};
    if (!members.isEmpty())
        json.insert(QStringLiteral("members"), members);
    return json;
}

// The "value" of every element of a multi-valued reference attribute such as members or groups.
QStringList referencedIds(const QJsonObject& json, const QString& attribute)
{
    QStringList ids;
    for (const QJsonValue& element : json.value(attribute).toArray())
        ids.append(element.toObject().value(QStringLiteral("value")).toString());
    return ids;
}

QStringList memberIds(const QJsonObject& groupJson)
{
    return referencedIds(groupJson, QStringLiteral("members"));
}

} // namespace

class TestDirectory : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Directory> makeDirectory(DirectoryOptions options = {})
    {
        options.passwordStrength = PasswordHasher::Strength::Fast;
        auto registry = SchemaRegistry::builtIn();
        return std::make_unique<Directory>(registry, std::make_shared<MemoryStore>(registry), options);
    }

    const OperationContext ctx{ResourceStore::DefaultTenant, QStringLiteral("test:alice")};
    const QString User = QStringLiteral("User");
    const QString Group = QStringLiteral("Group");
    static constexpr int NoCount = std::numeric_limits<int>::min();

private slots:
    void createSetsIdMetaAndVersion()
    {
        auto directory = makeDirectory();
        const auto created = directory->create(ctx, User, user(QStringLiteral("bjensen")));
        QVERIFY2(created.ok(), qPrintable(created ? QString() : created.error().detail));
        QVERIFY(!created->id.isEmpty());
        QCOMPARE(created->version, 1u);
        QCOMPARE(created->json.value(QStringLiteral("id")).toString(), created->id);
        const QJsonObject meta = created->json.value(QStringLiteral("meta")).toObject();
        QCOMPARE(meta.value(QStringLiteral("resourceType")).toString(), User);
        QCOMPARE(meta.value(QStringLiteral("version")).toString(), QStringLiteral("W/\"1\""));
        QCOMPARE(meta.value(QStringLiteral("created")), meta.value(QStringLiteral("lastModified")));
        QVERIFY(QDateTime::fromString(meta.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs)
                    .isValid());
        QCOMPARE(created->etag(), QStringLiteral("W/\"1\""));

        const auto second = directory->create(ctx, User, user(QStringLiteral("other")));
        QVERIFY(second.ok());
        QVERIFY(second->id != created->id);
    }

    void clientIdAndMetaAreIgnored()
    {
        auto directory = makeDirectory();
        const auto created =
            directory->create(ctx, User,
                              user(QStringLiteral("bjensen"),
                                   {{QStringLiteral("id"), QStringLiteral("chosen-by-client")},
                                    {QStringLiteral("meta"),
                                     QJsonObject{{QStringLiteral("version"), QStringLiteral("W/\"99\"")}}}}));
        QVERIFY(created.ok());
        QVERIFY(created->id != QStringLiteral("chosen-by-client"));
        QCOMPARE(created->version, 1u);
    }

    void writeErrors_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("scimType");

        QTest::addRow("missing userName")
            << User << QJsonObject{{QStringLiteral("schemas"), QJsonArray{urns::User}}} << 400
            << QStringLiteral("invalidValue");
        QTest::addRow("missing schemas")
            << User << QJsonObject{{QStringLiteral("userName"), QStringLiteral("x")}} << 400
            << QStringLiteral("invalidSyntax");
        QTest::addRow("wrong type") << User << user(QStringLiteral("x"), {{QStringLiteral("active"), 3}})
                                    << 400 << QStringLiteral("invalidValue");
        QTest::addRow("unknown resource type")
            << QStringLiteral("Printer") << user(QStringLiteral("x")) << 404 << QString();
        QTest::addRow("group without displayName")
            << Group << QJsonObject{{QStringLiteral("schemas"), QJsonArray{urns::Group}}} << 400
            << QStringLiteral("invalidValue");
        QTest::addRow("group with unknown member")
            << Group << group(QStringLiteral("g"), {QStringLiteral("no-such-id")}) << 400
            << QStringLiteral("invalidValue");
    }

    void writeErrors()
    {
        QFETCH(QString, type);
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, scimType);
        auto directory = makeDirectory();
        QSignalSpy changes(directory.get(), &Directory::resourceChanged);
        const auto created = directory->create(ctx, type, body);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().status, status);
        QCOMPARE(created.error().scimTypeName(), scimType);
        QVERIFY(!created.error().detail.isEmpty());
        QCOMPARE(changes.count(), 0);
        QVERIFY(directory->auditLog(ctx).isEmpty());
    }

    void userNameIsUniqueCaseInsensitivelyPerTenant_data()
    {
        QTest::addColumn<QString>("second");
        QTest::addColumn<bool>("otherTenant");
        QTest::addColumn<bool>("accepted");
        QTest::addRow("same") << QStringLiteral("bjensen@example.com") << false << false;
        QTest::addRow("other case") << QStringLiteral("BJensen@Example.COM") << false << false;
        QTest::addRow("other name") << QStringLiteral("jsmith@example.com") << false << true;
        QTest::addRow("same in other tenant") << QStringLiteral("bjensen@example.com") << true << true;
    }

    void userNameIsUniqueCaseInsensitivelyPerTenant()
    {
        QFETCH(QString, second);
        QFETCH(bool, otherTenant);
        QFETCH(bool, accepted);
        auto directory = makeDirectory();
        QVERIFY(directory->createTenant(QStringLiteral("acme")).ok());
        QVERIFY(directory->create(ctx, User, user(QStringLiteral("bjensen@example.com"))).ok());
        const OperationContext where{otherTenant ? QStringLiteral("acme") : ctx.tenant, ctx.actor};
        const auto result = directory->create(where, User, user(second));
        QCOMPARE(result.ok(), accepted);
        if (!accepted) {
            QCOMPARE(result.error().status, 409);
            QCOMPARE(result.error().scimType, ScimType::Uniqueness);
        }
    }

    void renameFreesTheOldUserName()
    {
        auto directory = makeDirectory();
        const auto first = directory->create(ctx, User, user(QStringLiteral("alpha")));
        QVERIFY(first.ok());
        QVERIFY(directory->replace(ctx, User, first->id, user(QStringLiteral("beta"))).ok());
        QVERIFY(directory->create(ctx, User, user(QStringLiteral("ALPHA"))).ok());
        const auto clash = directory->create(ctx, User, user(QStringLiteral("Beta")));
        QVERIFY(!clash.ok());
        QCOMPARE(clash.error().status, 409);
    }

    void groupDisplayNameUniquenessIsAnOption_data()
    {
        QTest::addColumn<bool>("unique");
        QTest::addRow("unique") << true;
        QTest::addRow("not unique") << false;
    }

    void groupDisplayNameUniquenessIsAnOption()
    {
        QFETCH(bool, unique);
        DirectoryOptions options;
        options.uniqueGroupDisplayName = unique;
        auto directory = makeDirectory(options);
        QVERIFY(directory->create(ctx, Group, group(QStringLiteral("Sales"))).ok());
        const auto second = directory->create(ctx, Group, group(QStringLiteral("sales")));
        QCOMPARE(second.ok(), !unique);
        if (unique)
            QCOMPARE(second.error().scimType, ScimType::Uniqueness);
    }

    void replaceMovesVersionAndKeepsCreated()
    {
        auto directory = makeDirectory();
        const auto created = directory->create(ctx, User, user(QStringLiteral("bjensen")));
        QVERIFY(created.ok());
        QTest::qWait(2);
        const auto replaced = directory->replace(
            ctx, User, created->id,
            user(QStringLiteral("bjensen"), {{QStringLiteral("title"), QStringLiteral("CTO")}}));
        QVERIFY(replaced.ok());
        QCOMPARE(replaced->version, 2u);
        const QJsonObject before = created->json.value(QStringLiteral("meta")).toObject();
        const QJsonObject after = replaced->json.value(QStringLiteral("meta")).toObject();
        QCOMPARE(after.value(QStringLiteral("created")), before.value(QStringLiteral("created")));
        QVERIFY(after.value(QStringLiteral("lastModified")).toString() >
                before.value(QStringLiteral("lastModified")).toString());
        QCOMPARE(after.value(QStringLiteral("version")).toString(), QStringLiteral("W/\"2\""));
        QCOMPARE(replaced->json.value(QStringLiteral("title")).toString(), QStringLiteral("CTO"));
    }

    void replaceThatChangesNothingKeepsTheVersion()
    {
        auto directory = makeDirectory();
        const QJsonObject body =
            user(QStringLiteral("bjensen"), {{QStringLiteral("displayName"), QStringLiteral("B")}});
        const auto created = directory->create(ctx, User, body);
        QVERIFY(created.ok());
        QSignalSpy changes(directory.get(), &Directory::resourceChanged);
        const auto same = directory->replace(ctx, User, created->id, body);
        QVERIFY(same.ok());
        QCOMPARE(same->version, 1u);
        QCOMPARE(changes.count(), 0);
        QCOMPARE(directory->auditLog(ctx).size(), 1);
    }

    void ifMatch_data()
    {
        QTest::addColumn<quint64>("ifMatch");
        QTest::addColumn<bool>("accepted");
        QTest::addRow("current") << quint64(1) << true;
        QTest::addRow("stale") << quint64(0) << false;
        QTest::addRow("future") << quint64(7) << false;
    }

    void ifMatch()
    {
        QFETCH(quint64, ifMatch);
        QFETCH(bool, accepted);
        auto directory = makeDirectory();
        const auto created = directory->create(ctx, User, user(QStringLiteral("bjensen")));
        QVERIFY(created.ok());

        const auto replaced = directory->replace(
            ctx, User, created->id,
            user(QStringLiteral("bjensen"), {{QStringLiteral("nickName"), QStringLiteral("B")}}), ifMatch);
        QCOMPARE(replaced.ok(), accepted);
        if (!accepted) {
            QCOMPARE(replaced.error().status, 412);
            const Status removed = directory->remove(ctx, User, created->id, ifMatch);
            QCOMPARE(removed.error().status, 412);
            QVERIFY(directory->get(ctx, User, created->id).ok());
            QCOMPARE(directory->get(ctx, User, created->id)->version, 1u);
        }
    }

    void passwordIsHashedNeverReturnedAndKeptByReplace()
    {
        auto directory = makeDirectory();
        const auto created = directory->create(
            ctx, User,
            user(QStringLiteral("bjensen"), {{QStringLiteral("password"), QStringLiteral("t1meMa$heen")}}));
        QVERIFY(created.ok());
        QVERIFY(!created->json.contains(QStringLiteral("password")));
        QVERIFY(directory->verifyPassword(ctx, created->id, QStringLiteral("t1meMa$heen")));
        QVERIFY(!directory->verifyPassword(ctx, created->id, QStringLiteral("wrong")));

        // A PUT without password keeps it; the audit names the change, never the value.
        QVERIFY(directory->replace(ctx, User, created->id, user(QStringLiteral("bjensen"))).ok());
        QVERIFY(directory->verifyPassword(ctx, created->id, QStringLiteral("t1meMa$heen")));

        const auto changed = directory->replace(
            ctx, User, created->id,
            user(QStringLiteral("bjensen"), {{QStringLiteral("password"), QStringLiteral("n3w")}}));
        QVERIFY(changed.ok());
        QCOMPARE(changed->version, 2u);
        QVERIFY(directory->verifyPassword(ctx, created->id, QStringLiteral("n3w")));
        const QList<AuditEntry> audit = directory->auditLog(ctx);
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.last().changes.value(QStringLiteral("changed")).toArray(),
                 QJsonArray{QStringLiteral("password")});
        for (const AuditEntry& entry : audit) {
            const QByteArray text = QJsonDocument(entry.changes).toJson();
            QVERIFY(!text.contains("n3w") && !text.contains("t1meMa"));
        }
    }

    void modifyAppliesUnderTheLockAndValidates()
    {
        auto directory = makeDirectory();
        const auto created = directory->create(ctx, User, user(QStringLiteral("bjensen")));
        QVERIFY(created.ok());
        const auto retitle = [](const QJsonObject& current) -> Result<QJsonObject> {
            QJsonObject next = current;
            next.insert(QStringLiteral("title"), QStringLiteral("Engineer"));
            return next;
        };
        const auto patched = directory->modify(ctx, User, created->id, retitle);
        QVERIFY(patched.ok());
        QCOMPARE(patched->version, 2u);
        QCOMPARE(patched->json.value(QStringLiteral("title")).toString(), QStringLiteral("Engineer"));

        // The same change again changes nothing: the version stays.
        const auto again = directory->modify(ctx, User, created->id, retitle);
        QVERIFY(again.ok());
        QCOMPARE(again->version, 2u);

        // A result that fails validation stores nothing.
        const auto invalid =
            directory->modify(ctx, User, created->id, [](const QJsonObject& current) -> Result<QJsonObject> {
                QJsonObject next = current;
                next.remove(QStringLiteral("userName"));
                return next;
            });
        QVERIFY(!invalid.ok());
        QCOMPARE(invalid.error().status, 400);
        const auto failing =
            directory->modify(ctx, User, created->id, [](const QJsonObject&) -> Result<QJsonObject> {
                return ScimError::badRequest(ScimType::NoTarget, QStringLiteral("nothing matched"));
            });
        QCOMPARE(failing.error().scimType, ScimType::NoTarget);
        QCOMPARE(directory->get(ctx, User, created->id)->version, 2u);
        QCOMPARE(directory->auditLog(ctx).last().action, QStringLiteral("patch"));
    }

    void groupMembersGetTypeAndDisplay()
    {
        auto directory = makeDirectory();
        const auto alice = directory->create(
            ctx, User,
            user(QStringLiteral("alice"), {{QStringLiteral("displayName"), QStringLiteral("Alice A.")}}));
        const auto bob = directory->create(ctx, User, user(QStringLiteral("bob")));
        const auto inner = directory->create(ctx, Group, group(QStringLiteral("Inner")));
        QVERIFY(alice.ok() && bob.ok() && inner.ok());
        const auto outer = directory->create(
            ctx, Group, group(QStringLiteral("Outer"), {alice->id, bob->id, inner->id, alice->id}));
        QVERIFY2(outer.ok(), qPrintable(outer ? QString() : outer.error().detail));
        const QJsonArray members = outer->json.value(QStringLiteral("members")).toArray();
        QCOMPARE(members.size(), 3); // the duplicate is dropped
        QCOMPARE(members.at(0).toObject().value(QStringLiteral("type")).toString(), User);
        QCOMPARE(members.at(0).toObject().value(QStringLiteral("display")).toString(),
                 QStringLiteral("Alice A."));
        QCOMPARE(members.at(1).toObject().value(QStringLiteral("display")).toString(), QStringLiteral("bob"));
        QCOMPARE(members.at(2).toObject().value(QStringLiteral("type")).toString(), Group);
    }

    void memberLabelsOnCreateAndReplace_data()
    {
        QTest::addColumn<QJsonObject>("sentMember"); // without "value"
        QTest::addColumn<bool>("strict");
        QTest::addColumn<QString>("display");
        QTest::newRow("no label: the member's displayName")
            << QJsonObject() << false << QStringLiteral("Alice A.");
        QTest::newRow("display kept") << QJsonObject{{QStringLiteral("display"), QStringLiteral("VP")}}
                                      << false << QStringLiteral("VP");
        QTest::newRow("display kept (strict)")
            << QJsonObject{{QStringLiteral("display"), QStringLiteral("VP")}} << true << QStringLiteral("VP");
        QTest::newRow("Entra's displayName read as display")
            << QJsonObject{{QStringLiteral("displayName"), QStringLiteral("new User")}} << false
            << QStringLiteral("new User");
        QTest::newRow("strict: displayName is unknown and ignored")
            << QJsonObject{{QStringLiteral("displayName"), QStringLiteral("new User")}} << true
            << QStringLiteral("Alice A.");
        QTest::newRow("blank display: the member's displayName")
            << QJsonObject{{QStringLiteral("display"), QStringLiteral("  ")}} << false
            << QStringLiteral("Alice A.");
    }

    void memberLabelsOnCreateAndReplace()
    {
        QFETCH(QJsonObject, sentMember);
        QFETCH(bool, strict);
        QFETCH(QString, display);
        auto directory = makeDirectory();
        directory->setStrictProtocol(ctx.tenant, strict);
        const auto alice = directory->create(
            ctx, User,
            user(QStringLiteral("alice"), {{QStringLiteral("displayName"), QStringLiteral("Alice A.")}}));
        QVERIFY(alice.ok());
        sentMember.insert(QStringLiteral("value"), alice->id);
        QJsonObject body = group(QStringLiteral("Labelled"));
        body.insert(QStringLiteral("members"), QJsonArray{sentMember});
        const auto created = directory->create(ctx, Group, body);
        QVERIFY2(created.ok(), qPrintable(created ? QString() : created.error().detail));
        const auto displayOf = [](const QJsonObject& json) {
            return json.value(QStringLiteral("members"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("display"))
                .toString();
        };
        QCOMPARE(displayOf(created->json), display);
        QCOMPARE(displayOf(directory->get(ctx, Group, created->id)->json), display);

        body.insert(QStringLiteral("displayName"), QStringLiteral("Relabelled"));
        const auto replaced = directory->replace(ctx, Group, created->id, body);
        QVERIFY2(replaced.ok(), qPrintable(replaced ? QString() : replaced.error().detail));
        QCOMPARE(displayOf(replaced->json), display);
    }

    void usersGroupsAreComputedDirectAndIndirect()
    {
        auto directory = makeDirectory();
        const auto alice = directory->create(ctx, User, user(QStringLiteral("alice")));
        QVERIFY(alice.ok());
        const auto inner = directory->create(ctx, Group, group(QStringLiteral("Inner"), {alice->id}));
        QVERIFY(inner.ok());
        const auto outer = directory->create(ctx, Group, group(QStringLiteral("Outer"), {inner->id}));
        QVERIFY(outer.ok());

        const auto read = directory->get(ctx, User, alice->id);
        QVERIFY(read.ok());
        const QJsonArray groups = read->json.value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(0).toObject().value(QStringLiteral("value")).toString(), inner->id);
        QCOMPARE(groups.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("direct"));
        QCOMPARE(groups.at(0).toObject().value(QStringLiteral("display")).toString(),
                 QStringLiteral("Inner"));
        QCOMPARE(groups.at(1).toObject().value(QStringLiteral("value")).toString(), outer->id);
        QCOMPARE(groups.at(1).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("indirect"));

        // groups is read-only: a client's value is ignored.
        const auto replaced = directory->replace(
            ctx, User, alice->id,
            user(QStringLiteral("alice"),
                 {{QStringLiteral("groups"),
                   QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("x")}}}}}));
        QVERIFY(replaced.ok());
        QCOMPARE(replaced->version, 1u);
        QCOMPARE(replaced->json.value(QStringLiteral("groups")).toArray().size(), 2);
    }

    void membershipCyclesAreRejected_data()
    {
        QTest::addColumn<int>("depth");
        QTest::addRow("self") << 0;
        QTest::addRow("two groups") << 1;
        QTest::addRow("four groups") << 3;
    }

    void membershipCyclesAreRejected()
    {
        QFETCH(int, depth);
        auto directory = makeDirectory();
        const auto top = directory->create(ctx, Group, group(QStringLiteral("top")));
        QVERIFY(top.ok());
        QString child = top->id;
        for (int level = 0; level < depth; ++level) {
            const auto parent =
                directory->create(ctx, Group, group(QStringLiteral("level %1").arg(level), {child}));
            QVERIFY(parent.ok());
            child = parent->id;
        }
        // Making `top` contain the highest group closes the loop.
        const auto closed = directory->replace(ctx, Group, top->id, group(QStringLiteral("top"), {child}));
        QVERIFY(!closed.ok());
        QCOMPARE(closed.error().status, 400);
        QCOMPARE(closed.error().scimType, ScimType::InvalidValue);
        QVERIFY(memberIds(directory->get(ctx, Group, top->id)->json).isEmpty());
    }

    void removingAUserRemovesItFromEveryGroup()
    {
        auto directory = makeDirectory();
        const auto alice = directory->create(ctx, User, user(QStringLiteral("alice")));
        const auto bob = directory->create(ctx, User, user(QStringLiteral("bob")));
        QVERIFY(alice.ok() && bob.ok());
        const auto both = directory->create(ctx, Group, group(QStringLiteral("Both"), {alice->id, bob->id}));
        const auto only = directory->create(ctx, Group, group(QStringLiteral("Only"), {alice->id}));
        const auto other = directory->create(ctx, Group, group(QStringLiteral("Other"), {bob->id}));
        QVERIFY(both.ok() && only.ok() && other.ok());

        QSignalSpy changes(directory.get(), &Directory::resourceChanged);
        QVERIFY(directory->remove(ctx, User, alice->id).ok());
        QCOMPARE(directory->get(ctx, User, alice->id).error().status, 404);
        QCOMPARE(changes.count(), 3); // two groups updated, one user removed

        const auto bothAfter = directory->get(ctx, Group, both->id);
        QCOMPARE(memberIds(bothAfter->json), QStringList{bob->id});
        QCOMPARE(bothAfter->version, 2u);
        const auto onlyAfter = directory->get(ctx, Group, only->id);
        QVERIFY(memberIds(onlyAfter->json).isEmpty());
        QCOMPARE(directory->get(ctx, Group, other->id)->version, 1u);

        // Removing a nested group removes it from its parents too.
        const auto parent = directory->create(ctx, Group, group(QStringLiteral("Parent"), {other->id}));
        QVERIFY(parent.ok());
        QVERIFY(directory->remove(ctx, Group, other->id).ok());
        QVERIFY(memberIds(directory->get(ctx, Group, parent->id)->json).isEmpty());
        QCOMPARE(referencedIds(directory->get(ctx, User, bob->id)->json, QStringLiteral("groups")),
                 QStringList{both->id});
    }

    void removeUnknownIs404()
    {
        auto directory = makeDirectory();
        const Status removed = directory->remove(ctx, User, QStringLiteral("nope"));
        QCOMPARE(removed.error().status, 404);
    }

    void tenantsAreIsolated()
    {
        auto directory = makeDirectory();
        QVERIFY(directory->createTenant(QStringLiteral("acme")).ok());
        const OperationContext acme{QStringLiteral("acme"), ctx.actor};
        const auto here = directory->create(ctx, User, user(QStringLiteral("shared")));
        const auto there = directory->create(acme, User, user(QStringLiteral("shared")));
        QVERIFY(here.ok() && there.ok());
        QCOMPARE(directory->get(acme, User, here->id).error().status, 404);
        QCOMPARE(directory->get(ctx, User, there->id).error().status, 404);
        QCOMPARE(directory->remove(acme, User, here->id).error().status, 404);

        Query query;
        query.resourceType = User;
        const auto acmeUsers = directory->query(acme, query);
        QVERIFY(acmeUsers.ok());
        QCOMPARE(acmeUsers->totalResults, 1);
        QCOMPARE(acmeUsers->resources.first().id, there->id);

        // A group cannot reference a member of another tenant.
        const auto crossing = directory->create(acme, Group, group(QStringLiteral("g"), {here->id}));
        QCOMPARE(crossing.error().status, 400);

        QCOMPARE(directory->auditLog(acme).size(), 1);
        QVERIFY(directory->removeTenant(QStringLiteral("acme")).ok());
        QCOMPARE(directory->removeTenant(ResourceStore::DefaultTenant).error().status, 400);
        QVERIFY(directory->tenants().contains(ResourceStore::DefaultTenant));
        const auto gone = directory->get(acme, User, there->id);
        QCOMPARE(gone.error().status, 404);
        QVERIFY(directory->get(ctx, User, here->id).ok());
    }

    void tenantNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::addRow("simple") << QStringLiteral("acme") << true;
        QTest::addRow("dotted") << QStringLiteral("eu.acme-1_b") << true;
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("slash") << QStringLiteral("a/b") << false;
        QTest::addRow("dots only path") << QStringLiteral("../x") << false;
        QTest::addRow("space") << QStringLiteral("a b") << false;
        QTest::addRow("too long") << QString(65, u'a') << false;
    }

    void tenantNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        auto directory = makeDirectory();
        const Status checked = Directory::checkTenantName(name);
        QCOMPARE(checked.ok(), valid);
        const Status created = directory->createTenant(name);
        QCOMPARE(created.ok(), valid);
        QCOMPARE(directory->tenants().contains(name), valid);
        // The check alone says what creating says, so that a form can explain before it writes.
        if (!valid) {
            QCOMPARE(checked.error().status, 400);
            QCOMPARE(checked.error().detail, created.error().detail);
        }
    }

    void unknownTenantIs404()
    {
        auto directory = makeDirectory();
        const OperationContext nowhere{QStringLiteral("nowhere"), ctx.actor};
        QCOMPARE(directory->create(nowhere, User, user(QStringLiteral("x"))).error().status, 404);
        Query query;
        query.resourceType = User;
        QCOMPARE(directory->query(nowhere, query).error().status, 404);
    }

    void queryPaging_data()
    {
        QTest::addColumn<qint64>("startIndex");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("expectedItems");
        QTest::addColumn<QString>("firstUserName");
        // 12 users named u00..u11, sorted by userName; maxResults is 5.
        QTest::addRow("first page") << qint64(1) << 3 << 3 << QStringLiteral("u00");
        QTest::addRow("second page") << qint64(4) << 3 << 3 << QStringLiteral("u03");
        QTest::addRow("count above maximum") << qint64(1) << 50 << 5 << QStringLiteral("u00");
        QTest::addRow("no count means maximum") << qint64(1) << NoCount << 5 << QStringLiteral("u00");
        QTest::addRow("negative count means totals only") << qint64(1) << -100 << 0 << QString();
        QTest::addRow("totals only") << qint64(1) << 0 << 0 << QString();
        QTest::addRow("start below one") << qint64(-4) << 2 << 2 << QStringLiteral("u00");
        QTest::addRow("last partial page") << qint64(11) << 5 << 2 << QStringLiteral("u10");
        QTest::addRow("beyond the end") << qint64(40) << 5 << 0 << QString();
    }

    void queryPaging()
    {
        QFETCH(qint64, startIndex);
        QFETCH(int, count);
        QFETCH(int, expectedItems);
        QFETCH(QString, firstUserName);
        DirectoryOptions options;
        options.maxResults = 5;
        auto directory = makeDirectory(options);
        for (int i = 0; i < 12; ++i)
            QVERIFY(directory->create(ctx, User, user(QStringLiteral("u%1").arg(i, 2, 10, QLatin1Char('0'))))
                        .ok());
        Query query;
        query.resourceType = User;
        query.sort = SortSpec{*AttributePath::parse(u"userName"), SortOrder::Ascending};
        query.startIndex = startIndex;
        if (count != NoCount)
            query.count = count;
        const auto page = directory->query(ctx, query);
        QVERIFY(page.ok());
        QCOMPARE(page->totalResults, 12);
        QCOMPARE(page->resources.size(), expectedItems);
        if (!firstUserName.isEmpty())
            QCOMPARE(page->resources.first().json.value(QStringLiteral("userName")).toString(),
                     firstUserName);
    }

    void queryFiltersAndHidesPasswords()
    {
        auto directory = makeDirectory();
        QVERIFY(directory
                    ->create(ctx, User,
                             user(QStringLiteral("a"), {{QStringLiteral("title"), QStringLiteral("Dev")},
                                                        {QStringLiteral("password"), QStringLiteral("p")}}))
                    .ok());
        QVERIFY(directory
                    ->create(ctx, User,
                             user(QStringLiteral("b"), {{QStringLiteral("title"), QStringLiteral("Ops")}}))
                    .ok());
        Query query;
        query.resourceType = QStringLiteral("user"); // resource type names are case-insensitive
        query.filter = *FilterParser::parse(u"title eq \"dev\"");
        const auto found = directory->query(ctx, query);
        QVERIFY(found.ok());
        QCOMPARE(found->totalResults, 1);
        QCOMPARE(found->resources.first().json.value(QStringLiteral("userName")).toString(),
                 QStringLiteral("a"));
        QVERIFY(!found->resources.first().json.contains(QStringLiteral("password")));

        query.filter = *FilterParser::parse(u"nosuchattribute eq \"x\"");
        const auto invalid = directory->query(ctx, query);
        QVERIFY(!invalid.ok());
        QCOMPARE(invalid.error().scimType, ScimType::InvalidFilter);
    }

    void changeEventsAndAudit()
    {
        auto directory = makeDirectory();
        QSignalSpy changes(directory.get(), &Directory::resourceChanged);
        const auto created = directory->create(ctx, User, user(QStringLiteral("bjensen")));
        QVERIFY(created.ok());
        QVERIFY(
            directory
                ->replace(ctx, User, created->id,
                          user(QStringLiteral("bjensen"), {{QStringLiteral("title"), QStringLiteral("X")}}))
                .ok());
        QVERIFY(directory->remove(ctx, User, created->id).ok());

        QCOMPARE(changes.count(), 3);
        const QList<ResourceChange::Kind> kinds{ResourceChange::Kind::Created, ResourceChange::Kind::Updated,
                                                ResourceChange::Kind::Removed};
        const QList<quint64> versions{1, 2, 2};
        for (int i = 0; i < 3; ++i) {
            const auto change = changes.at(i).at(0).value<ResourceChange>();
            QCOMPARE(change.kind, kinds.at(i));
            QCOMPARE(change.id, created->id);
            QCOMPARE(change.tenant, ctx.tenant);
            QCOMPARE(change.resourceType, User);
            QCOMPARE(change.version, versions.at(i));
        }

        const QList<AuditEntry> audit = directory->auditLog(ctx);
        QCOMPARE(audit.size(), 3);
        QCOMPARE(audit.at(0).action, QStringLiteral("create"));
        QCOMPARE(audit.at(0).versionBefore, 0u);
        QCOMPARE(audit.at(0).versionAfter, 1u);
        QCOMPARE(audit.at(1).action, QStringLiteral("replace"));
        QCOMPARE(audit.at(1).changes.value(QStringLiteral("changed")).toArray(),
                 QJsonArray{QStringLiteral("title")});
        QCOMPARE(audit.at(2).action, QStringLiteral("delete"));
        QCOMPARE(audit.at(2).versionBefore, 2u);
        QCOMPARE(audit.at(2).versionAfter, 0u);
        for (const AuditEntry& entry : audit) {
            QCOMPARE(entry.actor, ctx.actor);
            QCOMPARE(entry.resourceId, created->id);
            QVERIFY(entry.time.isValid());
        }
        QVERIFY(audit.at(0).sequence < audit.at(1).sequence && audit.at(1).sequence < audit.at(2).sequence);
        QCOMPARE(directory->auditLog(ctx, audit.at(0).sequence, 1).size(), 1);
        QCOMPARE(directory->auditLog(ctx, audit.at(0).sequence, 1).first().sequence, audit.at(1).sequence);
    }

    void extensionChangesAreAudited()
    {
        auto directory = makeDirectory();
        const auto created = directory->create(
            ctx, User,
            QJsonObject{{QStringLiteral("schemas"), QJsonArray{urns::User, urns::EnterpriseUser}},
                        {QStringLiteral("userName"), QStringLiteral("e")},
                        {urns::EnterpriseUser,
                         QJsonObject{{QStringLiteral("department"), QStringLiteral("Sales")}}}});
        QVERIFY(created.ok());
        const auto moved = directory->replace(
            ctx, User, created->id,
            QJsonObject{
                {QStringLiteral("schemas"), QJsonArray{urns::User, urns::EnterpriseUser}},
                {QStringLiteral("userName"), QStringLiteral("e")},
                {urns::EnterpriseUser, QJsonObject{{QStringLiteral("department"), QStringLiteral("R&D")}}}});
        QVERIFY(moved.ok());
        QCOMPARE(directory->auditLog(ctx).last().changes.value(QStringLiteral("changed")).toArray(),
                 QJsonArray{QString(urns::EnterpriseUser + QStringLiteral(":department"))});
    }
};

QTEST_GUILESS_MAIN(TestDirectory)
#include "tst_directory.moc"
