#pragma once

#include <QByteArray>
#include <QString>

namespace muster {

struct ScimServiceOptions {
    // Where the default tenant is served; another tenant T is served at /tenants/T + basePath.
    QString basePath = QStringLiteral("/scim/v2");
    // The URL clients reach the server at (for meta.location and Location), e.g.
    // "https://scim.example.com". Empty: built from the request's Host header and scheme.
    QString publicBaseUrl;
    // Largest request body accepted (413 with a SCIM body above it); Bulk has its own limits.
    qint64 maxBodyBytes = qint64(1024) * 1024;
    int bulkMaxOperations = 1000;
    qint64 bulkMaxPayloadBytes = qint64(1024) * 1024;
    // Bulk requests running at once; more are answered 429 with Retry-After.
    int bulkMaxConcurrent = 2;
    // Longest filter accepted (400 invalidFilter above it).
    int maxFilterLength = 8192;
    // HTTP Basic authentication (user: token name, password: the token), for clients that cannot send
    // a bearer token.
    bool allowBasicAuth = false;
    // Failed authentications per client address and minute before that address is answered 429 for
    // the rest of the minute; 0 turns the limit off.
    int authFailuresPerMinute = 30;
    // Whether /metrics needs a token; /healthz and /readyz never do.
    bool metricsNeedToken = true;
    // PATCH answers 204 No Content with the new ETag, as Microsoft Entra ID's SCIM validation expects;
    // 200 with the resource when the request names attributes/excludedAttributes or sends
    // "Prefer: return=representation", or always when this is set.
    bool patchReturnsResource = false;
    // HMAC key of RFC 9865 paging cursors. Servers that share one database should share it; empty, a
    // built-in key is used and cursors are checked for integrity, which is all they need: a cursor only
    // selects what the same token could filter for.
    QByteArray cursorSecret;
    // Bound of the cache of serialized resources (ResourceEndpoint); 0 turns it off.
    qint64 representationCacheBytes = qint64(64) * 1024 * 1024;
};

} // namespace muster
