#include "BenchmarkData.h"
#include "BenchmarkRows.h"
#include "directory/Directory.h"
#include "store/MemoryStore.h"

#include <QJsonDocument>
#include <QTest>

#include <map>

using namespace muster;

// PATCH through the Directory on a MemoryStore: one attribute, a valuePath, an Entra ID style no-path
// replace, and one group member added and removed in groups of 10 and of 100,000 members.
class BenchPatch : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<SchemaRegistry> m_registry = SchemaRegistry::builtIn();
    const OperationContext m_context;

    std::unique_ptr<Directory> makeDirectory() const
    {
        DirectoryOptions options;
        options.passwordStrength = PasswordHasher::Strength::Fast;
        return std::make_unique<Directory>(m_registry, std::make_shared<MemoryStore>(m_registry), options);
    }

    static QJsonObject patchBody(const QJsonArray& operations)
    {
        return QJsonObject{{QStringLiteral("schemas"), QJsonArray{urns::PatchOp}},
                           {QStringLiteral("Operations"), operations}};
    }

    // A group with `size` user members and one more user to add and remove. QBENCHMARK runs a test
    // function again while it calibrates, so the fixture is built once per size.
    struct GroupFixture {
        std::unique_ptr<Directory> directory;
        QString groupId;
        QString extraUserId;
    };
    std::map<int, GroupFixture> m_groups;

    const GroupFixture& groupFixture(int size)
    {
        auto found = m_groups.find(size);
        if (found != m_groups.end())
            return found->second;
        GroupFixture fixture;
        fixture.directory = makeDirectory();
        QJsonArray members;
        for (int i = 0; i < size; ++i) {
            const auto user =
                fixture.directory->create(m_context, QStringLiteral("User"), benchdata::minimalUser(i));
            if (user)
                members.append(QJsonObject{{QStringLiteral("value"), user->id}});
        }
        const auto extra =
            fixture.directory->create(m_context, QStringLiteral("User"), benchdata::minimalUser(size));
        const auto group = fixture.directory->create(
            m_context, QStringLiteral("Group"),
            QJsonObject{{QStringLiteral("schemas"), QJsonArray{urns::Group}},
                        {QStringLiteral("displayName"), QStringLiteral("Everyone %1").arg(size)},
                        {QStringLiteral("members"), members}});
        if (extra && group) {
            fixture.extraUserId = extra->id;
            fixture.groupId = group->id;
        }
        return m_groups.emplace(size, std::move(fixture)).first->second;
    }

private slots:
    void userPatch_data()
    {
        QTest::addColumn<QJsonArray>("first");
        QTest::addColumn<QJsonArray>("second");
        const auto replace = [](const QString& path, const QJsonValue& value) {
            return QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                          {QStringLiteral("path"), path},
                                          {QStringLiteral("value"), value}}};
        };
        QTest::addRow("single attribute") << replace(QStringLiteral("title"), QStringLiteral("Engineer"))
                                          << replace(QStringLiteral("title"), QStringLiteral("Manager"));
        QTest::addRow("valuePath") << replace(QStringLiteral("emails[type eq \"work\"].value"),
                                              QStringLiteral("first@example.com"))
                                   << replace(QStringLiteral("emails[type eq \"work\"].value"),
                                              QStringLiteral("second@example.com"));
        const auto entra = [](const QString& givenName, const QString& department) {
            return QJsonArray{QJsonObject{
                {QStringLiteral("op"), QStringLiteral("Replace")},
                {QStringLiteral("value"),
                 QJsonObject{{QStringLiteral("name.givenName"), givenName},
                             {QStringLiteral("active"), QStringLiteral("True")},
                             {urns::EnterpriseUser + QStringLiteral(":department"), department}}}}};
        };
        QTest::addRow("Entra ID no-path replace") << entra(QStringLiteral("Ann"), QStringLiteral("Sales"))
                                                  << entra(QStringLiteral("Bea"), QStringLiteral("R&D"));
    }

    void userPatch()
    {
        QFETCH(QJsonArray, first);
        QFETCH(QJsonArray, second);
        auto directory = makeDirectory();
        const auto user = directory->create(m_context, QStringLiteral("User"), benchdata::typicalUser(1));
        QVERIFY(user.ok());
        const QJsonObject bodies[] = {patchBody(first), patchBody(second)};
        int round = 0;
        QBENCHMARK {
            const auto patched =
                directory->patch(m_context, QStringLiteral("User"), user->id, bodies[++round % 2]);
            if (!patched)
                QFAIL(qPrintable(patched.error().detail));
        }
    }

    void groupMemberAddRemove_data() { benchrows::addSizeRows({10, 100000}, {}, "members"); }

    // One iteration adds a member (Entra ID style) and removes it again (Okta style), returning the
    // group without its members, as a server answering 204 or excluding members does.
    void groupMemberAddRemove()
    {
        QFETCH(int, size);
        const GroupFixture& fixture = groupFixture(size);
        QVERIFY(!fixture.groupId.isEmpty());
        const QJsonObject add = patchBody(QJsonArray{
            QJsonObject{{QStringLiteral("op"), QStringLiteral("Add")},
                        {QStringLiteral("path"), QStringLiteral("members")},
                        {QStringLiteral("value"),
                         QJsonArray{QJsonObject{{QStringLiteral("value"), fixture.extraUserId}}}}}});
        const QJsonObject remove = patchBody(QJsonArray{QJsonObject{
            {QStringLiteral("op"), QStringLiteral("remove")},
            {QStringLiteral("path"), QStringLiteral("members[value eq \"%1\"]").arg(fixture.extraUserId)}}});
        Directory& directory = *fixture.directory;
        QBENCHMARK {
            const auto added = directory.patch(m_context, QStringLiteral("Group"), fixture.groupId, add,
                                               std::nullopt, ResourceStore::ReadMembers::Omit);
            const auto removed = directory.patch(m_context, QStringLiteral("Group"), fixture.groupId, remove,
                                                 std::nullopt, ResourceStore::ReadMembers::Omit);
            if (!added || !removed)
                QFAIL("member change failed");
        }
    }
};

QTEST_GUILESS_MAIN(BenchPatch)
#include "bench_patch.moc"
