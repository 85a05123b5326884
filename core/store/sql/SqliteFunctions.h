#pragma once

#include "common/Result.h"

class QSqlDatabase;

namespace muster {

// The functions and the collation that SqlQueryTranslator's SQLite expressions use, registered on one
// open QSQLITE connection. SQLite keeps them per connection: every connection that runs translated SQL,
// or writes to an index built on them, needs install() first.
// - muster_fold(x): Unicode simple case folding, exactly QString::toCaseFolded(). NULL stays NULL;
//   values that are not text pass through unchanged.
// - muster_instant(x): dateTime text as milliseconds since the epoch, read as CompiledFilter reads it
//   (DateTimeInstant); NULL for anything else. Not julianday(): it rounds fractions of a millisecond
//   that CompiledFilter truncates, and accepts text (hour 24, no 'T') that CompiledFilter rejects.
// - COLLATE muster_utf16: text in UTF-16 code unit order, the order of QString::compare. SQLite's BINARY
//   is code point order, which puts U+E000..U+FFFF before the characters beyond U+FFFF instead of after.
// All are deterministic and innocuous, so that expression indexes may use them.
class SqliteFunctions final {
public:
    // internal error if `database` is not an open QSQLITE connection or SQLite refuses a registration.
    static Status install(QSqlDatabase& database);
};

} // namespace muster
