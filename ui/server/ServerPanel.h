#pragma once

#include "config/ServerConfig.h"
#include "server/ServerSettings.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;
QT_END_NAMESPACE

namespace muster {

class EmbeddedServer;
class TokenTableModel;

// The Server page: where the embedded SCIM server listens (address, port, TLS), starting and stopping
// it, its base URL, and the bearer tokens that identity providers use. Choices persist in QSettings
// and apply at the next start. Binding to anything but loopback asks first.
class ServerPanel final : public QWidget {
    Q_OBJECT

public:
    ServerPanel(EmbeddedServer* server, QWidget* parent = nullptr);
    ~ServerPanel() override;

    EmbeddedServer* server() const { return m_server; }
    // The settings as the page shows them now.
    ServerSettings settings() const;
    bool keepRunningInTray() const;

    // Starts with the page's settings; false when refused, cancelled or failed (the person was told).
    bool startServer();
    void stopServer();
    void toggleServer();
    // Copies the base URL to the clipboard; false when the server is not running.
    bool copyBaseUrl();
    // Asks for a name, tenant and expiry, creates the token and shows its secret once.
    void createToken();
    // Revokes the selected token after confirmation.
    void revokeSelectedToken();
    // Reads the token list again (last used changes while the server runs).
    void refreshTokens();

    // The tenant that a new token is for unless the person picks another.
    void setCurrentTenant(const QString& tenant) { m_currentTenant = tenant; }
    // Without a system tray the window cannot hide: the option is off and says why.
    void setTrayAvailable(bool available);

    QAction* toggleAction() const { return m_toggleAction; }
    QAction* copyUrlAction() const { return m_copyUrlAction; }
    QAction* createTokenAction() const { return m_createTokenAction; }
    QAction* revokeTokenAction() const { return m_revokeTokenAction; }

    QComboBox* addressBox() const { return m_address; }
    QSpinBox* portBox() const { return m_port; }
    QLineEdit* certificateEdit() const { return m_certificate; }
    QLineEdit* keyEdit() const { return m_key; }
    QLineEdit* baseUrlEdit() const { return m_baseUrl; }
    QCheckBox* keepRunningCheck() const { return m_keepRunning; }
    QTableView* tokenTable() const { return m_tokenTable; }
    TokenTableModel* tokenModel() const { return m_tokenModel; }
    QLabel* stateLabel() const { return m_state; }

signals:
    // A short notice for the status bar ("Base URL copied").
    void message(const QString& text);

private:
    void updateState();
    void saveSettings() const;
    QString validate(const ServerConfig& config) const;
    bool confirmExposure(const QString& address);
    void chooseFile(QLineEdit* edit, const QString& title, const QString& filter);
    QString selectedTokenId() const;

    EmbeddedServer* m_server;
    QString m_currentTenant;
    QLabel* m_state;
    QComboBox* m_address;
    QSpinBox* m_port;
    QLineEdit* m_certificate;
    QLineEdit* m_key;
    QPushButton* m_toggle;
    QLineEdit* m_baseUrl;
    QPushButton* m_copyUrl;
    QCheckBox* m_keepRunning;
    QTableView* m_tokenTable;
    TokenTableModel* m_tokenModel;
    QPushButton* m_createToken;
    QPushButton* m_revokeToken;
    QTimer* m_tokenRefresh;
    QAction* m_toggleAction;
    QAction* m_copyUrlAction;
    QAction* m_createTokenAction;
    QAction* m_revokeTokenAction;
    QList<QWidget*> m_settingsWidgets;
};

} // namespace muster
