#pragma once

#include "resource/Resource.h"

namespace muster {

// One page of a query: resources in sort order and the total number that matched the filter.
struct QueryResult {
    QList<Resource> resources;
    qint64 totalResults = 0;
    qint64 startIndex = 1;
};

} // namespace muster
