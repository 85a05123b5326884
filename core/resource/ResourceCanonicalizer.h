#pragma once

#include "resource/Resource.h"
#include "schema/SchemaRegistry.h"

#include <QJsonObject>

namespace muster {

// Turns a client's JSON into Muster's canonical form for one resource type (RFC 7643, RFC 7644 §3.3):
// - attribute names and extension URNs resolved case-insensitively to their schema spelling;
// - values type-checked against the schema (invalidValue naming the attribute; invalidSyntax for a
//   structurally wrong document such as a missing or malformed "schemas"); booleans sent as the
//   strings "true"/"false" (any case) are accepted, as identity providers send them; a single value
//   for a multi-valued attribute becomes a one-element array; dateTimes normalized to UTC ISO 8601;
// - unknown attributes and extension objects of unregistered URNs ignored;
// - readOnly attributes (id, meta, groups, ...) dropped;
// - required attributes (other than readOnly ones) enforced;
// - at most one "primary": true per multi-valued attribute (invalidValue otherwise);
// - "schemas" rewritten to the core schema plus the extensions present; required extensions enforced.
// The output has no id and no meta: the Directory adds them. password stays clear text here; the
// Directory hashes it before anything is stored.
class ResourceCanonicalizer final {
public:
    ResourceCanonicalizer(const SchemaRegistry& registry, const ResourceType& type);

    Result<QJsonObject> canonicalize(const QJsonObject& input) const;

    // For a replace: mutability error if an immutable attribute that `existing` has a value for is
    // given a different value by `replacement` (both canonical).
    Status checkImmutable(const QJsonObject& replacement, const QJsonObject& existing) const;

    // For a replace: immutable attributes that `replacement` leaves out keep the value `existing` has,
    // since a value once set cannot be cleared (RFC 7643 §2.2 "immutable").
    void keepOmittedImmutable(QJsonObject& replacement, const QJsonObject& existing) const;

    // One attribute's value in canonical form, as canonicalize() makes it: Undefined when the value
    // amounts to nothing (null, an empty array, only dropped parts). Errors name `path`.
    static Result<QJsonValue> attributeValue(const AttributeDefinition& definition, const QJsonValue& value,
                                             const QString& path);
    // Equality in the attribute's own terms: caseExact, numbers by value, dateTimes as instants,
    // multi-valued as sets, complex values ignoring their readOnly parts.
    static bool equalValues(const AttributeDefinition& definition, const QJsonValue& a, const QJsonValue& b);
    // RFC 7643 §2.5: null, an empty array, an empty or blank string and an empty object are no value.
    static bool isAssigned(const QJsonValue& value);

    // The resource's uniqueness keys: every attribute with uniqueness "server" or "global"
    // (e.g. userName), case-folded unless caseExact.
    QList<UniqueKey> uniqueKeys(const QJsonObject& canonical) const;

private:
    const SchemaRegistry& m_registry;
    const ResourceType& m_type;
};

} // namespace muster
