#include "http/HttpResponseEncoder.h"

#include <QDateTime>
#include <QLocale>

#include <charconv>
#include <cstring>

namespace muster {

QByteArray HttpResponseEncoder::encode(int status, const Headers& headers, const QByteArray& body,
                                       bool omitBody)
{
    const bool bodyless = (status >= 100 && status < 200) || status == 204 || status == 304;
    const bool withBody = !omitBody && !bodyless;
    char statusDigits[12];
    const QByteArrayView statusText(
        statusDigits, std::to_chars(std::begin(statusDigits), std::end(statusDigits), status).ptr);
    char lengthDigits[24];
    const QByteArrayView lengthText(
        lengthDigits, bodyless
                          ? lengthDigits
                          : std::to_chars(std::begin(lengthDigits), std::end(lengthDigits), body.size()).ptr);
    const QByteArrayView reason = reasonPhrase(status);
    constexpr QByteArrayView contentLength = "content-length: ";

    // Sized once and filled with memcpy: appending piece by piece costs more than the response's bytes.
    qsizetype size = 9 + statusText.size() + 1 + reason.size() + 2 + 2 + (withBody ? body.size() : 0);
    for (const auto& [name, value] : headers)
        size += name.size() + 2 + value.size() + 2;
    if (!bodyless)
        size += contentLength.size() + lengthText.size() + 2;
    QByteArray bytes(size, Qt::Uninitialized);
    char* out = bytes.data();
    const auto put = [&out](QByteArrayView piece) {
        if (!piece.isEmpty())
            std::memcpy(out, piece.data(), size_t(piece.size()));
        out += piece.size();
    };
    put("HTTP/1.1 ");
    put(statusText);
    put(" ");
    put(reason);
    put("\r\n");
    for (const auto& [name, value] : headers) {
        put(name);
        put(": ");
        put(value);
        put("\r\n");
    }
    if (!bodyless) {
        put(contentLength);
        put(lengthText);
        put("\r\n");
    }
    put("\r\n");
    if (withBody)
        put(body);
    Q_ASSERT(out == bytes.constData() + bytes.size());
    return bytes;
}

QByteArrayView HttpResponseEncoder::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 417:
        return "Expectation Failed";
    case 422:
        return "Unprocessable Content";
    case 428:
        return "Precondition Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    case 507:
        return "Insufficient Storage";
    default:
        return "Status";
    }
}

QByteArray HttpResponseEncoder::httpDate(qint64 secondsSinceEpoch)
{
    const QDateTime time = QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC);
    return QLocale::c().toString(time, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

} // namespace muster
