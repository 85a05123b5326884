#pragma once

#include "query/Filter.h"

namespace muster {

// How comparison values may be written. Strict: JSON values only, as RFC 7644 §3.4.2.2 has them.
// Lenient: a bare word that is no JSON literal is read as a string (userName sw O,
// meta.created gt 2015-10-10T14:38:21Z), as Microsoft's Entra ID SCIM test collection sends them.
enum class FilterSyntax { Strict, Lenient };

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

    static Result<FilterPtr> parse(QStringView text, FilterSyntax syntax = FilterSyntax::Strict);
    static Result<PatchPath> parsePatchPath(QStringView text);
};

} // namespace muster
