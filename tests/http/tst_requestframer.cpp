#include "http/RequestFramer.h"

#include <QTest>

using namespace muster;

namespace {

constexpr RequestFramer::Limits testLimits{256, 100};

// Feeds the bytes whole or one byte at a time: framing must not depend on how TCP cuts them.
RequestFramer framed(const QByteArray& bytes, bool byteByByte)
{
    RequestFramer framer(testLimits);
    if (byteByByte) {
        for (qsizetype i = 0; i < bytes.size(); ++i)
            framer.feed(QByteArrayView(bytes).sliced(i, 1), i);
    } else {
        framer.feed(bytes, 0);
    }
    return framer;
}

QByteArray describe(const FramedRequest& request)
{
    QByteArray text = request.method + ' ' + request.target + " 1." +
                      QByteArray::number(request.httpMinorVersion) +
                      " body=" + QByteArray::number(request.bodyBytes);
    if (request.closeAfter)
        text += " close";
    if (request.expectContinue)
        text += " expect";
    if (request.chunked)
        text += " chunked";
    return text;
}

} // namespace

class TestRequestFramer : public QObject {
    Q_OBJECT

private slots:
    void framesRequests_data();
    void framesRequests();
    void rejects_data();
    void rejects();
    void countsSkippedBodyBytes();
    void keepsCurrentRequestWhileHeadersArrive();
};

void TestRequestFramer::framesRequests_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QByteArray>>("expected");
    QTest::addColumn<int>("phase");

    const int idle = int(RequestFramer::Phase::Idle);
    const int headers = int(RequestFramer::Phase::Headers);
    const int body = int(RequestFramer::Phase::Body);
    const int stopped = int(RequestFramer::Phase::Stopped);

    const QList<std::tuple<const char*, QByteArray, QList<QByteArray>, int>> rows{
        {"get", "GET /Users?x=1 HTTP/1.1\r\nHost: h\r\n\r\n", {"GET /Users?x=1 1.1 body=0"}, idle},
        {"bare LF lines", "GET / HTTP/1.1\nHost: h\n\n", {"GET / 1.1 body=0"}, idle},
        {"post with body",
         "POST /Users HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello",
         {"POST /Users 1.1 body=5"},
         idle},
        {"partial body", "PUT /Users/1 HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhel", {}, body},
        {"partial headers", "GET / HTTP/1.1\r\nHost:", {}, headers},
        {"pipelined",
         "GET /a HTTP/1.1\r\nHost: h\r\n\r\nDELETE /b HTTP/1.1\r\nHost: h\r\n\r\n"
         "PATCH /c HTTP/1.1\r\nHost: h\r\ncontent-length: 2\r\n\r\n{}",
         {"GET /a 1.1 body=0", "DELETE /b 1.1 body=0", "PATCH /c 1.1 body=2"},
         idle},
        {"blank lines between requests",
         "\r\nGET /a HTTP/1.1\r\nHost: h\r\n\r\n\r\nGET /b HTTP/1.1\r\nHost: h\r\n\r\n",
         {"GET /a 1.1 body=0", "GET /b 1.1 body=0"},
         idle},
        {"connection close stops framing",
         "GET /a HTTP/1.1\r\nHost: h\r\nConnection: keep-alive, Close\r\n\r\nGET /b HTTP/1.1\r\nHost: "
         "h\r\n\r\n",
         {"GET /a 1.1 body=0 close"},
         stopped},
        {"HTTP/1.0 closes", "GET /a HTTP/1.0\r\n\r\n", {"GET /a 1.0 body=0 close"}, stopped},
        {"expect 100-continue",
         "POST /a HTTP/1.1\r\nHost: h\r\nExpect: 100-Continue\r\nContent-Length: 3\r\n\r\n",
         {},
         body},
        {"expect without body is ignored",
         "GET /a HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\n\r\n",
         {"GET /a 1.1 body=0"},
         idle},
        {"chunked",
         "POST /a HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
         "5;ext=1\r\nhello\r\nA\r\n0123456789\r\n0\r\nX-Trailer: t\r\n\r\nGET /b HTTP/1.1\r\nHost: h\r\n\r\n",
         {"POST /a 1.1 body=15 chunked", "GET /b 1.1 body=0"},
         idle},
        {"chunked in progress",
         "POST /a HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel",
         {},
         body},
        {"equal content lengths",
         "POST /a HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx",
         {"POST /a 1.1 body=1"},
         idle},
    };
    for (const auto& [name, bytes, expected, phase] : rows) {
        QTest::addRow("%s, whole", name) << bytes << expected << phase;
        QTest::addRow("%s, byte by byte", name) << bytes << expected << phase;
    }
}

void TestRequestFramer::framesRequests()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QByteArray>, expected);
    QFETCH(int, phase);

    RequestFramer framer = framed(bytes, QByteArray(QTest::currentDataTag()).endsWith("byte by byte"));
    QList<QByteArray> requests;
    while (framer.hasCompleted())
        requests.append(describe(framer.takeCompleted()));
    QCOMPARE(requests, expected);
    QCOMPARE(int(framer.phase()), phase);
    if (framer.phase() == RequestFramer::Phase::Body && bytes.contains("Expect"))
        QVERIFY(framer.current().expectContinue);
}

void TestRequestFramer::rejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("completedBefore");

    const QByteArray longHeader = "GET / HTTP/1.1\r\nHost: h\r\nX-Big: " + QByteArray(300, 'a') + "\r\n\r\n";
    const QList<std::tuple<const char*, QByteArray, int, int>> rows{
        {"header section over the limit", longHeader, 431, 0},
        {"header section over the limit, unterminated", "GET / HTTP/1.1\r\nX: " + QByteArray(300, 'a'), 431,
         0},
        {"content length over the limit", "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 101\r\n\r\n", 413,
         0},
        {"chunked body over the limit",
         "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n" + QByteArray(64, 'x') +
             "\r\n40\r\n",
         413, 0},
        {"rejection after a good request",
         "GET /a HTTP/1.1\r\nHost: h\r\n\r\nPOST / HTTP/1.1\r\nHost: h\r\nContent-Length: 500\r\n\r\n", 413,
         1},
        {"unknown method", "BREW /pot HTTP/1.1\r\nHost: h\r\n\r\n", 501, 0},
        {"lower-case method", "get / HTTP/1.1\r\nHost: h\r\n\r\n", 501, 0},
        {"absolute-form target", "GET http://h/ HTTP/1.1\r\nHost: h\r\n\r\n", 400, 0},
        {"space in target", "GET /a b HTTP/1.1\r\nHost: h\r\n\r\n", 400, 0},
        {"two spaces after the method", "GET  / HTTP/1.1\r\nHost: h\r\n\r\n", 400, 0},
        {"space after the version", "GET / HTTP/1.1 \r\nHost: h\r\n\r\n", 400, 0},
        {"no version", "GET /\r\nHost: h\r\n\r\n", 400, 0},
        {"method only", "GET\r\nHost: h\r\n\r\n", 400, 0},
        {"empty method", " / HTTP/1.1\r\nHost: h\r\n\r\n", 400, 0},
        {"HTTP/2.0", "GET / HTTP/2.0\r\nHost: h\r\n\r\n", 505, 0},
        {"garbage version", "GET / HTTX/1.1\r\nHost: h\r\n\r\n", 400, 0},
        {"missing Host", "GET / HTTP/1.1\r\n\r\n", 400, 0},
        {"two Host headers", "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400, 0},
        {"folded header", "GET / HTTP/1.1\r\nHost: h\r\nX-A: 1\r\n 2\r\n\r\n", 400, 0},
        {"space before colon", "GET / HTTP/1.1\r\nHost : h\r\n\r\n", 400, 0},
        {"bare CR", "GET / HTTP/1.1\r\nHost: h\rX: 1\r\n\r\n", 400, 0},
        {"control character in value", QByteArray("GET / HTTP/1.1\r\nHost: h\x01\r\n\r\n"), 400, 0},
        {"conflicting content lengths",
         "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n", 400, 0},
        {"signed content length", "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n", 400, 0},
        {"chunked and content length",
         "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n", 400, 0},
        {"gzip transfer coding", "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip, chunked\r\n\r\n",
         501, 0},
        {"bad chunk size", "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 400, 0},
        {"chunk without CRLF", "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nxy\r\n",
         400, 0},
        {"unknown expectation", "POST / HTTP/1.1\r\nHost: h\r\nExpect: teapot\r\nContent-Length: 1\r\n\r\n",
         417, 0},
        {"upgrade", "GET / HTTP/1.1\r\nHost: h\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n", 400, 0},
        {"blank line flood", QByteArray(100, '\n'), 400, 0},
    };
    for (const auto& [name, bytes, status, completedBefore] : rows) {
        QTest::addRow("%s, whole", name) << bytes << status << completedBefore;
        QTest::addRow("%s, byte by byte", name) << bytes << status << completedBefore;
    }
}

void TestRequestFramer::rejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QFETCH(int, completedBefore);

    const RequestFramer framer = framed(bytes, QByteArray(QTest::currentDataTag()).endsWith("byte by byte"));
    QCOMPARE(framer.phase(), RequestFramer::Phase::Rejected);
    QCOMPARE(framer.rejectionStatus(), status);
    QVERIFY(!framer.rejectionDetail().isEmpty());
    QCOMPARE(framer.completedCount(), completedBefore);
}

void TestRequestFramer::countsSkippedBodyBytes()
{
    RequestFramer framer(testLimits);
    framer.feed("POST /a HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\n1234", 0);
    QCOMPARE(framer.skippableBodyBytes(), 6);
    framer.skipBody(6);
    QVERIFY(framer.hasCompleted());
    QCOMPARE(framer.takeCompleted().bodyBytes, 10);
    QCOMPARE(framer.skippableBodyBytes(), 0);
    framer.feed("GET /b HTTP/1.1\r\nHost: h\r\n\r\n", 1);
    QCOMPARE(framer.takeCompleted().target, QByteArray("/b"));
}

void TestRequestFramer::keepsCurrentRequestWhileHeadersArrive()
{
    RequestFramer framer(testLimits);
    framer.feed("GET /a HTTP/1.1\r\nHost: h\r\n\r\nPOST /b", 7);
    QCOMPARE(framer.takeCompleted().sequence, 1u);
    QCOMPARE(framer.phase(), RequestFramer::Phase::Headers);
    QCOMPARE(framer.current().startedNs, 7);
    QCOMPARE(framer.current().headersCompleteNs, -1);
    framer.feed(" HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\n", 9);
    QCOMPARE(framer.phase(), RequestFramer::Phase::Body);
    QCOMPARE(framer.current().sequence, 2u);
    QCOMPARE(framer.current().headersCompleteNs, 9);
}

QTEST_GUILESS_MAIN(TestRequestFramer)
#include "tst_requestframer.moc"
