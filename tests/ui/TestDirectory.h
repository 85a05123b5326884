#pragma once

#include "directory/Directory.h"
#include "store/MemoryStore.h"
#include "store/StoreFactory.h"

#include <QTemporaryDir>
#include <QUuid>

namespace muster::testing {

// A new, empty directory for a GUI test: in memory, or in a new SQLite file in `folder`. Passwords are
// hashed the fast way.
inline std::shared_ptr<Directory> newDirectory(const QTemporaryDir& folder, bool sqlite = false)
{
    DirectoryOptions options;
    options.passwordStrength = PasswordHasher::Strength::Fast;
    const auto registry = SchemaRegistry::builtIn();
    std::shared_ptr<ResourceStore> store = std::make_shared<MemoryStore>(registry);
    if (sqlite) {
        const QString file = folder.filePath(QUuid::createUuid().toString(QUuid::Id128));
        store = StoreFactory::open(registry, QStringLiteral("sqlite:") + file).value();
    }
    return std::make_shared<Directory>(registry, store, options);
}

} // namespace muster::testing
