#pragma once

#include "query/Filter.h"
#include "schema/SchemaRegistry.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace muster {

// What a SCIM filter requires of the attributes that a SearchIndex holds, as a condition that the index can
// test per resource: a comparison with a string on one of them (a term: `co`, `sw`, `ew`, `eq`, an ordering
// `gt`, `ge`, `lt`, `le`; `ne` as the `not` of an `eq`), and all / any / none of such conditions, following
// the filter's `and`, `or` and `not`. The index holds a case-insensitive attribute's values case-folded and a
// case-exact one's as they are. A resource whose values fail a term's comparison fails it, one whose values
// pass it passes it (unless a value holds a line break, which could make the held values look like others:
// then it may pass). A value path (`emails[type eq "work" and primary eq true]`) is met by some element
// (Element): the index holds each element's values of the attribute's sub-attributes in the same order,
// booleans as "true" and "false", and tests the path's condition on one element at a time, where `pr`, `eq
// null`, `ne` and `not` are the element's. What else the filter compares is unknown to the index (Unknown):
// an `and` with such a side narrows through the other, an `or` needs every side. So the resources that the
// index cannot show to fail the condition are a superset of the filter's matches, with or without a `not`
// around terms and facts (a `pr`, a boolean's `eq`, a dateTime's comparison outside value paths: Fact); and
// the resources that it shows to pass the condition are matches.
class FilterTerms final {
public:
    struct Term {
        QString text;                                  // as the filter has it, not case-folded
        CompareOperator compare = CompareOperator::Co; // co, sw, ew, eq, gt, ge, lt, le; pr in a value path
        QString attribute;      // "userName", "emails.value", "urn:...:enterprise:2.0:User:department"
        bool caseExact = false; // the attribute's values are compared, and held, as they are
    };

    // A comparison that is not on a string, which the index decides from what it holds of each resource
    // (ResourceFacts): whether an attribute has a value (`pr`, `eq null`), whether a boolean one holds true
    // or false (`eq`; `ne` is the `not` of one), how a dateTime's instant compares (`eq`, `gt`, `ge`, `lt`,
    // `le`).
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

    // What the index tells of a resource and a condition: it fails it (and so does not match the filter),
    // passes it (and matches, when the condition is the whole filter: nothing in it is Unknown), or may pass.
    enum class Verdict { Fails, MayPass, Passes };

    struct Condition {
        // Element: some element of `attribute` meets the child; Unknown: what the index cannot tell.
        enum class Kind { Term, Fact, All, Any, Not, Element, Unknown };
        Kind kind = Kind::Term;
        Term term;                 // for Term
        Fact fact;                 // for Fact
        QString attribute;         // for Element: the multi-valued attribute ("emails")
        QList<Condition> children; // for All and Any; the one negated for Not, met by an element for Element
    };

    // The condition that `filter` on the resources of `type` sets on the `indexedAttributes` (schema
    // spelling, an extension's after its URN); nullopt when the index can show no resource to fail it (an
    // `or` with a side that names other attributes or compares otherwise, a `not` around what it cannot
    // tell), or when the stores look its matches up by key themselves (an `and` that requires an `eq` on
    // id, userName, externalId, an e-mail or a member: MemoryStore's secondary indexes, SqlStore's key
    // columns), faster than a pass over the index. Comparisons that are not on strings, on the attributes
    // of `facts`, are Facts.
    static std::optional<Condition> of(const SchemaRegistry& registry, const ResourceType& type,
                                       const Filter& filter, const QStringList& indexedAttributes,
                                       const HeldFacts& facts = {});
};

} // namespace muster
