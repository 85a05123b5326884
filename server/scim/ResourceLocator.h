#pragma once

#include "http/HttpRequest.h"
#include "schema/ResourceType.h"
#include "scim/ScimServiceOptions.h"

namespace muster {

// The absolute URLs of one tenant's SCIM service, for meta.location and the Location header:
// ScimServiceOptions::publicBaseUrl when set, else the request's scheme and Host header (when it looks
// like a host name or address, with an optional port; else 127.0.0.1), then "/tenants/<tenant>" for
// any tenant but the default one, then the base path.
class ResourceLocator final {
public:
    ResourceLocator() = default;
    explicit ResourceLocator(QString serviceUrl);

    static ResourceLocator forRequest(const HttpRequest& request, const ScimServiceOptions& options,
                                      const QString& tenant);
    static bool isValidHost(const QByteArray& host);

    const QString& serviceUrl() const { return m_serviceUrl; }
    QString endpoint(QStringView path) const; // path starts with '/', e.g. "/ServiceProviderConfig"
    QString resource(const ResourceType& type, const QString& id) const;

private:
    QString m_serviceUrl; // without a trailing '/'
};

} // namespace muster
