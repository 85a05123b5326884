#include "editor/CandidateListModel.h"
#include "editor/CandidateSearch.h"
#include "editor/MemberListModel.h"
#include "editor/MultiValuedModel.h"
#include "schema/SchemaUrns.h"
#include "store/MemoryStore.h"
#include "trash/RecentlyDeletedModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace muster;

namespace {

const AttributeDefinition& userAttribute(const SchemaRegistry& registry, const QString& name)
{
    return *registry.schema(urns::User)->attribute(name);
}

QJsonObject email(const QString& value, const QString& type = {}, bool primary = false)
{
    QJsonObject json{{QStringLiteral("value"), value}};
    if (!type.isEmpty())
        json.insert(QStringLiteral("type"), type);
    if (primary)
        json.insert(QStringLiteral("primary"), true);
    return json;
}

} // namespace

// The editing feature's item models: consistent for views (QAbstractItemModelTester) and right about
// what they hold.
class TestEditorModels : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<SchemaRegistry> m_registry = SchemaRegistry::builtIn();

private slots:
    void multiValuedColumnsFollowTheSchema_data()
    {
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<QStringList>("columns");
        QTest::addRow("emails") << QStringLiteral("emails")
                                << QStringList{QStringLiteral("value"), QStringLiteral("display"),
                                               QStringLiteral("type"), QStringLiteral("primary")};
        QTest::addRow("addresses") << QStringLiteral("addresses")
                                   << QStringList{
                                          QStringLiteral("type"),          QStringLiteral("formatted"),
                                          QStringLiteral("streetAddress"), QStringLiteral("locality"),
                                          QStringLiteral("region"),        QStringLiteral("postalCode"),
                                          QStringLiteral("country"),       QStringLiteral("primary")};
        // The readOnly sub-attributes of a user's groups are no columns at all.
        QTest::addRow("x509Certificates") << QStringLiteral("x509Certificates")
                                          << QStringList{QStringLiteral("value"), QStringLiteral("display"),
                                                         QStringLiteral("type"), QStringLiteral("primary")};
    }

    void multiValuedColumnsFollowTheSchema()
    {
        QFETCH(QString, attribute);
        QFETCH(QStringList, columns);
        MultiValuedModel model(userAttribute(*m_registry, attribute));
        QStringList names;
        for (int column = 0; column < model.columnCount(); ++column)
            names.append(model.columnDefinition(column).name);
        QCOMPARE(names, columns);
    }

    void multiValuedEditing()
    {
        MultiValuedModel model(userAttribute(*m_registry, QStringLiteral("emails")));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setValues(QJsonArray{email(QStringLiteral("a@x.org"), QStringLiteral("work"), true),
                                   email(QStringLiteral("b@x.org"), QStringLiteral("home"))});
        QCOMPARE(model.rowCount(), 2);
        const int value = model.columnOf(QStringLiteral("value"));
        const int primary = model.columnOf(QStringLiteral("primary"));
        QCOMPARE(model.index(0, value).data().toString(), QStringLiteral("a@x.org"));
        QCOMPARE(model.index(0, primary).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QVERIFY(model.flags(model.index(0, primary)).testFlag(Qt::ItemIsUserCheckable));
        QVERIFY(model.flags(model.index(0, value)).testFlag(Qt::ItemIsEditable));

        // Only one primary: checking the second clears the first.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(1, primary), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.index(0, primary).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QCOMPARE(model.index(1, primary).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(changed.size(), 2);

        // An empty row holds nothing and is not sent; indexes in messages skip it.
        QVERIFY(model.insertRows(1, 1));
        QCOMPARE(model.values().size(), 2);
        QCOMPARE(model.rowOfValue(1), 2);
        QVERIFY(model.setData(model.index(1, value), QStringLiteral("c@x.org")));
        QCOMPARE(model.values().size(), 3);
        QVERIFY(model.setData(model.index(1, value), QString()));
        QCOMPARE(model.values(),
                 (QJsonArray{email(QStringLiteral("a@x.org"), QStringLiteral("work")),
                             email(QStringLiteral("b@x.org"), QStringLiteral("home"), true)}));
        QVERIFY(model.removeRows(0, 2));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.removeRows(0, 2));
    }

    void multiValuedSimpleValues()
    {
        AttributeDefinition tags;
        tags.name = QStringLiteral("tags");
        tags.multiValued = true;
        MultiValuedModel model(tags);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setValues(QJsonArray{QStringLiteral("a"), QStringLiteral("b")});
        QCOMPARE(model.columnCount(), 1);
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("b"));
        QCOMPARE(model.values(), (QJsonArray{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void memberListTracksChanges()
    {
        MemberListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMembers(QJsonArray{
            QJsonObject{{QStringLiteral("value"), QStringLiteral("u1")},
                        {QStringLiteral("type"), QStringLiteral("User")},
                        {QStringLiteral("display"), QStringLiteral("Ann")}},
            QJsonObject{{QStringLiteral("value"), QStringLiteral("g1")},
                        {QStringLiteral("type"), QStringLiteral("Group")}},
        });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, MemberListModel::NameColumn).data().toString(), QStringLiteral("Ann"));
        QCOMPARE(model.index(1, MemberListModel::NameColumn).data().toString(), QStringLiteral("g1"));
        QCOMPARE(model.index(1, MemberListModel::TypeColumn).data().toString(), QStringLiteral("Group"));
        QVERIFY(!model.hasChanges());

        QVERIFY(model.add({QStringLiteral("User"), QStringLiteral("u2"), QStringLiteral("Bob"), QString()}));
        QVERIFY(!model.add({QStringLiteral("User"), QStringLiteral("u2"), QStringLiteral("Bob"), QString()}));
        QVERIFY(model.index(2, 0).data(MemberListModel::AddedRole).toBool());
        QVERIFY(model.index(2, 0).data(Qt::FontRole).value<QFont>().bold());
        model.removeMemberAt(0);
        QCOMPARE(model.addedIds(), QStringList{QStringLiteral("u2")});
        QCOMPARE(model.removedIds(), QStringList{QStringLiteral("u1")});
        QCOMPARE(model.ids(), (QStringList{QStringLiteral("g1"), QStringLiteral("u2")}));

        // Taking back a change leaves nothing to save.
        QVERIFY(model.add({QStringLiteral("User"), QStringLiteral("u1"), QStringLiteral("Ann"), QString()}));
        model.removeMemberAt(1);
        QVERIFY(!model.hasChanges());
        QVERIFY(model.contains(QStringLiteral("u1")));
        QVERIFY(!model.contains(QStringLiteral("u2")));
    }

    void candidatesLeaveOutTheExcluded()
    {
        CandidateListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCandidates(
            {{QStringLiteral("User"), QStringLiteral("u1"), QStringLiteral("Ann"), QStringLiteral("ann")},
             {QStringLiteral("Group"), QStringLiteral("g1"), QStringLiteral("Team"), QString()}});
        QCOMPARE(model.rowCount(), 2);
        model.setExcluded({QStringLiteral("u1")});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.candidateAt(0).id, QStringLiteral("g1"));
        QCOMPARE(model.index(0, CandidateListModel::TypeColumn).data().toString(), QStringLiteral("Group"));
    }

    void candidateSearchFilters_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("found");
        QTest::addRow("everything") << QString()
                                    << QStringList{QStringLiteral("Ann Archer"), QStringLiteral("bob"),
                                                   QStringLiteral("Quote \"Q\" Person"),
                                                   QStringLiteral("Archers")};
        QTest::addRow("user name or display name")
            << QStringLiteral("arch") << QStringList{QStringLiteral("Ann Archer"), QStringLiteral("Archers")};
        QTest::addRow("quotes are literal")
            << QStringLiteral("\"Q\"") << QStringList{QStringLiteral("Quote \"Q\" Person")};
        QTest::addRow("backslash") << QStringLiteral("\\") << QStringList{};
        QTest::addRow("user name only") << QStringLiteral("bo") << QStringList{QStringLiteral("bob")};
    }

    void candidateSearchFilters()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, found);
        DirectoryOptions options;
        options.passwordStrength = PasswordHasher::Strength::Fast;
        auto directory =
            std::make_shared<Directory>(m_registry, std::make_shared<MemoryStore>(m_registry), options);
        const OperationContext context{ResourceStore::DefaultTenant, QStringLiteral("test")};
        const auto addUser = [&](const QString& userName, const QString& displayName) {
            QJsonObject json{{QStringLiteral("schemas"), QJsonArray{urns::User}},
                             {QStringLiteral("userName"), userName}};
            if (!displayName.isEmpty())
                json.insert(QStringLiteral("displayName"), displayName);
            QVERIFY(directory->create(context, QStringLiteral("User"), json));
        };
        addUser(QStringLiteral("ann"), QStringLiteral("Ann Archer"));
        addUser(QStringLiteral("bob"), QString());
        addUser(QStringLiteral("q"), QStringLiteral("Quote \"Q\" Person"));
        QVERIFY(directory->create(context, QStringLiteral("Group"),
                                  QJsonObject{{QStringLiteral("schemas"), QJsonArray{urns::Group}},
                                              {QStringLiteral("displayName"), QStringLiteral("Archers")}}));

        CandidateSearch search(directory, context.tenant, {QStringLiteral("User"), QStringLiteral("Group")});
        QSignalSpy results(&search, &CandidateSearch::resultsChanged);
        search.setText(typed);
        QVERIFY(search.isPending());
        QVERIFY(results.wait());
        QStringList labels;
        for (const Candidate& candidate : search.results())
            labels.append(candidate.label);
        QCOMPARE(labels, found);
        QVERIFY(search.error().isEmpty());
    }

    void candidateSearchStopsAtFifty()
    {
        DirectoryOptions options;
        options.passwordStrength = PasswordHasher::Strength::Fast;
        auto directory =
            std::make_shared<Directory>(m_registry, std::make_shared<MemoryStore>(m_registry), options);
        const OperationContext context{ResourceStore::DefaultTenant, QStringLiteral("test")};
        for (int i = 0; i < 60; ++i) {
            QVERIFY(
                directory->create(context, QStringLiteral("User"),
                                  QJsonObject{{QStringLiteral("schemas"), QJsonArray{urns::User}},
                                              {QStringLiteral("userName"),
                                               QStringLiteral("user%1").arg(i, 2, 10, QLatin1Char('0'))}}));
        }
        CandidateSearch search(directory, context.tenant, {QStringLiteral("User"), QStringLiteral("Group")});
        search.setText(QStringLiteral("user"));
        search.searchNow();
        QCOMPARE(search.results().size(), CandidateSearch::MaxResults);
        QCOMPARE(search.results().first().label, QStringLiteral("user00"));
    }

    void recentlyDeletedModel()
    {
        RecentlyDeletedModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DeletedResource user;
        user.resourceType = QStringLiteral("User");
        user.id = QStringLiteral("u1");
        user.deletedBy = QStringLiteral("token:okta");
        user.deletedAt = QDateTime::currentDateTimeUtc();
        user.json = QJsonObject{{QStringLiteral("userName"), QStringLiteral("ann")}};
        DeletedResource group = user;
        group.resourceType = QStringLiteral("Group");
        group.id = QStringLiteral("g1");
        group.json = QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Team")}};
        model.setDeleted({user, group});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, RecentlyDeletedModel::NameColumn).data().toString(), QStringLiteral("ann"));
        QCOMPARE(model.index(1, RecentlyDeletedModel::TypeColumn).data().toString(), QStringLiteral("Group"));
        QCOMPARE(model.index(0, RecentlyDeletedModel::DeletedByColumn).data().toString(),
                 QStringLiteral("token:okta"));
        QCOMPARE(model.rowOf(QStringLiteral("Group"), QStringLiteral("g1")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("User"), QStringLiteral("g1")), -1);
        model.setDeleted({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestEditorModels)
#include "tst_editormodels.moc"
