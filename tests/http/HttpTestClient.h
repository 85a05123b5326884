#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QList>
#include <QTcpSocket>

#include <functional>
#include <optional>
#include <utility>

namespace muster::test {

// One HTTP response read off a raw socket.
struct RawResponse {
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto& [key, value] : headers) {
            if (key == name)
                return value;
        }
        return {};
    }
    bool hasHeader(QByteArrayView name) const
    {
        for (const auto& header : headers) {
            if (header.first == name)
                return true;
        }
        return false;
    }
};

// Waits until `ready` holds, reading from the socket; false on timeout or when the peer closed first.
inline bool waitUntil(QTcpSocket& socket, const std::function<bool()>& ready, QDeadlineTimer deadline)
{
    while (!ready()) {
        if (deadline.hasExpired() || socket.state() != QAbstractSocket::ConnectedState)
            return ready();
        socket.waitForReadyRead(int(std::clamp<qint64>(deadline.remainingTime(), 1, 1000)));
    }
    return true;
}

// Reads exactly one response (a 100 Continue counts as one), leaving later bytes in the socket.
inline std::optional<RawResponse> readResponse(QTcpSocket& socket, int timeoutMs = 5000, bool toHead = false)
{
    const QDeadlineTimer deadline(timeoutMs);
    const auto readLine = [&]() -> std::optional<QByteArray> {
        if (!waitUntil(
                socket, [&] { return socket.canReadLine(); }, deadline))
            return std::nullopt;
        QByteArray line = socket.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        return line;
    };
    const std::optional<QByteArray> statusLine = readLine();
    if (!statusLine || !statusLine->startsWith("HTTP/1.1 "))
        return std::nullopt;
    RawResponse response;
    response.status = statusLine->mid(9, 3).toInt();
    for (;;) {
        const std::optional<QByteArray> line = readLine();
        if (!line)
            return std::nullopt;
        if (line->isEmpty())
            break;
        const qsizetype colon = line->indexOf(':');
        response.headers.append({line->left(colon).toLower(), line->mid(colon + 1).trimmed()});
    }
    if (toHead || response.status < 200 || response.status == 204 || response.status == 304)
        return response;
    const qint64 length = response.header("content-length").toLongLong();
    if (!waitUntil(
            socket, [&] { return socket.bytesAvailable() >= length; }, deadline))
        return std::nullopt;
    response.body = socket.read(length);
    return response;
}

// Whether the peer closes the connection within the time (reading and dropping what it sends).
inline bool closesWithin(QTcpSocket& socket, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (socket.state() != QAbstractSocket::UnconnectedState) {
        if (deadline.hasExpired())
            return false;
        socket.waitForReadyRead(int(std::clamp<qint64>(deadline.remainingTime(), 1, 1000)));
        socket.readAll();
    }
    return true;
}

// One HTTP/1.1 request; extraHeaders are whole lines ("Name: value\r\n").
inline QByteArray request(QByteArrayView method, QByteArrayView target, const QByteArray& extraHeaders = {},
                          const QByteArray& body = {})
{
    QByteArray bytes =
        method.toByteArray() + ' ' + target.toByteArray() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders;
    if (!body.isEmpty())
        bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return bytes + "\r\n" + body;
}

} // namespace muster::test
