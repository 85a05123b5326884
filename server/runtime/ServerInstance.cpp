#include "runtime/ServerInstance.h"

#include "auth/FileTokenStore.h"
#include "http/HttpTransport.h"
#include "runtime/ProcessMetrics.h"
#include "schema/SchemaRegistry.h"
#include "scim/ScimErrorResponse.h"
#include "scim/ScimService.h"
#include "store/InstrumentedStore.h"
#include "store/StoreFactory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QThread>

#include <algorithm>

Q_LOGGING_CATEGORY(lcServer, "muster.server", QtInfoMsg)

namespace muster {

namespace {

// The data folder holds password hashes and token hashes: a new one is readable by its owner only.
Status ensureDataFolder(const QString& path)
{
    if (QFileInfo(path).isDir())
        return {};
    if (!QDir().mkpath(path))
        return ScimError{503, ScimType::None, QStringLiteral("cannot create the data folder %1").arg(path)};
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

// Resources per tenant and type, and the store's own metrics (latency when it is measured, caches).
QByteArray directoryMetrics(const Directory& directory)
{
    // Each tenant costs a count per type at every scrape: a directory with many tenants shows the first.
    constexpr int MaxTenants = 100;
    QByteArray text = "# HELP muster_resources Resources in the directory, by tenant and type.\n"
                      "# TYPE muster_resources gauge\n";
    QStringList tenants = directory.store().tenants();
    tenants.sort();
    for (const QString& tenant : tenants.mid(0, MaxTenants)) {
        for (const ResourceType* type : directory.registry().resourceTypes()) {
            text += "muster_resources{tenant=\"" + tenant.toUtf8() + "\",type=\"" + type->name.toUtf8() +
                    "\"} " + QByteArray::number(directory.store().count(tenant, type->name)) + '\n';
        }
    }
    return text + directory.store().metricsText();
}

} // namespace

Result<std::shared_ptr<Directory>> ServerInstance::openDirectory(const ServerConfig& config,
                                                                 DirectoryOptions options)
{
    if (Status folder = ensureDataFolder(config.dataDirectory); !folder)
        return folder.error();
    const std::shared_ptr<SchemaRegistry> registry = SchemaRegistry::builtIn();
    for (const QString& folder : config.schemaDirectories) {
        if (const Status loaded = registry->loadDirectory(folder); !loaded)
            return loaded.error();
    }
    SqlStoreOptions sqlOptions;
    sqlOptions.maxConnections = config.databaseConnections;
    sqlOptions.connectionWaitMs = config.databaseTimeoutMs;
    sqlOptions.busyTimeoutMs = config.databaseTimeoutMs;
    sqlOptions.rowCacheBytes = config.cacheMegabytes * 1024 * 1024;
    sqlOptions.synchronous = config.sqliteSynchronousFull ? SqlStoreOptions::Synchronous::Full
                                                          : SqlStoreOptions::Synchronous::Normal;
    auto store = StoreFactory::open(registry, config.storeUrl(), sqlOptions);
    if (!store)
        return store.error();
    options.strictProtocol = options.strictProtocol || config.strictProtocol;
    options.maxResults = config.maxResults;
    return std::make_shared<Directory>(registry, std::make_shared<InstrumentedStore>(std::move(*store)),
                                       options);
}

Result<std::unique_ptr<ServerInstance>> ServerInstance::start(const ServerConfig& config,
                                                              std::shared_ptr<Directory> directory)
{
    if (Status folder = ensureDataFolder(config.dataDirectory); !folder)
        return folder.error();
    auto tokens = FileTokenStore::open(config.tokenFile());
    if (!tokens)
        return tokens.error();

    std::unique_ptr<ServerInstance> instance(
        new ServerInstance(config, std::move(directory), std::move(*tokens)));
    if (instance->m_tokens->list().isEmpty()) {
        auto created = instance->m_tokens->create(QStringLiteral("default"), ResourceStore::DefaultTenant);
        if (!created)
            return created.error();
        instance->m_firstToken = std::move(*created);
    }
    if (const Status started = instance->m_transport->start(); !started)
        return started.error();
    if (config.cacheWarmCount > 0)
        instance->startCacheWarming();
    return instance;
}

void ServerInstance::startCacheWarming()
{
    // Answers are cached per base URL: the one clients use to reach this server, as far as it knows.
    const QHostAddress bound(m_config.bindAddress);
    const QByteArray address = bound.protocol() == QAbstractSocket::IPv6Protocol
                                   ? '[' + bound.toString().toLatin1() + ']'
                                   : bound.toString().toLatin1();
    const QByteArray host = address + ':' + QByteArray::number(port());
    m_cacheWarming.reset(QThread::create([this, host] {
        QElapsedTimer timer;
        timer.start();
        const qint64 read =
            m_service->warmCaches(m_config.cacheWarmCount, host, m_config.usesTls(), m_stopCacheWarming);
        qCInfo(lcServer, "cache warming: %lld resources read in %lld ms", read, timer.elapsed());
    }));
    m_cacheWarming->setObjectName(QStringLiteral("muster-cache-warming"));
    m_cacheWarming->start(QThread::LowPriority);
}

ServerInstance::ServerInstance(ServerConfig config, std::shared_ptr<Directory> directory,
                               std::shared_ptr<TokenStore> tokens)
    : m_config(std::move(config))
    , m_directory(std::move(directory))
    , m_tokens(std::move(tokens))
{
    ScimServiceOptions serviceOptions;
    serviceOptions.publicBaseUrl = m_config.publicUrl;
    serviceOptions.maxBodyBytes = m_config.maxBodyBytes;
    serviceOptions.allowBasicAuth = m_config.allowBasicAuth;
    serviceOptions.metricsNeedToken = m_config.metricsNeedToken;
    serviceOptions.representationCacheBytes = m_config.cacheMegabytes * 1024 * 1024;
    serviceOptions.bulkMaxOperations = m_config.bulkMaxOperations;
    serviceOptions.bulkMaxPayloadBytes = m_config.bulkMaxPayloadBytes;
    const int workers = m_config.workers > 0 ? m_config.workers : std::max(1, QThread::idealThreadCount());
    serviceOptions.bulkMaxConcurrent =
        m_config.bulkConcurrency > 0 ? m_config.bulkConcurrency : std::max(1, workers / 2);
    m_service = std::make_shared<ScimService>(m_directory, m_tokens, serviceOptions);

    HttpTransportOptions transportOptions;
    transportOptions.address = QHostAddress(m_config.bindAddress);
    transportOptions.port = m_config.port;
    transportOptions.workers = m_config.workers;
    transportOptions.maxConnections = m_config.maxConnections;
    transportOptions.idleTimeout = m_config.idleTimeout;
    transportOptions.slowRequestThreshold = std::chrono::milliseconds(m_config.slowRequestMs);
    transportOptions.certificateFile = m_config.tlsCertificateFile;
    transportOptions.privateKeyFile = m_config.tlsKeyFile;
    // The service holds each endpoint to its own limit; the transport stops only what no endpoint takes.
    transportOptions.maxBodyBytes = std::max(serviceOptions.maxBodyBytes, serviceOptions.bulkMaxPayloadBytes);
    const std::shared_ptr<ScimService> service = m_service;
    transportOptions.metricsAuthorized = [service](const HttpRequest& request) {
        return service->mayReadMetrics(request);
    };
    transportOptions.errorResponse = &ScimErrorResponse::response;
    transportOptions.runsLong = [service](const HttpRequest& request) { return service->runsLong(request); };
    // Two threads beyond the Bulk bound answer the requests over it (429) at once.
    transportOptions.longRequestThreads = serviceOptions.bulkMaxConcurrent + 2;
    transportOptions.extraMetrics = [directory = m_directory, service]() -> QByteArray {
        return directoryMetrics(*directory) + service->metricsText() + ProcessMetrics::prometheusText();
    };
    m_transport = std::make_unique<HttpTransport>(
        [service](const HttpRequest& request) { return service->handle(request); }, transportOptions);
}

ServerInstance::~ServerInstance()
{
    stop();
}

void ServerInstance::stop()
{
    if (m_cacheWarming) {
        m_stopCacheWarming = true;
        m_cacheWarming->wait();
        m_cacheWarming.reset();
    }
    if (m_transport->isRunning())
        m_transport->stop();
}

quint16 ServerInstance::port() const
{
    return m_transport->port();
}

} // namespace muster
