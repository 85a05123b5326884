#pragma once

#include <QTest>

#include <algorithm>
#include <initializer_list>

namespace muster::benchrows {

// MUSTER_BENCH_SMOKE=1 (CTest's bench_smoke_* tests): the smallest row of each benchmark and short fixed
// runs, so that every benchmark executes once in seconds. Its figures mean nothing.
inline bool smoke()
{
    return qEnvironmentVariableIntValue("MUSTER_BENCH_SMOKE") != 0;
}

// MUSTER_BENCH_HUGE=1: the rows of a million users as well, which take minutes to build.
inline bool huge()
{
    return !smoke() && qEnvironmentVariableIntValue("MUSTER_BENCH_HUGE") != 0;
}

// An int column `column` with a row "<size> <unit>" per size, and the `hugeSizes` rows when huge() asks
// for them; a smoke run keeps only the first row, so `sizes` go from the smallest up.
inline void addSizeRows(std::initializer_list<int> sizes, std::initializer_list<int> hugeSizes = {},
                        const char* unit = "users", const char* column = "size")
{
    QTest::addColumn<int>(column);
    for (const int size : sizes) {
        QTest::addRow("%d %s", size, unit) << size;
        if (smoke())
            return;
    }
    if (huge()) {
        for (const int size : hugeSizes)
            QTest::addRow("%d %s", size, unit) << size;
    }
}

// How many operations a fixed run (of writes that can run only once each) times: `operations`, or a
// handful in a smoke run.
inline int fixedRunLength(int operations)
{
    return smoke() ? std::min(operations, 10) : operations;
}

} // namespace muster::benchrows
