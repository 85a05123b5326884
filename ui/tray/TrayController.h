#pragma once

#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QAction;
class QMenu;
class QSystemTrayIcon;
QT_END_NAMESPACE

namespace muster {

class EmbeddedServer;
class MainWindow;
class ServerPanel;

// Keeps the server running in the system tray when the window is closed, if the person chose so on
// the Server page and a tray exists: the window hides, and the tray icon shows the server's state
// with Show and Quit. Closing the window through the window system (its close button) hides it; File
// > Quit, or closing without a tray or without a running server, quits as usual.
class TrayController final : public QObject {
    Q_OBJECT

public:
    TrayController(MainWindow& window, ServerPanel* panel, bool trayAvailable, QObject* parent = nullptr);
    ~TrayController() override;

    bool trayAvailable() const { return m_trayAvailable; }
    // Whether a close of the window now leaves Muster running in the tray.
    bool keepsRunningOnClose() const;
    // Null until the window first hides in the tray.
    QSystemTrayIcon* icon() const { return m_icon; }
    QString statusText() const;

    // Hides the window and shows the tray icon; the app no longer quits with its last window.
    void hideToTray();
    // Shows the window again (the tray's Show, or a click on the icon).
    void showWindow();
    // Stops the server and quits (the tray's Quit).
    void quit();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void ensureIcon();
    void updateStatus();

    QPointer<MainWindow> m_window;
    ServerPanel* m_panel;
    EmbeddedServer* m_server;
    bool m_trayAvailable;
    QSystemTrayIcon* m_icon = nullptr;
    QMenu* m_menu = nullptr;
    QAction* m_status = nullptr;
};

} // namespace muster
