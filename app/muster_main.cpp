#include "InstalledTranslations.h"
#include "audit/AuditLogPage.h"
#include "backup/BackupFeature.h"
#include "config/ServerConfigLoader.h"
#include "directory/ChangeFollower.h"
#include "editor/EditingFeature.h"
#include "runtime/ServerInstance.h"
#include "server/ServerFeature.h"
#include "server/ServerPanel.h"
#include "settings/AppSettings.h"
#include "settings/SettingsFeature.h"
#include "settings/ThemeManager.h"
#include "store/StoreFactory.h"
#include "tenants/TenantsFeature.h"
#include "transfer/TransferFeature.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QTextStream>
#include <QUndoStack>

#include <cstdio>
#include <optional>

using namespace muster;

namespace {

// Without a display Qt would abort with a message about platform plugins; say what to do instead.
bool hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

} // namespace

int main(int argc, char* argv[])
{
    if (!hasDisplay()) {
        std::fputs("muster: no display found (DISPLAY and WAYLAND_DISPLAY are not set).\n"
                   "To serve the directory without a display, run muster-server; see muster-server --help.\n",
                   stderr);
        return 1;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("muster"));
    QApplication::setApplicationDisplayName(QStringLiteral("Muster"));
    QApplication::setOrganizationName(QStringLiteral("Muster"));
    QApplication::setApplicationVersion(QStringLiteral(MUSTER_VERSION));
    // Wayland's app id: the compositor finds the desktop entry, its name and icon, by it.
    QApplication::setDesktopFileName(QStringLiteral(MUSTER_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/muster.ico")));
    // Before the command line's help is made, so that it is translated too.
    const InstalledTranslations translations(
        AppSettings::language().isEmpty() ? QLocale() : QLocale(AppSettings::language()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Muster: manage a local identity directory."));
    parser.addHelpOption();
    parser.addVersionOption();
    ServerConfigLoader::addOptions(parser);
    parser.process(app);

    auto config = ServerConfigLoader::load(parser);
    if (config && config->store.isEmpty())
        config->store = AppSettings::store(); // the command line and MUSTER_STORE win over settings
    ThemeManager::apply(AppSettings::theme());
    if (!config) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Muster"), config.error().detail);
        return 2;
    }
    const auto directory = ServerInstance::openDirectory(*config);
    if (!directory) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Muster"),
                              QApplication::translate("main", "The directory at %1 cannot be opened:\n%2")
                                  .arg(StoreFactory::describe(config->storeUrl()), directory.error().detail));
        return 1;
    }
    // A muster-server or another app may write to the same SQLite file or PostgreSQL database: the
    // views follow those writes as they follow this app's own.
    std::optional<ChangeFollower> follower;
    if (config->storeUrl() != QLatin1String("memory"))
        follower.emplace(**directory);
    MainWindow window(*directory, StoreFactory::describe(config->storeUrl()));
    // The undo history lives as long as the window.
    EditingFeature::install(window, *new QUndoStack(&window));
    SettingsFeature::install(window);
    TransferFeature::install(window);
    BackupFeature::install(window);
    TenantsFeature::install(window);
    AuditLogPage::install(window);
    ServerFeature* server = ServerFeature::install(window, *config);
    if (AppSettings::startServerOnLaunch())
        server->panel()->startServer();
    window.show();
    return QApplication::exec();
}
