#pragma once

#include "schema/AttributeDefinition.h"

namespace muster {

// An RFC 7643 §7 schema: a URN and its attribute definitions.
struct Schema {
    QString id; // the schema URN, e.g. urn:ietf:params:scim:schemas:core:2.0:User
    QString name;
    QString description;
    QList<AttributeDefinition> attributes;

    // Attribute by name, case-insensitively; nullptr if there is none.
    const AttributeDefinition* attribute(QStringView attributeName) const;

    QJsonObject toJson() const; // without meta; the server adds meta.location
    // `source` names the file or origin, and is part of every error detail.
    static Result<Schema> fromJson(const QJsonObject& json, const QString& source);
};

} // namespace muster
