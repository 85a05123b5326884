#pragma once

#include "common/Result.h"
#include "query/FilterParser.h"
#include "query/Query.h"
#include "scim/QueryParameters.h"

#include <QJsonObject>

#include <optional>

namespace muster {

// What a client asked of a list or search (RFC 7644 §3.4.2, §3.4.3; RFC 9865 cursors), read from the
// query string of a GET or from a SearchRequest body, checked but not yet bound to a resource type.
struct ListRequest {
    FilterPtr filter;
    std::optional<SortSpec> sort;
    qint64 startIndex = 1; // below 1 read as 1 (RFC 7644 §3.4.2.4)
    bool hasStartIndex = false;
    std::optional<int> count; // negative read as 0; the Directory caps it at maxResults
    ProjectionSpec projection;
    std::optional<QString> cursor; // set (possibly empty: the first page) for cursor paging

    // Errors: invalidFilter for a filter that does not parse or is longer than maxFilterLength,
    // invalidPath for a sortBy that is no attribute path, invalidValue for a sortOrder other than
    // ascending/descending or a startIndex/count that is not an integer.
    // `syntax`: whether bare words pass as string values (the tenant's dialect, see FilterSyntax).
    static Result<ListRequest> fromQuery(const QueryParameters& query, int maxFilterLength,
                                         FilterSyntax syntax = FilterSyntax::Strict);
    // A SearchRequest message (RFC 7644 §3.4.3); invalidSyntax when "schemas" does not name it or a
    // member has the wrong JSON type.
    static Result<ListRequest> fromSearchRequest(const QJsonObject& body, int maxFilterLength,
                                                 FilterSyntax syntax = FilterSyntax::Strict);

    // attributes / excludedAttributes of any request's query string.
    static ProjectionSpec projectionFromQuery(const QueryParameters& query);
    // "userName, emails[type eq \"work\"].value" -> {"userName", "emails.value"}: a comma list with the
    // value filters clients put in it (Entra ID does) removed, since projection selects whole
    // attributes, and commas inside brackets or quotes kept.
    static QStringList attributeNames(QStringView text);
};

} // namespace muster
