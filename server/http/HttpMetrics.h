#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <array>
#include <atomic>
#include <memory>
#include <vector>

namespace muster {

// Request and connection counters of the HTTP transport, rendered as Prometheus text (format 0.0.4).
// Thread-safe: each worker thread writes its own shard under a lock that only a scrape contends for,
// and connection counts are atomics.
//
// Requests are counted by method, route template and status. The route template is derived from the
// path (see routeTemplate()), and at most maxRoutesPerShard distinct templates are kept per shard; any
// more are counted as "{other}" so that a client probing random paths cannot grow the series without
// bound. Error responses (4xx, 5xx) are also counted by their RFC 7644 scimType.
class HttpMetrics final {
public:
    // Upper bounds of the latency histogram, in seconds: Prometheus' defaults with finer steps below
    // 5 ms, where most SCIM requests fall.
    static constexpr std::array<double, 14> latencyBuckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                           0.1,    0.25,  0.5,    1,     2.5,  5,     10};
    static constexpr qsizetype maxRoutesPerShard = 200;

    struct Exchange {
        QByteArray method; // "-" when the request line could not be read
        QString route;     // a route template, e.g. "/scim/v2/Users/{id}"
        int status = 0;
        qint64 durationNs = 0;
        qint64 responseBytes = 0;
        QByteArray scimType; // of an error response; empty when none
        bool slow = false;   // over HttpTransportOptions::slowRequestThreshold
    };

    explicit HttpMetrics(int shardCount);
    ~HttpMetrics();
    Q_DISABLE_COPY_MOVE(HttpMetrics)

    void record(int shard, const Exchange& exchange);
    // Time worker `shard` spent serving a request (from taking it to queueing the answer): summed per
    // worker, its rate is the worker's utilisation.
    void addBusyTime(int shard, qint64 ns);

    // Counts a new connection unless `limit` are already open (then counts a rejection).
    bool admitConnection(qint64 limit);
    void connectionClosed();
    qint64 openConnections() const { return m_openConnections.load(std::memory_order_relaxed); }

    QByteArray prometheusText() const;

    // "/scim/v2/Users/2819c223" -> "/scim/v2/Users/{id}". A segment after a capitalized segment (SCIM
    // endpoints are capitalized: Users, Groups, Schemas, ResourceTypes, custom types) becomes {id},
    // except ".search"; a segment after "tenants" becomes {tenant}. Other segments stay as they are.
    static QString routeTemplate(QStringView path);

private:
    struct RequestKey {
        QByteArray method;
        QString route;
        int status = 0;
        friend bool operator==(const RequestKey&, const RequestKey&) = default;
        friend size_t qHash(const RequestKey& key, size_t seed = 0)
        {
            return qHashMulti(seed, key.method, key.route, key.status);
        }
    };
    struct ErrorKey {
        int status = 0;
        QByteArray scimType;
        friend bool operator==(const ErrorKey&, const ErrorKey&) = default;
        friend size_t qHash(const ErrorKey& key, size_t seed = 0)
        {
            return qHashMulti(seed, key.status, key.scimType);
        }
    };
    struct Shard {
        mutable QMutex mutex;
        QHash<RequestKey, quint64> requests;
        QHash<QString, bool> routes; // the templates this shard has seen
        QHash<ErrorKey, quint64> errors;
        QHash<QString, quint64> slowRequests; // by route template
        std::atomic<qint64> busyNs{0};
        std::array<quint64, latencyBuckets.size()> bucketCounts{}; // not cumulative
        quint64 durationCount = 0;
        qint64 durationSumNs = 0;
        quint64 responseBytes = 0;
    };

    std::vector<std::unique_ptr<Shard>> m_shards;
    std::atomic<qint64> m_openConnections{0};
    std::atomic<quint64> m_acceptedConnections{0};
    std::atomic<quint64> m_rejectedConnections{0};
};

} // namespace muster
