#pragma once

namespace muster {

struct PatchOptions {
    // RFC 7644 to the letter. Off (the default), the dialects that identity providers send are
    // accepted too: capitalized op names, booleans as strings, empty strings meaning "unset",
    // attribute paths as keys of a no-path value, "remove" with a value listing what to remove,
    // unchanged read-only attributes inside a value, and a request without "schemas".
    bool strict = false;

    // Most operations one request may carry.
    int maxOperations = 1000;
};

} // namespace muster
