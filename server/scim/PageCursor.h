#pragma once

#include "query/Query.h"
#include "schema/SchemaRegistry.h"

#include <QJsonObject>

namespace muster {

// RFC 9865 cursor paging for one query, without server state: a cursor carries the sort key and id of
// the last resource of a page, a fingerprint of the query (tenant, resource type, filter, sort) and an
// HMAC over both, so that it is opaque to clients, works on any server that shares the key, and a
// cursor that was altered or belongs to another query is refused. The next page is the original filter
// "and" a clause selecting what sorts after that position (sort key, then id, resources without a key
// last, exactly as ResourceComparator orders them), so it stays stable while resources come and go:
// nothing is returned twice and nothing that existed throughout is skipped.
//
// A cursor does not expire. Invalid cursors are 400 invalidValue: RFC 9865 names the error
// "invalidCursor", which ScimType has no value for.
class PageCursor final {
public:
    struct Position {
        QJsonValue key{QJsonValue::Undefined}; // the last resource's sort value; Undefined: it had none
        QString id;
    };

    // Without `sort` the order is by id. invalidValue when the sort attribute is multi-valued or of a
    // type filters cannot order (binary); invalidPath when it names nothing.
    static Result<PageCursor> create(const SchemaRegistry& registry, const ResourceType& type,
                                     const QString& tenant, const FilterPtr& filter,
                                     const std::optional<SortSpec>& sort, const QByteArray& secret);

    const SortSpec& sort() const { return m_sort; }

    QString encode(const QJsonObject& lastResource) const;
    Result<Position> decode(QStringView cursor) const;
    // What comes after `position` in this query's order.
    FilterPtr after(const Position& position) const;

private:
    PageCursor() = default;

    QByteArray signature(const QByteArray& payload) const;
    QJsonValue keyOf(const QJsonObject& resource) const;

    SortSpec m_sort;
    AttributePath m_keyPath; // canonical path of the sort value; empty when sorting by id
    AttributeType m_keyType = AttributeType::String;
    QString m_keySchema; // extension URN holding the attribute, empty for top level
    QString m_keyAttribute;
    QString m_keySubAttribute;
    QByteArray m_fingerprint;
    QByteArray m_secret;
};

} // namespace muster
