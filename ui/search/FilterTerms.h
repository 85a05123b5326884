#pragma once

#include "query/Filter.h"
#include "schema/SchemaRegistry.h"

#include <QList>
#include <QStringList>

namespace muster {

// What a SCIM filter requires of the attributes that a SearchIndex holds: the `co`, `sw`, `ew` and `eq`
// comparisons with a string on userName, displayName or emails (for groups: displayName), or on the
// attributes it holds for filters only (SearchIndex::filterAttributes: a user's name, title...), that its
// top-level `and` (and that of an `emails[...]` value path in it) cannot do without. A resource that the
// filter matches has each term's text, in any case, at that place in one of the values of the searched
// attributes, so the index narrows the filter to the resources that have every term: a superset of its
// matches, whatever the attributes' caseExact (a case-exact match is a match in any case too).
class FilterTerms final {
public:
    struct Term {
        enum class Place { Anywhere, Start, End, Whole }; // co, sw, ew, eq
        QString text;                                     // as the filter has it, not case-folded
        Place place = Place::Anywhere;
    };

    // The terms of `filter` on the resources of `type` whose `searchedAttributes` an index holds
    // (SearchQuery::plainTextAttributes); none when the filter requires none, or when its `and` requires
    // an `eq` that the stores look up by key themselves (id, userName, externalId, emails: MemoryStore's
    // secondary indexes, SqlStore's key columns), which answers faster than a pass over the index.
    static QList<Term> of(const SchemaRegistry& registry, const ResourceType& type, const Filter& filter,
                          const QStringList& searchedAttributes);
};

} // namespace muster
