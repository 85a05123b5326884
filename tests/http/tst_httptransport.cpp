#include "HttpTestClient.h"
#include "http/HttpMetrics.h"
#include "http/HttpTransport.h"
#include "http/RequestStream.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <zlib.h>

using namespace muster;
using namespace muster::test;
using namespace std::chrono_literals;

namespace {

// A body above the gzip threshold that compresses well but not trivially.
QByteArray largeBody()
{
    QByteArray body = "{\"Resources\":[";
    for (int i = 0; i < 200; ++i)
        body += "{\"id\":\"" + QByteArray::number(i * 7919) + "\",\"userName\":\"user" +
                QByteArray::number(i) + "\"},";
    body.chop(1);
    return body + "]}";
}

QByteArray gunzip(const QByteArray& compressed)
{
    z_stream stream{};
    if (inflateInit2(&stream, 15 + 16) != Z_OK)
        return {};
    QByteArray output;
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    stream.avail_in = uInt(compressed.size());
    int result = Z_OK;
    while (result == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef*>(chunk.data());
        stream.avail_out = uInt(chunk.size());
        result = inflate(&stream, Z_NO_FLUSH);
        output.append(chunk.constData(), chunk.size() - qsizetype(stream.avail_out));
    }
    inflateEnd(&stream);
    return result == Z_STREAM_END ? output : QByteArray();
}

// What the test handler saw and controls.
struct HandlerState {
    std::atomic<int> calls{0};
    std::atomic<bool> slowStarted{false};
};

// Echoes the request as JSON; a few paths behave differently.
HttpResponse testHandler(HandlerState& state, const HttpRequest& request)
{
    ++state.calls;
    HttpResponse response;
    response.setHeader("content-type", "application/scim+json");
    if (request.path == u"/slow") {
        state.slowStarted = true;
        QThread::msleep(300);
    } else if (request.path == u"/thread") {
        response.body = QByteArray::number(quintptr(QThread::currentThread()));
        return response;
    } else if (request.path == u"/large") {
        response.body = largeBody();
        return response;
    } else if (request.path == u"/sized") {
        // ?bytes=N: N bytes that differ along the body, so that a misplaced chunk shows.
        const qsizetype size = request.query.queryItemValue(QStringLiteral("bytes")).toLongLong();
        response.body.reserve(size);
        for (qsizetype i = 0; i < size; ++i)
            response.body += char('a' + (i * 7 + i / 26) % 26);
        response.setHeader("content-type", "application/octet-stream");
        return response;
    } else if (request.path == u"/error") {
        response.status = 400;
        response.body = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"scimType\":"
                        "\"invalidFilter\",\"status\":\"400\"}";
        return response;
    } else if (request.path == u"/error-header") {
        response.status = 409;
        response.setHeader(HttpResponse::scimTypeHeader, "uniqueness");
        response.body = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":\"409\"}";
        return response;
    } else if (request.path == u"/empty") {
        response.status = 204;
        response.headers.clear();
        return response;
    }
    QJsonObject headers;
    for (const auto& [name, value] : request.headers)
        headers.insert(QString::fromLatin1(name), QString::fromUtf8(value));
    const QJsonObject echo{
        {QStringLiteral("method"), QString::fromLatin1(request.method)},
        {QStringLiteral("path"), request.path},
        {QStringLiteral("query"), request.query.toString(QUrl::FullyEncoded)},
        {QStringLiteral("filter"),
         request.query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded)},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("body"), QString::fromUtf8(request.body)},
        {QStringLiteral("secure"), request.secure},
        {QStringLiteral("peer"), request.peer.toString()},
    };
    response.body = QJsonDocument(echo).toJson(QJsonDocument::Compact);
    return response;
}

QJsonObject json(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace

class TestHttpTransport : public QObject {
    Q_OBJECT

private slots:
    void routesRequestsToTheHandler_data();
    void routesRequestsToTheHandler();
    void servesConnectionsInParallel();
    void refusesTooLargeBodies_data();
    void refusesTooLargeBodies();
    void refusesHugeHeaders();
    void refusesMalformedRequests_data();
    void refusesMalformedRequests();
    void cutsOffSlowHeaders();
    void closesIdleConnections();
    void limitsConnections();
    void closesWhenAsked_data();
    void closesWhenAsked();
    void answersPipelinedRequestsInOrder();
    void answersExpectContinue();
    void answersHeadAndNoContent();
    void answersBodiesOfAnySize_data();
    void answersBodiesOfAnySize();
    void compressesWhenAccepted_data();
    void compressesWhenAccepted();
    void servesTls();
    void exportsMetrics();
    void guardsMetrics();
    void streamsRedactedRecords();
    void survivesClientsThatLeave();
    void stopsGracefully();
    void reportsPortInUse();

private:
    std::unique_ptr<HttpTransport> startTransport(HttpTransportOptions options = {});
    HandlerState m_state;
};

std::unique_ptr<HttpTransport> TestHttpTransport::startTransport(HttpTransportOptions options)
{
    options.address = QHostAddress::LocalHost;
    if (options.workers == 0)
        options.workers = 2;
    auto transport = std::make_unique<HttpTransport>(
        [this](const HttpRequest& request) { return testHandler(m_state, request); }, std::move(options));
    const Status started = transport->start();
    if (!started) {
        qWarning() << started.error().detail;
        return nullptr;
    }
    return transport;
}

void TestHttpTransport::routesRequestsToTheHandler_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");

    QTest::addRow("GET") << QByteArray("GET") << QByteArray();
    QTest::addRow("POST") << QByteArray("POST") << QByteArray("{\"userName\":\"bjensen\"}");
    QTest::addRow("PUT") << QByteArray("PUT") << QByteArray("{\"userName\":\"bjensen\",\"active\":true}");
    QTest::addRow("PATCH") << QByteArray("PATCH")
                           << QByteArray("{\"Operations\":[{\"op\":\"remove\",\"path\":\"title\"}]}");
    QTest::addRow("DELETE") << QByteArray("DELETE") << QByteArray();
}

void TestHttpTransport::routesRequestsToTheHandler()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    const auto transport = startTransport();
    QVERIFY(transport);

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(QUrl(
        QStringLiteral("http://127.0.0.1:%1/scim/v2/Users/a%20b?filter=userName%20eq%20%22x%26y%22&count=2")
            .arg(transport->port())));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setRawHeader("X-Test", "Value 1");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/scim+json"));
    QNetworkReply* reply = network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(),
             QStringLiteral("application/scim+json"));

    const QJsonObject echo = json(reply->readAll());
    QCOMPARE(echo[u"method"].toString(), QString::fromLatin1(method));
    QCOMPARE(echo[u"path"].toString(), QStringLiteral("/scim/v2/Users/a b"));
    QCOMPARE(echo[u"filter"].toString(), QStringLiteral("userName eq \"x&y\""));
    QVERIFY(echo[u"query"].toString().endsWith(u"&count=2"));
    QCOMPARE(echo[u"headers"][u"x-test"].toString(), QStringLiteral("Value 1"));
    QCOMPARE(echo[u"headers"][u"host"].toString(), QStringLiteral("127.0.0.1:%1").arg(transport->port()));
    QCOMPARE(echo[u"body"].toString().toUtf8(), body);
    QCOMPARE(echo[u"secure"].toBool(), false);
    QCOMPARE(echo[u"peer"].toString(), QStringLiteral("127.0.0.1"));
    reply->deleteLater();
}

void TestHttpTransport::servesConnectionsInParallel()
{
    HttpTransportOptions options;
    options.workers = 2;
    const auto transport = startTransport(options);
    QVERIFY(transport);
    QCOMPARE(transport->workerCount(), 2);

    // The kernel spreads connections over the workers' sockets: find one connection on each.
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    QHash<QByteArray, QTcpSocket*> byThread;
    for (int i = 0; i < 40 && byThread.size() < 2; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, transport->port());
        QVERIFY(socket->waitForConnected(5000));
        socket->write(request("GET", "/thread"));
        const auto response = readResponse(*socket);
        QVERIFY(response);
        byThread.insert(response->body, socket.get());
        sockets.push_back(std::move(socket));
    }
    QCOMPARE(byThread.size(), 2);
    QTcpSocket& slow = *byThread.begin().value();
    QTcpSocket& fast = *std::next(byThread.begin()).value();

    QElapsedTimer timer;
    timer.start();
    slow.write(request("GET", "/slow"));
    QVERIFY(slow.waitForBytesWritten(1000));
    QTRY_VERIFY_WITH_TIMEOUT(m_state.slowStarted.load(), 2000);
    fast.write(request("GET", "/fast"));
    const auto fastResponse = readResponse(fast);
    const qint64 fastDone = timer.elapsed();
    QVERIFY(fastResponse);
    QCOMPARE(fastResponse->status, 200);
    const auto slowResponse = readResponse(slow);
    QVERIFY(slowResponse);
    QCOMPARE(slowResponse->status, 200);
    // A bound, not a benchmark: the fast request did not wait for the 300 ms one.
    QVERIFY2(fastDone < 200, qPrintable(QStringLiteral("fast request answered after %1 ms").arg(fastDone)));
    QVERIFY(timer.elapsed() >= 300);
    m_state.slowStarted = false;
}

void TestHttpTransport::refusesTooLargeBodies_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("firstBodyBytes");

    QTest::addRow("Content-Length")
        << QByteArray("POST /Users HTTP/1.1\r\nHost: h\r\nContent-Length: 1048576\r\n\r\n")
        << QByteArray(4096, 'x');
    QTest::addRow("whole body at once")
        << QByteArray("POST /Users HTTP/1.1\r\nHost: h\r\nContent-Length: 2000\r\n\r\n")
        << QByteArray(2000, 'x');
    QTest::addRow("chunked") << QByteArray(
                                    "POST /Users HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n")
                             << "800\r\n" + QByteArray(2048, 'x') + "\r\n";
}

void TestHttpTransport::refusesTooLargeBodies()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, firstBodyBytes);
    HttpTransportOptions options;
    options.maxBodyBytes = 1024;
    const auto transport = startTransport(options);
    QVERIFY(transport);
    const int callsBefore = m_state.calls;

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, transport->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(head + firstBodyBytes);
    const auto response = readResponse(socket);
    QVERIFY(response);
    QCOMPARE(response->status, 413);
    QCOMPARE(response->header("content-type"), QByteArray("application/scim+json"));
    QCOMPARE(response->header("connection"), QByteArray("close"));
    const QJsonObject error = json(response->body);
    QCOMPARE(error[u"schemas"][0].toString(), QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error"));
    QCOMPARE(error[u"status"].toString(), QStringLiteral("413"));
    QVERIFY(closesWithin(socket, 3000));
    QCOMPARE(m_state.calls.load(), callsBefore);

    // The server still answers.
    QTcpSocket next;
    next.connectToHost(QHostAddress::LocalHost, transport->port());
    QVERIFY(next.waitForConnected(5000));
    next.write(request("POST", "/Users", {}, "{}"));
    const auto nextResponse = readResponse(next);
    QVERIFY(nextResponse);
    QCOMPARE(nextResponse->status, 200);
}

void TestHttpTransport::refusesHugeHeaders()
{
    HttpTransportOptions options;
    options.maxHeaderBytes = 16 * 1024;
    const auto transport = startTransport(options);
    QVERIFY(transport);

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, transport->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(request("GET", "/Users", "X-Huge: " + QByteArray(20 * 1024, 'h') + "\r\n"));
    const auto response = readResponse(socket);
    QVERIFY(response);
    QCOMPARE(response->status, 431);
    QVERIFY(closesWithin(socket, 3000));

    QTcpSocket next;
    next.connectToHost(QHostAddress::LocalHost, transport->port());
    QVERIFY(next.waitForConnected(5000));
    next.write(request("GET", "/Users", "X-Fine: " + QByteArray(8 * 1024, 'h') + "\r\n"));
    const auto nextResponse = readResponse(next);
    QVERIFY(nextResponse);
    QCOMPARE(nextResponse->status, 200);
}

void TestHttpTransport::refusesMalformedRequests_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");

    QTest::addRow("unknown method") << QByteArray("BREW /pot HTTP/1.1\r\nHost: h\r\n\r\n") << 501;
    QTest::addRow("no Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
    QTest::addRow("binary garbage") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 15)
                                    << 400;
    QTest::addRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 501;
    QTest::addRow("websocket upgrade")
        << QByteArray("GET /ws HTTP/1.1\r\nHost: h\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n")
        << 400;
}

void TestHttpTransport::refusesMalformedRequests()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    const auto transport = startTransport();
    QVERIFY(transport);

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, transport->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(bytes);
    const auto response = readResponse(socket);
    QVERIFY(response);
    QCOMPARE(response->status, status);
    QVERIFY(closesWithin(socket, 3000));
    QTRY_COMPARE_WITH_TIMEOUT(transport->metrics().openConnections(), 0, 3000);
}

void TestHttpTransport::cutsOffSlowHeaders()
{
    HttpTransportOptions options;
    options.headerTimeout = 400ms;
    const auto transport = startTransport(options);
    QVERIFY(transport);

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, transport->port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray bytes = request("GET", "/Users", "X-Slow: " + QByteArray(200, 's') + "\r\n");
    QElapsedTimer timer;
    timer.start();
    // One byte every 50 ms: each byte is activity, but the headers never finish in time.
    for (qsizetype i = 0; i < bytes.size() && socket.state() == QAbstractSocket::ConnectedState; ++i) {
        socket.write(bytes.mid(i, 1));
        socket.flush();
        if (socket.waitForReadyRead(50))
            break;
    }
    const auto response = readResponse(socket, 1000);
    QVERIFY(response);
    QCOMPARE(response->status, 408);
    QVERIFY(closesWithin(socket, 3000));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

void TestHttpTransport::closesIdleConnections()
{
    HttpTransportOptions options;
    options.idleTimeout = 300ms;
    const auto transport = startTransport(options);
    QVERIFY(transport);

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, transport->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(request("GET", "/Users"));
    QVERIFY(readResponse(socket));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(closesWithin(socket, 3000));
    QVERIFY(timer.elapsed() >= 250);
}

void TestHttpTransport::limitsConnections()
{
    HttpTransportOptions options;
    options.maxConnections = 2;
    const auto transport = startTransport(options);
    QVERIFY(transport);

    std::vector<std::unique_ptr<QTcpSocket>> admitted;
    for (int i = 0; i < 2; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, transport->port());
        QVERIFY(socket->waitForConnected(5000));
        socket->write(request("GET", "/Users"));
        QVERIFY(readResponse(*socket));
        admitted.push_back(std::move(socket));
    }

    QTcpSocket extra;
    extra.connectToHost(QHostAddress::LocalHost, transport->port());
    QVERIFY(extra.waitForConnected(5000));
    extra.write(request("GET", "/Users"));
    const auto refused = readResponse(extra, 3000);
    if (refused)
        QCOMPARE(refused->status, 503);
    QVERIFY(closesWithin(extra, 3000));
    QVERIFY(transport->metrics().prometheusText().contains("muster_http_connections_rejected_total 1\n"));

    // Once a connection goes, a new one is let in.
    admitted.front()->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(transport->metrics().openConnections(), 1, 3000);
    QTcpSocket next;
    next.connectToHost(QHostAddress::LocalHost, transport->port());
    QVERIFY(next.waitForConnected(5000));
    next.write(request("GET", "/Users"));
    const auto response = readResponse(next);
    QVERIFY(response);
    QCOMPARE(response->status, 200);
}

void TestHttpTransport::closesWhenAsked_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("closes");

    QTest::addRow("HTTP/1.0") << QByteArray("GET /Users HTTP/1.0\r\n\r\n") << true;
    QTest::addRow("HTTP/1.0 keep-alive")
        << QByteArray("GET /Users HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << true;
    QTest::addRow("Connection: close") << request("GET", "/Users", "Connection: close\r\n") << true;
    QTest::addRow("HTTP/1.1") << request("GET", "/Users") << false;
}

void TestHttpTransport::closesWhenAsked()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, closes);
    const auto transport = startTransport();
    QVERIFY(transport);

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, transport->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(bytes);
    const auto response = readResponse(socket);
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->header("connection") == "close", closes);
    if (closes) {
        QVERIFY(closesWithin(socket, 3000));
        return;
    }
    QVERIFY(!closesWithin(socket, 300));
    socket.write(request("GET", "/Users"));
    const auto second = readResponse(socket);
    QVERIFY(second);
    QCOMPARE(second->status, 200);
}

void TestHttpTransport::answersPipelinedRequestsInOrder()
{
    const auto transport = startTransport();
    QVERIFY(transport);

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, transport->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(request("GET", "/one") + request("POST", "/two", {}, "{\"n\":2}") + request("GET", "/slow") +
                 request("DELETE", "/four") + request("GET", "/five", "Connection: close\r\n") +
                 request("GET", "/never"));
    QStringList paths;
    for (int i = 0; i < 5; ++i) {
        const auto response = readResponse(socket);
        QVERIFY(response);
        paths.append(json(response->body)[u"path"].toString());
    }
    QCOMPARE(paths, (QStringList{u"/one"_qs, u"/two"_qs, u"/slow"_qs, u"/four"_qs, u"/five"_qs}));
    QVERIFY(closesWithin(socket, 3000));
    m_state.slowStarted = false;
}

void TestHttpTransport::answersExpectContinue()
{
    HttpTransportOptions options;
    options.maxBodyBytes = 1024;
    const auto transport = startTransport(options);
    QVERIFY(transport);

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, transport->port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray body = "{\"userName\":\"expect\"}";
    socket.write("POST /Users HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\n\r\n");
    QElapsedTimer timer;
    timer.start();
    const auto interim = readResponse(socket, 900); // clients give up waiting after about 1 s
    QVERIFY(interim);
    QCOMPARE(interim->status, 100);
    QVERIFY(timer.elapsed() < 900);
    socket.write(body);
    const auto response = readResponse(socket);
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(json(response->body)[u"body"].toString().toUtf8(), body);

    // Too large: refused at once, without 100 Continue.
    socket.write("POST /Users HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 5000\r\n\r\n");
    const auto refused = readResponse(socket);
    QVERIFY(refused);
    QCOMPARE(refused->status, 413);
}

void TestHttpTransport::answersHeadAndNoContent()
{
    const auto transport = startTransport();
    QVERIFY(transport);

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, transport->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(request("HEAD", "/large") + request("DELETE", "/empty") + request("GET", "/thread"));
    const auto head = readResponse(socket, 5000, true);
    QVERIFY(head);
    QCOMPARE(head->status, 200);
    QCOMPARE(head->header("content-length").toLongLong(), largeBody().size());
    QVERIFY(!head->hasHeader("content-encoding"));
    const auto empty = readResponse(socket);
    QVERIFY(empty);
    QCOMPARE(empty->status, 204);
    QVERIFY(!empty->hasHeader("content-length"));
    QVERIFY(!empty->hasHeader("content-type"));
    const auto last = readResponse(socket);
    QVERIFY(last);
    QCOMPARE(last->status, 200);
    QVERIFY(!last->body.isEmpty());
}

// Bodies below and above the size at which the transport writes the body apart from the head, each
// followed on the same connection by another answer that must come whole after it.
void TestHttpTransport::answersBodiesOfAnySize_data()
{
    QTest::addColumn<qsizetype>("bytes");
    QTest::addRow("small") << qsizetype(100);
    QTest::addRow("just under 16 KiB") << qsizetype(16 * 1024 - 1);
    QTest::addRow("16 KiB") << qsizetype(16 * 1024);
    QTest::addRow("4 MiB") << qsizetype(4 * 1024 * 1024);
}

void TestHttpTransport::answersBodiesOfAnySize()
{
    QFETCH(qsizetype, bytes);
    const auto transport = startTransport();
    QVERIFY(transport);

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, transport->port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray path = "/sized?bytes=" + QByteArray::number(bytes);
    socket.write(request("GET", path) + request("HEAD", path) + request("GET", "/thread"));
    const auto sized = readResponse(socket, 10000);
    QVERIFY(sized);
    QCOMPARE(sized->status, 200);
    QCOMPARE(sized->body.size(), bytes);
    for (qsizetype i = 0; i < bytes; i += 4093)
        QCOMPARE(sized->body.at(i), char('a' + (i * 7 + i / 26) % 26));
    QCOMPARE(sized->body.back(), char('a' + ((bytes - 1) * 7 + (bytes - 1) / 26) % 26));
    const auto head = readResponse(socket, 5000, true);
    QVERIFY(head);
    QCOMPARE(head->header("content-length").toLongLong(), bytes);
    QVERIFY(head->body.isEmpty());
    const auto last = readResponse(socket);
    QVERIFY(last);
    QCOMPARE(last->status, 200);
    QVERIFY(!last->body.isEmpty());
}

void TestHttpTransport::compressesWhenAccepted_data()
{
    QTest::addColumn<QByteArray>("acceptEncoding");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<bool>("compressed");

    QTest::addRow("gzip") << QByteArray("gzip") << QByteArray("/large") << true;
    QTest::addRow("gzip among others")
        << QByteArray("br;q=1.0, gzip;q=0.8, deflate") << QByteArray("/large") << true;
    QTest::addRow("wildcard") << QByteArray("*") << QByteArray("/large") << true;
    QTest::addRow("not accepted") << QByteArray() << QByteArray("/large") << false;
    QTest::addRow("refused by q=0") << QByteArray("gzip;q=0, *") << QByteArray("/large") << false;
    QTest::addRow("identity only") << QByteArray("identity") << QByteArray("/large") << false;
    QTest::addRow("small body") << QByteArray("gzip") << QByteArray("/small") << false;
}

void TestHttpTransport::compressesWhenAccepted()
{
    QFETCH(QByteArray, acceptEncoding);
    QFETCH(QByteArray, path);
    QFETCH(bool, compressed);
    const auto transport = startTransport();
    QVERIFY(transport);

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, transport->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(request(
        "GET", path,
        acceptEncoding.isEmpty() ? QByteArray() : QByteArray("Accept-Encoding: " + acceptEncoding + "\r\n")));
    const auto response = readResponse(socket);
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->header("content-encoding") == "gzip", compressed);
    if (path == "/large") {
        QCOMPARE(response->header("vary"), QByteArray("accept-encoding"));
        if (compressed) {
            QVERIFY(response->body.size() < largeBody().size() / 3);
            QCOMPARE(gunzip(response->body), largeBody());
        } else {
            QCOMPARE(response->body, largeBody());
        }
    }
}

void TestHttpTransport::servesTls()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("The openssl tool is not installed: no certificate to test TLS with.");
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here.");
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString certificate = directory.filePath(QStringLiteral("cert.pem"));
    const QString key = directory.filePath(QStringLiteral("key.pem"));
    QProcess process;
    process.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                            QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                            QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                            QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                            QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"),
                            QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);

    HttpTransportOptions options;
    options.certificateFile = certificate;
    options.privateKeyFile = key;
    const auto transport = startTransport(options);
    QVERIFY(transport);

    QSslSocket socket;
    QSslConfiguration configuration = socket.sslConfiguration();
    configuration.setCaCertificates(QSslCertificate::fromPath(certificate));
    socket.setSslConfiguration(configuration);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), transport->port(),
                                  QStringLiteral("localhost"));
    QVERIFY2(socket.waitForEncrypted(5000), qPrintable(socket.errorString()));
    socket.write(request("GET", "/Users"));
    const auto response = readResponse(socket);
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(json(response->body)[u"secure"].toBool(), true);

    // Plain HTTP on the TLS port gets no answer.
    QTcpSocket plain;
    plain.connectToHost(QHostAddress::LocalHost, transport->port());
    QVERIFY(plain.waitForConnected(5000));
    plain.write(request("GET", "/Users"));
    QVERIFY(!readResponse(plain, 2000));
    QVERIFY(closesWithin(plain, 3000));

    // A missing key is a clear error.
    HttpTransportOptions broken = options;
    broken.privateKeyFile = directory.filePath(QStringLiteral("missing.pem"));
    HttpTransport failing([](const HttpRequest&) { return HttpResponse{}; }, broken);
    const Status started = failing.start();
    QVERIFY(!started);
    QVERIFY(started.error().detail.contains(u"missing.pem"));
}

void TestHttpTransport::exportsMetrics()
{
    const auto transport = startTransport();
    QVERIFY(transport);

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, transport->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(request("GET", "/scim/v2/Users/2819c223") + request("GET", "/scim/v2/Users/other-id") +
                 request("POST", "/scim/v2/Groups/.search", {}, "{}") + request("GET", "/error") +
                 request("GET", "/error-header"));
    for (int i = 0; i < 5; ++i) {
        const auto response = readResponse(socket);
        QVERIFY(response);
        QVERIFY(!response->hasHeader(HttpResponse::scimTypeHeader));
    }
    socket.write(request("GET", "/metrics"));
    const auto response = readResponse(socket);
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->header("content-type"), QByteArray("text/plain; version=0.0.4; charset=utf-8"));

    // Every line is a comment or `name{labels} value`; collect the samples.
    static const QRegularExpression sample(QStringLiteral(
        "^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(?:[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\]|\\\\.)*\",?)*\\})? "
        "([-+0-9.eE]+|\\+Inf|NaN)$"));
    QHash<QString, double> samples;
    for (const QByteArray& line : response->body.split('\n')) {
        if (line.isEmpty() || line.startsWith("# HELP ") || line.startsWith("# TYPE "))
            continue;
        const QRegularExpressionMatch match = sample.match(QString::fromUtf8(line));
        QVERIFY2(match.hasMatch(), line.constData());
        samples.insert(match.captured(1) + match.captured(2), match.captured(3).toDouble());
    }
    QCOMPARE(
        samples.value(
            u"muster_http_requests_total{method=\"GET\",route=\"/scim/v2/Users/{id}\",status=\"200\"}"_qs),
        2.0);
    QCOMPARE(
        samples.value(
            u"muster_http_requests_total{method=\"POST\",route=\"/scim/v2/Groups/.search\",status=\"200\"}"_qs),
        1.0);
    QCOMPARE(samples.value(u"muster_http_errors_total{status=\"400\",scim_type=\"invalidFilter\"}"_qs), 1.0);
    QCOMPARE(samples.value(u"muster_http_errors_total{status=\"409\",scim_type=\"uniqueness\"}"_qs), 1.0);
    QCOMPARE(samples.value(u"muster_http_request_duration_seconds_count"_qs), 5.0);
    QCOMPARE(samples.value(u"muster_http_request_duration_seconds_bucket{le=\"+Inf\"}"_qs), 5.0);
    QCOMPARE(samples.value(u"muster_http_connections_open"_qs), 1.0);
}

void TestHttpTransport::guardsMetrics()
{
    HttpTransportOptions options;
    options.metricsAuthorized = [](const HttpRequest& request) {
        return request.header("authorization") == "Bearer good";
    };
    const auto transport = startTransport(options);
    QVERIFY(transport);

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, transport->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(request("GET", "/metrics") + request("GET", "/metrics", "Authorization: Bearer good\r\n") +
                 request("POST", "/metrics", "Authorization: Bearer good\r\n", "x"));
    const auto refused = readResponse(socket);
    QVERIFY(refused);
    QCOMPARE(refused->status, 401);
    QCOMPARE(refused->header("www-authenticate"), QByteArray("Bearer"));
    const auto allowed = readResponse(socket);
    QVERIFY(allowed);
    QCOMPARE(allowed->status, 200);
    QVERIFY(allowed->body.contains(
        "muster_http_requests_total{method=\"GET\",route=\"/metrics\",status=\"401\"} 1\n"));
    const auto wrongMethod = readResponse(socket);
    QVERIFY(wrongMethod);
    QCOMPARE(wrongMethod->status, 405);
}

void TestHttpTransport::streamsRedactedRecords()
{
    const auto transport = startTransport();
    QVERIFY(transport);
    QList<RequestRecord> records;
    connect(transport->requestStream(), &RequestStream::recorded, this,
            [&records](const RequestRecord& record) { records.append(record); });

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, transport->port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray create =
        "{\"userName\":\"bjensen\",\"password\":\"hunter2\",\"name\":{\"givenName\":\"Barbara\"}}";
    const QByteArray patch =
        "{\"Operations\":[{\"op\":\"replace\",\"path\":\"password\",\"value\":\"t0ps3cret\"},"
        "{\"op\":\"replace\",\"value\":{\"PassWord\":\"n0path\"}}]}";
    socket.write(request("POST", "/scim/v2/Users?x=1", "Authorization: Bearer s3cr3t-t0ken\r\n", create) +
                 request("PATCH", "/scim/v2/Users/1", "Authorization: Bearer s3cr3t-t0ken\r\n", patch));
    QVERIFY(readResponse(socket));
    QVERIFY(readResponse(socket));
    QTRY_COMPARE_WITH_TIMEOUT(records.size(), 2, 5000);

    const RequestRecord& first = records[0];
    QCOMPARE(first.method, QByteArray("POST"));
    QCOMPARE(first.path, QStringLiteral("/scim/v2/Users"));
    QCOMPARE(first.query, QStringLiteral("x=1"));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.peer, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(first.durationNs > 0);
    QVERIFY(first.time.isValid());
    bool sawAuthorization = false;
    for (const auto& [name, value] : first.requestHeaders) {
        if (name == "authorization") {
            sawAuthorization = true;
            QCOMPARE(value, QByteArray("Bearer [redacted]"));
        }
    }
    QVERIFY(sawAuthorization);
    QCOMPARE(json(first.requestBody)[u"password"].toString(), QStringLiteral("[redacted]"));
    QCOMPARE(json(first.requestBody)[u"name"][u"givenName"].toString(), QStringLiteral("Barbara"));
    QVERIFY(!first.responseBody.isEmpty());
    QVERIFY(!first.responseHeaders.isEmpty());

    const RequestRecord& second = records[1];
    QCOMPARE(second.id, first.id + 1);
    for (const QByteArray secret : {"hunter2", "t0ps3cret", "n0path", "s3cr3t-t0ken"}) {
        QVERIFY(!second.requestBody.contains(secret));
        QVERIFY(!first.requestBody.contains(secret));
        for (const auto& header : second.requestHeaders)
            QVERIFY(!header.second.contains(secret));
    }
    // The response echoes the request as the handler saw it: unredacted, which is why records redact.
    QVERIFY(first.responseBody.contains("hunter2"));
}

void TestHttpTransport::survivesClientsThatLeave()
{
    const auto transport = startTransport();
    QVERIFY(transport);

    // One leaves while its request is being answered, one in the middle of its body, one after a
    // pipelined burst, one right after connecting.
    QTcpSocket duringAnswer;
    duringAnswer.connectToHost(QHostAddress::LocalHost, transport->port());
    QVERIFY(duringAnswer.waitForConnected(5000));
    duringAnswer.write(request("GET", "/slow"));
    QVERIFY(duringAnswer.waitForBytesWritten(1000));
    QTRY_VERIFY_WITH_TIMEOUT(m_state.slowStarted.load(), 2000);
    duringAnswer.abort();

    QTcpSocket duringBody;
    duringBody.connectToHost(QHostAddress::LocalHost, transport->port());
    QVERIFY(duringBody.waitForConnected(5000));
    duringBody.write("POST /Users HTTP/1.1\r\nHost: h\r\nContent-Length: 100\r\n\r\n0123456789");
    QVERIFY(duringBody.waitForBytesWritten(1000));

    QTcpSocket afterBurst;
    afterBurst.connectToHost(QHostAddress::LocalHost, transport->port());
    QVERIFY(afterBurst.waitForConnected(5000));
    afterBurst.write(request("GET", "/large").repeated(20));
    QVERIFY(afterBurst.waitForBytesWritten(1000));

    QTcpSocket atOnce;
    atOnce.connectToHost(QHostAddress::LocalHost, transport->port());
    QVERIFY(atOnce.waitForConnected(5000));

    QTest::qWait(100);
    duringBody.abort();
    afterBurst.abort();
    atOnce.abort();
    m_state.slowStarted = false;

    QTcpSocket next;
    next.connectToHost(QHostAddress::LocalHost, transport->port());
    QVERIFY(next.waitForConnected(5000));
    next.write(request("GET", "/Users"));
    const auto response = readResponse(next);
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(transport->metrics().openConnections(), 1, 3000);
}

void TestHttpTransport::stopsGracefully()
{
    HttpTransportOptions options;
    options.stopTimeout = 3s;
    const auto transport = startTransport(options);
    QVERIFY(transport);

    QTcpSocket busy;
    busy.connectToHost(QHostAddress::LocalHost, transport->port());
    QVERIFY(busy.waitForConnected(5000));
    QTcpSocket idle;
    idle.connectToHost(QHostAddress::LocalHost, transport->port());
    QVERIFY(idle.waitForConnected(5000));
    idle.write(request("GET", "/Users"));
    QVERIFY(readResponse(idle));

    busy.write(request("GET", "/slow"));
    QVERIFY(busy.waitForBytesWritten(1000));
    QTRY_VERIFY_WITH_TIMEOUT(m_state.slowStarted.load(), 2000);
    QElapsedTimer timer;
    timer.start();
    transport->stop();
    QVERIFY(timer.elapsed() < 2500);
    QVERIFY(!transport->isRunning());
    QCOMPARE(transport->metrics().openConnections(), 0);

    const auto response = readResponse(busy);
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QVERIFY(closesWithin(busy, 3000));
    QVERIFY(closesWithin(idle, 3000));
    m_state.slowStarted = false;

    // Nothing listens any more.
    QTcpSocket late;
    late.connectToHost(QHostAddress::LocalHost, transport->port() ? transport->port() : 1);
    QVERIFY(!late.waitForConnected(1000) || closesWithin(late, 1000));

    // And it can start again.
    QVERIFY(transport->start().ok());
    QVERIFY(transport->port() != 0);
}

void TestHttpTransport::reportsPortInUse()
{
    const auto first = startTransport();
    QVERIFY(first);

    HttpTransportOptions options;
    options.port = first->port();
    options.workers = 2;
    HttpTransport second([](const HttpRequest&) { return HttpResponse{}; }, options);
    const Status started = second.start();
    QVERIFY(!started);
    QVERIFY2(started.error().detail.contains(u"already in use"), qPrintable(started.error().detail));
    QCOMPARE(second.port(), 0);

    QTcpServer other;
    QVERIFY(other.listen(QHostAddress::LocalHost, 0));
    options.port = other.serverPort();
    HttpTransport third([](const HttpRequest&) { return HttpResponse{}; }, options);
    QVERIFY(!third.start());
}

QTEST_GUILESS_MAIN(TestHttpTransport)
#include "tst_httptransport.moc"
