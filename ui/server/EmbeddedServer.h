#pragma once

#include "auth/TokenStore.h"
#include "config/ServerConfig.h"
#include "directory/Directory.h"

#include <QObject>

#include <memory>

namespace muster {

class ServerInstance;

// The desktop app's SCIM server over the window's directory: started and stopped on the GUI thread,
// with the token file of the data folder readable and writable whether or not the server runs.
class EmbeddedServer final : public QObject {
    Q_OBJECT

public:
    EmbeddedServer(std::shared_ptr<Directory> directory, ServerConfig defaults, QObject* parent = nullptr);
    ~EmbeddedServer() override;
    Q_DISABLE_COPY_MOVE(EmbeddedServer)

    // Listens with `config` (the defaults with the panel's choices applied). The error explains why
    // not: the port is in use, the certificate cannot be read, ...
    Status start(const ServerConfig& config);
    // Lets requests in flight finish, then frees the port.
    void stop();
    bool isRunning() const { return m_instance != nullptr; }

    // The running server; null when stopped.
    ServerInstance* instance() const { return m_instance.get(); }
    QString baseUrl() const;
    quint16 port() const;
    const ServerConfig& defaults() const { return m_defaults; }
    const std::shared_ptr<Directory>& directory() const { return m_directory; }

    // Tokens, through the running server's store, or the token file's while stopped: a token
    // created or revoked while the server runs takes effect on its next request.
    Result<TokenStore::Created> createToken(const QString& name, const QString& tenant,
                                            std::optional<QDateTime> expires);
    Status revokeToken(const QString& id);
    Result<QList<ApiToken>> tokens();

signals:
    // After start() succeeded: the request stream and metrics of instance() are there to connect to.
    void started();
    // After stop(): instance() and everything it owned are gone.
    void stopped();
    // A token was created or revoked (by this app, or by the server's start).
    void tokensChanged();

private:
    Result<TokenStore*> tokenStore();

    std::shared_ptr<Directory> m_directory;
    ServerConfig m_defaults;
    std::unique_ptr<ServerInstance> m_instance;
    // The token file while no server has it open; dropped at start so that nothing stale survives.
    std::shared_ptr<TokenStore> m_idleTokens;
};

} // namespace muster
