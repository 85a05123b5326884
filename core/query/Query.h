#pragma once

#include "query/Filter.h"

#include <QStringList>

#include <optional>

namespace muster {

enum class SortOrder { Ascending, Descending };

struct SortSpec {
    AttributePath path;
    SortOrder order = SortOrder::Ascending;
};

// attributes / excludedAttributes (RFC 7644 §3.4.2.5), as written by the client.
struct ProjectionSpec {
    QStringList attributes;
    QStringList excludedAttributes;
    bool isEmpty() const { return attributes.isEmpty() && excludedAttributes.isEmpty(); }
};

// What a store is asked for: one resource type of one tenant, filtered, sorted, paged.
// Projection travels along so that a store may push it down; applying it is the caller's job.
struct Query {
    QString resourceType; // resource type name, e.g. "User"
    FilterPtr filter;     // null: everything
    std::optional<SortSpec> sort;
    qint64 startIndex = 1;    // 1-based; values below 1 are treated as 1 (RFC 7644 §3.4.2.4)
    std::optional<int> count; // nullopt: the server's maximum; 0: totals only
    ProjectionSpec projection;
    // false when only the page is wanted, not the number of matches (a table showing its first rows):
    // the store may stop looking once the page is full, and totalResults is then the page's end, plus
    // one when more resources match.
    bool countTotal = true;
};

} // namespace muster
