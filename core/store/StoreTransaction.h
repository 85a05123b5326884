#pragma once

#include "common/Result.h"

namespace muster {

// Writes of one thread to one tenant gathered into one database transaction (see
// ResourceStore::beginTransaction): each ResourceStore::apply() on that thread runs as a savepoint of
// it, so a batch that fails is undone alone and the others stay. Nothing is visible to other threads or
// processes before commit(); destroying it without a commit undoes every batch. Used on the thread that
// began it, only.
class StoreTransaction {
public:
    virtual ~StoreTransaction() = default;

    // Makes every batch applied since the beginning durable; on failure nothing of them is kept.
    virtual Status commit() = 0;
};

} // namespace muster
