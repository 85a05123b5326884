#include "http/HttpMetrics.h"

#include <QMap>
#include <QMutexLocker>

#include <algorithm>

namespace muster {

namespace {

QByteArray labelValue(QByteArrayView value)
{
    QByteArray escaped;
    escaped.reserve(value.size());
    for (const char c : value) {
        if (c == '\\')
            escaped += "\\\\";
        else if (c == '"')
            escaped += "\\\"";
        else if (c == '\n')
            escaped += "\\n";
        else
            escaped += c;
    }
    return escaped;
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 12);
}

void appendHeader(QByteArray& text, const char* name, const char* type, const char* help)
{
    text += "# HELP ";
    text += name;
    text += ' ';
    text += help;
    text += "\n# TYPE ";
    text += name;
    text += ' ';
    text += type;
    text += '\n';
}

} // namespace

HttpMetrics::HttpMetrics(int shardCount)
{
    m_shards.reserve(size_t(std::max(shardCount, 1)));
    for (int i = 0; i < std::max(shardCount, 1); ++i)
        m_shards.push_back(std::make_unique<Shard>());
}

HttpMetrics::~HttpMetrics() = default;

void HttpMetrics::record(int shardIndex, const Exchange& exchange)
{
    Shard& shard = *m_shards[size_t(std::clamp(shardIndex, 0, int(m_shards.size()) - 1))];
    const double seconds = double(exchange.durationNs) / 1e9;
    const auto bucket = std::lower_bound(latencyBuckets.begin(), latencyBuckets.end(), seconds);

    QMutexLocker locker(&shard.mutex);
    QString route = exchange.route;
    if (!shard.routes.contains(route)) {
        if (shard.routes.size() >= maxRoutesPerShard)
            route = QStringLiteral("{other}");
        else
            shard.routes.insert(route, true);
    }
    ++shard.requests[RequestKey{exchange.method, route, exchange.status}];
    if (bucket != latencyBuckets.end())
        ++shard.bucketCounts[size_t(bucket - latencyBuckets.begin())];
    ++shard.durationCount;
    shard.durationSumNs += exchange.durationNs;
    shard.responseBytes += quint64(exchange.responseBytes);
    if (exchange.status >= 400)
        ++shard.errors[ErrorKey{exchange.status, exchange.scimType}];
    if (exchange.slow)
        ++shard.slowRequests[route];
}

void HttpMetrics::addBusyTime(int shardIndex, qint64 ns)
{
    m_shards[size_t(std::clamp(shardIndex, 0, int(m_shards.size()) - 1))]->busyNs.fetch_add(
        ns, std::memory_order_relaxed);
}

bool HttpMetrics::admitConnection(qint64 limit)
{
    qint64 open = m_openConnections.load(std::memory_order_relaxed);
    do {
        if (open >= limit) {
            m_rejectedConnections.fetch_add(1, std::memory_order_relaxed);
            return false;
        }
    } while (!m_openConnections.compare_exchange_weak(open, open + 1, std::memory_order_relaxed));
    m_acceptedConnections.fetch_add(1, std::memory_order_relaxed);
    return true;
}

void HttpMetrics::connectionClosed()
{
    m_openConnections.fetch_sub(1, std::memory_order_relaxed);
}

QByteArray HttpMetrics::prometheusText() const
{
    // Merge the shards; ordered maps give a stable output.
    QMap<std::tuple<QByteArray, QString, int>, quint64> requests;
    QMap<std::pair<int, QByteArray>, quint64> errors;
    QMap<QString, quint64> slowRequests;
    std::array<quint64, latencyBuckets.size()> buckets{};
    quint64 durationCount = 0;
    qint64 durationSumNs = 0;
    quint64 responseBytes = 0;
    for (const auto& shard : m_shards) {
        QMutexLocker locker(&shard->mutex);
        for (auto it = shard->requests.cbegin(); it != shard->requests.cend(); ++it)
            requests[{it.key().method, it.key().route, it.key().status}] += it.value();
        for (auto it = shard->errors.cbegin(); it != shard->errors.cend(); ++it)
            errors[{it.key().status, it.key().scimType}] += it.value();
        for (auto it = shard->slowRequests.cbegin(); it != shard->slowRequests.cend(); ++it)
            slowRequests[it.key()] += it.value();
        for (size_t i = 0; i < buckets.size(); ++i)
            buckets[i] += shard->bucketCounts[i];
        durationCount += shard->durationCount;
        durationSumNs += shard->durationSumNs;
        responseBytes += shard->responseBytes;
    }

    QByteArray text;
    text.reserve(4096);
    appendHeader(text, "muster_http_requests_total", "counter",
                 "HTTP requests answered, by method, route template and status.");
    for (auto it = requests.cbegin(); it != requests.cend(); ++it) {
        const auto& [method, route, status] = it.key();
        text += "muster_http_requests_total{method=\"" + labelValue(method) + "\",route=\"" +
                labelValue(route.toUtf8()) + "\",status=\"" + QByteArray::number(status) + "\"} " +
                QByteArray::number(it.value()) + '\n';
    }

    appendHeader(text, "muster_http_request_duration_seconds", "histogram",
                 "Time from a request's first byte to its response being queued for sending.");
    quint64 cumulative = 0;
    for (size_t i = 0; i < buckets.size(); ++i) {
        cumulative += buckets[i];
        text += "muster_http_request_duration_seconds_bucket{le=\"" + number(latencyBuckets[i]) + "\"} " +
                QByteArray::number(cumulative) + '\n';
    }
    text += "muster_http_request_duration_seconds_bucket{le=\"+Inf\"} " + QByteArray::number(durationCount) +
            '\n';
    text += "muster_http_request_duration_seconds_sum " + number(double(durationSumNs) / 1e9) + '\n';
    text += "muster_http_request_duration_seconds_count " + QByteArray::number(durationCount) + '\n';

    appendHeader(text, "muster_http_response_body_bytes_total", "counter",
                 "Response body bytes sent (after compression).");
    text += "muster_http_response_body_bytes_total " + QByteArray::number(responseBytes) + '\n';

    appendHeader(text, "muster_http_errors_total", "counter",
                 "Error responses by status and RFC 7644 scimType (empty when the error has none).");
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        text += "muster_http_errors_total{status=\"" + QByteArray::number(it.key().first) +
                "\",scim_type=\"" + labelValue(it.key().second) + "\"} " + QByteArray::number(it.value()) +
                '\n';
    }

    appendHeader(text, "muster_http_slow_requests_total", "counter",
                 "Requests slower than the slow-request threshold (--slow-request), by route template.");
    for (auto it = slowRequests.cbegin(); it != slowRequests.cend(); ++it)
        text += "muster_http_slow_requests_total{route=\"" + labelValue(it.key().toUtf8()) + "\"} " +
                QByteArray::number(it.value()) + '\n';

    appendHeader(
        text, "muster_http_worker_busy_seconds_total", "counter",
        "Time each HTTP worker thread spent serving requests; its rate is the worker's utilisation.");
    for (size_t i = 0; i < m_shards.size(); ++i)
        text += "muster_http_worker_busy_seconds_total{worker=\"" + QByteArray::number(qulonglong(i)) +
                "\"} " + number(double(m_shards[i]->busyNs.load(std::memory_order_relaxed)) / 1e9) + '\n';

    appendHeader(text, "muster_http_connections_open", "gauge", "Open client connections.");
    text += "muster_http_connections_open " + QByteArray::number(openConnections()) + '\n';
    appendHeader(text, "muster_http_connections_accepted_total", "counter", "Client connections accepted.");
    text += "muster_http_connections_accepted_total " +
            QByteArray::number(m_acceptedConnections.load(std::memory_order_relaxed)) + '\n';
    appendHeader(text, "muster_http_connections_rejected_total", "counter",
                 "Client connections refused because the connection limit was reached.");
    text += "muster_http_connections_rejected_total " +
            QByteArray::number(m_rejectedConnections.load(std::memory_order_relaxed)) + '\n';
    return text;
}

QString HttpMetrics::routeTemplate(QStringView path)
{
    QString result;
    result.reserve(path.size());
    QStringView previous;
    qsizetype start = 0;
    bool first = true;
    while (start <= path.size()) {
        qsizetype end = path.indexOf(u'/', start);
        if (end < 0)
            end = path.size();
        const QStringView segment = path.sliced(start, end - start);
        if (!first)
            result += u'/';
        first = false;
        const bool afterEndpoint = !previous.isEmpty() && previous.front().isUpper() &&
                                   previous.front().unicode() < 128 && previous != u"ServiceProviderConfig" &&
                                   previous != u"Bulk" && previous != u"Me";
        if (!segment.isEmpty() && previous == u"tenants") {
            result += u"{tenant}";
            previous = {};
        } else if (!segment.isEmpty() && afterEndpoint && segment != u".search") {
            result += u"{id}";
            previous = {};
        } else {
            result += segment;
            previous = segment;
        }
        start = end + 1;
    }
    return result;
}

} // namespace muster
