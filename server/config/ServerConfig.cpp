#include "config/ServerConfig.h"

#include <QHostAddress>

namespace muster {

QString ServerConfig::baseUrl(quint16 actualPort) const
{
    if (!publicUrl.isEmpty())
        return publicUrl + QStringLiteral("/scim/v2");
    QString host = bindAddress;
    const QHostAddress address(bindAddress);
    if (address == QHostAddress::AnyIPv4 || address == QHostAddress::Any)
        host = QStringLiteral("127.0.0.1");
    else if (address == QHostAddress::AnyIPv6)
        host = QStringLiteral("::1");
    if (host.contains(u':'))
        host = u'[' + host + u']';
    return QStringLiteral("%1://%2:%3/scim/v2")
        .arg(usesTls() ? QStringLiteral("https") : QStringLiteral("http"), host)
        .arg(actualPort);
}

} // namespace muster
