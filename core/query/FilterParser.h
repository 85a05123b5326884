#pragma once

#include "query/Filter.h"

namespace muster {

// Parser for the complete RFC 7644 §3.4.2.2 filter grammar. Operators, "and", "or", "not", "pr",
// true/false/null are case-insensitive; attribute names are kept as written. Errors are
// ScimError{400, invalidFilter} (invalidPath for parsePatchPath) whose detail names the 1-based
// character position and what was expected there.
class FilterParser final {
public:
    // Longest filter text accepted, and deepest nesting of parentheses/not/valuePath, so that hostile
    // input cannot exhaust the stack.
    static constexpr int MaxLength = 64 * 1024;
    static constexpr int MaxDepth = 64;

    static Result<FilterPtr> parse(QStringView text);
    static Result<PatchPath> parsePatchPath(QStringView text);
};

} // namespace muster
