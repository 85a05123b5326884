#pragma once

#include "config/ServerConfig.h"

#include <QString>

namespace muster {

// What the server panel lets a person choose, kept in QSettings ("server/..."), over the defaults the
// app was started with (command line, config file, environment).
struct ServerSettings {
    QString bindAddress;
    quint16 port = 0;
    QString tlsCertificateFile;
    QString tlsKeyFile;
    bool keepRunningInTray = false;

    // The saved settings, each falling back to `defaults` when it was never saved.
    static ServerSettings load(const ServerConfig& defaults);
    void save() const;

    // `defaults` with these settings applied.
    ServerConfig applyTo(ServerConfig config) const;

    // Whether `address` only reaches this machine (127.0.0.0/8, ::1). Anything else, including the
    // wildcard addresses, exposes the directory to the network.
    static bool isLoopback(const QString& address);
};

} // namespace muster
