#include "SqlStoreBenchmark.h"

#include <QCoreApplication>
#include <QTest>

// SqlStore on PostgreSQL at MUSTER_BENCH_POSTGRES_URL (run-postgres.sh starts a throw-away server and
// sets it); skipped without it. See SqlStoreBenchmark and README.md.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    muster::SqlStoreBenchmark benchmark(muster::SqlDialect::Postgres);
    return QTest::qExec(&benchmark, argc, argv);
}
