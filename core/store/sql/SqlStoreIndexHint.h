#pragma once

#include "query/Filter.h"
#include "query/Query.h"
#include "schema/SchemaRegistry.h"
#include "store/sql/SqlDialect.h"
#include "store/sql/SqlFragment.h"

#include <utility>

namespace muster {

// What SqlStore's indexed columns can tell about a filter: a condition on them that every resource the
// filter matches satisfies (userName eq -> r.user_name = ?, members.value eq -> a member_key lookup,
// emails.value eq -> a resource_values lookup, meta.lastModified gt -> a range on r.last_modified, ...).
// SqlStore adds it beside the translated filter, which still decides, so that the database finds the
// candidates through an index instead of evaluating the filter on every resource. The columns hold
// case-folded values where the attribute may compare without case, so the condition never leaves out a match.
// In SQLite, user_name is indexed in the order SqlQueryTranslator sorts userName by (COLLATE muster_utf16),
// so that a sorted page walks the index (orderBy).
class SqlStoreIndexHint final {
public:
    SqlStoreIndexHint(const SchemaRegistry& registry, const ResourceType& type, bool isGroup,
                      SqlDialect dialect);

    // The condition for `filter` on the resources of `tenant`, its values bound; empty sql when no index
    // helps.
    SqlFragment condition(const Filter& filter, const QString& tenant) const;
    // "ORDER BY" expressions on the indexed columns that order exactly as SqlQueryTranslator::orderBy does
    // for `sort`; empty sql when there are none (SQLite: sortBy userName).
    SqlFragment orderBy(const SortSpec& sort) const;

    // The values the indexed columns hold for a resource's JSON (see SqlStore's resources table); null
    // where the resource has no such string (an empty userName counts as none, as it sorts last).
    static QVariant userNameKey(const QJsonObject& json);
    static QVariant externalIdKey(const QJsonObject& json);
    static QVariant displayNameKey(const QJsonObject& json);
    static QVariant createdKey(const QJsonObject& json);
    static QVariant lastModifiedKey(const QJsonObject& json);
    static QString memberKey(const QString& memberId);
    // The rows of the resource_values table for a resource: (attribute, case-folded value) of each
    // e-mail address, without repeats.
    static QList<std::pair<QString, QString>> multiValuedKeys(const QJsonObject& json);

private:
    SqlFragment condition(const Filter& filter, const QString& tenant, const AttributePath* element) const;
    SqlFragment comparison(const Filter& filter, const QString& tenant, const AttributePath& path) const;

    const SchemaRegistry& m_registry;
    const ResourceType& m_type;
    bool m_isGroup = false;
    SqlDialect m_dialect;
};

} // namespace muster
