#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QString>

#include <utility>

namespace muster {

// One request and its response as the desktop app's request inspector shows them. Secrets are
// redacted before a record leaves the transport: the Authorization header's credentials and any
// "password" value in a JSON body. Bodies are cut at the transport's record limit.
struct RequestRecord {
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    quint64 id = 0;    // increasing per transport
    QDateTime time;    // when the request's first byte arrived (UTC)
    QByteArray method; // "-" when the request line could not be read
    QString path;      // percent-decoded
    QString query;     // as sent, without "?"
    QHostAddress peer;
    bool secure = false;
    Headers requestHeaders; // names in lower case
    QByteArray requestBody;
    bool requestBodyTruncated = false;
    int status = 0;
    Headers responseHeaders; // as sent, transport headers included
    QByteArray responseBody; // before compression
    bool responseBodyTruncated = false;
    qint64 durationNs = 0;

    static constexpr QByteArrayView redacted = "[redacted]";

    // Authorization and Proxy-Authorization keep their scheme ("Bearer [redacted]"); Cookie values go.
    static Headers redactHeaders(const Headers& headers);
    // Every member named "password" (any case) of a JSON body, at any depth, including the value of a
    // PATCH operation whose path is "password"; a body that is not JSON is searched textually.
    static QByteArray redactBody(const QByteArray& body);
};

} // namespace muster

Q_DECLARE_METATYPE(muster::RequestRecord)
