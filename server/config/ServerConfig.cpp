#include "config/ServerConfig.h"

#include <QHostAddress>

namespace muster {

QString ServerConfig::baseUrl(quint16 actualPort) const
{
    if (!publicUrl.isEmpty())
        return publicUrl + QStringLiteral("/scim/v2");
    QString host = bindAddress;
    const QHostAddress address(bindAddress);
    // Addresses spelled out: clang-tidy 14 takes `address == AnyIPv4 || address == Any` for one test twice.
    if (address == QHostAddress(QHostAddress::AnyIPv4) || address == QHostAddress(QHostAddress::Any))
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
