#include "browser/ResourceBrowser.h"
#include "models/ResourceTableModel.h"
#include "schema/SchemaUrns.h"
#include "store/MemoryStore.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QJsonArray>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace muster;

// The main window as a person uses it: by keyboard, searching with words and with SCIM filters.
class TestMainWindow : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<Directory> m_directory;
    std::unique_ptr<MainWindow> m_window;
    const OperationContext m_context{ResourceStore::DefaultTenant, QStringLiteral("test")};

    void addUser(const QString& userName, const QString& displayName, const QString& department)
    {
        const QJsonObject json{
            {QStringLiteral("schemas"), QJsonArray{urns::User, urns::EnterpriseUser}},
            {QStringLiteral("userName"), userName},
            {QStringLiteral("displayName"), displayName},
            {urns::EnterpriseUser, QJsonObject{{QStringLiteral("department"), department}}}};
        QVERIFY(m_directory->create(m_context, QStringLiteral("User"), json));
    }

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("MusterTest"));
        QApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void init()
    {
        DirectoryOptions options;
        options.passwordStrength = PasswordHasher::Strength::Fast;
        const auto registry = SchemaRegistry::builtIn();
        m_directory = std::make_shared<Directory>(registry, std::make_shared<MemoryStore>(registry), options);
        addUser(QStringLiteral("ann@example.com"), QStringLiteral("Ann Archer"), QStringLiteral("Sales"));
        addUser(QStringLiteral("bob@example.com"), QStringLiteral("Bob Baker"), QStringLiteral("Finance"));
        addUser(QStringLiteral("cy@example.org"), QStringLiteral("Cy Sales"), QStringLiteral("Sales"));
        m_window = std::make_unique<MainWindow>(m_directory, QStringLiteral("memory"));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void search_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("rows");
        QTest::addColumn<bool>("error");
        QTest::newRow("a word in a display name") << QStringLiteral("baker") << 1 << false;
        QTest::newRow("a word in names and e-mail") << QStringLiteral("sales") << 1 << false;
        QTest::newRow("words must all occur") << QStringLiteral("example com") << 2 << false;
        QTest::newRow("a SCIM filter") << QStringLiteral("department eq \"Sales\"") << 2 << false;
        QTest::newRow("a broken filter keeps the table") << QStringLiteral("department eq") << 3 << true;
        QTest::newRow("nothing found") << QStringLiteral("zebra") << 0 << false;
    }

    void search()
    {
        QFETCH(QString, typed);
        QFETCH(int, rows);
        QFETCH(bool, error);
        // Ctrl+F reaches the search box from anywhere.
        m_window->users()->table()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(m_window->users()->searchBox()->hasFocus());
        QTest::keyClicks(m_window->users()->searchBox(), typed);
        QTest::keyClick(m_window->users()->searchBox(), Qt::Key_Return);
        QCOMPARE(m_window->users()->model()->rowCount(), rows);
        QCOMPARE(!m_window->users()->searchError().isEmpty(), error);
        // Clearing the box shows everything again.
        m_window->users()->searchBox()->clear();
        QCOMPARE(m_window->users()->model()->rowCount(), 3);
        QVERIFY(m_window->users()->searchError().isEmpty());
    }

    void searchAppliesAfterAPause()
    {
        QTest::keyClicks(m_window->users()->searchBox(), QStringLiteral("ann"));
        QCOMPARE(m_window->users()->model()->rowCount(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->users()->model()->rowCount(), 1, 2000);
    }

    void keyboardReachesEveryPage()
    {
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_window->currentBrowser(), m_window->groups());
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(m_window->currentBrowser(), m_window->users());
        // From another page, Ctrl+F goes back to the page searched last.
        auto* other = new QWidget;
        m_window->addPage(other, QStringLiteral("Other"));
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        m_window->showPage(other);
        QCOMPARE(m_window->currentBrowser(), m_window->groups());
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(m_window->groups()->searchBox()->hasFocus());
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(m_window->users()->table()->hasFocus());
        // Down selects a row; its details show.
        QTest::keyClick(m_window->users()->table(), Qt::Key_Down);
        QTRY_VERIFY(!m_window->users()->currentId().isEmpty());
    }

    void liveUpdateShowsANewUser()
    {
        addUser(QStringLiteral("dee@example.com"), QStringLiteral("Dee"), QStringLiteral("Support"));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->users()->model()->rowCount(), 4, 1000);
    }

    void tenantSwitcher()
    {
        QVERIFY(m_directory->createTenant(QStringLiteral("branch")));
        m_window->setTenant(QStringLiteral("branch"));
        QCOMPARE(m_window->tenant(), QStringLiteral("branch"));
        QCOMPARE(m_window->users()->model()->rowCount(), 0);
        m_window->setTenant(ResourceStore::DefaultTenant);
        QCOMPARE(m_window->users()->model()->rowCount(), 3);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
