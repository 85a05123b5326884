#pragma once

#include <QString>

namespace muster {

// RFC 7644 §3.12 scimType values; None where the RFC defines no keyword for the error.
enum class ScimType {
    None,
    InvalidFilter,
    TooMany,
    Uniqueness,
    Mutability,
    InvalidSyntax,
    InvalidPath,
    NoTarget,
    InvalidValue,
    InvalidVersion,
    Sensitive,
};

// The one error type of Muster's core: an HTTP status, a SCIM error keyword and a human-readable detail.
// The server turns it into an RFC 7644 §3.12 body in exactly one place.
struct ScimError {
    int status = 400;
    ScimType scimType = ScimType::None;
    QString detail;

    // The keyword as it appears on the wire ("invalidFilter"), empty for ScimType::None.
    QString scimTypeName() const;

    static ScimError badRequest(ScimType type, const QString& detail);
    static ScimError notFound(const QString& detail);
    static ScimError conflict(ScimType type, const QString& detail);
    static ScimError preconditionFailed(const QString& detail);
    static ScimError internal(const QString& detail);

    friend bool operator==(const ScimError&, const ScimError&) = default;
};

} // namespace muster
