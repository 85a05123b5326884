#pragma once

#include "auth/TokenStore.h"

#include <QHash>
#include <QMutex>

#include <atomic>

namespace muster {

// A TokenStore for tests: tokens are added with a chosen text, expired ones included, and lookups are
// counted.
class FakeTokenStore final : public TokenStore {
public:
    ApiToken add(const QByteArray& secret, const QString& name, const QString& tenant,
                 const QString& userId = QString(), std::optional<QDateTime> expires = std::nullopt);

    Result<Created> create(const QString& name, const QString& tenant, std::optional<QDateTime> expires,
                           const QString& userId) override;
    QList<ApiToken> list(const QString& tenant) const override;
    Status revoke(const QString& id) override;
    std::optional<ApiToken> authenticate(const QByteArray& secret) override;

    int authentications() const { return m_authentications.load(); }

private:
    mutable QMutex m_mutex;
    QHash<QByteArray, ApiToken> m_bySecret;
    std::atomic<int> m_authentications{0};
};

} // namespace muster
