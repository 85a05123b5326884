#include "store/sql/SqliteFunctions.h"

#include "query/DateTimeInstant.h"
#include "store/sql/SqliteHandle.h"
#include "store/sql/SqliteText.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QVariant>

#include <algorithm>
#include <sqlite3.h>

namespace muster {

namespace {

// muster_fold(x): ASCII text (the usual case) is folded byte by byte, anything else through QString.
void foldFunction(sqlite3_context* context, int, sqlite3_value** arguments)
{
    sqlite3_value* value = arguments[0];
    if (sqlite3_value_type(value) != SQLITE_TEXT) {
        sqlite3_result_value(context, value);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
    const int size = sqlite3_value_bytes(value);
    if (!text) {
        sqlite3_result_error_nomem(context);
        return;
    }
    bool ascii = true;
    bool hasUpper = false;
    for (int i = 0; i < size && ascii; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        ascii = byte < 0x80;
        hasUpper = hasUpper || (byte >= 'A' && byte <= 'Z');
    }
    if (ascii && !hasUpper) {
        sqlite3_result_value(context, value);
        return;
    }
    if (ascii) {
        QByteArray folded(text, size);
        for (char& byte : folded) {
            if (byte >= 'A' && byte <= 'Z')
                byte = char(byte - 'A' + 'a');
        }
        sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
        return;
    }
    if (SqliteText::hasEncodedNull(QByteArrayView(text, size))) {
        // U+0000 as SqliteText stores it, which SQLite's own UTF-16 conversion would replace.
        const QString folded = SqliteText::decode(QByteArrayView(text, size)).toCaseFolded();
        const QByteArray utf8 = SqliteText::encodeNulls(folded);
        sqlite3_result_text(context, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        return;
    }
    // UTF-16 from SQLite itself: Qt's UTF-8 decoder would turn noncharacters such as U+FFFE into U+FFFD.
    const auto* units = static_cast<const QChar*>(sqlite3_value_text16(value));
    if (!units) {
        sqlite3_result_error_nomem(context);
        return;
    }
    const QString folded = QString(units, sqlite3_value_bytes16(value) / 2).toCaseFolded();
    sqlite3_result_text16(context, folded.utf16(), int(folded.size() * 2), SQLITE_TRANSIENT);
}

// muster_instant(x)
void instantFunction(sqlite3_context* context, int, sqlite3_value** arguments)
{
    sqlite3_value* value = arguments[0];
    if (sqlite3_value_type(value) != SQLITE_TEXT) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
    if (!text) {
        sqlite3_result_error_nomem(context);
        return;
    }
    const std::optional<qint64> msecs =
        DateTimeInstant::toMsecs(QByteArrayView(text, sqlite3_value_bytes(value)));
    if (msecs)
        sqlite3_result_int64(context, *msecs);
    else
        sqlite3_result_null(context);
}

// The code point that starts at `at`, or the byte itself where the UTF-8 is malformed.
char32_t codePointAt(const unsigned char* text, int size, int at)
{
    const unsigned char lead = text[at];
    int length = 1;
    char32_t value = lead;
    if (lead >= 0xF0 && lead < 0xF8) {
        length = 4;
        value = lead & 0x07;
    } else if (lead >= 0xE0) {
        length = 3;
        value = lead & 0x0F;
    } else if (lead >= 0xC0) {
        length = 2;
        value = lead & 0x1F;
    }
    if (length == 1 || at + length > size)
        return lead;
    for (int i = 1; i < length; ++i) {
        if ((text[at + i] & 0xC0) != 0x80)
            return lead;
        value = (value << 6) | (text[at + i] & 0x3F);
    }
    return value;
}

// Where a code point falls in UTF-16 code unit order: beyond U+FFFF a character starts with a high
// surrogate (U+D800..U+DBFF), which sorts before U+E000..U+FFFF.
char32_t utf16Rank(char32_t codePoint)
{
    if (codePoint >= 0x10000)
        return 0xD800 + (codePoint - 0x10000); // keeps their own order, below U+E000's rank
    if (codePoint >= 0xE000)
        return codePoint + 0x200000; // above every rank of the characters beyond U+FFFF
    return codePoint;
}

// COLLATE muster_utf16, on the UTF-8 text SQLite stores: equal up to the first differing byte, then
// the characters there decide.
int compareUtf16Order(void*, int sizeA, const void* a, int sizeB, const void* b)
{
    const auto* x = static_cast<const unsigned char*>(a);
    const auto* y = static_cast<const unsigned char*>(b);
    const int common = std::min(sizeA, sizeB);
    int at = 0;
    while (at < common && x[at] == y[at])
        ++at;
    if (at == common)
        return sizeA < sizeB ? -1 : (sizeA > sizeB ? 1 : 0);
    int start = at;
    while (start > 0 && (x[start] & 0xC0) == 0x80)
        --start;
    const char32_t rankA = utf16Rank(codePointAt(x, sizeA, start));
    const char32_t rankB = utf16Rank(codePointAt(y, sizeB, start));
    if (rankA != rankB)
        return rankA < rankB ? -1 : 1;
    return x[at] < y[at] ? -1 : 1;
}

ScimError failure(const QString& what)
{
    return ScimError::internal(QStringLiteral("SQLite functions: %1").arg(what));
}

} // namespace

Status SqliteFunctions::install(QSqlDatabase& database)
{
    sqlite3* connection = sqliteHandle(database);
    if (!connection)
        return failure(QStringLiteral("not an open QSQLITE connection"));

    constexpr int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    struct Function {
        const char* name;
        void (*call)(sqlite3_context*, int, sqlite3_value**);
    };
    for (const Function& function :
         {Function{"muster_fold", foldFunction}, Function{"muster_instant", instantFunction}}) {
        const int code = sqlite3_create_function_v2(connection, function.name, 1, flags, nullptr,
                                                    function.call, nullptr, nullptr, nullptr);
        if (code != SQLITE_OK)
            return failure(QStringLiteral("%1: %2").arg(QLatin1String(function.name),
                                                        QString::fromUtf8(sqlite3_errstr(code))));
    }
    const int code = sqlite3_create_collation_v2(connection, "muster_utf16", SQLITE_UTF8, nullptr,
                                                 compareUtf16Order, nullptr);
    if (code != SQLITE_OK)
        return failure(QStringLiteral("muster_utf16: %1").arg(QString::fromUtf8(sqlite3_errstr(code))));
    return {};
}

} // namespace muster
