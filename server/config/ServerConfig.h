#pragma once

#include <QString>
#include <QStringList>

#include <chrono>

namespace muster {

// How a Muster server runs: where its data lives, which store, where it listens and how it is
// protected. Filled by ServerConfigLoader from the command line, a config file and the environment.
struct ServerConfig {
    QString dataDirectory; // tokens.json and the default SQLite file live here
    // "memory", "sqlite:<path>" or "postgres://user@host:port/db" (or a PostgreSQL key/value string).
    // Empty: SQLite in the data directory.
    QString store;
    QString bindAddress = QStringLiteral("127.0.0.1");
    quint16 port = 8080; // 0: any free port (printed at start)
    QString tlsCertificateFile;
    QString tlsKeyFile;
    int workers = 0; // HTTP worker threads; 0: one per core
    QString publicUrl;
    bool allowBasicAuth = false;
    bool metricsNeedToken = true;
    bool strictProtocol = false;   // refuse the IdP dialects (README: "Dialects and strict mode")
    QStringList schemaDirectories; // custom schemas and extensions to load
    qint64 maxBodyBytes = qint64(1024) * 1024;
    qint64 maxConnections = 1024;                  // open HTTP connections at most
    std::chrono::milliseconds idleTimeout{60'000}; // keep-alive connections idle longer are closed
    int databaseConnections = 64;                  // SqlStoreOptions::maxConnections
    int databaseTimeoutMs = 5000;                  // waiting for a connection or a lock, then 503
    bool sqliteSynchronousFull = false;            // SqlStoreOptions::Synchronous::Full
    qint64 cacheMegabytes = 64;                    // ScimServiceOptions::representationCacheBytes
    int slowRequestMs = 100;                       // HttpTransportOptions::slowRequestThreshold
    int maxResults = 1000;                         // DirectoryOptions::maxResults: the largest page
    int bulkConcurrency = 0;      // ScimServiceOptions::bulkMaxConcurrent; 0: half the workers, at least one
    int bulkMaxOperations = 1000; // ScimServiceOptions::bulkMaxOperations
    qint64 bulkMaxPayloadBytes = qint64(1024) * 1024; // ScimServiceOptions::bulkMaxPayloadBytes
    int cacheWarmCount = 0; // resources of each type and tenant read into the caches at start; 0: none

    QString storeUrl() const
    {
        return store.isEmpty() ? QStringLiteral("sqlite:") + dataDirectory + QStringLiteral("/muster.db")
                               : store;
    }
    QString tokenFile() const { return dataDirectory + QStringLiteral("/tokens.json"); }
    bool usesTls() const { return !tlsCertificateFile.isEmpty(); }
    // http(s)://bind:port + the default tenant's base path, for people to paste into their IdP.
    QString baseUrl(quint16 actualPort) const;
};

} // namespace muster
