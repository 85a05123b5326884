#pragma once

#include "query/Query.h"
#include "schema/SchemaRegistry.h"

#include <QJsonObject>

namespace muster {

// Orders resources by one sortBy attribute (RFC 7644 §3.4.2.3): strings by the attribute's caseExact,
// numbers numerically, dateTimes as instants, booleans false < true; a multi-valued attribute sorts by
// its primary value, else its first; resources without a value sort last in either order. Ties keep a
// stable order by id.
class ResourceComparator final {
public:
    // invalidPath if sortBy names no attribute of the type, or a complex attribute without a "value".
    static Result<ResourceComparator> create(const SchemaRegistry& registry, const ResourceType& type,
                                             const SortSpec& sort);

    // True when a sorts before b.
    bool operator()(const QJsonObject& a, const QJsonObject& b) const;
    // <0, 0, >0 as a sorts before, with, after b.
    int compare(const QJsonObject& a, const QJsonObject& b) const;

    // The sort key of one resource: the value compared, or Undefined when it has none. Lets a caller
    // extract keys once and sort them (cheaper than re-reading JSON in every comparison).
    QJsonValue sortKey(const QJsonObject& resource) const;
    int compareKeys(const QJsonValue& a, const QJsonValue& b) const; // sort order applied

    // A sort key with a string's text taken out once: QJsonValue::toString() builds a new QString on
    // every call, which made sorting strings cost an allocation and a conversion per comparison.
    struct Key {
        QJsonValue value;
        QString text; // value's, when it is a string
    };
    Key key(const QJsonObject& resource) const;
    int compareKeys(const Key& a, const Key& b) const; // the same order as for their values

    // What the sort reads: a store that already holds each resource's normalized text of it (an index
    // of the same attribute) may compare those texts with compareTexts instead of reading the JSON.
    const ResolvedAttribute& attribute() const { return m_attribute; }
    // True when keys are strings: a text key as key() normalizes it (case-folded unless caseExact).
    bool comparesText() const;
    // compareKeys for two string keys given by their normalized texts; an empty text means no value.
    int compareTexts(QStringView a, QStringView b) const;

private:
    ResourceComparator() = default;
    // The value that decides the order, as the resource holds it (not normalized); Undefined if none.
    QJsonValue sortedValue(const QJsonObject& resource) const;

    ResolvedAttribute m_attribute;
    SortOrder m_order = SortOrder::Ascending;
};

} // namespace muster
