#pragma once

#include "resource/Resource.h"

#include <QStringList>

namespace muster {

// Users and groups as CSV rows for exports. Users have the import template's columns (without the
// password, which is never read back) and their id, so that an export imports again as it is;
// groups have their name, externalId, members' names and id. Multiple values (a user's groups, a
// group's members) are separated by "; ".
class ResourceCsvRow final {
public:
    static QStringList header(const QString& resourceType);
    static QStringList fields(const QString& resourceType, const Resource& resource);
};

} // namespace muster
