#include "server/ServerFeature.h"

#include "inspector/RequestInspector.h"
#include "server/EmbeddedServer.h"
#include "server/ServerPanel.h"
#include "server/ServerStatusFields.h"
#include "tray/TrayController.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolBar>

namespace muster {

namespace {

constexpr int MessageTimeoutMs = 5000;

// QKeySequence::Refresh includes Ctrl+R on some desktops (GNOME), and an ambiguous shortcut triggers
// neither action: an action that has `owner`'s key among other keys leaves it to `owner`.
void claimShortcut(QWidget& window, const QAction* owner)
{
    const QList<QAction*> actions = window.findChildren<QAction*>();
    for (QAction* action : actions) {
        QList<QKeySequence> keys = action->shortcuts();
        if (action != owner && keys.size() > 1 && keys.removeAll(owner->shortcut()) > 0)
            action->setShortcuts(keys);
    }
}

} // namespace

ServerFeature* ServerFeature::install(MainWindow& window, const ServerConfig& defaults)
{
    return install(window, defaults, QSystemTrayIcon::isSystemTrayAvailable());
}

ServerFeature* ServerFeature::install(MainWindow& window, const ServerConfig& defaults, bool trayAvailable)
{
    return new ServerFeature(window, defaults, trayAvailable);
}

ServerFeature::ServerFeature(MainWindow& window, const ServerConfig& defaults, bool trayAvailable)
    : QObject(&window)
    , m_server(new EmbeddedServer(window.directory(), defaults, this))
    , m_panel(new ServerPanel(m_server))
    , m_inspector(new RequestInspector(m_server))
    , m_statusFields(new ServerStatusFields(m_server, &window))
    , m_tray(new TrayController(window, m_panel, trayAvailable, this))
{
    window.addPage(m_panel, tr("Server"));
    window.addPage(m_inspector, tr("Requests"));

    // addStatusField puts each new field first: add them right to left.
    window.addStatusField(m_statusFields->urlField());
    window.addStatusField(m_statusFields->rateField());
    window.addStatusField(m_statusFields->stateField());

    QMenu* menu = window.menu(MainWindow::Menu::Server);
    menu->addAction(m_panel->toggleAction());
    menu->addAction(m_panel->copyUrlAction());
    menu->addSeparator();
    menu->addAction(m_panel->createTokenAction());
    menu->addSeparator();
    menu->addAction(tr("Server &Settings"), this, [this, &window] { window.showPage(m_panel); });
    menu->addAction(tr("&Request Inspector"), this, [this, &window] { window.showPage(m_inspector); });
    window.toolbar()->addAction(m_panel->toggleAction());
    claimShortcut(window, m_panel->toggleAction());
    claimShortcut(window, m_panel->copyUrlAction());

    m_panel->setTrayAvailable(trayAvailable);
    m_panel->setCurrentTenant(window.tenant());
    connect(&window, &MainWindow::tenantChanged, m_panel, &ServerPanel::setCurrentTenant);
    const auto showMessage = [&window](const QString& text) {
        window.statusBar()->showMessage(text, MessageTimeoutMs);
    };
    connect(m_panel, &ServerPanel::message, this, showMessage);
    connect(m_inspector, &RequestInspector::message, this, showMessage);
}

} // namespace muster
