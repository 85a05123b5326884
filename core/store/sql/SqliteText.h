#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace muster {

// How SqlStore keeps text in SQLite: UTF-8 with U+0000 as the two bytes C0 80 ("modified UTF-8"), in
// plain columns and inside the JSON. SQLite's JSON functions end a string at the escape \u0000 and its
// string functions at a NUL byte, so that a filter would see "a" of "a\u0000b"; C0 80 is no valid UTF-8
// of anything else, so the encoding is lossless, and its collation (muster_utf16) reads it as U+0000.
class SqliteText final {
public:
    SqliteText() = delete;

    // Whether the UTF-8 holds an encoded U+0000.
    static bool hasEncodedNull(QByteArrayView utf8) { return utf8.contains(QByteArrayView("\xC0\x80", 2)); }

    // `text` as stored; empty when it holds no U+0000 (bind it as it is then).
    static QByteArray encodeNulls(QStringView text);
    // Stored UTF-8 back into text.
    static QString decode(QByteArrayView utf8);

    // Compact JSON (QJsonDocument::toJson) as stored: each \u0000 escape becomes C0 80.
    static QByteArray storedJson(QByteArray json);
    // Stored JSON back into what QJsonDocument::fromJson reads.
    static QByteArray readableJson(QByteArray stored);
};

} // namespace muster
