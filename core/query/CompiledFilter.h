#pragma once

#include "query/Filter.h"
#include "schema/SchemaRegistry.h"

#include <QJsonObject>

namespace muster {

// A filter bound to one resource type: every path resolved once against the schemas, literals
// checked against the attribute types, so that matching a resource does no name lookups and cannot fail.
//
// Semantics (RFC 7644 §3.4.2.2): a comparison on a multi-valued attribute matches if any value does;
// on a multi-valued complex attribute without sub-attribute it compares the elements' "value";
// string comparisons follow the attribute's caseExact; dateTime compares as instants; decimal and
// integer numerically; gt/ge/lt/le on booleans or binary are invalidFilter at compile time; a missing
// attribute matches only "ne" (and "not"); "pr" needs a non-null, non-empty value.
class CompiledFilter final {
public:
    // invalidFilter when a path names no attribute of the resource type or a literal does not fit the
    // attribute's type.
    static Result<CompiledFilter> compile(const SchemaRegistry& registry, const ResourceType& type,
                                          const FilterPtr& filter);

    bool matches(const QJsonObject& resource) const;
    // What "pr" asks of one value: that it is there and not empty (an array or object: one of its values is).
    static bool isPresent(const QJsonValue& value);

    const FilterPtr& filter() const { return m_filter; }
    const ResourceType& resourceType() const { return *m_type; }

    struct Node; // the resolved tree; defined in the .cpp

private:
    CompiledFilter() = default;

    FilterPtr m_filter;
    const ResourceType* m_type = nullptr;
    std::shared_ptr<const Node> m_root;
};

} // namespace muster
