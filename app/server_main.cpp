#include "InstalledTranslations.h"
#include "ShutdownSignals.h"
#include "TokenCommand.h"
#include "auth/FileTokenStore.h"
#include "config/ServerConfigLoader.h"
#include "directory/Directory.h"
#include "query/FilterParser.h"
#include "runtime/ServerInstance.h"
#include "store/MemoryStore.h"
#include "store/StoreFactory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QTextStream>

#include <functional>

#if defined(Q_OS_WIN)
#include "ServiceCommandLine.h"
#include "WindowsService.h"
#include "WindowsServiceInstaller.h"

#include <QDir>
#endif

using namespace muster;

namespace {

// Exercises the directory end to end in memory: the schemas load, a user and a group are written,
// a filter finds the user, membership is computed. Prints one line per step.
int runSelfCheck(QTextStream& out)
{
    int failures = 0;
    const auto step = [&](const QString& name, bool ok, const QString& detail = {}) {
        // Padded, so that the steps line up whatever the language's words.
        const QString result =
            ok ? QCoreApplication::translate("main", "ok") : QCoreApplication::translate("main", "FAILED");
        out << result.leftJustified(6) << u' ' << name;
        if (!detail.isEmpty())
            out << QStringLiteral(": ") << detail;
        out << Qt::endl;
        failures += ok ? 0 : 1;
    };

    const std::shared_ptr<SchemaRegistry> registry = SchemaRegistry::builtIn();
    step(QCoreApplication::translate("main", "built-in schemas"),
         registry->resourceType(QStringLiteral("User")) && registry->resourceType(QStringLiteral("Group")));

    DirectoryOptions options;
    options.passwordStrength = PasswordHasher::Strength::Fast;
    Directory directory(registry, std::make_shared<MemoryStore>(registry), options);
    const OperationContext context{ResourceStore::DefaultTenant, QStringLiteral("self-check")};

    const auto user = directory.create(
        context, QStringLiteral("User"),
        QJsonObject{{QStringLiteral("schemas"),
                     QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
                    {QStringLiteral("userName"), QStringLiteral("self.check@example.com")},
                    {QStringLiteral("password"), QStringLiteral("correct horse battery staple")}});
    step(QCoreApplication::translate("main", "create a user"), user.ok(),
         user.ok() ? QString() : user.error().detail);
    if (!user)
        return 1;

    const auto group = directory.create(
        context, QStringLiteral("Group"),
        QJsonObject{
            {QStringLiteral("schemas"),
             QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group")}},
            {QStringLiteral("displayName"), QStringLiteral("Self-check")},
            {QStringLiteral("members"), QJsonArray{QJsonObject{{QStringLiteral("value"), user->id}}}}});
    step(QCoreApplication::translate("main", "create a group with the user"), group.ok(),
         group.ok() ? QString() : group.error().detail);

    Query query;
    query.resourceType = QStringLiteral("User");
    const auto filter = FilterParser::parse(u"userName eq \"SELF.CHECK@example.com\"");
    query.filter = filter ? *filter : nullptr;
    const auto found = directory.query(context, query);
    step(QCoreApplication::translate("main", "filter users"),
         found.ok() && found->totalResults == 1 && found->resources.value(0).id == user->id);

    const auto reread = directory.get(context, QStringLiteral("User"), user->id);
    step(QCoreApplication::translate("main", "computed group membership"),
         reread.ok() && reread->json.value(QStringLiteral("groups")).toArray().size() == 1);
    step(QCoreApplication::translate("main", "password stored as a hash"),
         directory.verifyPassword(context, user->id, QStringLiteral("correct horse battery staple")) &&
             reread.ok() && !reread->json.contains(QStringLiteral("password")));
    return failures == 0 ? 0 : 1;
}

// The directory the configuration names, or null after saying why it cannot be opened.
std::shared_ptr<Directory> openDirectory(const ServerConfig& config, QTextStream& err)
{
    auto directory = ServerInstance::openDirectory(config);
    if (directory)
        return *directory;
    err << QCoreApplication::translate("main", "Cannot open the directory at %1: %2")
               .arg(StoreFactory::describe(config.storeUrl()), directory.error().detail)
        << Qt::endl;
    return nullptr;
}

// "backup <file>" and "restore <file>": a copy of the whole SQLite directory, or the directory put back
// to one, while a server may be serving it.
int copyDirectory(const ServerConfig& config, const QStringList& arguments, QTextStream& out,
                  QTextStream& err)
{
    const bool backup = arguments.value(0) == QLatin1String("backup");
    if (arguments.size() != 2) {
        err << QCoreApplication::translate("main", "Usage: muster-server %1 <file>").arg(arguments.value(0))
            << Qt::endl;
        return 2;
    }
    const std::shared_ptr<Directory> directory = openDirectory(config, err);
    if (!directory)
        return 1;
    const QString file = QFileInfo(arguments.at(1)).absoluteFilePath();
    const Status done = backup ? directory->backup(file) : directory->restore(file);
    if (!done) {
        err << done.error().detail << Qt::endl;
        return 1;
    }
    out << (backup ? QCoreApplication::translate("main", "Backed up %1 to %2")
                   : QCoreApplication::translate("main", "Restored %1 from %2"))
               .arg(StoreFactory::describe(config.storeUrl()), file)
        << Qt::endl;
    return 0;
}

// Serves the directory until SIGTERM or SIGINT (or the Windows service manager's stop), then lets requests
// in flight finish and closes the store. `serving` runs once the server listens.
int serve(const ServerConfig& config, QTextStream& out, QTextStream& err,
          const std::function<void()>& serving = {})
{
    const std::shared_ptr<Directory> directory = openDirectory(config, err);
    if (!directory)
        return 1;
    // Before the workers serve and the ready line is printed: whoever sees that line may send SIGTERM at
    // once, and it must drain the server, not kill it.
    ShutdownSignals shutdownSignals;
    auto server = ServerInstance::start(config, directory);
    if (!server) {
        err << QCoreApplication::translate("main", "Cannot start the server: %1").arg(server.error().detail)
            << Qt::endl;
        return 1;
    }
    out << QCoreApplication::translate("main", "Muster %1 serves %2")
               .arg(QCoreApplication::applicationVersion(), StoreFactory::describe(config.storeUrl()))
        << Qt::endl;
    if (const auto& token = (*server)->firstToken()) {
        out << QCoreApplication::translate(
                   "main", "First start: created the token \"%1\" for the default tenant. It is shown once:")
                   .arg(token->token.name)
            << Qt::endl
            << QStringLiteral("  ") << token->secret << Qt::endl
            << QCoreApplication::translate("main", "Send it as \"Authorization: Bearer <token>\"; manage "
                                                   "tokens with \"muster-server token\".")
            << Qt::endl;
    }

    // Last, so that whoever waits for this line (a script, a test) has seen the token too.
    out << QCoreApplication::translate("main", "SCIM base URL: %1").arg((*server)->baseUrl()) << Qt::endl;
    if (serving)
        serving();

    QObject::connect(&shutdownSignals, &ShutdownSignals::shutdownRequested, qApp, [&] {
        out << QCoreApplication::translate("main", "Stopping: finishing requests in flight") << Qt::endl;
        (*server)->stop();
        QCoreApplication::quit();
    });
    const int code = QCoreApplication::exec();
    (*server).reset();
    return code;
}

#if defined(Q_OS_WIN)
// "service install|uninstall|run": muster-server as a Windows service (WindowsServiceInstaller).
// `service` is the connection to the service manager when it started this process ("service run").
int runServiceCommand(const ServerConfig& config, const QStringList& arguments, WindowsService* service,
                      QTextStream& out, QTextStream& err)
{
    const QString action = arguments.value(1);
    const QString serviceName = QString::fromWCharArray(WindowsServiceInstaller::ServiceName);
    if (action == QLatin1String("run") && service) {
        const int code = serve(config, out, err, [service] { service->reportRunning(); });
        service->reportStopped(code);
        return code;
    }
    if (action == QLatin1String("install")) {
        const QString programData = qEnvironmentVariable("ProgramData", QStringLiteral("C:\\ProgramData"));
        const auto service = ServiceCommandLine::fromInstallArguments(
            QCoreApplication::arguments().mid(1), QDir::currentPath(),
            QDir(programData).filePath(QStringLiteral("Muster")));
        const Status installed = WindowsServiceInstaller::install(
            ServiceCommandLine::join(QCoreApplication::applicationFilePath(), service.arguments),
            service.dataDirectory);
        if (!installed) {
            err << installed.error().detail << Qt::endl;
            return 1;
        }
        out << QCoreApplication::translate(
                   "main", "The service %1 runs as LOCAL SERVICE and starts with Windows; its data "
                           "is in %2. A new directory's first token is written to %3. More tokens:")
                   .arg(serviceName, service.dataDirectory,
                        QDir::toNativeSeparators(
                            QDir(service.dataDirectory).filePath(QStringLiteral("muster-server.log"))))
            << Qt::endl
            << QStringLiteral("  muster-server --data \"%1\" token create --name \"Entra ID\"")
                   .arg(service.dataDirectory)
            << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("uninstall")) {
        const Status removed = WindowsServiceInstaller::uninstall();
        if (!removed) {
            err << removed.error().detail << Qt::endl;
            return 1;
        }
        out << QCoreApplication::translate("main", "The service %1 is removed; its data folder stays.")
                   .arg(serviceName)
            << Qt::endl;
        return 0;
    }
    err << QCoreApplication::translate("main", "Usage: muster-server [options] service install|uninstall")
        << Qt::endl;
    return 2;
}
#endif

} // namespace

int main(int argc, char* argv[])
{
#ifdef Q_OS_UNIX
    // Qt's own event loop rather than GLib's: with GLib every request's socket notifier changes wake the
    // loop through an eventfd (two extra system calls each), about a tenth of a small request's CPU time.
    // Nothing in the server needs GLib; QT_NO_GLIB= (empty) in the environment keeps it.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("muster-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("Muster"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MUSTER_VERSION));
    // The system's language, before the command line's help is made.
    const InstalledTranslations translations{QLocale()};

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Muster: a local identity directory with a SCIM 2.0 server."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption selfCheck(
        QStringLiteral("self-check"),
        QCoreApplication::translate("main", "Check that the directory works, then exit."));
    const QCommandLineOption checkSchemas(
        QStringLiteral("check-schemas"),
        QCoreApplication::translate("main",
                                    "Load the custom schema files of <directory>, report errors, then exit."),
        QCoreApplication::translate("main", "directory"));
    parser.addOption(selfCheck);
    parser.addOption(checkSchemas);
    ServerConfigLoader::addOptions(parser);
    const QCommandLineOption tokenName(QStringLiteral("name"),
                                       QCoreApplication::translate("main", "token create: the token's name."),
                                       QCoreApplication::translate("main", "name"));
    const QCommandLineOption tokenTenant(
        QStringLiteral("tenant"),
        QCoreApplication::translate("main", "token create/list: the tenant (default: default)."),
        QCoreApplication::translate("main", "tenant"));
    const QCommandLineOption tokenExpires(
        QStringLiteral("expires"),
        QCoreApplication::translate("main", "token create: expiry, as days (90d) or a date (2027-01-31)."),
        QCoreApplication::translate("main", "when"));
    const QCommandLineOption tokenUser(
        QStringLiteral("user"),
        QCoreApplication::translate("main", "token create: the user id that /Me serves."),
        QCoreApplication::translate("main", "id"));
    parser.addOptions({tokenName, tokenTenant, tokenExpires, tokenUser});
#if defined(Q_OS_WIN)
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate(
            "main", "Nothing to serve the directory, or: token create|list|revoke <id>, "
                    "backup <file>, restore <file>, service install|uninstall (as administrator: "
                    "the Windows service, with the options given here)."),
        QStringLiteral(
            "[token create|list|revoke <id> | backup <file> | restore <file> | service install|uninstall]"));
#else
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("main",
                                    "Nothing to serve the directory, or: token create|list|revoke <id>, "
                                    "backup <file>, restore <file>."),
        QStringLiteral("[token create|list|revoke <id> | backup <file> | restore <file>]"));
#endif
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
#if defined(Q_OS_WIN)
    // Started by the service manager, which waits for this connection: made before anything can fail, so
    // that a failure ends the service with an exit code instead of a time-out. A service has no console:
    // the output goes to its data folder, which `service install` always names with --data.
    std::unique_ptr<WindowsService> service;
    if (parser.positionalArguments() == QStringList{QStringLiteral("service"), QStringLiteral("run")}) {
        WindowsService::redirectOutput(
            QDir(parser.value(QStringLiteral("data"))).filePath(QStringLiteral("muster-server.log")));
        QString error;
        service = WindowsService::connect(
            [] { QMetaObject::invokeMethod(qApp, &ShutdownSignals::requestShutdown, Qt::QueuedConnection); },
            error);
        if (!service) {
            err << error << Qt::endl;
            return 1;
        }
    }
#endif
    if (parser.isSet(checkSchemas)) {
        const std::shared_ptr<SchemaRegistry> registry = SchemaRegistry::builtIn();
        const Status loaded = registry->loadDirectory(parser.value(checkSchemas));
        if (!loaded) {
            err << loaded.error().detail << Qt::endl;
            return 1;
        }
        out << QCoreApplication::translate("main", "%n schema(s) and ", nullptr,
                                           int(registry->schemas().size()))
            << QCoreApplication::translate("main", "%n resource type(s) loaded", nullptr,
                                           int(registry->resourceTypes().size()))
            << Qt::endl;
        return 0;
    }
    if (parser.isSet(selfCheck))
        return runSelfCheck(out);

    const auto config = ServerConfigLoader::load(parser);
    if (!config) {
        err << config.error().detail << Qt::endl;
        return 2;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) == QLatin1String("token")) {
        const auto tokens = FileTokenStore::open(config->tokenFile());
        if (!tokens) {
            err << tokens.error().detail << Qt::endl;
            return 1;
        }
        TokenCommand command(**tokens, out, err);
        return command.run({positional.mid(1), parser.value(tokenName), parser.value(tokenTenant),
                            parser.value(tokenExpires), parser.value(tokenUser)});
    }

    if (positional.value(0) == QLatin1String("backup") || positional.value(0) == QLatin1String("restore"))
        return copyDirectory(*config, positional, out, err);
#if defined(Q_OS_WIN)
    if (positional.value(0) == QLatin1String("service"))
        return runServiceCommand(*config, positional, service.get(), out, err);
#endif
    if (!positional.isEmpty()) {
        err << QCoreApplication::translate("main", "Unknown command \"%1\"; see --help.")
                   .arg(positional.first())
            << Qt::endl;
        return 2;
    }
    return serve(*config, out, err);
}
