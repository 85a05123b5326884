#include "config/ServerConfigLoader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

#include <optional>

namespace muster {

namespace {

struct Setting {
    const char* name;        // long option and config key
    const char* valueName;   // empty for a switch
    const char* description; // translated in addOptions
};

// The one list of settings: options, config keys and environment variables all come from it.
constexpr Setting Settings[] = {
    {"data", "directory",
     QT_TRANSLATE_NOOP("ServerConfig", "Folder for tokens and the default SQLite file.")},
    {"store", "url",
     QT_TRANSLATE_NOOP("ServerConfig",
                       "Where the directory lives: memory, sqlite:<file> or postgres://user@host/db.")},
    {"bind", "address", QT_TRANSLATE_NOOP("ServerConfig", "Address to listen on (default 127.0.0.1).")},
    {"port", "port",
     QT_TRANSLATE_NOOP("ServerConfig", "Port to listen on (default 8080; 0 picks a free one).")},
    {"tls-cert", "file", QT_TRANSLATE_NOOP("ServerConfig", "PEM certificate (chain) for HTTPS.")},
    {"tls-key", "file", QT_TRANSLATE_NOOP("ServerConfig", "PEM private key for HTTPS.")},
    {"workers", "count", QT_TRANSLATE_NOOP("ServerConfig", "HTTP worker threads (default: one per core).")},
    {"public-url", "url",
     QT_TRANSLATE_NOOP("ServerConfig", "URL clients reach the server at, for resource locations.")},
    {"allow-basic-auth", "",
     QT_TRANSLATE_NOOP("ServerConfig", "Accept a token as the password of HTTP Basic.")},
    {"open-metrics", "", QT_TRANSLATE_NOOP("ServerConfig", "Serve /metrics without a token.")},
    {"strict", "",
     QT_TRANSLATE_NOOP("ServerConfig",
                       "Accept only RFC 7644 as written, not the dialects identity providers send.")},
    {"schemas", "directory",
     QT_TRANSLATE_NOOP("ServerConfig", "Load custom schemas and extensions from this folder (repeatable).")},
    {"max-body", "bytes",
     QT_TRANSLATE_NOOP("ServerConfig", "Largest request body accepted (default 1048576).")},
    {"max-connections", "count",
     QT_TRANSLATE_NOOP("ServerConfig", "Open HTTP connections at most; more get 503 (default 1024).")},
    {"idle-timeout", "seconds",
     QT_TRANSLATE_NOOP("ServerConfig", "Close a keep-alive connection idle this long (default 60).")},
    {"db-connections", "count",
     QT_TRANSLATE_NOOP("ServerConfig", "Database connections this server keeps at most (default 64).")},
    {"db-timeout", "ms",
     QT_TRANSLATE_NOOP(
         "ServerConfig",
         "How long a request waits for the database (a connection, a lock) before 503 (default 5000).")},
    {"cache-size", "MiB",
     QT_TRANSLATE_NOOP("ServerConfig",
                       "Memory for serialized resources kept to answer reads faster (default 64; 0: off).")},
    {"max-results", "count",
     QT_TRANSLATE_NOOP("ServerConfig", "Largest page of resources a list answers (default 1000).")},
    {"bulk-concurrency", "count",
     QT_TRANSLATE_NOOP("ServerConfig",
                       "Bulk requests that run at once; more get 429 (default: half the workers).")},
    {"bulk-max-operations", "count",
     QT_TRANSLATE_NOOP("ServerConfig",
                       "Operations one Bulk request may carry; more get 413 (default 1000).")},
    {"bulk-max-payload", "bytes",
     QT_TRANSLATE_NOOP("ServerConfig", "Largest Bulk request body accepted (default 1048576).")},
    {"cache-warm", "count",
     QT_TRANSLATE_NOOP(
         "ServerConfig",
         "At start, read the most recently modified resources of each type, up to this many per "
         "tenant, into the caches, off the request path (default 0: none).")},
    {"slow-request", "ms",
     QT_TRANSLATE_NOOP("ServerConfig", "Log and count requests that take longer than this (default 100).")},
    {"sqlite-sync", "normal|full",
     QT_TRANSLATE_NOOP("ServerConfig",
                       "When a SQLite commit reaches the disk (default normal; see README).")},
};

QString environmentName(const char* name)
{
    return QStringLiteral("MUSTER_") + QString::fromLatin1(name).toUpper().replace(u'-', u'_');
}

ScimError invalid(const QString& name, const QString& source, const QString& detail)
{
    return ScimError::badRequest(ScimType::InvalidValue,
                                 QStringLiteral("--%1 (%2): %3").arg(name, source, detail));
}

std::optional<bool> parseSwitch(const QString& text)
{
    const QString lower = text.trimmed().toLower();
    if (lower.isEmpty() || lower == QLatin1String("1") || lower == QLatin1String("true") ||
        lower == QLatin1String("yes") || lower == QLatin1String("on")) {
        return true;
    }
    if (lower == QLatin1String("0") || lower == QLatin1String("false") || lower == QLatin1String("no") ||
        lower == QLatin1String("off")) {
        return false;
    }
    return std::nullopt;
}

} // namespace

void ServerConfigLoader::addOptions(QCommandLineParser& parser)
{
    parser.addOption(
        QCommandLineOption(QStringLiteral("config"),
                           QCoreApplication::translate("ServerConfig", "Read settings from this INI file."),
                           QCoreApplication::translate("ServerConfig", "file")));
    for (const Setting& setting : Settings) {
        const QString name = QString::fromLatin1(setting.name);
        const QString description = QCoreApplication::translate("ServerConfig", setting.description);
        if (*setting.valueName)
            parser.addOption(QCommandLineOption(
                name, description, QCoreApplication::translate("ServerConfig", setting.valueName)));
        else
            parser.addOption(QCommandLineOption(name, description));
    }
}

Result<ServerConfig> ServerConfigLoader::load(const QCommandLineParser& parser,
                                              const QProcessEnvironment& environment)
{
    std::optional<QSettings> file;
    const QString configPath = parser.value(QStringLiteral("config"));
    if (!configPath.isEmpty()) {
        if (!QFileInfo(configPath).isReadable())
            return invalid(QStringLiteral("config"), configPath, QStringLiteral("cannot read the file"));
        file.emplace(configPath, QSettings::IniFormat);
        if (file->status() != QSettings::NoError)
            return invalid(QStringLiteral("config"), configPath, QStringLiteral("not a valid INI file"));
    }

    // The raw text of a setting and where it came from, by precedence.
    struct Raw {
        QStringList values;
        QString source;
    };
    const auto raw = [&](const char* name) -> std::optional<Raw> {
        const QString key = QString::fromLatin1(name);
        if (parser.isSet(key)) {
            QStringList values = parser.values(key);
            if (values.isEmpty())
                values.append(QString()); // a switch
            return Raw{values, QStringLiteral("command line")};
        }
        if (file) {
            for (const QString& fileKey : QStringList{QStringLiteral("server/") + key, key}) {
                if (file->contains(fileKey)) {
                    const QVariant value = file->value(fileKey);
                    return Raw{value.typeId() == QMetaType::QStringList ? value.toStringList()
                                                                        : QStringList{value.toString()},
                               configPath};
                }
            }
        }
        const QString variable = environmentName(name);
        if (environment.contains(variable))
            return Raw{{environment.value(variable)}, variable};
        return std::nullopt;
    };

    ServerConfig config;
    config.dataDirectory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (config.dataDirectory.isEmpty())
        config.dataDirectory = QStringLiteral(".");

    if (const auto value = raw("data"))
        config.dataDirectory = QFileInfo(value->values.last()).absoluteFilePath();
    if (const auto value = raw("store")) {
        const QString store = value->values.last().trimmed();
        const bool known = store == QLatin1String("memory") || store.startsWith(QLatin1String("sqlite:")) ||
                           store.startsWith(QLatin1String("postgres://")) ||
                           store.startsWith(QLatin1String("postgresql://")) || store.contains(u'=');
        if (!known) {
            return invalid(
                QStringLiteral("store"), value->source,
                QStringLiteral("\"%1\" is not memory, sqlite:<file> or postgres://...").arg(store));
        }
        config.store = store;
    }
    if (const auto value = raw("bind")) {
        const QString address = value->values.last().trimmed();
        if (QHostAddress(address).isNull())
            return invalid(QStringLiteral("bind"), value->source,
                           QStringLiteral("\"%1\" is not an IP address").arg(address));
        config.bindAddress = address;
    }
    if (const auto value = raw("port")) {
        bool ok = false;
        const uint port = value->values.last().trimmed().toUInt(&ok);
        if (!ok || port > 65535)
            return invalid(QStringLiteral("port"), value->source,
                           QStringLiteral("a port is a number from 0 to 65535"));
        config.port = quint16(port);
    }
    if (const auto value = raw("tls-cert"))
        config.tlsCertificateFile = value->values.last();
    if (const auto value = raw("tls-key"))
        config.tlsKeyFile = value->values.last();
    if (config.tlsCertificateFile.isEmpty() != config.tlsKeyFile.isEmpty()) {
        return invalid(config.tlsKeyFile.isEmpty() ? QStringLiteral("tls-key") : QStringLiteral("tls-cert"),
                       QStringLiteral("settings"),
                       QStringLiteral("HTTPS needs both --tls-cert and --tls-key"));
    }
    for (const auto& [name, path] : {std::pair{QStringLiteral("tls-cert"), config.tlsCertificateFile},
                                     std::pair{QStringLiteral("tls-key"), config.tlsKeyFile}}) {
        if (!path.isEmpty() && !QFileInfo(path).isReadable())
            return invalid(name, QStringLiteral("settings"), QStringLiteral("cannot read %1").arg(path));
    }
    // A whole number within bounds, or the reason it is not.
    const auto integer = [&](const char* name, qint64 minimum, qint64 maximum,
                             auto& target) -> std::optional<ScimError> {
        const auto value = raw(name);
        if (!value)
            return std::nullopt;
        bool ok = false;
        const qint64 number = value->values.last().trimmed().toLongLong(&ok);
        if (!ok || number < minimum || number > maximum)
            return invalid(QString::fromLatin1(name), value->source,
                           QStringLiteral("use a number from %1 to %2").arg(minimum).arg(maximum));
        target = std::remove_reference_t<decltype(target)>(number);
        return std::nullopt;
    };
    qint64 idleSeconds = config.idleTimeout.count() / 1000;
    for (const std::optional<ScimError>& error :
         {integer("workers", 0, 256, config.workers),
          integer("max-connections", 1, 1'000'000, config.maxConnections),
          integer("idle-timeout", 1, 3600, idleSeconds),
          integer("db-connections", 1, 1024, config.databaseConnections),
          integer("db-timeout", 100, 600'000, config.databaseTimeoutMs),
          integer("cache-size", 0, 1'048'576, config.cacheMegabytes),
          integer("slow-request", 1, 3'600'000, config.slowRequestMs),
          integer("bulk-concurrency", 0, 256, config.bulkConcurrency),
          integer("bulk-max-operations", 1, 1'000'000, config.bulkMaxOperations),
          integer("bulk-max-payload", 1024, qint64(1) << 30, config.bulkMaxPayloadBytes),
          integer("cache-warm", 0, 10'000'000, config.cacheWarmCount),
          integer("max-results", 1, 1'000'000, config.maxResults)}) {
        if (error)
            return *error;
    }
    config.idleTimeout = std::chrono::seconds(idleSeconds);
    if (const auto value = raw("sqlite-sync")) {
        const QString mode = value->values.last().trimmed().toLower();
        if (mode != QLatin1String("normal") && mode != QLatin1String("full"))
            return invalid(QStringLiteral("sqlite-sync"), value->source,
                           QStringLiteral("use normal or full, not \"%1\"").arg(value->values.last()));
        config.sqliteSynchronousFull = mode == QLatin1String("full");
    }
    if (const auto value = raw("public-url")) {
        const QUrl url(value->values.last().trimmed(), QUrl::StrictMode);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
            url.host().isEmpty() || url.hasQuery() || url.hasFragment()) {
            return invalid(QStringLiteral("public-url"), value->source,
                           QStringLiteral("use an http(s) URL without query, e.g. https://scim.example.com"));
        }
        config.publicUrl = url.toString(QUrl::StripTrailingSlash);
        while (config.publicUrl.endsWith(u'/'))
            config.publicUrl.chop(1);
    }
    for (const auto& [name, target, enabledMeans] :
         {std::tuple{"allow-basic-auth", &config.allowBasicAuth, true},
          std::tuple{"open-metrics", &config.metricsNeedToken, false},
          std::tuple{"strict", &config.strictProtocol, true}}) {
        if (const auto value = raw(name)) {
            const std::optional<bool> enabled = parseSwitch(value->values.last());
            if (!enabled) {
                return invalid(QString::fromLatin1(name), value->source,
                               QStringLiteral("use true or false, not \"%1\"").arg(value->values.last()));
            }
            *target = *enabled == enabledMeans;
        }
    }
    if (const auto value = raw("schemas")) {
        for (const QString& directory : value->values) {
            if (!QFileInfo(directory).isDir())
                return invalid(QStringLiteral("schemas"), value->source,
                               QStringLiteral("%1 is not a folder").arg(directory));
            config.schemaDirectories.append(QFileInfo(directory).absoluteFilePath());
        }
    }
    if (const auto error = integer("max-body", 1024, qint64(1) << 30, config.maxBodyBytes))
        return *error;
    return config;
}

} // namespace muster
