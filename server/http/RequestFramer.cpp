#include "http/RequestFramer.h"

#include <QList>
#include <QVarLengthArray>

#include <algorithm>
#include <cstring>

namespace muster {

namespace {

// Methods that QtHttpServer 6.4's parser knows and that a SCIM server answers; anything else would be a
// parse error there (and an orphaned connection), so it is answered with 501 here.
constexpr QByteArrayView allowedMethods[] = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"};

// Longest chunk-size line (with extensions) accepted.
constexpr qsizetype maxChunkLineBytes = 1024;
// Blank lines tolerated between requests (RFC 9112 §2.2 asks to ignore at least one).
constexpr qsizetype maxBlankBytesBetweenRequests = 64;

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

// Field values may hold visible characters, spaces, tabs and obs-text, but no other control characters.
bool isFieldValue(QByteArrayView text)
{
    return std::none_of(text.begin(), text.end(), [](char c) {
        const auto byte = uchar(c);
        return (byte < 0x20 && byte != '\t') || byte == 0x7f;
    });
}

// Origin-form targets only ("/path?query"): visible ASCII, no spaces.
bool isOriginFormTarget(QByteArrayView target)
{
    if (!target.startsWith('/'))
        return false;
    return std::all_of(target.begin(), target.end(), [](char c) {
        const auto byte = uchar(c);
        return byte > 0x20 && byte < 0x7f;
    });
}

QByteArrayView trimmedView(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

// One past the empty line that ends a header section ("\n\r\n" or "\n\n"), looking from `from` on; -1
// while it has not come. A line-by-line scan: QByteArray::indexOf of a short needle costs more than the
// whole section.
qsizetype headerSectionEnd(QByteArrayView buffer, qsizetype from)
{
    const char* const begin = buffer.data();
    const char* const stop = begin + buffer.size();
    for (const char* c = begin + from; c < stop;) {
        const auto* newline = static_cast<const char*>(std::memchr(c, '\n', size_t(stop - c)));
        if (!newline)
            return -1;
        if (newline + 1 < stop && newline[1] == '\n')
            return newline + 2 - begin;
        if (newline + 2 < stop && newline[1] == '\r' && newline[2] == '\n')
            return newline + 3 - begin;
        c = newline + 1;
    }
    return -1;
}

// A header name against a lower-case one: lengths first, since most names differ in length.
bool isNamed(QByteArrayView name, QByteArrayView lowerCase)
{
    return name.size() == lowerCase.size() && name.compare(lowerCase, Qt::CaseInsensitive) == 0;
}

bool hasToken(QByteArrayView list, QByteArrayView token)
{
    for (const QByteArrayView item : QByteArray::fromRawData(list.data(), list.size()).split(',')) {
        if (trimmedView(item).compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

RequestFramer::RequestFramer(Limits limits)
    : m_limits(limits)
{}

void RequestFramer::feed(QByteArrayView bytes, qint64 nowNs)
{
    m_nowNs = nowNs;
    qsizetype position = 0;
    while (position < bytes.size()) {
        switch (m_phase) {
        case Phase::Idle: {
            const char c = bytes[position];
            if (c == '\r' || c == '\n') {
                if (++m_blankBytes > maxBlankBytesBetweenRequests) {
                    reject(400, QStringLiteral("Too many blank lines between requests."));
                    return;
                }
                ++position;
                continue;
            }
            m_current = FramedRequest{};
            m_current.startedNs = nowNs;
            m_current.sequence = ++m_sequence;
            m_headerBuffer.clear();
            m_blankBytes = 0;
            m_phase = Phase::Headers;
            break;
        }
        case Phase::Headers: {
            position += feedHeaders(bytes.sliced(position));
            break;
        }
        case Phase::Body:
            position += m_current.chunked ? feedChunkedBody(bytes.sliced(position))
                                          : feedContentLengthBody(bytes.sliced(position));
            break;
        case Phase::Stopped:
        case Phase::Rejected:
            return;
        }
    }
}

qint64 RequestFramer::skippableBodyBytes() const
{
    if (m_phase != Phase::Body || m_current.chunked)
        return 0;
    return m_current.contentLength - m_current.bodyBytes;
}

void RequestFramer::skipBody(qint64 count)
{
    Q_ASSERT(count <= skippableBodyBytes());
    m_current.bodyBytes += count;
    if (m_current.bodyBytes == m_current.contentLength)
        completeRequest();
}

FramedRequest RequestFramer::takeCompleted()
{
    Q_ASSERT(!m_completed.empty());
    FramedRequest request = std::move(m_completed.front());
    m_completed.pop_front();
    return request;
}

qsizetype RequestFramer::feedHeaders(QByteArrayView bytes)
{
    const qsizetype before = m_headerBuffer.size();
    // Never hold more than the limit allows (plus what tells that it was exceeded).
    const qsizetype room = std::max<qsizetype>(0, m_limits.maxHeaderBytes + 1 - before);
    m_headerBuffer.append(bytes.first(std::min(bytes.size(), room)));

    const qsizetype end = headerSectionEnd(m_headerBuffer, std::max<qsizetype>(0, before - 2));

    if (end < 0 || end > m_limits.maxHeaderBytes) {
        if (m_headerBuffer.size() > m_limits.maxHeaderBytes)
            reject(431, QStringLiteral("The request header section is larger than %1 bytes.")
                            .arg(m_limits.maxHeaderBytes));
        return bytes.size();
    }

    const qsizetype consumed = end - before;
    m_headerBuffer.truncate(end);
    if (!parseHeaderSection(m_headerBuffer))
        return bytes.size();
    m_headerBuffer.clear();
    m_current.headersCompleteNs = m_nowNs;

    if (m_current.chunked || m_current.contentLength > 0) {
        m_phase = Phase::Body;
        m_chunkState = ChunkState::Size;
        m_line.clear();
        m_trailerBytes = 0;
    } else {
        completeRequest();
    }
    return consumed;
}

bool RequestFramer::parseHeaderSection(QByteArrayView section)
{
    QVarLengthArray<QByteArrayView, 32> lines;
    for (qsizetype lineStart = 0; lineStart < section.size();) {
        const auto* newline = static_cast<const char*>(
            std::memchr(section.data() + lineStart, '\n', size_t(section.size() - lineStart)));
        if (!newline)
            break;
        const qsizetype end = newline - section.data();
        QByteArrayView line = section.sliced(lineStart, end - lineStart);
        if (line.endsWith('\r'))
            line.chop(1);
        lines.append(line);
        lineStart = end + 1;
    }
    // The section ends with an empty line; everything before it must be CR-free lines.
    while (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    if (lines.isEmpty()) {
        reject(400, QStringLiteral("The request line is missing."));
        return false;
    }
    for (const QByteArrayView line : lines) {
        if (line.contains('\r')) {
            reject(400, QStringLiteral("A bare carriage return in the request header section."));
            return false;
        }
    }

    // method SP target SP version, each part non-empty and the version without further spaces.
    const QByteArrayView requestLine = lines.front();
    const qsizetype methodEnd = requestLine.indexOf(' ');
    const qsizetype targetEnd = methodEnd < 0 ? -1 : requestLine.indexOf(' ', methodEnd + 1);
    if (targetEnd < 0 || requestLine.indexOf(' ', targetEnd + 1) >= 0) {
        reject(400, QStringLiteral("Malformed request line."));
        return false;
    }
    m_current.method = requestLine.first(methodEnd).toByteArray();
    m_current.target = requestLine.sliced(methodEnd + 1, targetEnd - methodEnd - 1).toByteArray();
    const QByteArrayView version = requestLine.sliced(targetEnd + 1);
    if (!isToken(m_current.method)) {
        reject(400, QStringLiteral("Malformed request method."));
        return false;
    }
    if (std::find(std::begin(allowedMethods), std::end(allowedMethods), m_current.method) ==
        std::end(allowedMethods)) {
        reject(501,
               QStringLiteral("The method %1 is not supported.").arg(QString::fromLatin1(m_current.method)));
        return false;
    }
    if (!isOriginFormTarget(m_current.target)) {
        reject(400, QStringLiteral("The request target must be an absolute path."));
        return false;
    }
    if (version == "HTTP/1.1") {
        m_current.httpMinorVersion = 1;
    } else if (version == "HTTP/1.0") {
        m_current.httpMinorVersion = 0;
        m_current.closeAfter = true;
    } else if (version.startsWith("HTTP/") && version.size() == 8) {
        reject(505, QStringLiteral("Only HTTP/1.0 and HTTP/1.1 are supported."));
        return false;
    } else {
        reject(400, QStringLiteral("Malformed HTTP version."));
        return false;
    }

    int hostHeaders = 0;
    qint64 contentLength = -1;
    bool hasTransferEncoding = false;
    bool hasUpgrade = false;
    bool connectionUpgrade = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines[i];
        if (line.isEmpty())
            continue;
        if (line.front() == ' ' || line.front() == '\t') {
            reject(400, QStringLiteral("Folded header lines are not accepted."));
            return false;
        }
        const qsizetype colon = line.indexOf(':');
        const QByteArrayView name = colon < 0 ? QByteArrayView() : line.first(colon);
        if (!isToken(name)) {
            reject(400, QStringLiteral("Malformed header line."));
            return false;
        }
        const QByteArrayView value = trimmedView(line.sliced(colon + 1));
        if (!isFieldValue(value)) {
            reject(400, QStringLiteral("Control characters in a header value."));
            return false;
        }

        if (isNamed(name, "content-length")) {
            const bool digits =
                !value.isEmpty() && value.size() <= 18 &&
                std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
            if (!digits) {
                reject(400, QStringLiteral("Malformed Content-Length."));
                return false;
            }
            const qint64 length = value.toLongLong();
            if (contentLength >= 0 && contentLength != length) {
                reject(400, QStringLiteral("Conflicting Content-Length headers."));
                return false;
            }
            contentLength = length;
        } else if (isNamed(name, "transfer-encoding")) {
            if (hasTransferEncoding || value.compare("chunked", Qt::CaseInsensitive) != 0) {
                reject(501, QStringLiteral("Only the chunked transfer coding is supported."));
                return false;
            }
            hasTransferEncoding = true;
        } else if (isNamed(name, "host")) {
            ++hostHeaders;
        } else if (isNamed(name, "connection")) {
            if (hasToken(value, "close"))
                m_current.closeAfter = true;
            if (hasToken(value, "upgrade"))
                connectionUpgrade = true;
        } else if (isNamed(name, "upgrade")) {
            hasUpgrade = true;
        } else if (isNamed(name, "expect")) {
            if (value.compare("100-continue", Qt::CaseInsensitive) != 0) {
                reject(417, QStringLiteral("Only the 100-continue expectation is supported."));
                return false;
            }
            m_current.expectContinue = true;
        }
    }

    if (m_current.httpMinorVersion == 1 && hostHeaders != 1) {
        reject(400, hostHeaders == 0 ? QStringLiteral("The Host header is missing.")
                                     : QStringLiteral("More than one Host header."));
        return false;
    }
    if (hasTransferEncoding && (contentLength >= 0 || m_current.httpMinorVersion == 0)) {
        reject(400, QStringLiteral("Transfer-Encoding with Content-Length or in HTTP/1.0."));
        return false;
    }
    if (hasUpgrade && connectionUpgrade) {
        // QtHttpServer 6.4 would close the connection without an answer.
        reject(400, QStringLiteral("Protocol upgrades are not supported."));
        return false;
    }
    m_current.chunked = hasTransferEncoding;
    m_current.contentLength = std::max<qint64>(contentLength, 0);
    if (m_current.contentLength > m_limits.maxBodyBytes) {
        reject(413, QStringLiteral("The request body is larger than %1 bytes.").arg(m_limits.maxBodyBytes));
        return false;
    }
    if (m_current.httpMinorVersion == 0 || (!m_current.chunked && m_current.contentLength == 0))
        m_current.expectContinue = false;
    return true;
}

qsizetype RequestFramer::feedContentLengthBody(QByteArrayView bytes)
{
    const qint64 count = std::min<qint64>(bytes.size(), m_current.contentLength - m_current.bodyBytes);
    skipBody(count);
    return qsizetype(count);
}

qsizetype RequestFramer::feedChunkedBody(QByteArrayView bytes)
{
    if (m_chunkState == ChunkState::Data) {
        const qint64 count = std::min<qint64>(bytes.size(), m_chunkRemaining);
        m_chunkRemaining -= count;
        m_current.bodyBytes += count;
        if (m_chunkRemaining == 0)
            m_chunkState = ChunkState::DataEnd;
        return qsizetype(count);
    }

    // Size lines, the CRLF after each chunk and trailer lines are read a line at a time.
    const qsizetype newline = bytes.indexOf('\n');
    const qsizetype taken = newline < 0 ? bytes.size() : newline + 1;
    const qsizetype lineLimit = m_chunkState == ChunkState::Trailers
                                    ? std::max<qint64>(0, m_limits.maxHeaderBytes - m_trailerBytes)
                                    : maxChunkLineBytes;
    if (m_line.size() + taken > lineLimit) {
        if (m_chunkState == ChunkState::Trailers)
            reject(431, QStringLiteral("The chunked trailer section is too large."));
        else
            reject(400, QStringLiteral("Malformed chunked body."));
        return bytes.size();
    }
    m_line.append(bytes.first(taken));
    if (newline < 0)
        return taken;

    QByteArrayView line(m_line);
    line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);

    switch (m_chunkState) {
    case ChunkState::Size:
        if (!parseChunkSizeLine(line))
            return taken;
        break;
    case ChunkState::DataEnd:
        if (!line.isEmpty()) {
            reject(400, QStringLiteral("Malformed chunked body."));
            return taken;
        }
        m_chunkState = ChunkState::Size;
        break;
    case ChunkState::Trailers:
        m_trailerBytes += m_line.size();
        if (line.isEmpty()) {
            m_current.contentLength = m_current.bodyBytes;
            m_line.clear();
            completeRequest();
            return taken;
        }
        if (line.front() == ' ' || line.front() == '\t' || line.indexOf(':') <= 0 ||
            !isToken(line.first(line.indexOf(':'))) || !isFieldValue(line) || line.contains('\r')) {
            reject(400, QStringLiteral("Malformed chunked trailer."));
            return taken;
        }
        break;
    case ChunkState::Data:
        Q_UNREACHABLE();
    }
    m_line.clear();
    return taken;
}

bool RequestFramer::parseChunkSizeLine(QByteArrayView line)
{
    qsizetype digits = 0;
    while (digits < line.size() && QByteArrayView("0123456789abcdefABCDEF").contains(line[digits]))
        ++digits;
    const QByteArrayView rest = line.sliced(digits);
    const bool extensionOk = rest.isEmpty() || rest.front() == ';';
    if (digits == 0 || digits > 15 || !extensionOk || !isFieldValue(rest) || rest.contains('\r')) {
        reject(400, QStringLiteral("Malformed chunk size."));
        return false;
    }
    const qint64 size = line.first(digits).toLongLong(nullptr, 16);
    if (size == 0) {
        m_chunkState = ChunkState::Trailers;
        return true;
    }
    if (m_current.bodyBytes + size > m_limits.maxBodyBytes) {
        reject(413, QStringLiteral("The request body is larger than %1 bytes.").arg(m_limits.maxBodyBytes));
        return false;
    }
    m_chunkRemaining = size;
    m_chunkState = ChunkState::Data;
    return true;
}

void RequestFramer::completeRequest()
{
    m_completed.push_back(m_current);
    m_phase = m_current.closeAfter ? Phase::Stopped : Phase::Idle;
}

void RequestFramer::reject(int status, const QString& detail)
{
    m_phase = Phase::Rejected;
    m_rejectionStatus = status;
    m_rejectionDetail = detail;
}

} // namespace muster
