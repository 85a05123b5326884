#pragma once

#include "directory/Directory.h"

namespace muster {

// How many users and groups a tenant holds: what removing it would delete.
struct TenantContents {
    qint64 users = 0;
    qint64 groups = 0;

    static TenantContents of(const Directory& directory, const QString& tenant);
    // "12 users and 1 group", translated.
    QString describe() const;
};

} // namespace muster
