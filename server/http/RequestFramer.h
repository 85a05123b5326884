#pragma once

#include "http/FramedRequest.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <deque>

namespace muster {

// Incremental HTTP/1.x request framing for one connection. The transport feeds it every byte before
// QtHttpServer reads them, so that it knows where each request ends (pipelining, keep-alive), can
// answer early (413 as soon as a too-large Content-Length is seen, 431, 100 Continue) and rejects what
// QtHttpServer 6.4's parser would choke on or handle badly (unknown methods, bare CR/LF tricks,
// conflicting lengths, upgrades), so that the two parsers never disagree.
class RequestFramer final {
public:
    struct Limits {
        qint64 maxHeaderBytes = qint64(16) * 1024; // request line, headers and chunked trailers
        qint64 maxBodyBytes = qint64(1024) * 1024;
    };
    enum class Phase {
        Idle,     // between requests
        Headers,  // receiving the request line and headers
        Body,     // receiving the body
        Stopped,  // a request asked to close the connection; later bytes are ignored
        Rejected, // the bytes broke a rule; see rejectionStatus()
    };

    explicit RequestFramer(Limits limits);

    // Frames the next bytes of the connection; nowNs stamps the requests that start in them.
    void feed(QByteArrayView bytes, qint64 nowNs);
    // Body bytes that can be counted without looking at them (the rest of a Content-Length body).
    qint64 skippableBodyBytes() const;
    void skipBody(qint64 count);

    Phase phase() const { return m_phase; }
    // Requests received completely and not yet taken, oldest first.
    bool hasCompleted() const { return !m_completed.empty(); }
    qsizetype completedCount() const { return qsizetype(m_completed.size()); }
    FramedRequest takeCompleted();
    // The request being received (phase Headers or Body), or the one that was rejected.
    const FramedRequest& current() const { return m_current; }
    int rejectionStatus() const { return m_rejectionStatus; }
    const QString& rejectionDetail() const { return m_rejectionDetail; }

private:
    enum class ChunkState { Size, Data, DataEnd, Trailers };

    qsizetype feedHeaders(QByteArrayView bytes);
    qsizetype feedContentLengthBody(QByteArrayView bytes);
    qsizetype feedChunkedBody(QByteArrayView bytes);
    bool parseHeaderSection(QByteArrayView section);
    bool parseChunkSizeLine(QByteArrayView line);
    void completeRequest();
    void reject(int status, const QString& detail);

    Limits m_limits;
    Phase m_phase = Phase::Idle;
    FramedRequest m_current;
    std::deque<FramedRequest> m_completed;
    QByteArray m_headerBuffer; // the header section being received
    QByteArray m_line;         // a chunk-size or trailer line being received
    ChunkState m_chunkState = ChunkState::Size;
    qint64 m_chunkRemaining = 0;
    qint64 m_trailerBytes = 0;
    qint64 m_blankBytes = 0; // blank lines before the current request
    qint64 m_nowNs = 0;
    quint64 m_sequence = 0;
    int m_rejectionStatus = 0;
    QString m_rejectionDetail;
};

} // namespace muster
