#include "schema/SchemaUrns.h"
#include "store/MemoryStore.h"
#include "undo/CreateResourceCommand.h"
#include "undo/DeleteResourcesCommand.h"
#include "undo/EditResourceCommand.h"
#include "undo/MembershipCommand.h"
#include "undo/PatchBody.h"
#include "undo/SetActiveCommand.h"
#include "undo/UndoLedger.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace muster;

namespace {

// The HTTP status of a directory answer: 200 when it succeeded.
template <typename T>
int statusOf(const Result<T>& result)
{
    return result ? 200 : result.error().status;
}

const QString User = QStringLiteral("User");
const QString Group = QStringLiteral("Group");

QJsonObject user(const QString& userName, const QJsonObject& extra = {})
{
    QJsonObject json{{QStringLiteral("schemas"), QJsonArray{urns::User}},
                     {QStringLiteral("userName"), userName}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

QJsonObject with(QJsonObject json, const QString& key, const QJsonValue& value)
{
    json.insert(key, value);
    return json;
}

QStringList memberIds(const QJsonObject& group)
{
    QStringList ids;
    for (const QJsonValue& member : group.value(QStringLiteral("members")).toArray())
        ids.append(member.toObject().value(QStringLiteral("value")).toString());
    return ids;
}

QStringList groupIds(const QJsonObject& user)
{
    QStringList ids;
    for (const QJsonValue& group : user.value(QStringLiteral("groups")).toArray())
        ids.append(group.toObject().value(QStringLiteral("value")).toString());
    return ids;
}

// The writable attributes, without what the directory keeps itself.
QJsonObject attributesOf(QJsonObject json)
{
    for (const QString& key : {QStringLiteral("id"), QStringLiteral("meta"), QStringLiteral("groups")})
        json.remove(key);
    return json;
}

} // namespace

// The undo commands against a real directory: each step made, undone and redone, and steps that would
// overwrite someone else's change refused with a message and dropped from the history.
class TestUndo : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<Directory> m_directory;
    UndoLedger m_ledger;
    const OperationContext m_context{ResourceStore::DefaultTenant, QStringLiteral("desktop:test")};
    const OperationContext m_someoneElse{ResourceStore::DefaultTenant, QStringLiteral("token:idp")};

    Resource create(const QString& type, const QJsonObject& json)
    {
        const auto created = m_directory->create(m_context, type, json);
        if (!created)
            qWarning() << created.error().detail;
        return created ? *created : Resource();
    }

    QJsonObject read(const QString& type, const QString& id)
    {
        const auto resource = m_directory->get(m_context, type, id);
        return resource ? resource->json : QJsonObject();
    }

    // Changes the title as an identity provider would, in between the app's steps.
    void retitleElsewhere(const QString& id, const QString& title)
    {
        QVERIFY(
            m_directory->patch(m_someoneElse, User, id, PatchBody::replace(QStringLiteral("title"), title)));
    }

private slots:
    void init()
    {
        DirectoryOptions options;
        options.passwordStrength = PasswordHasher::Strength::Fast;
        const auto registry = SchemaRegistry::builtIn();
        m_directory = std::make_shared<Directory>(registry, std::make_shared<MemoryStore>(registry), options);
    }

    void patchBodyTurnsOneRepresentationIntoAnother_data()
    {
        QTest::addColumn<QJsonObject>("from");
        QTest::addColumn<QJsonObject>("to");
        const QJsonObject enterprise{{QStringLiteral("department"), QStringLiteral("Sales")},
                                     {QStringLiteral("costCenter"), QStringLiteral("4130")}};
        const QJsonObject full = user(
            QStringLiteral("bjensen"),
            {{QStringLiteral("schemas"), QJsonArray{urns::User, urns::EnterpriseUser}},
             {QStringLiteral("name"), QJsonObject{{QStringLiteral("givenName"), QStringLiteral("Barbara")},
                                                  {QStringLiteral("familyName"), QStringLiteral("Jensen")}}},
             {QStringLiteral("title"), QStringLiteral("Boss")},
             {QStringLiteral("active"), true},
             {QStringLiteral("emails"),
              QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("b@x.org")},
                                     {QStringLiteral("type"), QStringLiteral("work")},
                                     {QStringLiteral("primary"), true}},
                         QJsonObject{{QStringLiteral("value"), QStringLiteral("b@home.org")}}}},
             {urns::EnterpriseUser, enterprise}});
        QJsonObject fewer = full;
        fewer.remove(QStringLiteral("title"));
        fewer.insert(QStringLiteral("name"),
                     QJsonObject{{QStringLiteral("givenName"), QStringLiteral("Babs")}});
        fewer.insert(QStringLiteral("emails"),
                     QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("new@x.org")}}});
        fewer.insert(urns::EnterpriseUser,
                     QJsonObject{{QStringLiteral("department"), QStringLiteral("Tours")}});
        QJsonObject noExtension = full;
        noExtension.remove(urns::EnterpriseUser);
        noExtension.insert(QStringLiteral("schemas"), QJsonArray{urns::User});
        noExtension.insert(QStringLiteral("active"), false);

        QTest::addRow("attributes set") << user(QStringLiteral("bjensen")) << full;
        QTest::addRow("attributes cleared") << full << user(QStringLiteral("bjensen"));
        QTest::addRow("sub-attributes and values dropped") << full << fewer;
        QTest::addRow("sub-attributes and values back") << fewer << full;
        QTest::addRow("extension gone") << full << noExtension;
        QTest::addRow("user name") << full << with(full, QStringLiteral("userName"), QStringLiteral("babs"));
    }

    void patchBodyTurnsOneRepresentationIntoAnother()
    {
        QFETCH(QJsonObject, from);
        QFETCH(QJsonObject, to);
        const Resource created = create(User, from);
        QVERIFY(!created.id.isEmpty());
        const ResourceType* type = m_directory->registry().resourceType(User);
        const QJsonObject body = PatchBody::between(m_directory->registry(), *type, created.json, to);
        QVERIFY(!PatchBody::isEmpty(body));
        const auto patched = m_directory->patch(m_context, User, created.id, body);
        QVERIFY2(patched, qPrintable(patched ? QString() : patched.error().detail));
        const auto expected = m_directory->create(
            m_context, User, with(to, QStringLiteral("userName"), QStringLiteral("expected")));
        QVERIFY(expected);
        QJsonObject got = attributesOf(patched->json);
        QJsonObject want = attributesOf(expected->json);
        got.remove(QStringLiteral("userName"));
        want.remove(QStringLiteral("userName"));
        QCOMPARE(got, want);
        QCOMPARE(patched->json.value(QStringLiteral("userName")), to.value(QStringLiteral("userName")));
        // Nothing left to do once they agree.
        QVERIFY(PatchBody::isEmpty(PatchBody::between(m_directory->registry(), *type, patched->json, to)));
    }

    void createUndoRedoKeepsTheId()
    {
        QUndoStack stack;
        const Resource created = create(
            User, user(QStringLiteral("ann"), {{QStringLiteral("password"), QStringLiteral("s3cret!")}}));
        const QString group =
            create(Group, QJsonObject{{QStringLiteral("schemas"), QJsonArray{urns::Group}},
                                      {QStringLiteral("displayName"), QStringLiteral("Team")}})
                .id;
        stack.push(new CreateResourceCommand(m_directory, m_context, &m_ledger,
                                             {User, created.id, QStringLiteral("ann"), created.version},
                                             QStringLiteral("s3cret!")));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.undoText(), QStringLiteral("Create user ann"));
        // The push did not create it twice.
        Query everyone;
        everyone.resourceType = User;
        QCOMPARE(m_directory->query(m_context, everyone)->totalResults, 1);

        stack.undo();
        QCOMPARE(statusOf(m_directory->get(m_context, User, created.id)), 404);
        stack.redo();
        QVERIFY(m_directory->get(m_context, User, created.id));
        QVERIFY(m_directory->verifyPassword(m_context, created.id, QStringLiteral("s3cret!")));
        // Later steps in the history find it under the same id.
        QVERIFY(m_directory->patch(m_context, Group, group, PatchBody::members({created.id}, {})));
        stack.undo();
        QCOMPARE(statusOf(m_directory->get(m_context, User, created.id)), 404);
        QCOMPARE(stack.count(), 1);
    }

    void editUndoRedo()
    {
        QUndoStack stack;
        const Resource before =
            create(User, user(QStringLiteral("bob"), {{QStringLiteral("title"), QStringLiteral("Clerk")}}));
        const auto after = m_directory->patch(
            m_context, User, before.id,
            PatchBody::joined(PatchBody::replace(QStringLiteral("title"), QStringLiteral("Manager")),
                              PatchBody::replace(QStringLiteral("nickName"), QStringLiteral("Bobby"))));
        QVERIFY(after);
        stack.push(new EditResourceCommand(m_directory, m_context, &m_ledger,
                                           {User, before.id, QStringLiteral("bob"), after->version},
                                           before.json, after->json));
        stack.undo();
        QJsonObject json = read(User, before.id);
        QCOMPARE(json.value(QStringLiteral("title")).toString(), QStringLiteral("Clerk"));
        QVERIFY(!json.contains(QStringLiteral("nickName")));
        stack.redo();
        json = read(User, before.id);
        QCOMPARE(json.value(QStringLiteral("title")).toString(), QStringLiteral("Manager"));
        QCOMPARE(json.value(QStringLiteral("nickName")).toString(), QStringLiteral("Bobby"));
        stack.undo();
        QCOMPARE(read(User, before.id).value(QStringLiteral("title")).toString(), QStringLiteral("Clerk"));
    }

    void stepsNeverOverwriteSomeoneElsesChange_data()
    {
        QTest::addColumn<bool>("undoFirst"); // the conflict hits a redo rather than an undo
        QTest::addRow("undo") << false;
        QTest::addRow("redo") << true;
    }

    void stepsNeverOverwriteSomeoneElsesChange()
    {
        QFETCH(bool, undoFirst);
        QUndoStack stack;
        QSignalSpy dropped(&m_ledger, &UndoLedger::dropped);
        const Resource before =
            create(User, user(QStringLiteral("cy"), {{QStringLiteral("title"), QStringLiteral("A")}}));
        const auto after = m_directory->patch(
            m_context, User, before.id, PatchBody::replace(QStringLiteral("title"), QStringLiteral("B")));
        QVERIFY(after);
        stack.push(new EditResourceCommand(m_directory, m_context, &m_ledger,
                                           {User, before.id, QStringLiteral("cy"), after->version},
                                           before.json, after->json));
        if (undoFirst)
            stack.undo();
        retitleElsewhere(before.id, QStringLiteral("Theirs"));
        if (undoFirst)
            stack.redo();
        else
            stack.undo();

        // Their change stands; the step explained itself and left the history.
        QCOMPARE(read(User, before.id).value(QStringLiteral("title")).toString(), QStringLiteral("Theirs"));
        QCOMPARE(dropped.size(), 1);
        const QString message = dropped.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("cy")) && message.contains(QStringLiteral("someone else")),
                 qPrintable(message));
        QCOMPARE(stack.count(), 0);
        QVERIFY(!stack.canUndo());
        QVERIFY(!stack.canRedo());
    }

    void deleteUndoRestoresIdAndGroups()
    {
        QUndoStack stack;
        QSignalSpy dropped(&m_ledger, &UndoLedger::dropped);
        const Resource dan = create(User, user(QStringLiteral("dan")));
        const Resource eve = create(User, user(QStringLiteral("eve")));
        const QString team =
            create(Group, QJsonObject{{QStringLiteral("schemas"), QJsonArray{urns::Group}},
                                      {QStringLiteral("displayName"), QStringLiteral("Team")},
                                      {QStringLiteral("members"),
                                       QJsonArray{QJsonObject{{QStringLiteral("value"), dan.id}},
                                                  QJsonObject{{QStringLiteral("value"), eve.id}}}}})
                .id;
        QVERIFY(m_directory->remove(m_context, User, dan.id));
        QVERIFY(m_directory->remove(m_context, User, eve.id));
        stack.push(new DeleteResourcesCommand(m_directory, m_context, &m_ledger,
                                              DeleteResourcesCommand::Kind::Delete,
                                              {{User, dan.id, QStringLiteral("dan"), dan.version},
                                               {User, eve.id, QStringLiteral("eve"), eve.version}}));
        QCOMPARE(stack.undoText(), QStringLiteral("Delete 2 resource(s)"));
        stack.undo();
        QCOMPARE(groupIds(read(User, dan.id)), QStringList{team});
        QCOMPARE(groupIds(read(User, eve.id)), QStringList{team});
        QCOMPARE(memberIds(read(Group, team)), (QStringList{dan.id, eve.id}));

        // Someone changes eve after she came back: the redo deletes dan only, and says why not eve.
        retitleElsewhere(eve.id, QStringLiteral("Theirs"));
        stack.redo();
        QCOMPARE(statusOf(m_directory->get(m_context, User, dan.id)), 404);
        QVERIFY(m_directory->get(m_context, User, eve.id));
        QCOMPARE(dropped.size(), 1);
        QVERIFY(dropped.first().first().toString().contains(QStringLiteral("eve")));
        QCOMPARE(stack.count(), 1);
        stack.undo();
        QVERIFY(m_directory->get(m_context, User, dan.id));
    }

    void restoreUndoDeletesAgain()
    {
        QUndoStack stack;
        const Resource fay = create(User, user(QStringLiteral("fay")));
        QVERIFY(m_directory->remove(m_context, User, fay.id));
        const auto back = m_directory->restoreDeleted(m_context, User, fay.id);
        QVERIFY(back);
        stack.push(new DeleteResourcesCommand(m_directory, m_context, &m_ledger,
                                              DeleteResourcesCommand::Kind::Restore,
                                              {{User, fay.id, QStringLiteral("fay"), back->version}}));
        QCOMPARE(stack.undoText(), QStringLiteral("Restore fay"));
        stack.undo();
        QCOMPARE(statusOf(m_directory->get(m_context, User, fay.id)), 404);
        stack.redo();
        QVERIFY(m_directory->get(m_context, User, fay.id));
    }

    void membershipUndoIsTheInversePatch()
    {
        QUndoStack stack;
        const Resource gil = create(User, user(QStringLiteral("gil")));
        const Resource hal = create(User, user(QStringLiteral("hal")));
        const Resource ivy = create(User, user(QStringLiteral("ivy")));
        const Resource team =
            create(Group, QJsonObject{{QStringLiteral("schemas"), QJsonArray{urns::Group}},
                                      {QStringLiteral("displayName"), QStringLiteral("Team")},
                                      {QStringLiteral("members"),
                                       QJsonArray{QJsonObject{{QStringLiteral("value"), gil.id}},
                                                  QJsonObject{{QStringLiteral("value"), hal.id}}}}});
        const auto patched =
            m_directory->patch(m_context, Group, team.id, PatchBody::members({ivy.id}, {gil.id}));
        QVERIFY(patched);
        stack.push(new MembershipCommand(m_directory, m_context, &m_ledger,
                                         {Group, team.id, QStringLiteral("Team"), patched->version}, {ivy.id},
                                         {gil.id}));
        QCOMPARE(memberIds(read(Group, team.id)), (QStringList{hal.id, ivy.id}));
        // Another member joins meanwhile: the undo touches only its own members.
        QVERIFY(m_directory->patch(m_someoneElse, Group, team.id,
                                   PatchBody::members({create(User, user(QStringLiteral("jo"))).id}, {})));
        stack.undo();
        QStringList members = memberIds(read(Group, team.id));
        QVERIFY(members.contains(gil.id));
        QVERIFY(members.contains(hal.id));
        QVERIFY(!members.contains(ivy.id));
        QCOMPARE(members.size(), 3);
        stack.redo();
        members = memberIds(read(Group, team.id));
        QVERIFY(!members.contains(gil.id));
        QVERIFY(members.contains(ivy.id));
        QCOMPARE(members.size(), 3);
    }

    void setActiveUndoGivesBackThePreviousValue()
    {
        QUndoStack stack;
        const Resource on = create(User, user(QStringLiteral("on"), {{QStringLiteral("active"), true}}));
        const Resource unset = create(User, user(QStringLiteral("unset")));
        QList<SetActiveCommand::Change> changes;
        for (const Resource& resource : {on, unset}) {
            const auto patched = m_directory->patch(m_context, User, resource.id,
                                                    PatchBody::replace(QStringLiteral("active"), false));
            QVERIFY(patched);
            changes.append({{User, resource.id, resource.json.value(QStringLiteral("userName")).toString(),
                             patched->version},
                            resource.json.value(QStringLiteral("active"))});
        }
        stack.push(new SetActiveCommand(m_directory, m_context, &m_ledger, changes, false));
        QCOMPARE(stack.undoText(), QStringLiteral("Disable 2 user(s)"));
        stack.undo();
        QCOMPARE(read(User, on.id).value(QStringLiteral("active")), QJsonValue(true));
        QVERIFY(!read(User, unset.id).contains(QStringLiteral("active")));
        stack.redo();
        QCOMPARE(read(User, on.id).value(QStringLiteral("active")), QJsonValue(false));
        QCOMPARE(read(User, unset.id).value(QStringLiteral("active")), QJsonValue(false));
    }
};

QTEST_MAIN(TestUndo)
#include "tst_undo.moc"
