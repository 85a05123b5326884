#pragma once

#include "auth/ApiToken.h"
#include "directory/OperationContext.h"
#include "scim/ResourceLocator.h"

#include <optional>

namespace muster {

// Who asks, in which tenant, and where that tenant's service lives: what every endpoint needs besides
// the request itself.
struct ScimRequestContext {
    OperationContext operation;    // tenant and audit actor ("token:<name>")
    ResourceLocator locator;       // URLs for meta.location and Location
    std::optional<ApiToken> token; // nullopt when the service runs without a token store
};

} // namespace muster
