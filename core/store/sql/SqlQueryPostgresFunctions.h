#pragma once

#include "common/Result.h"

#include <QStringList>

class QSqlDatabase;

namespace muster {

// The SQL functions that SqlQueryTranslator's PostgreSQL expressions call. Unlike SQLite's, they live in
// the database: a migration creates them once (in a schema on the search_path), and every server of a
// cluster then shares them. Same names and meaning as in SQLite (SqliteFunctions), all IMMUTABLE so
// that expression indexes may use them:
// - muster_fold(text): Unicode simple case folding, exactly QString::toCaseFolded(). ASCII text goes
//   through lower() under "C"; other text through muster_fold_unicode(text), translate() over this Qt's
//   folding table in blocks of code points (lower() depends on the database's locale and folds
//   differently: 'İ', 'ς', 'ſ', Cherokee).
// - muster_instant(text) -> bigint: dateTime text as milliseconds since the epoch, read as
//   CompiledFilter reads it (SqlQueryDateTime); NULL for anything else, never an error (a cast to
//   timestamptz would fail on bad text and read the session's time zone where the text has no offset).
// - muster_utf16_key(text): a key whose order under COLLATE "C" is UTF-16 code unit order, the order of
//   QString::compare (byte order differs only for U+E000..U+FFFF against characters beyond U+FFFF).
// A scan of 100,000 values took about 0.3 s through muster_fold (a third of them not ASCII) and 0.4 s
// through muster_instant on a two-core development machine. The database must use the UTF8 encoding. When
// Qt's Unicode tables change (a newer Qt), running the definitions again updates muster_fold; indexes on it
// must then be rebuilt (REINDEX).
class SqlQueryPostgresFunctions final {
public:
    // CREATE OR REPLACE FUNCTION statements, in order, for a migration to run.
    static QStringList definitions();

    // Runs definitions() on an open QPSQL connection; internal error naming the failed statement.
    static Status install(QSqlDatabase& database);

    // The key muster_utf16_key gives, computed here for values bound to compare with it.
    static QString utf16Key(const QString& text);
};

} // namespace muster
