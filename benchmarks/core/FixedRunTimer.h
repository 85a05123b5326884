#pragma once

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <sys/resource.h>
#include <time.h>
#include <utility>

namespace muster {

// Times a fixed run of operations that can run only once each (a create, a removal), for benchmarks that
// cannot use a QBENCHMARK loop. The result is the wall time per operation, or with MUSTER_BENCH_CPU=1 the
// calling thread's CPU time per operation, which a busy machine disturbs far less (benchmarks/run-all
// sets it beside QtTest's -perf task-clock counter, so that both kinds of benchmark report CPU time).
// The thread's CPU time in user space and in the kernel is printed either way, which tells waits (fsync,
// a busy machine) from the work itself.
class FixedRunTimer final {
public:
    FixedRunTimer()
        : m_start(cpuTimes())
        , m_startThreadNanos(threadCpuNanos())
    {
        m_wall.start();
    }

    void report(int operations) const
    {
        const qint64 wall = m_wall.nsecsElapsed();
        const qint64 cpu = threadCpuNanos() - m_startThreadNanos;
        const auto [user, system] = cpuTimes();
        qInfo(
            "%d operations: %.3f us wall, %.3f us CPU (%.1f us in user space and %.1f us in the kernel) each",
            operations, wall / 1000.0 / operations, cpu / 1000.0 / operations,
            double(user - m_start.first) / operations, double(system - m_start.second) / operations);
        const bool reportCpu = qEnvironmentVariableIntValue("MUSTER_BENCH_CPU") != 0;
        // QtTest divides a result by its -iterations count, which run-all passes in MUSTER_BENCH_ITERATIONS.
        const int iterations = std::max(1, qEnvironmentVariableIntValue("MUSTER_BENCH_ITERATIONS"));
        QTest::setBenchmarkResult(qreal(reportCpu ? cpu : wall) * iterations / operations,
                                  QTest::WalltimeNanoseconds);
    }

private:
    // The calling thread's user and system CPU time, in microseconds.
    static std::pair<qint64, qint64> cpuTimes()
    {
        rusage usage{};
        getrusage(RUSAGE_THREAD, &usage);
        const auto micros = [](const timeval& time) {
            return qint64(time.tv_sec) * 1'000'000 + time.tv_usec;
        };
        return {micros(usage.ru_utime), micros(usage.ru_stime)};
    }

    static qint64 threadCpuNanos()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
    }

    QElapsedTimer m_wall;
    std::pair<qint64, qint64> m_start;
    qint64 m_startThreadNanos;
};

} // namespace muster
