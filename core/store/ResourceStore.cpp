#include "store/ResourceStore.h"

namespace muster {

Result<std::unique_ptr<StoreTransaction>> ResourceStore::beginTransaction(const QString&)
{
    return std::unique_ptr<StoreTransaction>();
}

Status ResourceStore::backupTo(const QString&) const
{
    return ScimError::badRequest(
        ScimType::None, QStringLiteral("This directory is kept in memory: there is no file to back up"));
}

Status ResourceStore::restoreFrom(const QString&)
{
    return ScimError::badRequest(
        ScimType::None, QStringLiteral("This directory is kept in memory: a backup cannot be restored "
                                       "into it"));
}

} // namespace muster
