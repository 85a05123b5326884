#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace muster {

// One line of the append-only audit log: who did what to which resource, and the versions it moved
// between (0 where the resource did not exist before or after).
struct AuditEntry {
    qint64 sequence = 0; // assigned by the store, increasing per tenant
    QDateTime time;      // UTC
    QString actor;       // "token:<name>", "desktop:<os user>", ...
    QString action;      // "create", "replace", "patch", "delete"
    QString resourceType;
    QString resourceId;
    quint64 versionBefore = 0;
    quint64 versionAfter = 0;
    QJsonObject changes; // {"changed": [attribute names], ...}; never holds a password
};

} // namespace muster
