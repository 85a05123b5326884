#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

namespace muster {

// HTTP/1.1 response bytes, written to the socket in one piece: the transport decides every header on
// the wire (no MIME sniffing, no application/x-empty, correct Content-Length for HEAD).
class HttpResponseEncoder final {
public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    // Status line, the headers, Content-Length (not for 1xx, 204 and 304), the blank line, and the
    // body unless omitBody (HEAD: the length of the body that a GET would get).
    static QByteArray encode(int status, const Headers& headers, const QByteArray& body, bool omitBody);
    static QByteArrayView reasonPhrase(int status);
    // An IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") for the Date header.
    static QByteArray httpDate(qint64 secondsSinceEpoch);
};

} // namespace muster
