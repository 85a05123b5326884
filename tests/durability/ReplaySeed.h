#pragma once

#include <QtGlobal>

namespace muster::test {

// The seed of a randomized test: MUSTER_TEST_SEED when set, to replay a failure, else a fresh one. It is
// logged either way, so that every failing run says how to replay it.
class ReplaySeed final {
public:
    static quint32 take();
};

} // namespace muster::test
