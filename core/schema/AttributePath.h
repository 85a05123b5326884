#pragma once

#include "common/Result.h"

#include <QString>

namespace muster {

// An attribute path as written by a client: [schema URN ":"] attribute ["." subAttribute]
// (RFC 7644 §3.10). Parsing is purely syntactic; SchemaRegistry::resolve() gives it meaning.
struct AttributePath {
    QString schemaUrn;    // empty unless the path is URN-qualified
    QString attribute;    // as written (not yet resolved to the schema's spelling)
    QString subAttribute; // empty unless the path has a ".sub" part

    bool isEmpty() const { return attribute.isEmpty() && schemaUrn.isEmpty(); }
    QString toString() const;

    // Splits "urn:...:User:name.givenName", "name.givenName" or "userName". A URN-qualified path
    // is split at its last ':' (so "urn:...:2.0:User" alone parses as urn "urn:...:2.0" +
    // attribute "User"; resolve() recognizes that as a whole extension).
    // Errors are invalidPath with the offending text in the detail.
    static Result<AttributePath> parse(QStringView text);

    friend bool operator==(const AttributePath&, const AttributePath&) = default;
};

} // namespace muster
