#pragma once

#include "resource/PasswordHasher.h"

namespace muster {

struct DirectoryOptions {
    // Group displayName unique per tenant (case-insensitive): Microsoft Entra ID relies on it to match
    // groups.
    bool uniqueGroupDisplayName = true;
    // Largest page a query returns (ServiceProviderConfig filter.maxResults); larger counts are capped.
    int maxResults = 1000;
    PasswordHasher::Strength passwordStrength = PasswordHasher::Strength::Interactive;
    // Retries of a write that lost a compare-and-swap race to another process sharing the store.
    int writeRetries = 3;
    // Every tenant speaks RFC 7644 to the letter (see Directory::setStrictProtocol for one tenant).
    bool strictProtocol = false;
    // How far back, in audit entries, recentlyDeleted() and restoreDeleted() look for deletes.
    int deletedLookBack = 100000;
};

} // namespace muster
