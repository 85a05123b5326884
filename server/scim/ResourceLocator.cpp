#include "scim/ResourceLocator.h"

#include "store/ResourceStore.h"

#include <QRegularExpression>
#include <QUrl>

#include <optional>

namespace muster {

ResourceLocator::ResourceLocator(QString serviceUrl)
    : m_serviceUrl(std::move(serviceUrl))
{
    while (m_serviceUrl.endsWith(u'/'))
        m_serviceUrl.chop(1);
}

bool ResourceLocator::isValidHost(const QByteArray& host)
{
    // A DNS name or IPv4 address, or a bracketed IPv6 address, and an optional port: nothing that
    // could smuggle a path, a user or a second URL into the links Muster hands out.
    static const QRegularExpression pattern(
        QStringLiteral("^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))*\\.?"
                       "|\\[[0-9A-Fa-f:.]{2,45}\\])(?::[0-9]{1,5})?$"));
    return !host.isEmpty() && host.size() <= 260 && pattern.match(QString::fromLatin1(host)).hasMatch();
}

ResourceLocator ResourceLocator::forRequest(const HttpRequest& request, const ScimServiceOptions& options,
                                            const QString& tenant)
{
    QString origin = options.publicBaseUrl;
    if (origin.isEmpty()) {
        const QByteArray host = request.header("host").trimmed();
        // A client sends the same Host on every request: the last one's check is kept per thread.
        thread_local std::optional<QByteArray> lastHost;
        thread_local QString lastHostName;
        if (!lastHost || *lastHost != host) {
            lastHostName =
                isValidHost(host) ? QString::fromLatin1(host).toLower() : QStringLiteral("127.0.0.1");
            lastHost = host;
        }
        origin = (request.secure ? QStringLiteral("https://") : QStringLiteral("http://")) + lastHostName;
    }
    while (origin.endsWith(u'/'))
        origin.chop(1);
    if (tenant != ResourceStore::DefaultTenant)
        origin += QStringLiteral("/tenants/") + tenant;
    return ResourceLocator(origin + options.basePath);
}

QString ResourceLocator::endpoint(QStringView path) const
{
    return m_serviceUrl + path;
}

QString ResourceLocator::resource(const ResourceType& type, const QString& id) const
{
    QString endpoint = type.endpoint;
    if (!endpoint.startsWith(u'/'))
        endpoint.prepend(u'/');
    return m_serviceUrl + endpoint + u'/' +
           QString::fromLatin1(QUrl::toPercentEncoding(id, QByteArrayLiteral("-._~:@!$&'()*+,;=")));
}

} // namespace muster
