#pragma once

#include "auth/TokenStore.h"
#include "directory/Directory.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "query/FilterParser.h"
#include "scim/ScimServiceOptions.h"

#include <atomic>
#include <memory>

namespace muster {

class AuthFailureLimiter;
class BulkProcessor;
class DiscoveryDocuments;
class ResourceEndpoint;
class ScimAuthenticator;
class ScimRouter;
struct ScimRequestContext;
struct ScimRoute;

// The SCIM 2.0 protocol (RFC 7644) over a Directory: routing, authentication, content negotiation,
// ETags, errors. Independent of any socket: the HTTP transport turns bytes into an HttpRequest and
// the HttpResponse back into bytes, and tests and fuzzers call handle() directly.
//
// Besides the SCIM endpoints it answers /healthz (200 "ok") and /readyz (200 when the store answers a
// query, else 503) without a token.
//
// Choices where RFC 7644 leaves room:
// - Request bodies in application/scim+json or application/json (charset UTF-8 if any), or without a
//   Content-Type, are read; any other media type is 415.
// - PATCH answers 204 with the ETag (see ScimServiceOptions::patchReturnsResource).
// - A token of one tenant on another tenant's path is 403, whether that tenant exists or not.
// - /Me needs a token bound to a user (ApiToken::userId); otherwise 501.
// - Discovery endpoints need a token like every other SCIM endpoint, and answer 403 to a filter
//   (RFC 7644 §4).
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
    // Whether answering may take long (a Bulk request): the transport answers it off its worker thread.
    bool runsLong(const HttpRequest& request) const;
    // Reads the `perType` most recently modified resources of each type in each tenant as a GET would,
    // so that their first reads by clients find them in the caches (the store's parsed rows and the
    // serialized answers). The answers are cached for clients that reach the server at `host` (the Host
    // header, e.g. "127.0.0.1:8080") over `secure` HTTP, unless ScimServiceOptions::publicBaseUrl fixes
    // the URL. Stops early once `stop` is set. Returns how many resources were read.
    qint64 warmCaches(int perType, const QByteArray& host, bool secure, const std::atomic<bool>& stop) const;
    // Whether a /metrics request may see the metrics: always with metricsNeedToken off, otherwise when
    // it carries a valid token of any tenant (metrics are the server's, not a tenant's).
    bool mayReadMetrics(const HttpRequest& request) const;
    // The service's own metrics (the serialized-resource cache), in the Prometheus text format.
    QByteArray metricsText() const;

    const ScimServiceOptions& options() const { return m_options; }
    Directory& directory() const { return *m_directory; }

private:
    HttpResponse dispatch(const HttpRequest& request, const QByteArray& method) const;
    HttpResponse probe(const QByteArray& method, bool readiness) const;
    HttpResponse serve(const HttpRequest& request, const QByteArray& method, const ScimRoute& route,
                       const ScimRequestContext& context) const;
    HttpResponse serveMe(const HttpRequest& request, const QByteArray& method,
                         const ScimRequestContext& context) const;
    HttpResponse serveDiscovery(const HttpRequest& request, const ScimRoute& route,
                                const ScimRequestContext& context) const;
    bool wantsRepresentation(const HttpRequest& request) const;
    // Bare-word filter values pass unless the tenant speaks strict SCIM (Directory::strictProtocol).
    FilterSyntax filterSyntax(const QString& tenant) const;

    std::shared_ptr<Directory> m_directory;
    std::shared_ptr<TokenStore> m_tokens;
    ScimServiceOptions m_options;
    std::unique_ptr<const ScimRouter> m_router;
    std::unique_ptr<const ScimAuthenticator> m_authenticator;
    std::unique_ptr<AuthFailureLimiter> m_authFailures;
    std::unique_ptr<const ResourceEndpoint> m_resources;
    std::unique_ptr<const DiscoveryDocuments> m_discovery;
    std::unique_ptr<const BulkProcessor> m_bulk;
};

} // namespace muster
