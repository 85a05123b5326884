#pragma once

#include <QByteArrayView>
#include <QStringView>

#include <optional>

namespace muster {

// xsd:dateTime text (RFC 7643 §2.3.5) to milliseconds since the epoch, without allocating: the one
// reading of dateTimes that filters compare, in memory (CompiledFilter) and in SQL: seconds, fraction and
// offset optional (no offset means UTC), a date alone meaning its midnight, fraction digits beyond
// milliseconds ignored (truncated), anything else (hour 24, leap seconds, out-of-range fields, trailing text)
// no instant at all. SQL pushdown needs the same reading in the database (SQLite's muster_instant,
// PostgreSQL's muster_instant) and for literals.
class DateTimeInstant final {
public:
    static std::optional<qint64> toMsecs(QStringView text);
    // The same for UTF-8 text: a byte that is not ASCII never fits the grammar.
    static std::optional<qint64> toMsecs(QByteArrayView utf8);
};

} // namespace muster
