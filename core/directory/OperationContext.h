#pragma once

#include "store/ResourceStore.h"

namespace muster {

// Who asks, and in which tenant. The actor is written to the audit log:
// "token:<name>" for SCIM clients, "desktop:<user>" for the desktop app.
struct OperationContext {
    QString tenant = ResourceStore::DefaultTenant;
    QString actor;
};

} // namespace muster
