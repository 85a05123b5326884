#pragma once

#include "auth/ApiToken.h"
#include "common/Result.h"

#include <QList>

#include <optional>

namespace muster {

// Where bearer tokens live. Implementations keep only hashes; the clear token exists once, in the
// result of create(). Every method is safe to call from any thread.
class TokenStore {
public:
    virtual ~TokenStore() = default;

    struct Created {
        ApiToken token;
        QString secret; // the token text, to show once; never stored
    };

    // A new random token (at least 256 bits of entropy, URL-safe text). invalidValue for an empty
    // name or tenant, or an expiry in the past.
    virtual Result<Created> create(const QString& name, const QString& tenant,
                                   std::optional<QDateTime> expires = std::nullopt,
                                   const QString& userId = QString()) = 0;
    // All tokens, or those of one tenant; oldest first.
    virtual QList<ApiToken> list(const QString& tenant = QString()) const = 0;
    // 404 when no token has this id.
    virtual Status revoke(const QString& id) = 0;
    // The token that `secret` is, if it exists and has not expired (compared in constant time on the
    // hash). Records lastUsed (at most once a minute per token, so that reads stay cheap).
    virtual std::optional<ApiToken> authenticate(const QByteArray& secret) = 0;
};

} // namespace muster
