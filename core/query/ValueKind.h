#pragma once

#include "schema/AttributeDefinition.h"

namespace muster {

// How filters and sorting interpret a value, from its attribute's schema type: in memory
// (CompiledFilter) and in SQL (SqlQueryTranslator) alike.
enum class ValueKind { String, Binary, Boolean, Number, DateTime, Complex };

inline ValueKind kindOf(AttributeType type)
{
    switch (type) {
    case AttributeType::String:
    case AttributeType::Reference:
        return ValueKind::String;
    case AttributeType::Binary:
        return ValueKind::Binary;
    case AttributeType::Boolean:
        return ValueKind::Boolean;
    case AttributeType::Decimal:
    case AttributeType::Integer:
        return ValueKind::Number;
    case AttributeType::DateTime:
        return ValueKind::DateTime;
    case AttributeType::Complex:
        break;
    }
    return ValueKind::Complex;
}

} // namespace muster
