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
// The resource's canonical JSON is in the column named by `jsonColumn` (TEXT with JSON1 functions in
// SQLite, jsonb in PostgreSQL). Group members are not in that JSON: they live in the membership table
// `membersTable` (columns tenant, group_id, member_id, json), and filters on "members" are answered
// from it, joined on `tenantColumn` and `idColumn`. Attribute paths, literals and every other value
// are bound parameters; nothing from a client is spliced into SQL text.
//
// SQLite needs the function muster_fold(text) (Unicode case folding, as QString::toCaseFolded()) on
// its connection: see SqliteFunctions.
class SqlQueryTranslator final {
public:
    struct Columns {
        QString json = QStringLiteral("r.json");
        QString tenant = QStringLiteral("r.tenant");
        QString id = QStringLiteral("r.id");
        QString membersTable = QStringLiteral("members");
    };

    SqlQueryTranslator(const SchemaRegistry& registry, const ResourceType& type, SqlDialect dialect,
                       Columns columns = {});

    // A boolean SQL expression true exactly for the resources the filter matches (never NULL).
    // Errors are those of CompiledFilter::compile (invalidFilter).
    Result<SqlFragment> where(const FilterPtr& filter) const;

    // "ORDER BY" expressions (without the keywords) for a sort: resources without a value last in
    // either order, ties broken by id ascending, as ResourceComparator does.
    Result<SqlFragment> orderBy(const SortSpec& sort) const;

private:
    const SchemaRegistry& m_registry;
    const ResourceType& m_type;
    SqlDialect m_dialect;
    Columns m_columns;
};

} // namespace muster
