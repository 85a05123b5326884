#pragma once

#include "schema/SchemaRegistry.h"

#include <QJsonObject>
#include <QStringList>

namespace muster {

// PATCH request bodies (RFC 7644 §3.5.2) that the desktop app sends through Directory::patch, so that
// a change touches only what it changes: a large group's member list is never read or rewritten.
class PatchBody final {
public:
    // The operations that turn `from` into `to` for every writable attribute of the resource type
    // (core, common and extension attributes) except the password and a group's members; none when
    // nothing differs. Complex attributes that lose sub-attributes are removed and added again, since
    // "replace" keeps the sub-attributes it is not given.
    static QJsonObject between(const SchemaRegistry& registry, const ResourceType& type,
                               const QJsonObject& from, const QJsonObject& to);
    // Adds members by id and removes others (members[value eq "id"]).
    static QJsonObject members(const QStringList& added, const QStringList& removed);
    static QJsonObject replace(const QString& path, const QJsonValue& value);
    static QJsonObject remove(const QString& path);
    // Appends the operations of `more` to `body`.
    static QJsonObject joined(QJsonObject body, const QJsonObject& more);
    static bool isEmpty(const QJsonObject& body);
};

} // namespace muster
