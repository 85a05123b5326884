#include "FakeTokenStore.h"

#include <QCryptographicHash>
#include <QMutexLocker>

namespace muster {

ApiToken FakeTokenStore::add(const QByteArray& secret, const QString& name, const QString& tenant,
                             const QString& userId, std::optional<QDateTime> expires)
{
    ApiToken token;
    token.id = name;
    token.name = name;
    token.tenant = tenant;
    token.userId = userId;
    token.hash = QCryptographicHash::hash(secret, QCryptographicHash::Sha256);
    token.created = QDateTime::currentDateTimeUtc();
    token.expires = expires;
    QMutexLocker locker(&m_mutex);
    m_bySecret.insert(secret, token);
    return token;
}

Result<TokenStore::Created> FakeTokenStore::create(const QString& name, const QString& tenant,
                                                   std::optional<QDateTime> expires, const QString& userId)
{
    const QByteArray secret = QByteArrayLiteral("secret-") + name.toUtf8();
    return Created{add(secret, name, tenant, userId, expires), QString::fromUtf8(secret)};
}

QList<ApiToken> FakeTokenStore::list(const QString& tenant) const
{
    QMutexLocker locker(&m_mutex);
    QList<ApiToken> tokens;
    for (const ApiToken& token : m_bySecret) {
        if (tenant.isEmpty() || token.tenant == tenant)
            tokens.append(token);
    }
    return tokens;
}

Status FakeTokenStore::revoke(const QString& id)
{
    QMutexLocker locker(&m_mutex);
    for (auto it = m_bySecret.begin(); it != m_bySecret.end(); ++it) {
        if (it->id == id) {
            m_bySecret.erase(it);
            return {};
        }
    }
    return ScimError::notFound(QStringLiteral("No token \"%1\"").arg(id));
}

std::optional<ApiToken> FakeTokenStore::authenticate(const QByteArray& secret)
{
    ++m_authentications;
    QMutexLocker locker(&m_mutex);
    const auto found = m_bySecret.constFind(secret);
    if (found == m_bySecret.constEnd() || found->isExpired(QDateTime::currentDateTimeUtc()))
        return std::nullopt;
    return *found;
}

} // namespace muster
