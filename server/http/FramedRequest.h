#pragma once

#include <QByteArray>

namespace muster {

// What the transport learns about one request from its bytes alone, before QtHttpServer parses it:
// where it starts and ends on the connection and how the connection must behave after it.
struct FramedRequest {
    quint64 sequence = 0;          // 1 for the connection's first request, then 2, ...
    QByteArray method;             // "GET", "POST", ...; empty until the request line is read
    QByteArray target;             // the raw request target, e.g. "/scim/v2/Users?filter=..."
    int httpMinorVersion = 1;      // HTTP/1.0 or HTTP/1.1
    bool closeAfter = false;       // HTTP/1.0 or "Connection: close": close after the response
    bool expectContinue = false;   // "Expect: 100-continue"
    bool chunked = false;          // "Transfer-Encoding: chunked"
    qint64 contentLength = 0;      // declared length; for chunked bodies the bytes seen so far
    qint64 bodyBytes = 0;          // body bytes received so far
    qint64 startedNs = 0;          // first byte, on the worker's monotonic clock
    qint64 headersCompleteNs = -1; // end of the header section, -1 while headers are incomplete
};

} // namespace muster
