#pragma once

#include "query/Filter.h"
#include "schema/SchemaRegistry.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace muster {

// What a SCIM filter requires of the string attributes that a SearchIndex holds, as a condition that the
// index can test per resource: a `co`, `sw`, `ew` or `eq` comparison with a string on one of them (a term),
// and all / any / none of such conditions, following the filter's `and`, `or`, `not` and value paths
// (`emails[type eq "work" and value co "x"]`). A resource that lacks a term's text (in any case, at its place
// in one of the attribute's values) fails the comparison; one that has it passes it when the term is exact
// (a case-insensitive attribute, a text without a line break, outside the `and` of a value path), and may
// pass it otherwise (a case-exact match is a match in any case too). What else the filter compares is
// unknown to the index: an `and` outside a `not` keeps only what the index can test (the rest only narrows
// further), an `or` there needs every side. So the resources that the index cannot show to fail the condition
// are a superset of the filter's matches; a `not` narrows only through exact terms and facts (a `pr`, a
// boolean's `eq`, a dateTime's comparison outside value paths: Fact, decided exactly).
class FilterTerms final {
public:
    struct Term {
        enum class Place { Anywhere, Start, End, Whole }; // co, sw, ew, eq
        QString text;                                     // as the filter has it, not case-folded
        Place place = Place::Anywhere;
        QString attribute;  // "userName", "emails.value", "urn:...:enterprise:2.0:User:department"
        bool exact = false; // a resource that has the text passes the comparison
    };

    // A comparison that is not on a string, which the index decides exactly from what it holds of each
    // resource (ResourceFacts): whether an attribute has a value (`pr`, `eq null`), whether a boolean one
    // holds true or false (`eq`; `ne` is the `not` of one), how a dateTime's instant compares (`eq`, `gt`,
    // `ge`, `lt`, `le`).
    struct Fact {
        enum class Test { Present, True, False, Instant };
        Test test = Test::Present;
        QString attribute;                             // as held
        CompareOperator compare = CompareOperator::Eq; // for Instant
        qint64 msecs = 0;                              // for Instant
    };

    // The attributes (spelled as for terms) whose facts the index holds, by test.
    struct HeldFacts {
        QStringList present;
        QStringList booleans;
        QStringList instants;
    };

    struct Condition {
        enum class Kind {
            Term,
            Fact,
            All,
            Any,
            Not,
            Unknown
        }; // Unknown: what the index cannot tell, under a `not`
        Kind kind = Kind::Term;
        Term term;                 // for Term
        Fact fact;                 // for Fact
        QList<Condition> children; // for All and Any; the one negated for Not
    };

    // The condition that `filter` on the resources of `type` sets on the `indexedAttributes` (schema
    // spelling, an extension's after its URN); nullopt when the index can show no resource to fail it (an
    // `or` with a side that names other attributes or compares otherwise, a `not` around a term that is not
    // exact), or when the stores look its matches up by key themselves (an `and` that requires an `eq` on
    // id, userName, externalId, an e-mail or a member: MemoryStore's secondary indexes, SqlStore's key
    // columns), faster than a pass over the index. Comparisons outside value paths on the attributes of
    // `facts` are Facts.
    static std::optional<Condition> of(const SchemaRegistry& registry, const ResourceType& type,
                                       const Filter& filter, const QStringList& indexedAttributes,
                                       const HeldFacts& facts = {});
};

} // namespace muster
