#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace muster {

struct SchemaExtension {
    QString schema; // URN of the extension schema
    bool required = false;
};

// An RFC 7643 §6 resource type: a name, an endpoint, a core schema and its extensions.
struct ResourceType {
    QString id;       // usually equal to name, e.g. "User"
    QString name;     // "User"
    QString endpoint; // "/Users"
    QString description;
    QString schema; // core schema URN
    QList<SchemaExtension> schemaExtensions;

    bool hasExtension(QStringView urn) const; // case-insensitive

    QJsonObject toJson() const; // without meta
    static Result<ResourceType> fromJson(const QJsonObject& json, const QString& source);
};

} // namespace muster
