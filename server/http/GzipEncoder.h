#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace muster {

// gzip (RFC 1952) for response bodies. qCompress() writes a zlib stream with a Qt length prefix, which
// no HTTP client reads as Content-Encoding: gzip; this writes the real gzip member with zlib.
class GzipEncoder final {
public:
    // The gzip member holding `data`; level 1 (fast) to 9 (small). Empty on a zlib failure.
    static QByteArray compress(QByteArrayView data, int level = 6);
    // Whether an Accept-Encoding value lets the response be gzip-encoded (q-values honoured; "*" counts).
    static bool acceptsGzip(QByteArrayView acceptEncoding);
};

} // namespace muster
