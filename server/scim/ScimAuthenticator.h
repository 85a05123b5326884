#pragma once

#include "auth/TokenStore.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include <memory>
#include <optional>

namespace muster {

// Who sent a request: "Authorization: Bearer <token>", or with allowBasic HTTP Basic whose password is
// the token (the user name is not checked: the token alone identifies its holder). Without a token
// store every request is let in anonymously.
class ScimAuthenticator final {
public:
    ScimAuthenticator(std::shared_ptr<TokenStore> tokens, bool allowBasic);

    bool isEnabled() const { return m_tokens != nullptr; }
    bool allowsBasic() const { return m_allowBasic; }

    struct Caller {
        std::optional<ApiToken> token; // nullopt: anonymous (no token store)
        QString actor;                 // for the audit log
    };
    // 401 when credentials are missing, malformed, unknown or expired.
    Result<Caller> authenticate(const HttpRequest& request) const;

    // The 401 answer, with the challenges a client may answer.
    HttpResponse challenge(const ScimError& error) const;

private:
    std::shared_ptr<TokenStore> m_tokens;
    bool m_allowBasic = false;
};

} // namespace muster
