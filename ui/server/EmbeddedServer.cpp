#include "server/EmbeddedServer.h"

#include "auth/FileTokenStore.h"
#include "runtime/ServerInstance.h"

namespace muster {

EmbeddedServer::EmbeddedServer(std::shared_ptr<Directory> directory, ServerConfig defaults, QObject* parent)
    : QObject(parent)
    , m_directory(std::move(directory))
    , m_defaults(std::move(defaults))
{}

EmbeddedServer::~EmbeddedServer()
{
    m_instance.reset();
}

Status EmbeddedServer::start(const ServerConfig& config)
{
    if (m_instance)
        return {};
    m_idleTokens.reset();
    auto instance = ServerInstance::start(config, m_directory);
    if (!instance)
        return instance.error();
    m_instance = std::move(*instance);
    emit started();
    if (m_instance->firstToken())
        emit tokensChanged();
    return {};
}

void EmbeddedServer::stop()
{
    if (!m_instance)
        return;
    m_instance->stop();
    m_instance.reset();
    emit stopped();
}

QString EmbeddedServer::baseUrl() const
{
    return m_instance ? m_instance->baseUrl() : QString();
}

quint16 EmbeddedServer::port() const
{
    return m_instance ? m_instance->port() : 0;
}

Result<TokenStore::Created> EmbeddedServer::createToken(const QString& name, const QString& tenant,
                                                        std::optional<QDateTime> expires)
{
    auto store = tokenStore();
    if (!store)
        return store.error();
    auto created = (*store)->create(name.trimmed(), tenant, std::move(expires));
    if (created)
        emit tokensChanged();
    return created;
}

Status EmbeddedServer::revokeToken(const QString& id)
{
    auto store = tokenStore();
    if (!store)
        return store.error();
    Status revoked = (*store)->revoke(id);
    if (revoked)
        emit tokensChanged();
    return revoked;
}

Result<QList<ApiToken>> EmbeddedServer::tokens()
{
    auto store = tokenStore();
    if (!store)
        return store.error();
    return (*store)->list();
}

Result<TokenStore*> EmbeddedServer::tokenStore()
{
    if (m_instance)
        return &m_instance->tokens();
    if (!m_idleTokens) {
        auto opened = FileTokenStore::open(m_defaults.tokenFile());
        if (!opened)
            return opened.error();
        m_idleTokens = std::move(*opened);
    }
    return m_idleTokens.get();
}

} // namespace muster
