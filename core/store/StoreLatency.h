#pragma once

#include <QByteArray>

#include <array>
#include <atomic>
#include <chrono>

namespace muster {

// How long store calls take, by kind of call, as Prometheus histograms
// (muster_store_operation_duration_seconds{operation="..."}). Lock-free: every bucket is an atomic
// counter, so recording costs a few relaxed increments on any thread.
class StoreLatency final {
public:
    enum class Operation { Get, Query, Write, Membership, Count, AuditLog, Tenants, Backup };
    static constexpr int OperationCount = 8;
    static constexpr std::array<double, 12> buckets{0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025,
                                                    0.005,   0.01,   0.025,   0.1,    0.5,   2.5};

    void record(Operation operation, std::chrono::nanoseconds duration);
    QByteArray prometheusText() const;

    // Times a scope: records on destruction.
    class Timer final {
    public:
        Timer(StoreLatency& latency, Operation operation)
            : m_latency(latency)
            , m_operation(operation)
            , m_start(std::chrono::steady_clock::now())
        {}
        ~Timer() { m_latency.record(m_operation, std::chrono::steady_clock::now() - m_start); }
        Timer(const Timer&) = delete;
        Timer& operator=(const Timer&) = delete;

    private:
        StoreLatency& m_latency;
        Operation m_operation;
        std::chrono::steady_clock::time_point m_start;
    };

private:
    struct Series {
        std::array<std::atomic<quint64>, buckets.size()> counts{}; // not cumulative; summed when rendered
        std::atomic<quint64> count{0};
        std::atomic<quint64> sumNs{0};
    };
    std::array<Series, OperationCount> m_series;
};

} // namespace muster
