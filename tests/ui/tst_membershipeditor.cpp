#include "browser/ResourceBrowser.h"
#include "editor/CandidateListModel.h"
#include "editor/CandidateSearch.h"
#include "editor/EditingFeature.h"
#include "editor/MemberListModel.h"
#include "editor/MembershipEditor.h"
#include "models/ResourceTableModel.h"
#include "schema/SchemaUrns.h"
#include "store/MemoryStore.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QJsonArray>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace muster;

namespace {

// Activates a window and waits until the application agrees (qWaitForWindowActive answers too early
// on the offscreen platform).
bool activate(QWidget* window)
{
    window->activateWindow();
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; });
}

const QString User = QStringLiteral("User");
const QString Group = QStringLiteral("Group");

} // namespace

// The membership editor as a person uses it: search as you type, Enter adds, Delete removes,
// Ctrl+Enter saves one PATCH of member ids, and Ctrl+Z takes it back.
class TestMembershipEditor : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<Directory> m_directory;
    std::unique_ptr<QUndoStack> m_undoStack;
    std::unique_ptr<MainWindow> m_window;
    EditingFeature* m_feature = nullptr;
    const OperationContext m_context{ResourceStore::DefaultTenant, QStringLiteral("test")};
    QStringList m_userIds;
    QString m_teamId;
    QString m_nestedId;

    QString create(const QString& type, QJsonObject json)
    {
        json.insert(QStringLiteral("schemas"), QJsonArray{type == User ? urns::User : urns::Group});
        const auto created = m_directory->create(m_context, type, json);
        return created ? created->id : QString();
    }

    QStringList members(const QString& groupId) const
    {
        QStringList ids;
        for (const QJsonValue& member :
             m_directory->get(m_context, Group, groupId)->json.value(QStringLiteral("members")).toArray())
            ids.append(member.toObject().value(QStringLiteral("value")).toString());
        return ids;
    }

    MembershipEditor* openWithKeyboard()
    {
        m_window->showPage(m_window->groups());
        m_window->groups()->model()->refresh();
        if (!QTest::qWaitFor([&] { return m_window->groups()->select(m_teamId); }))
            return nullptr;
        QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier);
        MembershipEditor* editor = nullptr;
        if (!QTest::qWaitFor(
                [&] { return (editor = m_window->findChild<MembershipEditor*>()) && editor->isVisible(); }))
            return nullptr;
        return activate(editor) ? editor : nullptr;
    }

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("MusterTest"));
        QApplication::setApplicationName(QStringLiteral("tst_membershipeditor"));
    }

    void init()
    {
        DirectoryOptions options;
        options.passwordStrength = PasswordHasher::Strength::Fast;
        const auto registry = SchemaRegistry::builtIn();
        m_directory = std::make_shared<Directory>(registry, std::make_shared<MemoryStore>(registry), options);
        m_userIds.clear();
        // 60 users named alike: the search shows at most 50.
        for (int i = 0; i < 60; ++i) {
            m_userIds.append(create(
                User, {{QStringLiteral("userName"), QStringLiteral("sam%1").arg(i, 2, 10, QLatin1Char('0'))},
                       {QStringLiteral("displayName"), QStringLiteral("Sam %1").arg(i)}}));
        }
        m_userIds.append(create(User, {{QStringLiteral("userName"), QStringLiteral("zoe")}}));
        m_nestedId = create(Group, {{QStringLiteral("displayName"), QStringLiteral("Samplers")}});
        m_teamId = create(Group, {{QStringLiteral("displayName"), QStringLiteral("Team")},
                                  {QStringLiteral("members"),
                                   QJsonArray{QJsonObject{{QStringLiteral("value"), m_userIds.at(0)}},
                                              QJsonObject{{QStringLiteral("value"), m_userIds.at(1)}}}}});
        m_undoStack = std::make_unique<QUndoStack>();
        m_window = std::make_unique<MainWindow>(m_directory, QStringLiteral("memory"));
        m_feature = EditingFeature::install(*m_window, *m_undoStack);
        m_window->show();
        QVERIFY(activate(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_undoStack.reset();
    }

    void addAndRemoveByKeyboard()
    {
        QPointer<MembershipEditor> editor = openWithKeyboard();
        QVERIFY(editor);
        QCOMPARE(editor->members()->rowCount(), 2);
        QCOMPARE(editor->members()->index(0, MemberListModel::NameColumn).data().toString(),
                 QStringLiteral("Sam 0"));

        // Typing searches after a pause; members already in and the group itself are not offered.
        QSignalSpy searched(editor->search(), &CandidateSearch::resultsChanged);
        QTest::keyClicks(editor->searchBox(), QStringLiteral("sam"));
        QVERIFY(searched.wait());
        QCOMPARE(editor->search()->results().size(), CandidateSearch::MaxResults);
        QCOMPARE(editor->candidates()->rowCount(), CandidateSearch::MaxResults - 2);
        QTest::keyClicks(editor->searchBox(), QStringLiteral("pl"));
        QVERIFY(searched.wait());
        QCOMPARE(editor->candidates()->rowCount(), 1);
        QCOMPARE(editor->candidates()->candidateAt(0).id, m_nestedId);
        // Enter adds the first match.
        QTest::keyClick(editor->searchBox(), Qt::Key_Return);
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->members()->addedIds(), QStringList{m_nestedId});
        QCOMPARE(editor->candidates()->rowCount(), 0);

        editor->searchBox()->clear();
        QTest::keyClicks(editor->searchBox(), QStringLiteral("zo"));
        QVERIFY(searched.wait());
        QCOMPARE(editor->candidates()->rowCount(), 1);
        // Down goes to the matches, Enter there adds.
        QTest::keyClick(editor->searchBox(), Qt::Key_Down);
        QTRY_VERIFY(editor->candidateTable()->hasFocus());
        QTest::keyClick(editor->candidateTable(), Qt::Key_Return);
        QCOMPARE(editor->members()->addedIds(), (QStringList{m_nestedId, m_userIds.last()}));

        // Delete removes the selected member.
        editor->memberTable()->setFocus();
        editor->memberTable()->selectRow(0);
        QTest::keyClick(editor->memberTable(), Qt::Key_Delete);
        QCOMPARE(editor->members()->removedIds(), QStringList{m_userIds.at(0)});

        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!editor);
        QVERIFY(activate(m_window.get()));
        QCOMPARE(members(m_teamId), (QStringList{m_userIds.at(1), m_nestedId, m_userIds.last()}));
        QCOMPARE(m_undoStack->undoText(), QStringLiteral("Change members of Team"));

        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QStringList back = members(m_teamId);
        back.sort();
        QStringList expected{m_userIds.at(0), m_userIds.at(1)};
        expected.sort();
        QCOMPARE(back, expected);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(members(m_teamId).size(), 3);
        QVERIFY(!members(m_teamId).contains(m_userIds.at(0)));
    }

    void directoryErrorsStayInTheEditor()
    {
        // The nested group contains Team: adding it to Team would make a cycle.
        QVERIFY(m_directory->patch(
            m_context, Group, m_nestedId,
            QJsonObject{
                {QStringLiteral("schemas"), QJsonArray{urns::PatchOp}},
                {QStringLiteral("Operations"),
                 QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("add")},
                                        {QStringLiteral("path"), QStringLiteral("members")},
                                        {QStringLiteral("value"),
                                         QJsonArray{QJsonObject{{QStringLiteral("value"), m_teamId}}}}}}}}));
        MembershipEditor* editor = m_feature->editMembers(m_teamId);
        QVERIFY(editor);
        editor->members()->add({Group, m_nestedId, QStringLiteral("Samplers"), QString()});
        editor->save();
        QVERIFY(editor->isVisible());
        QVERIFY2(editor->error().contains(QStringLiteral("cycle")), qPrintable(editor->error()));
        QCOMPARE(members(m_teamId).size(), 2);
        QCOMPARE(m_undoStack->count(), 0);
        editor->reject();
    }

    void escapeCancels()
    {
        QPointer<MembershipEditor> editor = openWithKeyboard();
        QVERIFY(editor);
        editor->members()->removeMemberAt(0);
        QTest::keyClick(editor->searchBox(), Qt::Key_Escape);
        QTRY_VERIFY(!editor);
        QCOMPARE(members(m_teamId).size(), 2);
        QCOMPARE(m_undoStack->count(), 0);
    }
};

QTEST_MAIN(TestMembershipEditor)
#include "tst_membershipeditor.moc"
