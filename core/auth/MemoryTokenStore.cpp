#include "auth/MemoryTokenStore.h"

#include <QCryptographicHash>
#include <QUuid>

#include <algorithm>
#include <mutex>
#include <sodium.h>

namespace muster {

namespace {

// How often lastUsed is written at most, so that authenticating stays a read.
constexpr qint64 LastUsedResolutionSeconds = 60;

// "mst_" and 43 characters of URL-safe base64: 256 random bits, recognisable in logs and by secret
// scanners.
QByteArray newSecret()
{
    unsigned char bytes[32];
    if (sodium_init() < 0) {
        // randombytes_buf works without sodium_init on Linux, but be explicit: no token without entropy.
        qFatal("libsodium could not be initialized");
    }
    randombytes_buf(bytes, sizeof bytes);
    return QByteArrayLiteral("mst_") +
           QByteArray(reinterpret_cast<const char*>(bytes), sizeof bytes)
               .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool olderFirst(const ApiToken& a, const ApiToken& b)
{
    return a.created != b.created ? a.created < b.created : a.id < b.id;
}

} // namespace

QByteArray MemoryTokenStore::hashOf(const QByteArray& secret)
{
    // A client sends the same token with every request; SHA-256 costs about as much as the rest of the
    // authentication. The last secret is kept per thread and compared in constant time, so that its timing
    // tells a guesser nothing either.
    thread_local QByteArray lastSecret;
    thread_local QByteArray lastHash;
    if (!lastHash.isEmpty() && lastSecret.size() == secret.size()) {
        unsigned char difference = 0;
        for (qsizetype i = 0; i < secret.size(); ++i)
            difference |= static_cast<unsigned char>(lastSecret[i] ^ secret[i]);
        if (difference == 0)
            return lastHash;
    }
    lastHash = QCryptographicHash::hash(secret, QCryptographicHash::Sha256);
    lastSecret = secret;
    return lastHash;
}

Result<TokenStore::Created> MemoryTokenStore::create(const QString& name, const QString& tenant,
                                                     std::optional<QDateTime> expires, const QString& userId)
{
    if (name.trimmed().isEmpty())
        return ScimError::badRequest(ScimType::InvalidValue, QStringLiteral("A token needs a name"));
    if (tenant.trimmed().isEmpty())
        return ScimError::badRequest(ScimType::InvalidValue, QStringLiteral("A token needs a tenant"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (expires && *expires <= now) {
        return ScimError::badRequest(
            ScimType::InvalidValue,
            QStringLiteral("The expiry %1 is in the past").arg(expires->toString(Qt::ISODate)));
    }
    Created created;
    created.secret = QString::fromLatin1(newSecret());
    ApiToken& token = created.token;
    token.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    token.name = name.trimmed();
    token.tenant = tenant;
    token.userId = userId;
    token.hash = hashOf(created.secret.toLatin1());
    token.created = now;
    if (expires)
        token.expires = expires->toUTC();

    std::unique_lock locker(m_lock);
    if (m_lastCreated.isValid() && token.created <= m_lastCreated)
        token.created = m_lastCreated.addMSecs(1);
    m_lastCreated = token.created;
    m_byHash.insert(token.hash, token);
    if (Status saved = changed(); !saved) {
        m_byHash.remove(token.hash);
        return saved.error();
    }
    return created;
}

QList<ApiToken> MemoryTokenStore::list(const QString& tenant) const
{
    std::shared_lock locker(m_lock);
    QList<ApiToken> tokens;
    for (const ApiToken& token : m_byHash) {
        if (tenant.isEmpty() || token.tenant == tenant)
            tokens.append(token);
    }
    std::sort(tokens.begin(), tokens.end(), olderFirst);
    return tokens;
}

Status MemoryTokenStore::revoke(const QString& id)
{
    std::unique_lock locker(m_lock);
    for (auto it = m_byHash.begin(); it != m_byHash.end(); ++it) {
        if (it->id != id)
            continue;
        const ApiToken removed = *it;
        m_byHash.erase(it);
        if (Status saved = changed(); !saved) {
            m_byHash.insert(removed.hash, removed);
            return saved;
        }
        return {};
    }
    return ScimError::notFound(QStringLiteral("No token with id \"%1\"").arg(id));
}

std::optional<ApiToken> MemoryTokenStore::authenticate(const QByteArray& secret)
{
    if (secret.isEmpty())
        return std::nullopt;
    const QByteArray hash = hashOf(secret);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        std::shared_lock locker(m_lock);
        const auto found = m_byHash.constFind(hash);
        // The lookup is by a SHA-256 digest of the secret, so its timing says nothing useful about
        // the secret itself.
        if (found == m_byHash.constEnd() || found->isExpired(now))
            return std::nullopt;
        if (found->lastUsed && found->lastUsed->secsTo(now) < LastUsedResolutionSeconds)
            return *found;
    }
    std::unique_lock locker(m_lock);
    const auto found = m_byHash.find(hash);
    if (found == m_byHash.end())
        return std::nullopt;
    found->lastUsed = now;
    // Recording lastUsed is a courtesy: a failure to save it must not refuse a valid token.
    (void)changed();
    return *found;
}

void MemoryTokenStore::resetTokens(const QList<ApiToken>& tokens)
{
    std::unique_lock locker(m_lock);
    m_byHash.clear();
    for (const ApiToken& token : tokens) {
        m_byHash.insert(token.hash, token);
        if (!m_lastCreated.isValid() || token.created > m_lastCreated)
            m_lastCreated = token.created;
    }
}

QList<ApiToken> MemoryTokenStore::snapshotLocked() const
{
    QList<ApiToken> tokens = m_byHash.values();
    std::sort(tokens.begin(), tokens.end(), olderFirst);
    return tokens;
}

} // namespace muster
