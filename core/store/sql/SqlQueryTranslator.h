#pragma once

#include "common/Result.h"
#include "query/Query.h"
#include "schema/SchemaRegistry.h"
#include "store/sql/SqlDialect.h"
#include "store/sql/SqlFragment.h"

namespace muster {

// Pushes a Query's filter and sort down to SQL, with the semantics of CompiledFilter and
// ResourceComparator (RFC 7644 §3.4.2.2): every operator, and/or/not, valuePath over multi-valued
// attributes, caseExact rules, dateTimes compared as instants, numbers as numbers, a comparison on a
// multi-valued attribute matching when any value does, a missing attribute matching only "ne".
//
// The resource's canonical JSON is in the column named by `json` (TEXT with JSON1 functions in SQLite,
// jsonb in PostgreSQL). Group members are not in that JSON: they live in the membership table
// `membersTable` (columns tenant, group_id, member_id, json, and `memberPosition` for sorting), and
// filters on "members" are answered from it, joined on `tenant` and `id`; members.value is read from
// member_id. Attribute paths, literals and every other value are bound parameters; nothing from a client
// is spliced into SQL text (only the column and table names of Columns are).
//
// The JSON is read in the shape ResourceCanonicalizer gives it: a multi-valued attribute is an array,
// a single-valued one a scalar or an object (in SQLite, "pr" does not look into an array or object
// where the schema has a scalar). Values of the wrong JSON type never match, as in CompiledFilter.
//
// The SQL calls muster_fold and muster_instant, and muster_utf16_key (PostgreSQL) or the collation
// muster_utf16 (SQLite): install them with SqliteFunctions on every SQLite connection, and with
// SqlQueryPostgresFunctions once per PostgreSQL database.
//
// "not" is moved down to the comparisons (exact, as no predicate is ever NULL) and the SQL nests only as
// deeply as the filter's alternation of "and" and "or": SQLite's parser (a fixed stack of 100 entries
// in the system library) takes every filter that FilterParser accepts (MaxDepth 64); the tests run the
// deepest ones.
//
// Known differences, all outside what Muster stores:
// - a number literal beyond 2^63 against an integer near 2^63: SQL compares exactly, CompiledFilter as
//   doubles (2^63 - 1 equals 2^63 there);
// - sorting reads dateTimes as filters do (SqlQueryDateTime); ResourceComparator reads them through
//   QDateTime, which rounds fractions beyond the millisecond where CompiledFilter truncates them, and
//   accepts "24:00:00". Canonical dateTimes (at most milliseconds) read the same both ways;
// - muster_utf16_key cannot order U+10FFFF (a noncharacter) against U+E000..U+FFFF.
// Sorting by members needs `memberPosition`; with it empty, orderBy refuses (invalidPath).
class SqlQueryTranslator final {
public:
    struct Columns {
        QString json = QStringLiteral("r.json");
        QString tenant = QStringLiteral("r.tenant");
        QString id = QStringLiteral("r.id");
        QString membersTable = QStringLiteral("members");
        // The membership table's column that orders a group's members as they joined.
        QString memberPosition = QStringLiteral("position");
    };

    // Two constructors rather than "Columns columns = {}": GCC cannot use Columns' member initializers
    // in a default argument inside SqlQueryTranslator.
    SqlQueryTranslator(const SchemaRegistry& registry, const ResourceType& type, SqlDialect dialect);
    SqlQueryTranslator(const SchemaRegistry& registry, const ResourceType& type, SqlDialect dialect,
                       Columns columns);

    // A boolean SQL expression true exactly for the resources the filter matches (never NULL).
    // Errors are those of CompiledFilter::compile (invalidFilter).
    Result<SqlFragment> where(const FilterPtr& filter) const;

    // "ORDER BY" expressions (without the keywords) for a sort: resources without a value last in
    // either order, ties broken by id ascending, as ResourceComparator does. Errors are those of
    // ResourceComparator::create (invalidPath).
    Result<SqlFragment> orderBy(const SortSpec& sort) const;

private:
    const SchemaRegistry& m_registry;
    const ResourceType& m_type;
    SqlDialect m_dialect;
    Columns m_columns;
};

} // namespace muster
