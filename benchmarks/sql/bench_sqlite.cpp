#include "SqlStoreBenchmark.h"

#include <QCoreApplication>
#include <QTest>

// SqlStore on SQLite; see SqlStoreBenchmark and README.md.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    muster::SqlStoreBenchmark benchmark(muster::SqlDialect::Sqlite);
    return QTest::qExec(&benchmark, argc, argv);
}
