#include "browser/ResourceBrowser.h"
#include "http/HttpTransport.h"
#include "inspector/RequestFilterModel.h"
#include "inspector/RequestInspector.h"
#include "inspector/RequestLogModel.h"
#include "models/ResourceTableModel.h"
#include "runtime/ServerInstance.h"
#include "server/CreateTokenDialog.h"
#include "server/EmbeddedServer.h"
#include "server/ServerFeature.h"
#include "server/ServerPanel.h"
#include "server/ServerStatusFields.h"
#include "server/TokenSecretDialog.h"
#include "server/TokenTableModel.h"
#include "store/MemoryStore.h"
#include "tray/TrayController.h"
#include "window/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace muster;

namespace {

// Answers the modal dialogs that the code under test opens with exec(), one handler per dialog in the
// order they appear. Each handler must close its dialog; a dialog that no handler expects is rejected.
class DialogScript final : public QObject {
public:
    using Handler = std::function<void(QWidget*)>;

    DialogScript()
    {
        s_current = this;
        connect(&m_poll, &QTimer::timeout, this, [this] {
            QWidget* dialog = QApplication::activeModalWidget();
            if (s_current != this || !dialog || dialog == m_last)
                return;
            m_last = dialog;
            m_seen.append(dialog->objectName().isEmpty()
                              ? QString::fromLatin1(dialog->metaObject()->className())
                              : dialog->objectName());
            if (m_handlers.isEmpty()) {
                // Not expected: closed so that the test goes on (and fails on seen()).
                if (auto* unexpected = qobject_cast<QDialog*>(dialog))
                    unexpected->reject();
                return;
            }
            const Handler handler = m_handlers.takeFirst();
            handler(dialog);
        });
        m_poll.start(10);
    }
    ~DialogScript() override
    {
        if (s_current == this)
            s_current = nullptr;
    }
    Q_DISABLE_COPY_MOVE(DialogScript)

    void then(Handler handler) { m_handlers.append(std::move(handler)); }
    bool done() const { return m_handlers.isEmpty(); }
    // The object names (or class names) of the dialogs answered, in order.
    const QStringList& seen() const { return m_seen; }

private:
    // The newest script answers; an older one in the same test stands aside.
    static inline DialogScript* s_current = nullptr;
    QTimer m_poll;
    QList<Handler> m_handlers;
    QPointer<QWidget> m_last;
    QStringList m_seen;
};

void clickButton(QMessageBox* box, QMessageBox::ButtonRole role)
{
    for (QAbstractButton* button : box->buttons()) {
        if (box->buttonRole(button) == role) {
            button->click();
            return;
        }
    }
    QFAIL("the message box has no button of that role");
}

struct HttpResult {
    int status = 0;
    QByteArray body;
};

} // namespace

// The Server feature of the main window as a person uses it: starting and stopping the embedded server,
// tokens created and revoked through dialogs, requests from an identity provider appearing live in the
// Users page and in the request inspector, and the errors and warnings on the way.
class TestServerPanel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_data;
    std::shared_ptr<Directory> m_directory;
    std::unique_ptr<MainWindow> m_window;
    ServerFeature* m_feature = nullptr;
    QNetworkAccessManager m_network;

    ServerConfig defaults() const
    {
        ServerConfig config;
        config.dataDirectory = m_data->path();
        config.store = QStringLiteral("memory");
        config.port = 0;
        config.workers = 1;
        return config;
    }

    void openWindow(bool trayAvailable = false)
    {
        m_window = std::make_unique<MainWindow>(m_directory, QStringLiteral("memory"));
        m_feature = ServerFeature::install(*m_window, defaults(), trayAvailable);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    ServerPanel* panel() const { return m_feature->panel(); }
    EmbeddedServer* server() const { return m_feature->server(); }

    // A token straight from the token file, so that the first start shows no dialog.
    QString seedToken(const QString& name = QStringLiteral("seed"))
    {
        auto created = server()->createToken(name, ResourceStore::DefaultTenant, std::nullopt);
        return created ? created->secret : QString();
    }

    // Back to the window after a dialog, as the window system does, so that its shortcuts work.
    void activateWindow()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void startFromPanel()
    {
        activateWindow();
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
        QVERIFY(server()->isRunning());
    }

    HttpResult send(const QByteArray& method, const QString& path, const QString& token,
                    const QByteArray& body = {})
    {
        QNetworkRequest request(QUrl(server()->baseUrl() + path));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        request.setRawHeader("User-Agent", "Muster-Test-IdP/1.0");
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/scim+json"));
        std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, body));
        [&] { QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000); }();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    }

    static QByteArray newUser(const QString& userName)
    {
        const QJsonObject json{{QStringLiteral("schemas"),
                                QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
                               {QStringLiteral("userName"), userName},
                               {QStringLiteral("displayName"), QStringLiteral("Eve Example")},
                               {QStringLiteral("password"), QStringLiteral("Correct-Horse-42")}};
        return QJsonDocument(json).toJson(QJsonDocument::Compact);
    }

    int inspectorRow(const QString& method, const QString& path) const
    {
        const RequestFilterModel* rows = m_feature->inspector()->filterModel();
        for (int row = 0; row < rows->rowCount(); ++row) {
            const QModelIndex index = rows->index(row, 0);
            if (index.data(RequestLogModel::MethodRole).toString() == method &&
                index.data(RequestLogModel::PathRole).toString() == path)
                return row;
        }
        return -1;
    }

    static QString messageText(QWidget* dialog)
    {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        return box ? box->text() + u'\n' + box->informativeText() : QString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("MusterTest"));
        QApplication::setApplicationName(QStringLiteral("tst_serverpanel"));
    }

    void init()
    {
        QSettings().clear();
        m_data = std::make_unique<QTemporaryDir>();
        QVERIFY(m_data->isValid());
        DirectoryOptions options;
        options.passwordStrength = PasswordHasher::Strength::Fast;
        const auto registry = SchemaRegistry::builtIn();
        m_directory = std::make_shared<Directory>(registry, std::make_shared<MemoryStore>(registry), options);
        openWindow();
    }

    void cleanup()
    {
        m_window.reset();
        m_feature = nullptr;
        QApplication::setQuitOnLastWindowClosed(true);
    }

    void installsPagesMenuAndStatusFields()
    {
        QMenu* menu = m_window->menu(MainWindow::Menu::Server);
        QVERIFY(menu->actions().contains(panel()->toggleAction()));
        QVERIFY(menu->actions().contains(panel()->copyUrlAction()));
        QVERIFY(menu->actions().contains(panel()->createTokenAction()));
        QCOMPARE(panel()->toggleAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
        QCOMPARE(panel()->copyUrlAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
        QVERIFY(!panel()->copyUrlAction()->isEnabled());
        QCOMPARE(m_feature->statusFields()->stateField()->text(), QStringLiteral("Server stopped"));
        QVERIFY(!m_feature->statusFields()->urlField()->isVisible());
        // The pages follow Users and Groups: Ctrl+3 and Ctrl+4 reach them.
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QVERIFY(panel()->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
        QVERIFY(m_feature->inspector()->isVisible());
        // Every control has a name for assistive technology.
        const QList<QWidget*> controls{panel()->addressBox(),
                                       panel()->portBox(),
                                       panel()->certificateEdit(),
                                       panel()->keyEdit(),
                                       panel()->baseUrlEdit(),
                                       panel()->keepRunningCheck(),
                                       panel()->tokenTable(),
                                       m_feature->inspector()->table(),
                                       m_feature->inspector()->statusFilter(),
                                       m_feature->inspector()->methodFilter(),
                                       m_feature->inspector()->pathFilter(),
                                       m_feature->inspector()->requestView(),
                                       m_feature->inspector()->responseView()};
        for (QWidget* control : controls)
            QVERIFY2(!control->accessibleName().isEmpty(), control->metaObject()->className());
    }

    void firstStartShowsTheDefaultTokenOnce()
    {
        DialogScript script;
        QString secret;
        script.then([&](QWidget* dialog) {
            auto* shown = qobject_cast<TokenSecretDialog*>(dialog);
            QVERIFY(shown);
            secret = shown->secret();
            shown->accept();
        });
        startFromPanel();
        QVERIFY(script.done());
        QVERIFY(secret.size() >= 40);
        QCOMPARE(panel()->tokenModel()->rowCount(), 1);
        QCOMPARE(panel()->tokenModel()->tokens().first().name, QStringLiteral("default"));
        QCOMPARE(send("GET", QStringLiteral("/Users"), secret).status, 200);

        // The second start has a token already: no dialog.
        activateWindow();
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
        QVERIFY(!server()->isRunning());
        DialogScript none;
        startFromPanel();
        QVERIFY(none.seen().isEmpty());
    }

    void tokenThroughTheDialogServesAUserLive()
    {
        seedToken();
        startFromPanel();
        QVERIFY(server()->port() != 0);
        QCOMPARE(panel()->baseUrlEdit()->text(),
                 QStringLiteral("http://127.0.0.1:%1/scim/v2").arg(server()->port()));
        QCOMPARE(m_feature->statusFields()->stateField()->text(),
                 QStringLiteral("Server listening on 127.0.0.1:%1").arg(server()->port()));
        QCOMPARE(m_feature->statusFields()->urlField()->text(), server()->baseUrl());
        QAbstractItemModelTester inspectorTester(m_feature->inspector()->model(),
                                                 QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(m_feature->inspector()->filterModel(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Server > Create Token: name and tenant in the dialog; the secret shown once, with Copy.
        DialogScript script;
        QString secret;
        script.then([](QWidget* dialog) {
            auto* create = qobject_cast<CreateTokenDialog*>(dialog);
            QVERIFY(create);
            QVERIFY(!create->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
            QTest::keyClicks(create->nameEdit(), QStringLiteral("Okta production"));
            QCOMPARE(create->tenant(), ResourceStore::DefaultTenant);
            QVERIFY(!create->expires());
            create->expiresCheck()->setChecked(true);
            create->expiresEdit()->setDateTime(QDateTime::currentDateTime().addDays(30));
            create->buttons()->button(QDialogButtonBox::Ok)->click();
        });
        script.then([&](QWidget* dialog) {
            auto* shown = qobject_cast<TokenSecretDialog*>(dialog);
            QVERIFY(shown);
            secret = shown->secret();
            shown->copyButton()->click();
            QCOMPARE(QGuiApplication::clipboard()->text(), secret);
            shown->accept();
        });
        panel()->createTokenAction()->trigger();
        QVERIFY(script.done());
        QVERIFY(!secret.isEmpty());
        const int tokenRow = panel()->tokenModel()->rowOf(
            panel()->tokenTable()->currentIndex().data(TokenTableModel::IdRole).toString());
        QVERIFY(tokenRow >= 0);
        const ApiToken token = panel()->tokenModel()->tokens().at(tokenRow);
        QCOMPARE(token.name, QStringLiteral("Okta production"));
        QVERIFY(token.expires);
        QVERIFY(!token.lastUsed);

        // An identity provider creates a user with that token.
        const int usersBefore = m_window->users()->model()->rowCount();
        const HttpResult created =
            send("POST", QStringLiteral("/Users"), secret, newUser(QStringLiteral("eve@example.com")));
        QCOMPARE(created.status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->users()->model()->rowCount(), usersBefore + 1, 5000);
        QVERIFY(m_window->users()->select(
            QJsonDocument::fromJson(created.body).object().value(u"id").toString()));

        // The request inspector shows it with its status and without the secrets.
        RequestInspector* inspector = m_feature->inspector();
        QTRY_VERIFY_WITH_TIMEOUT(inspectorRow(QStringLiteral("POST"), QStringLiteral("/scim/v2/Users")) >= 0,
                                 5000);
        const int row = inspectorRow(QStringLiteral("POST"), QStringLiteral("/scim/v2/Users"));
        const QModelIndex index = inspector->filterModel()->index(row, 0);
        QCOMPARE(index.data(RequestLogModel::StatusRole).toInt(), 201);
        QCOMPARE(index.siblingAtColumn(RequestLogModel::UserAgent).data().toString(),
                 QStringLiteral("Muster-Test-IdP/1.0"));
        QCOMPARE(index.siblingAtColumn(RequestLogModel::Client).data().toString(),
                 QStringLiteral("127.0.0.1"));
        inspector->table()->setCurrentIndex(index);
        const QString request = inspector->requestView()->toPlainText();
        const QString response = inspector->responseView()->toPlainText();
        QVERIFY2(request.contains(QStringLiteral("authorization: Bearer [redacted]"), Qt::CaseInsensitive),
                 qPrintable(request));
        QVERIFY(!request.contains(secret));
        QVERIFY(!request.contains(QStringLiteral("Correct-Horse-42")));
        QVERIFY2(request.contains(QStringLiteral("\n    \"userName\": \"eve@example.com\"")),
                 qPrintable(request));
        QVERIFY2(response.startsWith(QStringLiteral("HTTP/1.1 201 Created\n")), qPrintable(response));
        QVERIFY(response.contains(QStringLiteral("eve@example.com")));

        // The filter: status class, method and path text.
        inspector->methodFilter()->setCurrentIndex(
            inspector->methodFilter()->findData(QStringLiteral("POST")));
        QCOMPARE(inspector->filterModel()->rowCount(), 1);
        inspector->statusFilter()->setCurrentIndex(
            inspector->statusFilter()->findData(int(RequestFilterModel::StatusClass::ClientError)));
        QCOMPARE(inspector->filterModel()->rowCount(), 0);
        inspector->statusFilter()->setCurrentIndex(0);
        inspector->methodFilter()->setCurrentIndex(0);

        // The list exported as HAR: the POST with its status, the Authorization redacted.
        const QString harPath = m_data->filePath(QStringLiteral("requests.har"));
        QTest::keyClicks(inspector->pathFilter(), QStringLiteral("/users"));
        QVERIFY(inspector->exportHar(harPath));
        QFile har(harPath);
        QVERIFY(har.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonObject log =
            QJsonDocument::fromJson(har.readAll(), &error).object().value(u"log").toObject();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(log.value(u"version").toString(), QStringLiteral("1.2"));
        const QJsonArray entries = log.value(u"entries").toArray();
        QCOMPARE(entries.size(), inspector->filterModel()->rowCount());
        QCOMPARE(entries.size(), 1);
        const QJsonObject entry = entries.first().toObject();
        QCOMPARE(entry.value(u"request").toObject().value(u"method").toString(), QStringLiteral("POST"));
        QCOMPARE(entry.value(u"request").toObject().value(u"url").toString(),
                 server()->baseUrl() + QStringLiteral("/Users"));
        QCOMPARE(entry.value(u"response").toObject().value(u"status").toInt(), 201);
        QVERIFY(!QJsonDocument(entry).toJson().contains(secret.toUtf8()));
        QVERIFY(!QJsonDocument(entry).toJson().contains("Correct-Horse-42"));
        inspector->pathFilter()->clear();

        // Clear empties the list.
        const QList<QPushButton*> buttons = inspector->findChildren<QPushButton*>();
        for (QPushButton* button : buttons) {
            if (button->accessibleName() == QStringLiteral("Clear the list"))
                button->click();
        }
        QCOMPARE(inspector->model()->rowCount(), 0);
        QVERIFY(inspector->requestView()->toPlainText().isEmpty());
    }

    void revokedTokenGets401()
    {
        seedToken();
        startFromPanel();
        auto created =
            server()->createToken(QStringLiteral("Entra"), ResourceStore::DefaultTenant, std::nullopt);
        QVERIFY(created);
        QCOMPARE(send("GET", QStringLiteral("/Users"), created->secret).status, 200);
        const int row = panel()->tokenModel()->rowOf(created->token.id);
        QVERIFY(row >= 0);
        m_window->showPage(panel());
        panel()->tokenTable()->setFocus();
        panel()->tokenTable()->selectRow(row);
        QTRY_VERIFY(panel()->tokenTable()->hasFocus());

        // Cancel keeps the token.
        DialogScript cancel;
        cancel.then([](QWidget* dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("revokeConfirmation"));
            clickButton(qobject_cast<QMessageBox*>(dialog), QMessageBox::RejectRole);
        });
        QTest::keyClick(panel()->tokenTable(), Qt::Key_Delete);
        QVERIFY(cancel.done());
        QCOMPARE(send("GET", QStringLiteral("/Users"), created->secret).status, 200);

        DialogScript confirm;
        confirm.then([](QWidget* dialog) {
            QVERIFY(messageText(dialog).contains(QStringLiteral("Entra")));
            clickButton(qobject_cast<QMessageBox*>(dialog), QMessageBox::DestructiveRole);
        });
        panel()->revokeTokenAction()->trigger();
        QVERIFY(confirm.done());
        QCOMPARE(panel()->tokenModel()->rowOf(created->token.id), -1);
        QCOMPARE(send("GET", QStringLiteral("/Users"), created->secret).status, 401);
    }

    void exposureWarning_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("warns");
        QTest::addRow("IPv4 wildcard") << QStringLiteral("0.0.0.0") << true;
        QTest::addRow("IPv6 wildcard") << QStringLiteral("::") << true;
        QTest::addRow("IPv4 loopback") << QStringLiteral("127.0.0.1") << false;
        QTest::addRow("another loopback") << QStringLiteral("127.0.0.2") << false;
    }

    void exposureWarning()
    {
        QFETCH(QString, address);
        QFETCH(bool, warns);
        seedToken();
        panel()->addressBox()->setCurrentText(address);
        DialogScript script;
        QString warning;
        if (warns) {
            // Answered with Cancel: nothing listens beyond loopback here.
            script.then([&](QWidget* dialog) {
                QCOMPARE(dialog->objectName(), QStringLiteral("exposureWarning"));
                warning = messageText(dialog);
                auto* box = qobject_cast<QMessageBox*>(dialog);
                QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
                clickButton(box, QMessageBox::RejectRole);
            });
        }
        const bool started = panel()->startServer();
        QCOMPARE(started, !warns);
        QCOMPARE(server()->isRunning(), !warns);
        QVERIFY(script.done());
        QCOMPARE(script.seen().size(), warns ? 1 : 0);
        if (warns) {
            QVERIFY(warning.contains(address));
            QVERIFY(warning.contains(QStringLiteral("clear text")));
        }
    }

    void startErrorsAreExplained_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("explanation");
        QTest::addRow("port in use") << QStringLiteral("port") << QStringLiteral("already in use");
        QTest::addRow("not an address")
            << QStringLiteral("address") << QStringLiteral("is not an IP address");
        QTest::addRow("not a PEM certificate")
            << QStringLiteral("certificate") << QStringLiteral("No PEM certificate could be read");
        QTest::addRow("certificate without key")
            << QStringLiteral("no key") << QStringLiteral("needs its private key");
        QTest::addRow("missing file") << QStringLiteral("missing file") << QStringLiteral("does not exist");
    }

    void startErrorsAreExplained()
    {
        QFETCH(QString, problem);
        QFETCH(QString, explanation);
        seedToken();
        QTcpServer occupant;
        const QString garbage = m_data->filePath(QStringLiteral("garbage.pem"));
        {
            QFile file(garbage);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("this is not a certificate\n");
        }
        if (problem == QLatin1String("port")) {
            QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
            panel()->portBox()->setValue(occupant.serverPort());
            explanation = QStringLiteral("Port %1 on 127.0.0.1 is ").arg(occupant.serverPort()) + explanation;
        } else if (problem == QLatin1String("address")) {
            panel()->addressBox()->setCurrentText(QStringLiteral("localhost.invalid"));
        } else if (problem == QLatin1String("certificate")) {
            panel()->certificateEdit()->setText(garbage);
            panel()->keyEdit()->setText(garbage);
        } else if (problem == QLatin1String("no key")) {
            panel()->certificateEdit()->setText(garbage);
        } else {
            panel()->certificateEdit()->setText(m_data->filePath(QStringLiteral("absent.pem")));
            panel()->keyEdit()->setText(garbage);
        }
        DialogScript script;
        QString shown;
        script.then([&](QWidget* dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("serverStartError"));
            shown = messageText(dialog);
            qobject_cast<QMessageBox*>(dialog)->accept();
        });
        QVERIFY(!panel()->startServer());
        QVERIFY(script.done());
        QVERIFY2(shown.contains(explanation), qPrintable(shown));
        QVERIFY(!server()->isRunning());
        QCOMPARE(panel()->stateLabel()->text(), QStringLiteral("Stopped"));
    }

    void stopFreesThePort()
    {
        seedToken();
        startFromPanel();
        const quint16 port = server()->port();
        QVERIFY(!panel()->addressBox()->isEnabled());
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
        QVERIFY(!server()->isRunning());
        QVERIFY(panel()->addressBox()->isEnabled());
        QCOMPARE(panel()->stateLabel()->text(), QStringLiteral("Stopped"));
        QCOMPARE(m_feature->statusFields()->stateField()->text(), QStringLiteral("Server stopped"));
        QTcpServer again;
        QVERIFY2(again.listen(QHostAddress::LocalHost, port), qPrintable(again.errorString()));
    }

    void copiesTheBaseUrl()
    {
        seedToken();
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        startFromPanel();
        QVERIFY(panel()->copyUrlAction()->isEnabled());
        QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), server()->baseUrl());
    }

    void statusBarCountsRequestsPerSecond()
    {
        const QString secret = seedToken();
        startFromPanel();
        m_feature->statusFields()->updateRate();
        for (int i = 0; i < 5; ++i)
            QCOMPARE(send("GET", QStringLiteral("/Users"), secret).status, 200);
        m_feature->statusFields()->updateRate();
        const QString rate = m_feature->statusFields()->rateField()->text();
        QVERIFY2(rate.endsWith(QStringLiteral(" req/s")), qPrintable(rate));
        bool ok = false;
        const double value = QLocale().toDouble(rate.section(u' ', 0, 0), &ok);
        QVERIFY2(ok && value > 0, qPrintable(rate));
        // A second later without requests, the rate falls to zero.
        QTest::qWait(50);
        m_feature->statusFields()->updateRate();
        QCOMPARE(m_feature->statusFields()->rateField()->text(), QStringLiteral("0.0 req/s"));
    }

    void settingsPersist()
    {
        const QString certificate = m_data->filePath(QStringLiteral("cert.pem"));
        panel()->addressBox()->setCurrentText(QStringLiteral("::1"));
        panel()->portBox()->setValue(18443);
        panel()->certificateEdit()->setText(certificate);
        QMetaObject::invokeMethod(panel()->certificateEdit(), "editingFinished");
        panel()->keepRunningCheck()->setChecked(true);
        m_window.reset();
        openWindow(true);
        QCOMPARE(panel()->addressBox()->currentText(), QStringLiteral("::1"));
        QCOMPARE(panel()->portBox()->value(), 18443);
        QCOMPARE(panel()->certificateEdit()->text(), certificate);
        QVERIFY(panel()->keepRunningCheck()->isChecked());
        QVERIFY(panel()->keepRunningInTray());
    }

    void trayKeepsTheServerRunning_data()
    {
        QTest::addColumn<bool>("trayAvailable");
        QTest::addColumn<bool>("option");
        QTest::addColumn<bool>("running");
        QTest::addColumn<bool>("keepsRunning");
        QTest::addRow("tray, option, running") << true << true << true << true;
        QTest::addRow("no tray") << false << true << true << false;
        QTest::addRow("option off") << true << false << true << false;
        QTest::addRow("server stopped") << true << true << false << false;
    }

    void trayKeepsTheServerRunning()
    {
        QFETCH(bool, trayAvailable);
        QFETCH(bool, option);
        QFETCH(bool, running);
        QFETCH(bool, keepsRunning);
        m_window.reset();
        openWindow(trayAvailable);
        const QString secret = seedToken();
        QCOMPARE(panel()->keepRunningCheck()->isEnabled(), trayAvailable);
        panel()->keepRunningCheck()->setChecked(option);
        if (running)
            startFromPanel();
        TrayController* tray = m_feature->tray();
        QCOMPARE(tray->keepsRunningOnClose(), keepsRunning);
        if (!keepsRunning)
            return;

        tray->hideToTray();
        QVERIFY(!m_window->isVisible());
        QVERIFY(!QApplication::quitOnLastWindowClosed());
        QVERIFY(tray->icon());
        QVERIFY(tray->icon()->toolTip().contains(server()->baseUrl()));
        // Hidden, the window's server still answers.
        QCOMPARE(send("GET", QStringLiteral("/Users"), secret).status, 200);
        tray->showWindow();
        QVERIFY(m_window->isVisible());
        QVERIFY(QApplication::quitOnLastWindowClosed());
    }
};

QTEST_MAIN(TestServerPanel)
#include "tst_serverpanel.moc"
