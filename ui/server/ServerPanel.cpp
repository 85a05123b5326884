#include "server/ServerPanel.h"

#include "runtime/ServerInstance.h"
#include "server/CreateTokenDialog.h"
#include "server/EmbeddedServer.h"
#include "server/TokenSecretDialog.h"
#include "server/TokenTableModel.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkInterface>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace muster {

namespace {

constexpr int TokenRefreshMs = 5000;

// Loopback and wildcard first, then this machine's own addresses.
QStringList candidateAddresses()
{
    QStringList addresses{QStringLiteral("127.0.0.1"), QStringLiteral("::1"), QStringLiteral("0.0.0.0"),
                          QStringLiteral("::")};
    const QList<QHostAddress> own = QNetworkInterface::allAddresses();
    for (const QHostAddress& address : own) {
        if (address.isLoopback() || address.isLinkLocal() || !address.scopeId().isEmpty())
            continue;
        const QString text = address.toString();
        if (!addresses.contains(text))
            addresses.append(text);
    }
    return addresses;
}

} // namespace

ServerPanel::ServerPanel(EmbeddedServer* server, QWidget* parent)
    : QWidget(parent)
    , m_server(server)
    , m_currentTenant(ResourceStore::DefaultTenant)
    , m_state(new QLabel(this))
    , m_address(new QComboBox(this))
    , m_port(new QSpinBox(this))
    , m_certificate(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_toggle(new QPushButton(this))
    , m_baseUrl(new QLineEdit(this))
    , m_copyUrl(new QPushButton(tr("Co&py"), this))
    , m_keepRunning(new QCheckBox(tr("Keep the server running when the &window closes"), this))
    , m_tokenTable(new QTableView(this))
    , m_tokenModel(new TokenTableModel(this))
    , m_createToken(new QPushButton(tr("Create &Token..."), this))
    , m_revokeToken(new QPushButton(tr("&Revoke..."), this))
    , m_tokenRefresh(new QTimer(this))
    , m_toggleAction(new QAction(this))
    , m_copyUrlAction(new QAction(tr("&Copy Base URL"), this))
    , m_createTokenAction(new QAction(tr("Create &Token..."), this))
    , m_revokeTokenAction(new QAction(tr("&Revoke Token..."), this))
{
    const ServerSettings saved = ServerSettings::load(m_server->defaults());

    m_state->setAccessibleName(tr("Server state"));
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_address->setEditable(true);
    m_address->addItems(candidateAddresses());
    m_address->setCurrentText(saved.bindAddress);
    m_address->setAccessibleName(tr("Bind address"));
    m_address->setToolTip(tr("127.0.0.1 serves this machine only. Any other address lets other machines "
                             "reach the directory."));

    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setValue(saved.port);
    m_port->setAccessibleName(tr("Port"));

    m_certificate->setText(saved.tlsCertificateFile);
    m_certificate->setPlaceholderText(tr("none: plain HTTP"));
    m_certificate->setAccessibleName(tr("TLS certificate file"));
    m_certificate->setToolTip(tr("A PEM certificate chain, leaf first"));
    m_key->setText(saved.tlsKeyFile);
    m_key->setPlaceholderText(tr("none: plain HTTP"));
    m_key->setAccessibleName(tr("TLS private key file"));
    m_key->setToolTip(tr("The certificate's PEM private key"));
    auto* browseCertificate = new QPushButton(tr("Browse..."), this);
    browseCertificate->setAccessibleName(tr("Choose the TLS certificate file"));
    auto* browseKey = new QPushButton(tr("Browse..."), this);
    browseKey->setAccessibleName(tr("Choose the TLS private key file"));
    connect(browseCertificate, &QPushButton::clicked, this, [this] {
        chooseFile(m_certificate, tr("TLS Certificate"),
                   tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    });
    connect(browseKey, &QPushButton::clicked, this, [this] {
        chooseFile(m_key, tr("TLS Private Key"), tr("PEM keys (*.pem *.key);;All files (*)"));
    });

    m_toggle->setAccessibleName(tr("Start or stop the server"));
    connect(m_toggle, &QPushButton::clicked, this, &ServerPanel::toggleServer);

    m_baseUrl->setReadOnly(true);
    m_baseUrl->setAccessibleName(tr("Base URL"));
    m_baseUrl->setPlaceholderText(tr("the server is stopped"));
    m_copyUrl->setAccessibleName(tr("Copy the base URL"));
    connect(m_copyUrl, &QPushButton::clicked, this, &ServerPanel::copyBaseUrl);

    m_keepRunning->setChecked(saved.keepRunningInTray);
    m_keepRunning->setAccessibleName(tr("Keep the server running when the window closes"));
    m_keepRunning->setToolTip(tr("Closing the window then leaves Muster in the system tray while the "
                                 "server runs."));

    auto* certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_certificate, 1);
    certificateRow->addWidget(browseCertificate);
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(browseKey);
    auto* urlRow = new QHBoxLayout;
    urlRow->addWidget(m_baseUrl, 1);
    urlRow->addWidget(m_copyUrl);

    auto* serverBox = new QGroupBox(tr("Server"), this);
    auto* form = new QFormLayout(serverBox);
    form->addRow(tr("State:"), m_state);
    auto* addressLabel = new QLabel(tr("Bind a&ddress:"), serverBox);
    addressLabel->setBuddy(m_address);
    form->addRow(addressLabel, m_address);
    auto* portLabel = new QLabel(tr("P&ort:"), serverBox);
    portLabel->setBuddy(m_port);
    form->addRow(portLabel, m_port);
    auto* certificateLabel = new QLabel(tr("TLS &certificate:"), serverBox);
    certificateLabel->setBuddy(m_certificate);
    form->addRow(certificateLabel, certificateRow);
    auto* keyLabel = new QLabel(tr("TLS private &key:"), serverBox);
    keyLabel->setBuddy(m_key);
    form->addRow(keyLabel, keyRow);
    form->addRow(QString(), m_toggle);
    auto* urlLabel = new QLabel(tr("&Base URL:"), serverBox);
    urlLabel->setBuddy(m_baseUrl);
    form->addRow(urlLabel, urlRow);
    form->addRow(QString(), m_keepRunning);
    m_settingsWidgets = {m_address, m_port, m_certificate, m_key, browseCertificate, browseKey};

    m_tokenTable->setModel(m_tokenModel);
    m_tokenTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tokenTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tokenTable->verticalHeader()->setVisible(false);
    m_tokenTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tokenTable->horizontalHeader()->setStretchLastSection(true);
    m_tokenTable->setAccessibleName(tr("Tokens"));
    m_tokenTable->setWordWrap(false);
    m_tokenTable->setTabKeyNavigation(false);
    m_createToken->setAccessibleName(tr("Create a token"));
    m_revokeToken->setAccessibleName(tr("Revoke the selected token"));
    connect(m_createToken, &QPushButton::clicked, this, &ServerPanel::createToken);
    connect(m_revokeToken, &QPushButton::clicked, this, &ServerPanel::revokeSelectedToken);

    auto* tokenButtons = new QHBoxLayout;
    tokenButtons->addWidget(m_createToken);
    tokenButtons->addWidget(m_revokeToken);
    tokenButtons->addStretch(1);
    auto* tokenBox = new QGroupBox(tr("Tokens"), this);
    auto* tokenLayout = new QVBoxLayout(tokenBox);
    auto* tokenHint = new QLabel(tr("Identity providers authenticate with a bearer token. Each token "
                                    "opens one tenant; revoke it when a provider no longer needs it."),
                                 tokenBox);
    tokenHint->setWordWrap(true);
    tokenLayout->addWidget(tokenHint);
    tokenLayout->addWidget(m_tokenTable, 1);
    tokenLayout->addLayout(tokenButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(serverBox);
    layout->addWidget(tokenBox, 1);

    m_toggleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_toggleAction, &QAction::triggered, this, &ServerPanel::toggleServer);
    m_copyUrlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyUrlAction, &QAction::triggered, this, &ServerPanel::copyBaseUrl);
    connect(m_createTokenAction, &QAction::triggered, this, &ServerPanel::createToken);
    // Delete on the token list revokes (after asking).
    m_revokeTokenAction->setShortcut(QKeySequence::Delete);
    m_revokeTokenAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tokenTable->addAction(m_revokeTokenAction);
    connect(m_revokeTokenAction, &QAction::triggered, this, &ServerPanel::revokeSelectedToken);
    connect(m_tokenTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ServerPanel::updateState);
    connect(m_tokenModel, &QAbstractItemModel::modelReset, this, &ServerPanel::updateState);

    for (QLineEdit* edit : {m_certificate, m_key})
        connect(edit, &QLineEdit::editingFinished, this, &ServerPanel::saveSettings);
    connect(m_address, &QComboBox::currentTextChanged, this, &ServerPanel::saveSettings);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerPanel::saveSettings);
    connect(m_keepRunning, &QCheckBox::toggled, this, &ServerPanel::saveSettings);

    connect(m_server, &EmbeddedServer::started, this, &ServerPanel::updateState);
    connect(m_server, &EmbeddedServer::stopped, this, &ServerPanel::updateState);
    connect(m_server, &EmbeddedServer::started, this, &ServerPanel::refreshTokens);
    connect(m_server, &EmbeddedServer::stopped, this, &ServerPanel::refreshTokens);
    connect(m_server, &EmbeddedServer::tokensChanged, this, &ServerPanel::refreshTokens);
    m_tokenRefresh->setInterval(TokenRefreshMs);
    connect(m_tokenRefresh, &QTimer::timeout, this, &ServerPanel::refreshTokens);

    refreshTokens();
    updateState();
}

ServerPanel::~ServerPanel() = default;

ServerSettings ServerPanel::settings() const
{
    ServerSettings settings;
    settings.bindAddress = m_address->currentText().trimmed();
    settings.port = quint16(m_port->value());
    settings.tlsCertificateFile = m_certificate->text().trimmed();
    settings.tlsKeyFile = m_key->text().trimmed();
    settings.keepRunningInTray = keepRunningInTray();
    return settings;
}

bool ServerPanel::keepRunningInTray() const
{
    return m_keepRunning->isEnabled() && m_keepRunning->isChecked();
}

void ServerPanel::setTrayAvailable(bool available)
{
    m_keepRunning->setEnabled(available);
    if (!available)
        m_keepRunning->setToolTip(tr("No system tray is available: closing the window quits Muster."));
}

void ServerPanel::saveSettings() const
{
    ServerSettings current = settings();
    // A disabled option (no tray) keeps what was chosen where a tray exists.
    current.keepRunningInTray = m_keepRunning->isChecked();
    current.save();
}

QString ServerPanel::validate(const ServerConfig& config) const
{
    if (QHostAddress(config.bindAddress).isNull()) {
        return tr("\"%1\" is not an IP address. Use 127.0.0.1 to serve this machine only, or one of this "
                  "machine's addresses.")
            .arg(config.bindAddress);
    }
    if (config.tlsCertificateFile.isEmpty() != config.tlsKeyFile.isEmpty()) {
        return config.tlsKeyFile.isEmpty()
                   ? tr("A TLS certificate needs its private key: choose the key file too.")
                   : tr("A TLS private key needs its certificate: choose the certificate "
                        "file too.");
    }
    for (const QString& file : {config.tlsCertificateFile, config.tlsKeyFile}) {
        if (!file.isEmpty() && !QFileInfo(file).isFile())
            return tr("The file %1 does not exist.").arg(file);
    }
    return {};
}

bool ServerPanel::confirmExposure(const QString& address)
{
    QMessageBox box(QMessageBox::Warning, tr("Serve the Network?"),
                    tr("Listen on %1, which other machines can reach?").arg(address), QMessageBox::Cancel,
                    this);
    box.setObjectName(QStringLiteral("exposureWarning"));
    QString detail = tr("Anyone on the network who holds a token can then read and change the users and "
                        "groups of its tenant. Make sure the firewall lets in only your identity provider.");
    if (m_certificate->text().trimmed().isEmpty())
        detail += u'\n' + tr("Without TLS, tokens and passwords cross the network in clear text.");
    box.setInformativeText(detail);
    QPushButton* listen = box.addButton(tr("&Listen on %1").arg(address), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == listen;
}

bool ServerPanel::startServer()
{
    if (m_server->isRunning())
        return true;
    const ServerSettings chosen = settings();
    saveSettings();
    const ServerConfig config = chosen.applyTo(m_server->defaults());
    const auto fail = [this](const QString& detail) {
        QMessageBox box(QMessageBox::Critical, tr("Server"), tr("The server could not start."),
                        QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("serverStartError"));
        box.setInformativeText(detail);
        box.exec();
        return false;
    };
    if (const QString problem = validate(config); !problem.isEmpty())
        return fail(problem);
    if (!ServerSettings::isLoopback(config.bindAddress) && !confirmExposure(config.bindAddress))
        return false;
    if (const Status started = m_server->start(config); !started)
        return fail(started.error().detail);
    emit message(tr("Server listening on %1").arg(m_server->baseUrl()));
    if (const auto& first = m_server->instance()->firstToken()) {
        TokenSecretDialog dialog(first->token.name, first->secret, this);
        dialog.exec();
    }
    return true;
}

void ServerPanel::stopServer()
{
    if (!m_server->isRunning())
        return;
    m_server->stop();
    emit message(tr("Server stopped"));
}

void ServerPanel::toggleServer()
{
    if (m_server->isRunning())
        stopServer();
    else
        startServer();
}

bool ServerPanel::copyBaseUrl()
{
    if (!m_server->isRunning())
        return false;
    QGuiApplication::clipboard()->setText(m_server->baseUrl());
    emit message(tr("Base URL copied: %1").arg(m_server->baseUrl()));
    return true;
}

void ServerPanel::createToken()
{
    QStringList tenants = m_server->directory()->tenants();
    tenants.sort(Qt::CaseInsensitive);
    CreateTokenDialog dialog(tenants, m_currentTenant, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto created = m_server->createToken(dialog.name(), dialog.tenant(), dialog.expires());
    if (!created) {
        QMessageBox box(QMessageBox::Warning, tr("Create Token"), tr("The token could not be created."),
                        QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("tokenError"));
        box.setInformativeText(created.error().detail);
        box.exec();
        return;
    }
    const int row = m_tokenModel->rowOf(created->token.id);
    if (row >= 0)
        m_tokenTable->selectRow(row);
    TokenSecretDialog secret(created->token.name, created->secret, this);
    secret.exec();
}

QString ServerPanel::selectedTokenId() const
{
    const QModelIndexList rows = m_tokenTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(TokenTableModel::IdRole).toString();
}

void ServerPanel::revokeSelectedToken()
{
    const QString id = selectedTokenId();
    const int row = m_tokenModel->rowOf(id);
    if (row < 0)
        return;
    const ApiToken token = m_tokenModel->tokens().at(row);
    QMessageBox box(QMessageBox::Question, tr("Revoke Token"),
                    tr("Revoke the token \"%1\" of tenant %2?").arg(token.name, token.tenant),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("revokeConfirmation"));
    box.setInformativeText(tr("Clients that use it are refused from their next request on. This cannot be "
                              "undone."));
    QPushButton* revoke = box.addButton(tr("&Revoke"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != revoke)
        return;
    if (const Status revoked = m_server->revokeToken(id); !revoked) {
        QMessageBox failure(QMessageBox::Warning, tr("Revoke Token"), tr("The token could not be revoked."),
                            QMessageBox::Ok, this);
        failure.setObjectName(QStringLiteral("tokenError"));
        failure.setInformativeText(revoked.error().detail);
        failure.exec();
        return;
    }
    emit message(tr("Token \"%1\" revoked").arg(token.name));
}

void ServerPanel::refreshTokens()
{
    const auto tokens = m_server->tokens();
    if (!tokens) {
        m_tokenModel->setTokens({});
        m_tokenTable->setToolTip(tokens.error().detail);
        return;
    }
    m_tokenTable->setToolTip(QString());
    m_tokenModel->setTokens(*tokens);
}

void ServerPanel::chooseFile(QLineEdit* edit, const QString& title, const QString& filter)
{
    const QString start = edit->text().isEmpty() ? m_server->defaults().dataDirectory : edit->text();
    const QString file = QFileDialog::getOpenFileName(this, title, start, filter);
    if (file.isEmpty())
        return;
    edit->setText(file);
    saveSettings();
}

void ServerPanel::updateState()
{
    const bool running = m_server->isRunning();
    m_state->setText(running ? tr("Listening on %1").arg(m_server->baseUrl()) : tr("Stopped"));
    m_toggle->setText(running ? tr("Stop Server") : tr("Start Server"));
    m_toggleAction->setText(running ? tr("St&op Server") : tr("&Start Server"));
    m_baseUrl->setText(running ? m_server->baseUrl() : QString());
    m_copyUrl->setEnabled(running);
    m_copyUrlAction->setEnabled(running);
    for (QWidget* widget : std::as_const(m_settingsWidgets))
        widget->setEnabled(!running);
    const bool selected = !selectedTokenId().isEmpty();
    m_revokeToken->setEnabled(selected);
    m_revokeTokenAction->setEnabled(selected);
    if (running)
        m_tokenRefresh->start();
    else
        m_tokenRefresh->stop();
}

} // namespace muster
