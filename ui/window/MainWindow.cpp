#include "window/MainWindow.h"

#include "browser/ResourceBrowser.h"
#include "models/ResourceTableModel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>

namespace muster {

MainWindow::MainWindow(std::shared_ptr<Directory> directory, const QString& storeDescription, QWidget* parent)
    : QMainWindow(parent)
    , m_directory(std::move(directory))
    , m_tabs(new QTabWidget(this))
    , m_users(new ResourceBrowser(m_directory, QStringLiteral("User"), ResourceColumn::userColumns(), m_tabs))
    , m_groups(
          new ResourceBrowser(m_directory, QStringLiteral("Group"), ResourceColumn::groupColumns(), m_tabs))
    , m_tenants(new QComboBox(this))
    , m_storeLabel(new QLabel(storeDescription, this))
    , m_countLabel(new QLabel(this))
{
    setWindowTitle(tr("Muster"));
    m_tabs->addTab(m_users, tr("&Users"));
    m_tabs->addTab(m_groups, tr("&Groups"));
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);
    m_lastBrowser = m_users;

    m_tenants->setAccessibleName(tr("Tenant"));
    m_tenants->setToolTip(tr("The tenant shown (Ctrl+T)"));
    reloadTenants();
    connect(m_tenants, &QComboBox::currentTextChanged, this, &MainWindow::showTenant);
    // A restored backup may lack the tenant shown, or bring others.
    connect(m_directory.get(), &Directory::restored, this, &MainWindow::reloadTenants, Qt::QueuedConnection);

    m_storeLabel->setToolTip(tr("Where the directory is kept"));
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_storeLabel);
    const auto updateCount = [this] {
        const ResourceBrowser* browser = currentBrowser();
        const int rows = browser->model()->rowCount();
        if (browser->model()->isCounting())
            m_countLabel->setText(browser == m_users ? tr("%n+ user(s), counting…", nullptr, rows)
                                                     : tr("%n+ group(s), counting…", nullptr, rows));
        else
            m_countLabel->setText(browser == m_users ? tr("%n user(s)", nullptr, rows)
                                                     : tr("%n group(s)", nullptr, rows));
    };
    for (ResourceBrowser* browser : {m_users, m_groups}) {
        connect(browser->model(), &QAbstractItemModel::rowsInserted, this, updateCount);
        connect(browser->model(), &QAbstractItemModel::rowsRemoved, this, updateCount);
        connect(browser->model(), &QAbstractItemModel::modelReset, this, updateCount);
        connect(browser->model(), &ResourceTableModel::countingChanged, this, updateCount);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, updateCount] {
        if (m_tabs->currentWidget() == m_users || m_tabs->currentWidget() == m_groups)
            m_lastBrowser = static_cast<ResourceBrowser*>(m_tabs->currentWidget());
        updateCount();
    });
    updateCount();

    createActions();
    restoreSettings();
}

MainWindow::~MainWindow() = default;

ResourceBrowser* MainWindow::currentBrowser() const
{
    return m_lastBrowser;
}

QString MainWindow::tenant() const
{
    return m_tenants->currentText();
}

void MainWindow::showTenant(const QString& tenant)
{
    if (tenant.isEmpty())
        return;
    m_users->setTenant(tenant);
    m_groups->setTenant(tenant);
    emit tenantChanged(tenant);
}

void MainWindow::setTenant(const QString& tenant)
{
    reloadTenants();
    m_tenants->setCurrentText(tenant);
}

QMenu* MainWindow::menu(Menu which) const
{
    return m_menus.value(which);
}

int MainWindow::addPage(QWidget* page, const QString& title)
{
    const int index = m_tabs->addTab(page, title);
    if (index < 9) {
        QAction* show =
            m_viewPages->addAction(QString(title).remove(u'&'), this, [this, page] { showPage(page); });
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        addAction(show);
    }
    return index;
}

void MainWindow::showPage(QWidget* page)
{
    m_tabs->setCurrentWidget(page);
}

void MainWindow::addStatusField(QWidget* field)
{
    statusBar()->insertPermanentWidget(0, field);
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_menus.insert(Menu::File, file);
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    m_menus.insert(Menu::Edit, menuBar()->addMenu(tr("&Edit")));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_menus.insert(Menu::View, view);
    QAction* search = view->addAction(tr("&Search"), this, [this] {
        m_tabs->setCurrentWidget(currentBrowser());
        currentBrowser()->searchBox()->setFocus(Qt::ShortcutFocusReason);
        currentBrowser()->searchBox()->selectAll();
    });
    search->setShortcut(QKeySequence::Find);
    QAction* showUsers = view->addAction(tr("&Users"), this, [this] { m_tabs->setCurrentWidget(m_users); });
    showUsers->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction* showGroups =
        view->addAction(tr("&Groups"), this, [this] { m_tabs->setCurrentWidget(m_groups); });
    showGroups->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction* table = view->addAction(tr("Go to the &table"), this, [this] {
        m_tabs->setCurrentWidget(currentBrowser());
        currentBrowser()->table()->setFocus(Qt::ShortcutFocusReason);
    });
    table->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction* tenantAction = view->addAction(tr("Choose the &tenant"), this, [this] {
        m_tenants->setFocus(Qt::ShortcutFocusReason);
        m_tenants->showPopup();
    });
    tenantAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    QAction* refresh = view->addAction(tr("&Refresh"), this, [this] {
        reloadTenants();
        m_users->model()->refresh();
        m_groups->model()->refresh();
    });
    // F5 only: Ctrl+R, which some platforms add to Refresh, starts and stops the server.
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    view->addSeparator();
    m_viewPages = view->addMenu(tr("&Pages"));

    m_menus.insert(Menu::Directory, menuBar()->addMenu(tr("&Directory")));

    m_menus.insert(Menu::Server, menuBar()->addMenu(tr("&Server")));
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    m_menus.insert(Menu::Help, help);
    QAction* about = help->addAction(tr("&About Muster"), this, [this] {
        QMessageBox::about(
            this, tr("About Muster"),
            tr("<h3>Muster %1</h3><p>A local identity directory with a SCIM 2.0 server.</p>"
               "<p>Built with Qt %2; running on Qt %3.</p>")
                    .arg(QApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR),
                         QString::fromLatin1(qVersion())) +
                tr("<p>Muster is free software: you can redistribute it and/or modify it under the "
                   "terms of the <a href=\"%1\">GNU General Public License</a>, version 3 or (at "
                   "your option) any later version. It comes with ABSOLUTELY NO WARRANTY.</p>")
                    .arg(QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html")));
    });
    about->setMenuRole(QAction::AboutRole);

    m_toolbar = addToolBar(tr("Main"));
    m_toolbar->setObjectName(QStringLiteral("mainToolbar"));
    m_toolbar->addWidget(new QLabel(tr("Tenant:"), m_toolbar));
    m_toolbar->addWidget(m_tenants);
    m_toolbar->addSeparator();
}

void MainWindow::reloadTenants()
{
    const QString current = m_tenants->currentText();
    {
        const QSignalBlocker blocker(m_tenants);
        m_tenants->clear();
        QStringList tenants = m_directory->tenants();
        tenants.sort(Qt::CaseInsensitive);
        m_tenants->addItems(tenants);
        const int kept = m_tenants->findText(current.isEmpty() ? ResourceStore::DefaultTenant : current);
        m_tenants->setCurrentIndex(kept >= 0 ? kept : m_tenants->findText(ResourceStore::DefaultTenant));
    }
    if (!current.isEmpty() && m_tenants->currentText() != current)
        showTenant(m_tenants->currentText());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    emit closing();
    saveSettings();
    event->accept();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/users"), m_users->saveState());
    settings.setValue(QStringLiteral("window/groups"), m_groups->saveState());
    settings.setValue(QStringLiteral("window/tenant"), tenant());
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_users->restoreState(settings.value(QStringLiteral("window/users")).toByteArray());
    m_groups->restoreState(settings.value(QStringLiteral("window/groups")).toByteArray());
    const QString lastTenant = settings.value(QStringLiteral("window/tenant")).toString();
    if (!lastTenant.isEmpty() && m_directory->tenants().contains(lastTenant))
        m_tenants->setCurrentText(lastTenant);
}

} // namespace muster
