#include "store/StoreLatency.h"

#include <QStringBuilder>

#include <algorithm>

namespace muster {

namespace {

const char* operationName(int operation)
{
    static constexpr const char* names[StoreLatency::OperationCount] = {
        "get", "query", "write", "membership", "count", "audit_log", "tenants", "backup"};
    return names[operation];
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 12);
}

} // namespace

void StoreLatency::record(Operation operation, std::chrono::nanoseconds duration)
{
    Series& series = m_series[int(operation)];
    const double seconds = std::chrono::duration<double>(duration).count();
    for (std::size_t i = 0; i < buckets.size(); ++i) {
        if (seconds <= buckets[i]) {
            series.counts[i].fetch_add(1, std::memory_order_relaxed);
            break;
        }
    }
    series.count.fetch_add(1, std::memory_order_relaxed);
    series.sumNs.fetch_add(quint64(std::max<qint64>(0, duration.count())), std::memory_order_relaxed);
}

QByteArray StoreLatency::prometheusText() const
{
    QByteArray text =
        "# HELP muster_store_operation_duration_seconds Time spent in the directory's store, by "
        "kind of call.\n"
        "# TYPE muster_store_operation_duration_seconds histogram\n";
    for (int operation = 0; operation < OperationCount; ++operation) {
        const Series& series = m_series[operation];
        const quint64 count = series.count.load(std::memory_order_relaxed);
        if (count == 0)
            continue;
        const QByteArray label =
            QByteArray("operation=\"") + QByteArray(operationName(operation)) + QByteArray("\"");
        const auto line = [&](const char* suffix, const QByteArray& extraLabel, const QByteArray& value) {
            text += QByteArray("muster_store_operation_duration_seconds") + QByteArray(suffix) + '{' + label +
                    extraLabel + "} " + value + '\n';
        };
        quint64 cumulative = 0;
        for (std::size_t i = 0; i < buckets.size(); ++i) {
            cumulative += series.counts[i].load(std::memory_order_relaxed);
            line("_bucket", QByteArray(",le=\"") + number(buckets[i]) + '"', QByteArray::number(cumulative));
        }
        line("_bucket", QByteArray(",le=\"+Inf\""), QByteArray::number(count));
        line("_sum", {}, number(double(series.sumNs.load(std::memory_order_relaxed)) / 1e9));
        line("_count", {}, QByteArray::number(count));
    }
    return text;
}

} // namespace muster
