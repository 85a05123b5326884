#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace muster {

// A bearer token as Muster keeps it: never the token itself, only its SHA-256 hash. A token is bound
// to one tenant and, optionally, to one user (then /Me serves that user).
struct ApiToken {
    QString id;                       // stable identifier, shown in lists and used to revoke
    QString name;                     // given by whoever created it, e.g. "Entra ID production"
    QString tenant;                   // the only tenant the token opens
    QString userId;                   // empty unless the token acts for one user (/Me)
    QByteArray hash;                  // SHA-256 of the token text
    QDateTime created;                // UTC
    std::optional<QDateTime> expires; // UTC; nullopt: never
    std::optional<QDateTime> lastUsed;

    bool isExpired(const QDateTime& now) const { return expires && *expires <= now; }
};

} // namespace muster
