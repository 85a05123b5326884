#include "server/ServerSettings.h"

#include <QHostAddress>
#include <QSettings>

namespace muster {

namespace {

const QString BindAddressKey = QStringLiteral("server/bindAddress");
const QString PortKey = QStringLiteral("server/port");
const QString CertificateKey = QStringLiteral("server/tlsCertificate");
const QString KeyKey = QStringLiteral("server/tlsKey");
const QString KeepRunningKey = QStringLiteral("server/keepRunningInTray");

} // namespace

ServerSettings ServerSettings::load(const ServerConfig& defaults)
{
    const QSettings settings;
    ServerSettings result;
    result.bindAddress = settings.value(BindAddressKey, defaults.bindAddress).toString();
    const int port = settings.value(PortKey, int(defaults.port)).toInt();
    result.port = port >= 0 && port <= 65535 ? quint16(port) : defaults.port;
    result.tlsCertificateFile = settings.value(CertificateKey, defaults.tlsCertificateFile).toString();
    result.tlsKeyFile = settings.value(KeyKey, defaults.tlsKeyFile).toString();
    result.keepRunningInTray = settings.value(KeepRunningKey, false).toBool();
    return result;
}

void ServerSettings::save() const
{
    QSettings settings;
    settings.setValue(BindAddressKey, bindAddress);
    settings.setValue(PortKey, int(port));
    settings.setValue(CertificateKey, tlsCertificateFile);
    settings.setValue(KeyKey, tlsKeyFile);
    settings.setValue(KeepRunningKey, keepRunningInTray);
}

ServerConfig ServerSettings::applyTo(ServerConfig config) const
{
    config.bindAddress = bindAddress.trimmed();
    config.port = port;
    config.tlsCertificateFile = tlsCertificateFile.trimmed();
    config.tlsKeyFile = tlsKeyFile.trimmed();
    return config;
}

bool ServerSettings::isLoopback(const QString& address)
{
    const QHostAddress host(address.trimmed());
    return !host.isNull() && host.isLoopback();
}

} // namespace muster
