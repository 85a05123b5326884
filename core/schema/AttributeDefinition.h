#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace muster {

enum class AttributeType { String, Boolean, Decimal, Integer, DateTime, Reference, Binary, Complex };
enum class Mutability { ReadOnly, ReadWrite, Immutable, WriteOnly };
enum class Returned { Always, Never, Default, Request };
enum class Uniqueness { None, Server, Global };

// One attribute of an RFC 7643 §7 schema definition, with its sub-attributes if complex.
struct AttributeDefinition {
    QString name;
    AttributeType type = AttributeType::String;
    bool multiValued = false;
    QString description;
    bool required = false;
    bool caseExact = false;
    Mutability mutability = Mutability::ReadWrite;
    Returned returned = Returned::Default;
    Uniqueness uniqueness = Uniqueness::None;
    QStringList canonicalValues;
    QStringList referenceTypes;
    QList<AttributeDefinition> subAttributes;

    // Sub-attribute by name, case-insensitively; nullptr if there is none.
    const AttributeDefinition* subAttribute(QStringView subName) const;

    // The RFC 7643 §7 JSON form, as served under /Schemas.
    QJsonObject toJson() const;
    // Parses the §7 form. `context` names where the definition came from (file, parent attribute)
    // and is part of every error detail.
    static Result<AttributeDefinition> fromJson(const QJsonObject& json, const QString& context);

    static QString typeName(AttributeType type);
    static QString mutabilityName(Mutability mutability);
    static QString returnedName(Returned returned);
    static QString uniquenessName(Uniqueness uniqueness);
};

} // namespace muster
