#pragma once

#include "directory/Directory.h"

namespace muster {

// The fictional company the screenshots show: a few dozen people with names, titles and departments,
// the groups an identity provider would push, and a second tenant for a subsidiary.
class DemoDirectory final {
public:
    static constexpr auto SecondTenant = "fabrikam-eu";

    // Writes the demo into `directory` (expected empty); the error names the first write that failed.
    static Status seed(Directory& directory);
    // The id of a user to show in the user dialog and selected in the table.
    static QString featuredUser(const Directory& directory);
};

} // namespace muster
