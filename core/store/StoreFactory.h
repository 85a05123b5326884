#pragma once

#include "common/Result.h"
#include "store/ResourceStore.h"
#include "store/sql/SqlStoreOptions.h"

#include <memory>

namespace muster {

class SchemaRegistry;

// Opens the store a user names: "memory", "sqlite:<file>" (or a bare path), "postgres://..." or a
// PostgreSQL key/value string. `sqlOptions` carries the tuning of SQL stores (pool size, timeouts,
// synchronous); its dialect and location are taken from `location`.
class StoreFactory final {
public:
    static Result<std::shared_ptr<ResourceStore>> open(std::shared_ptr<const SchemaRegistry> registry,
                                                       const QString& location,
                                                       SqlStoreOptions sqlOptions = {});
    // The location without a password, for logs and start-up messages.
    static QString describe(const QString& location);
};

} // namespace muster
