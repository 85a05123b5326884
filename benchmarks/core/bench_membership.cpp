#include "BenchmarkRows.h"
#include "query/FilterParser.h"
#include "schema/SchemaUrns.h"
#include "store/MemoryStore.h"

#include <QTest>

#include <map>

using namespace muster;

// Group membership in the MemoryStore at 10 and 100,000 members: an Update that adds or removes one
// member should cost the same at both sizes; so should reading a group without its members and asking
// whether an id is a member. Reading a group with its members after a change rebuilds the array once.
class BenchMembership : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<SchemaRegistry> m_registry = SchemaRegistry::builtIn();
    const QString m_tenant = ResourceStore::DefaultTenant;
    const QString m_group = QStringLiteral("Group");
    const QString m_groupId = QStringLiteral("g1");
    const QString m_extraId = QStringLiteral("extra-member");

    static QJsonObject memberElement(const QString& id)
    {
        return QJsonObject{{QStringLiteral("value"), id},
                           {QStringLiteral("type"), QStringLiteral("User")},
                           {QStringLiteral("display"), QString(QStringLiteral("Display of ") + id)}};
    }

    static QString memberId(int index)
    {
        return QStringLiteral("member-%1").arg(index, 6, 10, QLatin1Char('0'));
    }

    Resource groupResource(quint64 version, const QJsonArray& members = {}) const
    {
        QJsonObject json{
            {QStringLiteral("schemas"), QJsonArray{urns::Group}},
            {QStringLiteral("id"), m_groupId},
            {QStringLiteral("displayName"), QStringLiteral("Everyone")},
            {QStringLiteral("meta"),
             QJsonObject{{QStringLiteral("resourceType"), m_group},
                         {QStringLiteral("created"), QStringLiteral("2024-01-01T00:00:00.000Z")},
                         {QStringLiteral("lastModified"), QStringLiteral("2024-01-01T00:00:00.000Z")},
                         {QStringLiteral("version"), Resource::etagFor(version)}}}};
        if (!members.isEmpty())
            json.insert(QStringLiteral("members"), members);
        return Resource{m_groupId,
                        m_group,
                        version,
                        json,
                        {UniqueKey{QStringLiteral("displayName"), QStringLiteral("everyone")}}};
    }

    // One store per size holding one group; the benchmarks change it and leave it as they found it
    // (give or take the extra member), so QBENCHMARK's calibration re-runs reuse it.
    struct Fixture {
        std::unique_ptr<MemoryStore> store;
        QJsonArray members; // as created
        quint64 version = 1;
        bool hasExtra = false;
    };
    std::map<int, Fixture> m_fixtures;

    Fixture& sharedFixture(int size)
    {
        auto found = m_fixtures.find(size);
        if (found == m_fixtures.end()) {
            Fixture fixture;
            fixture.store = std::make_unique<MemoryStore>(m_registry);
            for (int i = 0; i < size; ++i)
                fixture.members.append(memberElement(memberId(i)));
            WriteBatch batch;
            batch.operations.append(
                {WriteOperation::Kind::Create, groupResource(1, fixture.members), std::nullopt});
            if (!fixture.store->apply(m_tenant, batch))
                fixture.store.reset();
            found = m_fixtures.emplace(size, std::move(fixture)).first;
        }
        return found->second;
    }

    // Adds the extra member if it is not there, removes it if it is: one Update, size n or n + 1.
    bool toggleExtraMember(Fixture& fixture) const
    {
        WriteBatch batch;
        WriteOperation operation{WriteOperation::Kind::Update, groupResource(fixture.version + 1),
                                 fixture.version};
        if (fixture.hasExtra)
            operation.memberChanges.removed.append(m_extraId);
        else
            operation.memberChanges.added.append(memberElement(m_extraId));
        batch.operations.append(operation);
        if (!fixture.store->apply(m_tenant, batch))
            return false;
        ++fixture.version;
        fixture.hasExtra = !fixture.hasExtra;
        return true;
    }

    static void addSizeRows() { benchrows::addSizeRows({10, 100000}, {}, "members"); }

private slots:
    void updateAddThenRemoveMember_data() { addSizeRows(); }
    // Two Updates per iteration: one member joins, then leaves.
    void updateAddThenRemoveMember()
    {
        QFETCH(int, size);
        Fixture& fixture = sharedFixture(size);
        QVERIFY(fixture.store);
        QBENCHMARK {
            if (!toggleExtraMember(fixture) || !toggleExtraMember(fixture))
                QFAIL("update failed");
        }
        QCOMPARE(fixture.store->memberCount(m_tenant, m_groupId), size + (fixture.hasExtra ? 1 : 0));
    }

    void replaceAddThenRemoveMember_data() { addSizeRows(); }
    // For comparison, the same change as two Replaces that carry the whole member array.
    void replaceAddThenRemoveMember()
    {
        QFETCH(int, size);
        Fixture& fixture = sharedFixture(size);
        QVERIFY(fixture.store);
        if (fixture.hasExtra)
            QVERIFY(toggleExtraMember(fixture));
        QJsonArray withExtra = fixture.members;
        withExtra.append(memberElement(m_extraId));
        const auto replace = [&](const QJsonArray& members) {
            WriteBatch batch;
            batch.operations.append({WriteOperation::Kind::Replace,
                                     groupResource(fixture.version + 1, members), fixture.version});
            if (!fixture.store->apply(m_tenant, batch))
                return false;
            ++fixture.version;
            return true;
        };
        QBENCHMARK {
            if (!replace(withExtra) || !replace(fixture.members))
                QFAIL("replace failed");
        }
    }

    void getWithoutMembers_data() { addSizeRows(); }
    void getWithoutMembers()
    {
        QFETCH(int, size);
        Fixture& fixture = sharedFixture(size);
        QVERIFY(fixture.store);
        QBENCHMARK {
            const auto group =
                fixture.store->get(m_tenant, m_group, m_groupId, ResourceStore::ReadMembers::Omit);
            if (!group)
                QFAIL("missing");
        }
    }

    void getWithMembersCached_data() { addSizeRows(); }
    // The members array was built by an earlier read and nothing changed since.
    void getWithMembersCached()
    {
        QFETCH(int, size);
        Fixture& fixture = sharedFixture(size);
        QVERIFY(fixture.store);
        QVERIFY(fixture.store->get(m_tenant, m_group, m_groupId));
        QBENCHMARK {
            const auto group = fixture.store->get(m_tenant, m_group, m_groupId);
            if (!group)
                QFAIL("missing");
        }
    }

    void getWithMembersAfterChange_data() { addSizeRows(); }
    // One Update (as in updateAddThenRemoveMember, half of it) and a read that rebuilds the array.
    void getWithMembersAfterChange()
    {
        QFETCH(int, size);
        Fixture& fixture = sharedFixture(size);
        QVERIFY(fixture.store);
        QBENCHMARK {
            if (!toggleExtraMember(fixture))
                QFAIL("update failed");
            const auto group = fixture.store->get(m_tenant, m_group, m_groupId);
            if (!group || group->json.value(QStringLiteral("members")).toArray().size() !=
                              size + (fixture.hasExtra ? 1 : 0))
                QFAIL("wrong members");
        }
    }

    void isMember_data() { addSizeRows(); }
    void isMember()
    {
        QFETCH(int, size);
        Fixture& fixture = sharedFixture(size);
        QVERIFY(fixture.store);
        const QString member = memberId(size / 2);
        QBENCHMARK {
            if (!fixture.store->isMember(m_tenant, m_groupId, member))
                QFAIL("not a member");
        }
    }

    void filterByMember_data() { addSizeRows(); }
    // The check identity providers make before adding a member: the group's id and the member in one
    // filter, members left out of the answer. The index finds the group; the filter then still reads
    // the (cached) members array.
    void filterByMember()
    {
        QFETCH(int, size);
        Fixture& fixture = sharedFixture(size);
        QVERIFY(fixture.store);
        Query query;
        query.resourceType = m_group;
        query.filter = *FilterParser::parse(
            QStringLiteral("id eq \"%1\" and members[value eq \"%2\"]").arg(m_groupId, memberId(size / 2)));
        query.projection.excludedAttributes = QStringList{QStringLiteral("members")};
        QBENCHMARK {
            const auto page = fixture.store->query(m_tenant, query);
            if (!page || page->totalResults != 1)
                QFAIL("group not found");
        }
    }
};

QTEST_GUILESS_MAIN(BenchMembership)
#include "bench_membership.moc"
