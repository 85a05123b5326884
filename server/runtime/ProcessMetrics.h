#pragma once

#include <QByteArray>

namespace muster {

// The process's own figures in Prometheus' standard names: process_resident_memory_bytes,
// process_cpu_seconds_total, process_start_time_seconds. Figures the platform cannot give are left out.
class ProcessMetrics final {
public:
    static QByteArray prometheusText();
};

} // namespace muster
