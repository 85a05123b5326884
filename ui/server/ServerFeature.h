#pragma once

#include "config/ServerConfig.h"

#include <QObject>

namespace muster {

class EmbeddedServer;
class MainWindow;
class RequestInspector;
class ServerPanel;
class ServerStatusFields;
class TrayController;

// The desktop app's server feature, installed into the main window: the Server page (start/stop,
// address, port, TLS, base URL, tokens), the Requests page (the request inspector), the server's
// status bar fields, the Server menu's actions and the tray. Owned by the window; the server stops
// when the window goes.
class ServerFeature final : public QObject {
    Q_OBJECT

public:
    // `defaults`: the configuration the app was started with (data folder, limits, and the address,
    // port and TLS files until the person changes them on the Server page).
    static ServerFeature* install(MainWindow& window, const ServerConfig& defaults);
    // The same with the tray's availability given instead of asked from the system (tests).
    static ServerFeature* install(MainWindow& window, const ServerConfig& defaults, bool trayAvailable);

    EmbeddedServer* server() const { return m_server; }
    ServerPanel* panel() const { return m_panel; }
    RequestInspector* inspector() const { return m_inspector; }
    ServerStatusFields* statusFields() const { return m_statusFields; }
    TrayController* tray() const { return m_tray; }

private:
    ServerFeature(MainWindow& window, const ServerConfig& defaults, bool trayAvailable);

    EmbeddedServer* m_server;
    ServerPanel* m_panel;
    RequestInspector* m_inspector;
    ServerStatusFields* m_statusFields;
    TrayController* m_tray;
};

} // namespace muster
