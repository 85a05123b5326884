#pragma once

#include "auth/TokenStore.h"
#include "directory/Directory.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "scim/ScimServiceOptions.h"

#include <memory>

namespace muster {

// The SCIM 2.0 protocol (RFC 7644) over a Directory: routing, authentication, content negotiation,
// ETags, errors. Independent of any socket: the HTTP transport turns bytes into an HttpRequest and
// the HttpResponse back into bytes, and tests and fuzzers call handle() directly.
//
// Thread safety: handle() may run on many threads at once.
class ScimService final {
public:
    // `tokens` may be null: then every request is let in (tests, a developer's laptop by choice).
    ScimService(std::shared_ptr<Directory> directory, std::shared_ptr<TokenStore> tokens,
                ScimServiceOptions options = {});
    ~ScimService();
    Q_DISABLE_COPY_MOVE(ScimService)

    HttpResponse handle(const HttpRequest& request) const;

    const ScimServiceOptions& options() const { return m_options; }
    Directory& directory() const { return *m_directory; }

private:
    std::shared_ptr<Directory> m_directory;
    std::shared_ptr<TokenStore> m_tokens;
    ScimServiceOptions m_options;
};

} // namespace muster
