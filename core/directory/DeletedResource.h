#pragma once

#include "store/AuditEntry.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace muster {

// A resource as its delete left it in the audit log, which is what Directory::restoreDeleted brings
// back: the stored representation without its password, the ids of a group's members and the ids of
// the groups that listed the resource. The log keeps these in the delete entry's "changes", beside
// "changed", so that every store that keeps the audit log keeps them.
struct DeletedResource {
    qint64 sequence = 0; // of the delete's audit entry
    QDateTime deletedAt; // UTC
    QString deletedBy;   // the actor
    QString resourceType;
    QString id;
    quint64 version = 0;   // the version it had when it was deleted
    QJsonObject json;      // as stored (meta included), without id, password and members
    QStringList memberIds; // a group's direct members
    QStringList groupIds;  // the groups that listed it directly

    // displayName, else userName, else the id: how people recognize it.
    QString label() const;

    // Adds what a restore needs to a delete's audit entry. `stored` is the resource as stored.
    static void record(AuditEntry& deleteEntry, const QJsonObject& stored, const QStringList& memberIds,
                       const QStringList& groupIds);
    // nullopt for an entry that is no delete, or a delete logged without its resource.
    static std::optional<DeletedResource> fromAuditEntry(const AuditEntry& entry);
};

} // namespace muster
