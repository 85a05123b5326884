#pragma once

#include "query/Filter.h"

namespace muster {

// Whether a comparison `op` (eq or an ordering: gt, ge, lt, le) holds for a value that compares as `order`
// (negative, zero, positive) to the filter's: as CompiledFilter decides it, and the desktop app's search
// index, which must agree. False for the other operators.
inline bool orderedResult(CompareOperator op, int order)
{
    switch (op) {
    case CompareOperator::Eq:
        return order == 0;
    case CompareOperator::Gt:
        return order > 0;
    case CompareOperator::Ge:
        return order >= 0;
    case CompareOperator::Lt:
        return order < 0;
    case CompareOperator::Le:
        return order <= 0;
    case CompareOperator::Ne:
    case CompareOperator::Co:
    case CompareOperator::Sw:
    case CompareOperator::Ew:
    case CompareOperator::Pr:
        break;
    }
    return false;
}

} // namespace muster
