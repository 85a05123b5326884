#include "http/GzipEncoder.h"

#include <QTest>

#include <zlib.h>

using namespace muster;

namespace {

QByteArray gunzip(const QByteArray& compressed)
{
    z_stream stream{};
    if (inflateInit2(&stream, 15 + 16) != Z_OK)
        return {};
    QByteArray output(1 << 20, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    stream.avail_in = uInt(compressed.size());
    stream.next_out = reinterpret_cast<Bytef*>(output.data());
    stream.avail_out = uInt(output.size());
    const int result = inflate(&stream, Z_FINISH);
    output.truncate(qsizetype(stream.total_out));
    inflateEnd(&stream);
    return result == Z_STREAM_END ? output : QByteArray("inflate failed");
}

} // namespace

class TestGzipEncoder : public QObject {
    Q_OBJECT

private slots:
    void roundTrips_data();
    void roundTrips();
    void writesGzipHeader();
    void readsAcceptEncoding_data();
    void readsAcceptEncoding();
};

void TestGzipEncoder::roundTrips_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("level");

    QByteArray varied;
    for (int i = 0; i < 20000; ++i)
        varied += QByteArray::number(i * 2654435761u % 1000003) + ',';
    QTest::addRow("empty") << QByteArray() << 6;
    QTest::addRow("short") << QByteArray("{\"id\":\"1\"}") << 6;
    QTest::addRow("repetitive, fast") << QByteArray(100000, 'a') << 1;
    QTest::addRow("varied, default") << varied << 6;
    QTest::addRow("varied, best") << varied << 9;
    QTest::addRow("binary") << QByteArray("\x00\x01\xff\xfe\x80", 5).repeated(1000) << 6;
}

void TestGzipEncoder::roundTrips()
{
    QFETCH(QByteArray, data);
    QFETCH(int, level);
    const QByteArray compressed = GzipEncoder::compress(data, level);
    QVERIFY(!compressed.isEmpty());
    QCOMPARE(gunzip(compressed), data);
}

void TestGzipEncoder::writesGzipHeader()
{
    // RFC 1952: ID1 ID2 CM=8 (deflate); qCompress() would start with a length prefix instead.
    const QByteArray compressed = GzipEncoder::compress("hello hello hello");
    QVERIFY(compressed.size() > 18);
    QCOMPARE(quint8(compressed[0]), quint8(0x1f));
    QCOMPARE(quint8(compressed[1]), quint8(0x8b));
    QCOMPARE(quint8(compressed[2]), quint8(8));
    // The trailer ends with the input size, little-endian.
    QCOMPARE(quint8(compressed[compressed.size() - 4]), quint8(17));
}

void TestGzipEncoder::readsAcceptEncoding_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("accepts");

    QTest::addRow("absent") << QByteArray() << false;
    QTest::addRow("gzip") << QByteArray("gzip") << true;
    QTest::addRow("upper case") << QByteArray("GZIP") << true;
    QTest::addRow("x-gzip") << QByteArray("x-gzip") << true;
    QTest::addRow("list") << QByteArray("deflate, gzip, br") << true;
    QTest::addRow("q-value") << QByteArray("gzip;q=0.5") << true;
    QTest::addRow("spaces") << QByteArray(" br ; q=1 ,  gzip ; q=0.1 ") << true;
    QTest::addRow("q=0") << QByteArray("gzip;q=0") << false;
    QTest::addRow("q=0.000") << QByteArray("gzip; q=0.000") << false;
    QTest::addRow("wildcard") << QByteArray("*") << true;
    QTest::addRow("wildcard refused") << QByteArray("*;q=0") << false;
    QTest::addRow("gzip refused, wildcard allowed") << QByteArray("gzip;q=0, *") << false;
    QTest::addRow("other codings") << QByteArray("br, deflate, identity") << false;
    QTest::addRow("gzip as a prefix") << QByteArray("gzipped") << false;
}

void TestGzipEncoder::readsAcceptEncoding()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, accepts);
    QCOMPARE(GzipEncoder::acceptsGzip(header), accepts);
}

QTEST_GUILESS_MAIN(TestGzipEncoder)
#include "tst_gzipencoder.moc"
