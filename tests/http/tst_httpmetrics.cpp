#include "http/HttpMetrics.h"

#include <QTest>
#include <QThread>

#include <thread>
#include <vector>

using namespace muster;

class TestHttpMetrics : public QObject {
    Q_OBJECT

private slots:
    void derivesRouteTemplates_data();
    void derivesRouteTemplates();
    void rendersPrometheusText();
    void countsFromManyThreads();
    void boundsRouteCardinality();
    void limitsConnections();
};

void TestHttpMetrics::derivesRouteTemplates_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("route");

    const QList<std::pair<const char*, const char*>> rows{
        {"/", "/"},
        {"/metrics", "/metrics"},
        {"/scim/v2/Users", "/scim/v2/Users"},
        {"/scim/v2/Users/", "/scim/v2/Users/"},
        {"/scim/v2/Users/2819c223-7f76-453a-919d-413861904646", "/scim/v2/Users/{id}"},
        {"/scim/v2/Groups/e9e30dba", "/scim/v2/Groups/{id}"},
        {"/scim/v2/Users/.search", "/scim/v2/Users/.search"},
        {"/scim/v2/.search", "/scim/v2/.search"},
        {"/scim/v2/Schemas/urn:ietf:params:scim:schemas:core:2.0:User", "/scim/v2/Schemas/{id}"},
        {"/scim/v2/ResourceTypes/User", "/scim/v2/ResourceTypes/{id}"},
        {"/scim/v2/ServiceProviderConfig", "/scim/v2/ServiceProviderConfig"},
        {"/scim/v2/Me", "/scim/v2/Me"},
        {"/scim/v2/Bulk", "/scim/v2/Bulk"},
        {"/scim/v2/Devices/ABC", "/scim/v2/Devices/{id}"},
        {"/scim/v2/Users/ABC/x", "/scim/v2/Users/{id}/x"},
        {"/tenants/acme/scim/v2/Users/42", "/tenants/{tenant}/scim/v2/Users/{id}"},
        {"/healthz", "/healthz"},
    };
    for (const auto& [path, route] : rows)
        QTest::addRow("%s", path) << QString::fromLatin1(path) << QString::fromLatin1(route);
}

void TestHttpMetrics::derivesRouteTemplates()
{
    QFETCH(QString, path);
    QFETCH(QString, route);
    QCOMPARE(HttpMetrics::routeTemplate(path), route);
}

void TestHttpMetrics::rendersPrometheusText()
{
    HttpMetrics metrics(2);
    metrics.record(0, {"GET", u"/scim/v2/Users/{id}"_qs, 200, 400'000, 440, {}});
    metrics.record(1, {"GET", u"/scim/v2/Users/{id}"_qs, 200, 3'000'000, 440, {}});
    metrics.record(1, {"POST", u"/scim/v2/Users"_qs, 409, 20'000'000, 120, "uniqueness"});
    metrics.record(0, {"GET", u"/x\"y"_qs, 404, 20'000'000'000, 0, {}, true});
    metrics.addBusyTime(0, 1'500'000'000);
    metrics.addBusyTime(0, 500'000'000);
    metrics.addBusyTime(1, 250'000'000);

    const QByteArray text = metrics.prometheusText();
    const auto has = [&text](const char* line) { return text.contains(QByteArray(QByteArray(line) + '\n')); };
    QVERIFY(has("# TYPE muster_http_requests_total counter"));
    QVERIFY(has("muster_http_requests_total{method=\"GET\",route=\"/scim/v2/Users/{id}\",status=\"200\"} 2"));
    QVERIFY(has("muster_http_requests_total{method=\"POST\",route=\"/scim/v2/Users\",status=\"409\"} 1"));
    QVERIFY(has("muster_http_requests_total{method=\"GET\",route=\"/x\\\"y\",status=\"404\"} 1"));
    QVERIFY(has("# TYPE muster_http_request_duration_seconds histogram"));
    QVERIFY(has("muster_http_request_duration_seconds_bucket{le=\"0.0005\"} 1"));
    QVERIFY(has("muster_http_request_duration_seconds_bucket{le=\"0.0025\"} 1"));
    QVERIFY(has("muster_http_request_duration_seconds_bucket{le=\"0.005\"} 2"));
    QVERIFY(has("muster_http_request_duration_seconds_bucket{le=\"0.025\"} 3"));
    QVERIFY(has("muster_http_request_duration_seconds_bucket{le=\"10\"} 3"));
    QVERIFY(has("muster_http_request_duration_seconds_bucket{le=\"+Inf\"} 4"));
    QVERIFY(has("muster_http_request_duration_seconds_count 4"));
    QVERIFY(has("muster_http_request_duration_seconds_sum 20.0234"));
    QVERIFY(has("muster_http_response_body_bytes_total 1000"));
    QVERIFY(has("muster_http_errors_total{status=\"404\",scim_type=\"\"} 1"));
    QVERIFY(has("muster_http_errors_total{status=\"409\",scim_type=\"uniqueness\"} 1"));
    QVERIFY(!text.contains("status=\"200\",scim_type"));
    QVERIFY(has("muster_http_slow_requests_total{route=\"/x\\\"y\"} 1"));
    QVERIFY(!text.contains("muster_http_slow_requests_total{route=\"/scim/v2/Users"));
    QVERIFY(has("muster_http_worker_busy_seconds_total{worker=\"0\"} 2"));
    QVERIFY(has("muster_http_worker_busy_seconds_total{worker=\"1\"} 0.25"));
}

void TestHttpMetrics::countsFromManyThreads()
{
    HttpMetrics metrics(4);
    std::vector<std::thread> threads;
    for (int shard = 0; shard < 4; ++shard) {
        threads.emplace_back([&metrics, shard] {
            for (int i = 0; i < 10000; ++i)
                metrics.record(shard, {"GET", u"/scim/v2/Users/{id}"_qs, 200, 1000, 1, {}});
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    QVERIFY(metrics.prometheusText().contains(
        "muster_http_requests_total{method=\"GET\",route=\"/scim/v2/Users/{id}\",status=\"200\"} 40000\n"));
}

void TestHttpMetrics::boundsRouteCardinality()
{
    HttpMetrics metrics(1);
    for (int i = 0; i < HttpMetrics::maxRoutesPerShard + 50; ++i)
        metrics.record(0, {"GET", QStringLiteral("/probe%1").arg(i), 404, 1000, 0, {}});
    const QByteArray text = metrics.prometheusText();
    QCOMPARE(text.count("muster_http_requests_total{"), HttpMetrics::maxRoutesPerShard + 1);
    QVERIFY(
        text.contains("muster_http_requests_total{method=\"GET\",route=\"{other}\",status=\"404\"} 50\n"));
}

void TestHttpMetrics::limitsConnections()
{
    HttpMetrics metrics(1);
    QVERIFY(metrics.admitConnection(2));
    QVERIFY(metrics.admitConnection(2));
    QVERIFY(!metrics.admitConnection(2));
    QCOMPARE(metrics.openConnections(), 2);
    metrics.connectionClosed();
    QVERIFY(metrics.admitConnection(2));
    const QByteArray text = metrics.prometheusText();
    QVERIFY(text.contains("muster_http_connections_open 2\n"));
    QVERIFY(text.contains("muster_http_connections_accepted_total 3\n"));
    QVERIFY(text.contains("muster_http_connections_rejected_total 1\n"));
}

QTEST_GUILESS_MAIN(TestHttpMetrics)
#include "tst_httpmetrics.moc"
