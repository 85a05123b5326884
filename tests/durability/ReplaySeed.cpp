#include "ReplaySeed.h"

#include <QRandomGenerator>
#include <QtDebug>

namespace muster::test {

quint32 ReplaySeed::take()
{
    bool given = false;
    const quint32 environment = qEnvironmentVariable("MUSTER_TEST_SEED").toUInt(&given);
    const quint32 seed = given ? environment : QRandomGenerator::system()->generate();
    qInfo("Random seed %u (replay with MUSTER_TEST_SEED=%u)", seed, seed);
    return seed;
}

} // namespace muster::test
