#include "store/sql/SqliteText.h"

namespace muster {

namespace {

const QByteArrayView EncodedNull("\xC0\x80", 2);
const QByteArrayView EscapedNull("\\u0000");

} // namespace

QByteArray SqliteText::encodeNulls(QStringView text)
{
    if (!text.contains(QChar(0)))
        return {};
    QByteArray utf8;
    utf8.reserve(text.size() + 8);
    qsizetype start = 0;
    for (qsizetype at = text.indexOf(QChar(0)); at >= 0; at = text.indexOf(QChar(0), start)) {
        utf8 += text.mid(start, at - start).toUtf8();
        utf8 += EncodedNull;
        start = at + 1;
    }
    utf8 += text.mid(start).toUtf8();
    return utf8;
}

QString SqliteText::decode(QByteArrayView utf8)
{
    QByteArray plain = utf8.toByteArray();
    plain.replace(EncodedNull, QByteArrayView("\0", 1));
    return QString::fromUtf8(plain);
}

QByteArray SqliteText::storedJson(QByteArray json)
{
    qsizetype at = json.indexOf(EscapedNull);
    while (at >= 0) {
        // An escape only if the backslash is not itself escaped: an even number of backslashes before it.
        qsizetype backslashes = 0;
        while (at - backslashes > 0 && json.at(at - backslashes - 1) == '\\')
            ++backslashes;
        if (backslashes % 2 == 0) {
            json.replace(at, EscapedNull.size(), EncodedNull);
            at = json.indexOf(EscapedNull, at + EncodedNull.size());
        } else {
            at = json.indexOf(EscapedNull, at + 1);
        }
    }
    return json;
}

QByteArray SqliteText::readableJson(QByteArray stored)
{
    // C0 80 stands only inside strings, where storedJson put it.
    if (hasEncodedNull(stored))
        stored.replace(EncodedNull, EscapedNull);
    return stored;
}

} // namespace muster
