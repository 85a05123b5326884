#pragma once

#include "common/Result.h"

namespace muster {

// Writes of one thread to one tenant gathered into one database transaction (see
// ResourceStore::beginTransaction): each ResourceStore::apply() on that thread runs as a savepoint of
// it, so a batch that fails is undone alone and the others stay. Nothing is visible to other threads or
// processes before commit() (or a checkpoint() that commits); destroying it without a commit undoes what
// was not committed. Used on the thread that began it, only.
class StoreTransaction {
public:
    virtual ~StoreTransaction() = default;

    // Makes every batch applied since the beginning (or the last checkpoint that committed) durable; on
    // failure nothing of them is kept.
    virtual Status commit() = 0;

    // Called between two independent pieces of work: the store may commit what came before and go on in
    // a new transaction, when a longer one would cost more than the commit (PostgreSQL slows down every
    // statement of a transaction with more than 64 subtransactions, so it commits every 50 batches).
    // An error says that the batches since the previous checkpoint are lost, and ends the transaction.
    virtual Status checkpoint() = 0;
};

} // namespace muster
