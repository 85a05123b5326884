#pragma once

#include "BenchmarkData.h"
#include "resource/ResourceCanonicalizer.h"
#include "store/MemoryStore.h"

#include <QStringList>
#include <QUuid>

#include <functional>
#include <map>
#include <memory>

namespace muster {

// A MemoryStore holding `size` users as the Directory would have stored them (canonical JSON, id, meta
// and unique keys), built in batches of a thousand, and their ids in creation order (unless told not to
// keep them, for a measure of the store's memory alone). Benchmarks share one per size: QBENCHMARK runs a
// test function again and again while it calibrates.
class SeededMemoryStore final {
public:
    using UserInput = std::function<QJsonObject(int index)>;

    enum class Ids { Keep, Forget };

    SeededMemoryStore(std::shared_ptr<const SchemaRegistry> registry, int size,
                      UserInput input = &benchdata::typicalUser, Ids ids = Ids::Keep)
        : m_registry(std::move(registry))
        , m_input(std::move(input))
        , m_store(std::make_unique<MemoryStore>(m_registry))
    {
        constexpr int BatchSize = 1000;
        for (int start = 0; start < size && m_store; start += BatchSize) {
            WriteBatch batch;
            for (int index = start; index < std::min(size, start + BatchSize); ++index) {
                Resource resource = makeResource(index);
                if (ids == Ids::Keep)
                    m_ids.append(resource.id);
                batch.operations.append({WriteOperation::Kind::Create, std::move(resource), std::nullopt});
            }
            if (!m_store->apply(ResourceStore::DefaultTenant, batch))
                m_store.reset();
        }
    }

    // One store of `size` typical users per process, built on first use and kept for the benchmarks
    // that only read it or undo their writes.
    static SeededMemoryStore& shared(const std::shared_ptr<const SchemaRegistry>& registry, int size)
    {
        static std::map<int, std::unique_ptr<SeededMemoryStore>> stores;
        std::unique_ptr<SeededMemoryStore>& store = stores[size];
        if (!store)
            store = std::make_unique<SeededMemoryStore>(registry, size);
        return *store;
    }

    // Null if seeding failed.
    MemoryStore* store() const { return m_store.get(); }
    const QStringList& ids() const { return m_ids; }

    // User `index` (from the input this store was seeded with) ready to store: what the Directory
    // would hand the store, so that a benchmark of the store measures the store alone.
    Resource makeResource(int index) const
    {
        const QString userType = QStringLiteral("User");
        const ResourceCanonicalizer canonicalizer(*m_registry, *m_registry->resourceType(userType));
        QJsonObject json = *canonicalizer.canonicalize(m_input(index));
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        json.insert(QStringLiteral("id"), id);
        json.insert(QStringLiteral("meta"),
                    QJsonObject{{QStringLiteral("resourceType"), userType},
                                {QStringLiteral("created"), QStringLiteral("2024-01-01T00:00:00.000Z")},
                                {QStringLiteral("lastModified"), QStringLiteral("2024-01-01T00:00:00.000Z")},
                                {QStringLiteral("version"), QStringLiteral("W/\"1\"")}});
        return Resource{id, userType, 1, json, canonicalizer.uniqueKeys(json)};
    }

private:
    std::shared_ptr<const SchemaRegistry> m_registry;
    UserInput m_input;
    std::unique_ptr<MemoryStore> m_store;
    QStringList m_ids;
};

} // namespace muster
