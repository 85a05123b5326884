#pragma once

#include "auth/TokenStore.h"

#include <QHash>

#include <shared_mutex>

namespace muster {

// Tokens held in memory, by the hash of their text. The base for FileTokenStore, and enough for a
// directory that lives only as long as its process.
class MemoryTokenStore : public TokenStore {
public:
    MemoryTokenStore() = default;
    Q_DISABLE_COPY_MOVE(MemoryTokenStore)

    Result<Created> create(const QString& name, const QString& tenant,
                           std::optional<QDateTime> expires = std::nullopt,
                           const QString& userId = QString()) override;
    QList<ApiToken> list(const QString& tenant = QString()) const override;
    Status revoke(const QString& id) override;
    std::optional<ApiToken> authenticate(const QByteArray& secret) override;

    // SHA-256 of a token's text: what is stored and looked up.
    static QByteArray hashOf(const QByteArray& secret);

protected:
    // Called with the write lock held after every change; FileTokenStore saves here.
    virtual Status changed() { return {}; }
    // Replaces every token (FileTokenStore loading its file); takes the write lock itself.
    void resetTokens(const QList<ApiToken>& tokens);
    QList<ApiToken> snapshotLocked() const;

    mutable std::shared_mutex m_lock;

private:
    QHash<QByteArray, ApiToken> m_byHash;
    QDateTime m_lastCreated; // creation times increase strictly, so "oldest first" is creation order
};

} // namespace muster
