#pragma once

#include "auth/TokenStore.h"
#include "common/Result.h"
#include "config/ServerConfig.h"
#include "directory/Directory.h"

#include <atomic>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace muster {

class HttpTransport;
class ScimService;

// A running Muster server built from a ServerConfig: the SCIM service over a directory, behind the HTTP
// transport, with the token file of the data folder. muster-server runs one over the directory that
// openDirectory() opens; the desktop app starts and stops one over the directory it already shows.
class ServerInstance final {
public:
    // The schemas (built-in plus the config's schema folders), the store the config names, and the
    // directory over them. Fails with the reason when a schema file is invalid or the store cannot be
    // opened (unreachable, or written by a newer Muster).
    static Result<std::shared_ptr<Directory>> openDirectory(const ServerConfig& config,
                                                            DirectoryOptions options = {});

    // Opens the token file and listens. When no token exists yet, one named "default" is created for
    // the default tenant; firstToken() shows it once. With ServerConfig::cacheWarmCount, a thread of its
    // own then reads that many recent resources per type into the caches while the server answers.
    static Result<std::unique_ptr<ServerInstance>> start(const ServerConfig& config,
                                                         std::shared_ptr<Directory> directory);
    ~ServerInstance();
    Q_DISABLE_COPY_MOVE(ServerInstance)

    // Stops accepting connections, lets requests in flight finish, then closes the connections (and ends
    // the cache warming, if it still runs).
    void stop();

    quint16 port() const;
    QString baseUrl() const { return m_config.baseUrl(port()); }
    const ServerConfig& config() const { return m_config; }
    Directory& directory() const { return *m_directory; }
    TokenStore& tokens() const { return *m_tokens; }
    HttpTransport& transport() const { return *m_transport; }
    // The secret of the token created at this start, if one was.
    const std::optional<TokenStore::Created>& firstToken() const { return m_firstToken; }

private:
    ServerInstance(ServerConfig config, std::shared_ptr<Directory> directory,
                   std::shared_ptr<TokenStore> tokens);
    void startCacheWarming();

    ServerConfig m_config;
    std::shared_ptr<Directory> m_directory;
    std::shared_ptr<TokenStore> m_tokens;
    std::shared_ptr<ScimService> m_service;
    std::unique_ptr<HttpTransport> m_transport;
    std::optional<TokenStore::Created> m_firstToken;
    std::unique_ptr<QThread> m_cacheWarming;
    std::atomic<bool> m_stopCacheWarming{false};
};

} // namespace muster
