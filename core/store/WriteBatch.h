#pragma once

#include "resource/Resource.h"
#include "store/AuditEntry.h"

#include <optional>

namespace muster {

struct WriteOperation {
    enum class Kind { Create, Replace, Remove };
    Kind kind = Kind::Create;
    // Create and Replace: the whole new resource (its version already set by the Directory).
    // Remove: only resourceType and id are read.
    Resource resource;
    // Replace and Remove: the version the resource must have now, or the operation fails with 412
    // (compare-and-swap). nullopt: no check.
    std::optional<quint64> expectedVersion;
};

// Writes applied all-or-nothing, with their audit entries, to one tenant.
struct WriteBatch {
    QList<WriteOperation> operations;
    QList<AuditEntry> audit;
};

} // namespace muster
