#include "server/RequestRateMeter.h"

#include "http/HttpMetrics.h"

namespace muster {

quint64 RequestRateMeter::requestCount(const HttpMetrics& metrics)
{
    // HttpMetrics publishes its totals only as Prometheus text; every answered request is one
    // observation of the duration histogram.
    static constexpr QByteArrayView countLine = "\nmuster_http_request_duration_seconds_count ";
    const QByteArray text = metrics.prometheusText();
    const qsizetype at = text.indexOf(countLine);
    if (at < 0)
        return 0;
    const qsizetype start = at + countLine.size();
    const qsizetype end = text.indexOf('\n', start);
    return text.mid(start, end < 0 ? -1 : end - start).trimmed().toULongLong();
}

void RequestRateMeter::reset(const HttpMetrics& metrics)
{
    m_lastCount = requestCount(metrics);
    m_clock.start();
}

double RequestRateMeter::sample(const HttpMetrics& metrics)
{
    const quint64 count = requestCount(metrics);
    const qint64 elapsedMs = m_clock.restart();
    const quint64 delta = count >= m_lastCount ? count - m_lastCount : 0;
    m_lastCount = count;
    return elapsedMs > 0 ? double(delta) * 1000.0 / double(elapsedMs) : 0.0;
}

} // namespace muster
