#include "http/HttpResponseEncoder.h"

#include <QTest>

using namespace muster;

class TestHttpResponseEncoder : public QObject {
    Q_OBJECT

private slots:
    void encodes_data();
    void encodes();
    void httpDate();
};

void TestHttpResponseEncoder::encodes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<HttpResponseEncoder::Headers>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("omitBody");
    QTest::addColumn<QByteArray>("expected");

    const HttpResponseEncoder::Headers json{{"content-type", "application/scim+json"}, {"etag", "W/\"3\""}};
    QTest::addRow("200 with a body") << 200 << json << QByteArray("{}") << false
                                     << QByteArray(
                                            "HTTP/1.1 200 OK\r\ncontent-type: application/scim+json\r\n"
                                            "etag: W/\"3\"\r\ncontent-length: 2\r\n\r\n{}");
    QTest::addRow("HEAD keeps the length")
        << 200 << json << QByteArray("{}") << true
        << QByteArray("HTTP/1.1 200 OK\r\ncontent-type: application/scim+json\r\n"
                      "etag: W/\"3\"\r\ncontent-length: 2\r\n\r\n");
    QTest::addRow("no headers, empty body")
        << 404 << HttpResponseEncoder::Headers{} << QByteArray() << false
        << QByteArray("HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n");
    QTest::addRow("204 has no length")
        << 204 << HttpResponseEncoder::Headers{{"etag", "W/\"4\""}} << QByteArray() << false
        << QByteArray("HTTP/1.1 204 No Content\r\netag: W/\"4\"\r\n\r\n");
    QTest::addRow("304 drops a body") << 304 << HttpResponseEncoder::Headers{} << QByteArray("ignored")
                                      << false << QByteArray("HTTP/1.1 304 Not Modified\r\n\r\n");
    QTest::addRow("100 Continue") << 100 << HttpResponseEncoder::Headers{} << QByteArray() << false
                                  << QByteArray("HTTP/1.1 100 Continue\r\n\r\n");
    QTest::addRow("unknown status") << 299 << HttpResponseEncoder::Headers{} << QByteArray("x") << false
                                    << QByteArray("HTTP/1.1 299 Status\r\ncontent-length: 1\r\n\r\nx");
    const QByteArray large(123456, 'a');
    QTest::addRow("six-digit length")
        << 200 << HttpResponseEncoder::Headers{} << large << false
        << QByteArray("HTTP/1.1 200 OK\r\ncontent-length: 123456\r\n\r\n") + large;
    QTest::addRow("empty header value")
        << 503 << HttpResponseEncoder::Headers{{"retry-after", ""}} << QByteArray() << false
        << QByteArray("HTTP/1.1 503 Service Unavailable\r\nretry-after: \r\n"
                      "content-length: 0\r\n\r\n");
}

void TestHttpResponseEncoder::encodes()
{
    QFETCH(int, status);
    QFETCH(HttpResponseEncoder::Headers, headers);
    QFETCH(QByteArray, body);
    QFETCH(bool, omitBody);
    QFETCH(QByteArray, expected);

    QCOMPARE(HttpResponseEncoder::encode(status, headers, body, omitBody), expected);
}

void TestHttpResponseEncoder::httpDate()
{
    QCOMPARE(HttpResponseEncoder::httpDate(784111777), QByteArray("Sun, 06 Nov 1994 08:49:37 GMT"));
}

QTEST_APPLESS_MAIN(TestHttpResponseEncoder)
#include "tst_httpresponseencoder.moc"
