#pragma once

#include "query/Filter.h"
#include "schema/SchemaRegistry.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace muster {

// What a SCIM filter requires of the string attributes that a SearchIndex holds, as a condition that the
// index can test per resource: a `co`, `sw`, `ew` or `eq` comparison with a string on one of them (a term),
// or all / any of such conditions, following the filter's `and` and `or` and the value paths
// (`emails[type eq "work" and value co "x"]`) in it. Every resource that the filter matches meets the
// condition: a term's text occurs, in any case, at its place in one of the attribute's values (a case-exact
// match is a match in any case too); an `and` keeps the children that the index can test (the others only
// narrow further), an `or` needs all of them. So the resources that meet it are a superset of the matches.
class FilterTerms final {
public:
    struct Term {
        enum class Place { Anywhere, Start, End, Whole }; // co, sw, ew, eq
        QString text;                                     // as the filter has it, not case-folded
        Place place = Place::Anywhere;
        QString attribute; // "userName", "emails.value", "urn:...:enterprise:2.0:User:department"
    };

    struct Condition {
        enum class Kind { Term, All, Any };
        Kind kind = Kind::Term;
        Term term;                 // for Term
        QList<Condition> children; // for All and Any
    };

    // The condition that `filter` on the resources of `type` sets on the `indexedAttributes` (schema
    // spelling, an extension's after its URN); nullopt when it sets none that the index can test (a `not`,
    // an `or` with a side that names other attributes or compares otherwise), or when the stores look its
    // matches up by key themselves (an `and` that requires an `eq` on id, userName, externalId, an e-mail or
    // a member: MemoryStore's secondary indexes, SqlStore's key columns), faster than a pass over the index.
    static std::optional<Condition> of(const SchemaRegistry& registry, const ResourceType& type,
                                       const Filter& filter, const QStringList& indexedAttributes);
};

} // namespace muster
