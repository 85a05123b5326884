#include "http/GzipEncoder.h"

#include <QList>

#include <zlib.h>

namespace muster {

namespace {

// zlib's windowBits: 15 for a 32 KiB window, +16 for a gzip header and trailer instead of zlib's.
constexpr int gzipWindowBits = 15 + 16;
constexpr int defaultMemLevel = 8;

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

// The q-value of one Accept-Encoding element ("gzip;q=0.5"), 1 when absent.
double qualityOf(QByteArrayView parameters)
{
    for (const QByteArray& parameter : parameters.toByteArray().split(';')) {
        const QByteArrayView item = trimmed(parameter);
        if (item.size() > 2 && (item[0] == 'q' || item[0] == 'Q') && item[1] == '=') {
            bool ok = false;
            const double quality = item.sliced(2).toDouble(&ok);
            return ok ? quality : 0.0;
        }
    }
    return 1.0;
}

} // namespace

QByteArray GzipEncoder::compress(QByteArrayView data, int level)
{
    z_stream stream{};
    if (deflateInit2(&stream, level, Z_DEFLATED, gzipWindowBits, defaultMemLevel, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray output(qsizetype(deflateBound(&stream, uLong(data.size()))) + 32, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(output.data());
    stream.avail_out = uInt(output.size());
    const int result = deflate(&stream, Z_FINISH);
    const qsizetype written = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        return {};
    output.truncate(written);
    return output;
}

bool GzipEncoder::acceptsGzip(QByteArrayView acceptEncoding)
{
    double gzipQuality = -1;
    double wildcardQuality = -1;
    for (const QByteArray& element : acceptEncoding.toByteArray().split(',')) {
        const qsizetype semicolon = element.indexOf(';');
        const QByteArrayView coding =
            trimmed(QByteArrayView(element).first(semicolon < 0 ? element.size() : semicolon));
        const QByteArrayView parameters =
            semicolon < 0 ? QByteArrayView() : QByteArrayView(element).sliced(semicolon + 1);
        if (coding.compare("gzip", Qt::CaseInsensitive) == 0 ||
            coding.compare("x-gzip", Qt::CaseInsensitive) == 0)
            gzipQuality = std::max(gzipQuality, qualityOf(parameters));
        else if (coding == "*")
            wildcardQuality = qualityOf(parameters);
    }
    if (gzipQuality >= 0)
        return gzipQuality > 0;
    return wildcardQuality > 0;
}

} // namespace muster
