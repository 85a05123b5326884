#include "tray/TrayController.h"

#include "server/EmbeddedServer.h"
#include "server/ServerPanel.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMenu>
#include <QStyle>
#include <QSystemTrayIcon>

namespace muster {

TrayController::TrayController(MainWindow& window, ServerPanel* panel, bool trayAvailable, QObject* parent)
    : QObject(parent)
    , m_window(&window)
    , m_panel(panel)
    , m_server(panel->server())
    , m_trayAvailable(trayAvailable)
{
    window.installEventFilter(this);
    connect(m_server, &EmbeddedServer::started, this, &TrayController::updateStatus);
    connect(m_server, &EmbeddedServer::stopped, this, &TrayController::updateStatus);
}

TrayController::~TrayController()
{
    delete m_menu;
}

bool TrayController::keepsRunningOnClose() const
{
    return m_trayAvailable && m_panel->keepRunningInTray() && m_server->isRunning();
}

QString TrayController::statusText() const
{
    return m_server->isRunning() ? tr("Muster: listening on %1").arg(m_server->baseUrl())
                                 : tr("Muster: the server is stopped");
}

bool TrayController::eventFilter(QObject* watched, QEvent* event)
{
    // Only a close asked for by the window system hides: File > Quit closes the window from the app.
    if (watched == m_window && event->type() == QEvent::Close && event->spontaneous() &&
        keepsRunningOnClose()) {
        // Before the window closes, so that closing the last window does not quit.
        QApplication::setQuitOnLastWindowClosed(false);
        ensureIcon();
        updateStatus();
        m_icon->show();
        m_icon->showMessage(tr("Muster"),
                            tr("The server keeps running. Use the tray icon to show Muster or quit."),
                            QSystemTrayIcon::Information, 4000);
    }
    return QObject::eventFilter(watched, event);
}

void TrayController::hideToTray()
{
    if (!m_window)
        return;
    QApplication::setQuitOnLastWindowClosed(false);
    ensureIcon();
    updateStatus();
    m_icon->show();
    m_window->hide();
}

void TrayController::showWindow()
{
    if (!m_window)
        return;
    QApplication::setQuitOnLastWindowClosed(true);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    if (m_icon)
        m_icon->hide();
}

void TrayController::quit()
{
    if (m_icon)
        m_icon->hide();
    m_server->stop();
    QApplication::quit();
}

void TrayController::ensureIcon()
{
    if (m_icon)
        return;
    QIcon icon = m_window->windowIcon();
    if (icon.isNull())
        icon = m_window->style()->standardIcon(QStyle::SP_ComputerIcon);
    m_icon = new QSystemTrayIcon(icon, this);
    m_menu = new QMenu;
    m_status = m_menu->addAction(statusText());
    m_status->setEnabled(false);
    m_menu->addSeparator();
    m_menu->addAction(tr("&Show Muster"), this, &TrayController::showWindow);
    m_menu->addAction(m_panel->toggleAction());
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit"), this, &TrayController::quit);
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showWindow();
    });
}

void TrayController::updateStatus()
{
    if (!m_icon)
        return;
    m_icon->setToolTip(statusText());
    m_status->setText(statusText());
}

} // namespace muster
