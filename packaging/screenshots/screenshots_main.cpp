#include "DemoDirectory.h"
#include "DemoTraffic.h"
#include "audit/AuditLogPage.h"
#include "backup/BackupFeature.h"
#include "browser/ResourceBrowser.h"
#include "editor/EditingFeature.h"
#include "editor/ResourceEditorDialog.h"
#include "inspector/RequestInspector.h"
#include "inspector/RequestLogModel.h"
#include "models/ResourceTableModel.h"
#include "runtime/ServerInstance.h"
#include "server/EmbeddedServer.h"
#include "server/ServerFeature.h"
#include "server/ServerPanel.h"
#include "settings/SettingsFeature.h"
#include "settings/ThemeManager.h"
#include "store/StoreFactory.h"
#include "tenants/TenantsFeature.h"
#include "transfer/TransferFeature.h"
#include "window/MainWindow.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QIcon>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cstdio>

using namespace muster;

namespace {

constexpr int Width = 1280;
constexpr int Height = 800;

// Lets layouts, timers (the tables gather changes for 150 ms) and paints settle.
void settle(int milliseconds = 400)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool save(QWidget* widget, const QDir& folder, const QString& name)
{
    settle();
    const QString file = folder.filePath(name);
    if (!widget->grab().save(file, "PNG")) {
        std::fprintf(stderr, "muster-screenshots: cannot write %s\n", qPrintable(file));
        return false;
    }
    std::printf("%s\n", qPrintable(file));
    return true;
}

// 8080 as a person would have it, unless something here listens there already.
quint16 demoPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 8080) ? 8080 : 0;
}

int fail(const QString& message)
{
    std::fprintf(stderr, "muster-screenshots: %s\n", qPrintable(message));
    return 1;
}

} // namespace

// Renders the README's screenshots of the desktop app over a demo directory: the main window in the
// light and the dark theme, the user dialog, the server panel and the request inspector. Run it through
// packaging/screenshots/take-screenshots.sh, which builds it and gives it a display.
int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // Settings of its own: nothing of a person's Muster settings is read or changed.
    QApplication::setOrganizationName(QStringLiteral("MusterScreenshots"));
    QApplication::setApplicationName(QStringLiteral("muster-screenshots"));
    QApplication::setApplicationDisplayName(QStringLiteral("Muster"));
    QApplication::setApplicationVersion(QStringLiteral(MUSTER_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/muster.ico")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Renders the screenshots of docs/screenshots."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("Where the PNG files go."));
    parser.process(app);
    const QDir folder(parser.positionalArguments().value(0, QStringLiteral("docs/screenshots")));
    if (!QDir().mkpath(folder.path()))
        return fail(QStringLiteral("cannot create %1").arg(folder.path()));

    QTemporaryDir data;
    ServerConfig config;
    config.dataDirectory = data.path();
    config.port = demoPort();
    const auto directory = ServerInstance::openDirectory(config);
    if (!directory)
        return fail(directory.error().detail);
    if (const Status seeded = DemoDirectory::seed(**directory); !seeded)
        return fail(seeded.error().detail);

    ThemeManager::apply(AppSettings::Theme::Light);
    MainWindow window(*directory, StoreFactory::describe(config.storeUrl()));
    auto* undoStack = new QUndoStack(&window);
    EditingFeature* editing = EditingFeature::install(window, *undoStack);
    SettingsFeature::install(window);
    TransferFeature::install(window);
    BackupFeature::install(window);
    TenantsFeature::install(window);
    AuditLogPage::install(window);
    ServerFeature* server = ServerFeature::install(window, config, false);
    window.resize(Width, Height);
    window.show();
    settle(800);

    // Tokens first: a server that starts with none makes one and shows its secret in a dialog.
    const auto okta = server->server()->createToken(QStringLiteral("Okta"), ResourceStore::DefaultTenant, {});
    const auto entra =
        server->server()->createToken(QStringLiteral("Microsoft Entra ID"), ResourceStore::DefaultTenant,
                                      QDateTime::currentDateTimeUtc().addDays(365));
    const auto subsidiary = server->server()->createToken(
        QStringLiteral("Fabrikam Okta"), QString::fromLatin1(DemoDirectory::SecondTenant), {});
    if (!okta || !entra || !subsidiary)
        return fail(QStringLiteral("the demo tokens could not be created"));
    if (!server->panel()->startServer())
        return fail(QStringLiteral("the server did not start"));
    if (!DemoTraffic::send(server->server()->baseUrl(), okta->secret))
        return fail(QStringLiteral("the demo requests went unanswered"));
    server->inspector()->flushPending();

    bool saved = true;
    const QString featured = DemoDirectory::featuredUser(**directory);
    window.showPage(window.users());
    QTableView* users = window.users()->table();
    // Whole user names and e-mail addresses, as a person would arrange the columns (the column menu
    // hides the name parts, which the display name repeats).
    const QList<ResourceColumn>& columns = window.users()->model()->columns();
    for (int column = 0; column < columns.size(); ++column) {
        const QString& key = columns.at(column).key;
        if (key == QLatin1String("givenName") || key == QLatin1String("familyName"))
            users->setColumnHidden(column, true);
        else if (key != QLatin1String("lastModified"))
            users->resizeColumnToContents(column);
    }
    users->setFocus();
    window.users()->select(featured);
    users->scrollTo(users->currentIndex(), QAbstractItemView::PositionAtCenter);
    saved &= save(&window, folder, QStringLiteral("main-window-light.png"));

    ThemeManager::apply(AppSettings::Theme::Dark);
    saved &= save(&window, folder, QStringLiteral("main-window-dark.png"));
    ThemeManager::apply(AppSettings::Theme::Light);

    if (ResourceEditorDialog* dialog = editing->editResource(QStringLiteral("User"), featured)) {
        // Tall enough for the whole General tab.
        dialog->resize(760, 670);
        settle();
        saved &= save(dialog, folder, QStringLiteral("user-dialog.png"));
        dialog->reject();
    } else {
        saved = false;
    }

    server->panel()->refreshTokens(); // "last used" after the demo traffic
    window.showPage(server->panel());
    saved &= save(&window, folder, QStringLiteral("server-panel.png"));

    window.showPage(server->inspector());
    QTableView* requests = server->inspector()->table();
    // The user the identity provider created: its request and response side by side.
    for (int row = 0; row < requests->model()->rowCount(); ++row) {
        if (requests->model()->index(row, RequestLogModel::Method).data().toString() ==
            QLatin1String("POST")) {
            requests->selectRow(row);
            break;
        }
    }
    requests->setFocus();
    saved &= save(&window, folder, QStringLiteral("request-inspector.png"));

    server->panel()->stopServer();
    return saved ? 0 : 1;
}
