#pragma once

#include "schema/AttributePath.h"

#include <QJsonValue>

#include <memory>

namespace muster {

enum class CompareOperator { Eq, Ne, Co, Sw, Ew, Gt, Ge, Lt, Le, Pr };
enum class LogicalOperator { And, Or };

struct Filter;
using FilterPtr = std::shared_ptr<const Filter>;

// A node of a parsed RFC 7644 §3.4.2.2 filter. Immutable once built; shared between threads freely.
struct Filter {
    enum class Kind {
        Comparison, // path op value, or path pr
        Logical,    // left and/or right
        Not,        // not (operand)
        ValuePath,  // path[operand]: operand's paths are relative to the elements of `path`
    };

    Kind kind = Kind::Comparison;

    // Comparison and ValuePath
    AttributePath path;
    // Comparison
    CompareOperator compare = CompareOperator::Eq;
    QJsonValue value; // string, number (integers kept exact), bool or null; Undefined for pr
    // Logical
    LogicalOperator logical = LogicalOperator::And;
    FilterPtr left;
    FilterPtr right;
    // Not and ValuePath
    FilterPtr operand;

    // Canonical text form: operators lowercase, strings JSON-quoted, minimal parentheses.
    // Parsing it gives an equal tree.
    QString toString() const;

    static FilterPtr comparison(AttributePath path, CompareOperator op, QJsonValue value = {});
    static FilterPtr logicalNode(LogicalOperator op, FilterPtr left, FilterPtr right);
    static FilterPtr notNode(FilterPtr operand);
    static FilterPtr valuePath(AttributePath path, FilterPtr operand);

    static QString operatorName(CompareOperator op); // "eq"

    // Structural equality (strings compared exactly, numbers by value).
    static bool equal(const Filter* a, const Filter* b);
};

// A PATCH operation path (RFC 7644 §3.5.2): attrPath, or valuePath with an optional sub-attribute,
// e.g. emails[type eq "work"].value
struct PatchPath {
    AttributePath attribute; // the attribute (and sub-attribute when there is no filter)
    FilterPtr valueFilter;   // set for "attr[filter]" paths
    QString subAttribute;    // for "attr[filter].sub"
};

} // namespace muster
