#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

namespace muster {

class HttpMetrics;

// Requests per second of a running transport, from the request count in its metrics: each sample()
// gives the rate since the previous one.
class RequestRateMeter final {
public:
    // Starts from the count the metrics hold now.
    void reset(const HttpMetrics& metrics);
    // Requests per second since the last reset() or sample().
    double sample(const HttpMetrics& metrics);

    // The number of requests answered so far, as the metrics report it.
    static quint64 requestCount(const HttpMetrics& metrics);

private:
    quint64 m_lastCount = 0;
    QElapsedTimer m_clock;
};

} // namespace muster
