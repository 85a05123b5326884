#include "runtime/ProcessMetrics.h"

#include <QDateTime>
#include <QFile>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <psapi.h>
#include <windows.h>
#endif

namespace muster {

namespace {

// When this process started (close enough: when this code first ran, at server start).
const qint64 StartMs = QDateTime::currentMSecsSinceEpoch();

qint64 residentBytes()
{
#if defined(Q_OS_LINUX)
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : -1;
#elif defined(Q_OS_WIN)
    PROCESS_MEMORY_COUNTERS counters;
    return GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters)
               ? qint64(counters.WorkingSetSize)
               : -1;
#else
    return -1; // macOS: task_info would do; not worth the Mach headers here
#endif
}

double cpuSeconds()
{
#if defined(Q_OS_UNIX)
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
    const auto seconds = [](const timeval& value) {
        return double(value.tv_sec) + double(value.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
#elif defined(Q_OS_WIN)
    FILETIME created, exited, kernel, user;
    if (!GetProcessTimes(GetCurrentProcess(), &created, &exited, &kernel, &user))
        return -1;
    const auto seconds = [](const FILETIME& value) {
        return double((quint64(value.dwHighDateTime) << 32) | value.dwLowDateTime) / 1e7;
    };
    return seconds(kernel) + seconds(user);
#else
    return -1;
#endif
}

} // namespace

QByteArray ProcessMetrics::prometheusText()
{
    QByteArray text;
    if (const qint64 rss = residentBytes(); rss >= 0) {
        text += "# HELP process_resident_memory_bytes Resident memory size in bytes.\n"
                "# TYPE process_resident_memory_bytes gauge\n"
                "process_resident_memory_bytes " +
                QByteArray::number(rss) + '\n';
    }
    if (const double cpu = cpuSeconds(); cpu >= 0) {
        text += "# HELP process_cpu_seconds_total User and system CPU time spent in seconds.\n"
                "# TYPE process_cpu_seconds_total counter\n"
                "process_cpu_seconds_total " +
                QByteArray::number(cpu, 'f', 3) + '\n';
    }
    text += "# HELP process_start_time_seconds Start time of the process since the Unix epoch in seconds.\n"
            "# TYPE process_start_time_seconds gauge\n"
            "process_start_time_seconds " +
            QByteArray::number(double(StartMs) / 1000.0, 'f', 3) + '\n';
    return text;
}

} // namespace muster
