#pragma once

#include "directory/Directory.h"

#include <QCoreApplication>

namespace muster {

// How many users and groups a tenant holds: what removing it would delete.
struct TenantContents {
    Q_DECLARE_TR_FUNCTIONS(TenantContents)

public:
    qint64 users = 0;
    qint64 groups = 0;

    static TenantContents of(const Directory& directory, const QString& tenant);
    // "12 users and 1 group", translated.
    QString describe() const;
};

} // namespace muster
