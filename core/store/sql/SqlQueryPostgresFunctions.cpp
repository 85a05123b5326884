#include "store/sql/SqlQueryPostgresFunctions.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <iterator>

namespace muster {

namespace {

// Dollar quotes around function bodies, so that their string literals need no escaping.
const QString BodyQuote = QStringLiteral("$muster$");

// The characters that QString::toCaseFolded() changes beyond ASCII, and what it changes them to, in
// blocks of code points: translate() compares each character with its whole list, so each block gets
// its own list and runs only on text that has a character of the block. Simple case folding maps one
// code point to one, and folded characters fold to themselves, so the blocks may run in any order.
struct FoldingBlock {
    char32_t first = 0;
    char32_t last = 0;
    QString from;
    QString to;
};

QList<FoldingBlock> foldingBlocks()
{
    static constexpr char32_t bounds[] = {0x80, 0x250, 0x530, 0x1E00, 0x2000, 0x10000, 0x110000};
    QList<FoldingBlock> blocks;
    for (size_t i = 0; i + 1 < std::size(bounds); ++i) {
        FoldingBlock block{bounds[i], bounds[i + 1] - 1, {}, {}};
        for (char32_t codePoint = block.first; codePoint <= block.last; ++codePoint) {
            if (codePoint >= 0xD800 && codePoint <= 0xDFFF)
                continue;
            const QString character = QString::fromUcs4(&codePoint, 1);
            const QString folded = character.toCaseFolded();
            if (folded != character) {
                block.from += character;
                block.to += folded;
            }
        }
        if (!block.from.isEmpty())
            blocks.append(block);
    }
    return blocks;
}

QString sqlString(const QString& text)
{
    QString quoted = text;
    quoted.replace(u'\'', QLatin1String("''"));
    return u'\'' + quoted + u'\'';
}

// "\uXXXX" or "\UXXXXXXXX" in an E'' string: a regular expression escape for one code point.
QString regexCharacter(char32_t codePoint)
{
    if (codePoint > 0xFFFF)
        return QStringLiteral("\\\\U%1").arg(uint(codePoint), 8, 16, QLatin1Char('0'));
    return QStringLiteral("\\\\u%1").arg(uint(codePoint), 4, 16, QLatin1Char('0'));
}

// muster_fold: ASCII text through lower() under "C" (which changes A-Z only), other text through
// muster_fold_unicode.
QStringList foldDefinitions()
{
    QString unicode = QStringLiteral("CREATE OR REPLACE FUNCTION muster_fold_unicode(value text) RETURNS text"
                                     " LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS ") +
                      BodyQuote +
                      QStringLiteral("\nDECLARE\n    folded text := lower(value COLLATE \"C\");\nBEGIN\n");
    const QList<FoldingBlock> blocks = foldingBlocks();
    for (const FoldingBlock& block : blocks) {
        unicode +=
            QStringLiteral("    IF folded ~ E'[%1-%2]' THEN\n        folded := translate(folded, %3, %4);\n"
                           "    END IF;\n")
                .arg(regexCharacter(block.first), regexCharacter(block.last), sqlString(block.from),
                     sqlString(block.to));
    }
    unicode += QStringLiteral("    RETURN folded;\nEND\n") + BodyQuote;
    const QString fold =
        QStringLiteral("CREATE OR REPLACE FUNCTION muster_fold(value text) RETURNS text"
                       " LANGUAGE sql IMMUTABLE PARALLEL SAFE AS ") +
        BodyQuote +
        QStringLiteral("SELECT CASE WHEN value ~ E'^[\\\\x01-\\\\x7f]*$' THEN lower(value COLLATE "
                       "\"C\") ELSE muster_fold_unicode(value) END") +
        BodyQuote;
    return {unicode, fold};
}

// CompiledFilter's dateTime reader (SqlQueryDateTime) in PL/pgSQL: the grammar checked by one regular
// expression without captures (PostgreSQL matches those fast; captures cost a hundred times more), the
// fields then read at their places, the same range checks, and Howard Hinnant's days_from_civil.
QString instantDefinition()
{
    return QStringLiteral("CREATE OR REPLACE FUNCTION muster_instant(value text) RETURNS bigint"
                          " LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS ") +
           BodyQuote + QStringLiteral(R"sql(
DECLARE
    n int;
    body int;
    y bigint;
    mo int;
    d int;
    month_days int;
    h int := 0;
    mi int := 0;
    s int := 0;
    ms int := 0;
    offset_hours int := 0;
    offset_minutes int := 0;
    era bigint;
    year_of_era bigint;
    day_of_year bigint;
    days bigint;
BEGIN
    IF value !~ ('^[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[Tt][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:[.][0-9]+)?)?)?'
                 '(?:[Zz]|[+-][0-9]{2}:?[0-9]{2})?$') THEN
        RETURN NULL;
    END IF;
    -- The offset is read from the end: "Z", "+hh:mm" or "+hhmm"; signs occur nowhere else past the date.
    n := length(value);
    body := n;
    IF right(value, 1) IN ('Z', 'z') THEN
        body := n - 1;
    ELSIF n >= 16 AND substr(value, n - 5, 1) IN ('+', '-') AND substr(value, n - 2, 1) = ':' THEN
        body := n - 6;
    ELSIF n >= 15 AND substr(value, n - 4, 1) IN ('+', '-') THEN
        body := n - 5;
    END IF;
    IF body < n - 1 THEN
        offset_hours := substr(value, body + 2, 2)::int;
        offset_minutes := right(value, 2)::int;
        IF offset_hours > 23 OR offset_minutes > 59 THEN
            RETURN NULL;
        END IF;
        offset_minutes := offset_hours * 60 + offset_minutes;
        IF substr(value, body + 1, 1) = '-' THEN
            offset_minutes := -offset_minutes;
        END IF;
    END IF;
    y := substr(value, 1, 4)::bigint;
    mo := substr(value, 6, 2)::int;
    d := substr(value, 9, 2)::int;
    IF mo < 1 OR mo > 12 OR d < 1 THEN
        RETURN NULL;
    END IF;
    month_days := (ARRAY[31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])[mo];
    IF mo = 2 AND ((y % 4 = 0 AND y % 100 <> 0) OR y % 400 = 0) THEN
        month_days := 29;
    END IF;
    IF d > month_days THEN
        RETURN NULL;
    END IF;
    -- "YYYY-MM-DDThh:mm:ss.fff": hours at 12, minutes at 15, seconds at 18, the fraction from 21.
    IF body > 10 THEN
        h := substr(value, 12, 2)::int;
        mi := substr(value, 15, 2)::int;
        IF body > 16 THEN
            s := substr(value, 18, 2)::int;
        END IF;
        IF body > 19 THEN
            ms := rpad(substr(value, 21, least(3, body - 20)), 3, '0')::int;
        END IF;
        IF h > 23 OR mi > 59 OR s > 59 THEN
            RETURN NULL;
        END IF;
    END IF;
    IF mo <= 2 THEN
        y := y - 1;
    END IF;
    IF y >= 0 THEN
        era := y / 400;
    ELSE
        era := (y - 399) / 400;
    END IF;
    year_of_era := y - era * 400;
    IF mo > 2 THEN
        day_of_year := (153 * (mo - 3) + 2) / 5 + d - 1;
    ELSE
        day_of_year := (153 * (mo + 9) + 2) / 5 + d - 1;
    END IF;
    days := era * 146097 + year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year - 719468;
    RETURN (days * 86400 + h * 3600 + mi * 60 + s - offset_minutes * 60) * 1000 + ms;
END
)sql") + BodyQuote;
}

QString utf16KeyDefinition()
{
    // U+10FFFF, the largest character, goes before each one of U+E000..U+FFFF, which in UTF-16 sort after
    // the surrogates that begin the characters beyond U+FFFF.
    return QStringLiteral("CREATE OR REPLACE FUNCTION muster_utf16_key(value text) RETURNS text"
                          " LANGUAGE sql IMMUTABLE PARALLEL SAFE AS ") +
           BodyQuote +
           QStringLiteral(
               "SELECT regexp_replace(value, E'([\\\\uE000-\\\\uFFFF])', chr(1114111) || E'\\\\1', 'g')") +
           BodyQuote;
}

} // namespace

QStringList SqlQueryPostgresFunctions::definitions()
{
    return foldDefinitions() + QStringList{instantDefinition(), utf16KeyDefinition()};
}

Status SqlQueryPostgresFunctions::install(QSqlDatabase& database)
{
    if (!database.isOpen())
        return ScimError::internal(QStringLiteral("PostgreSQL functions: the connection is not open"));
    const QStringList statements = definitions();
    for (const QString& statement : statements) {
        QSqlQuery query(database);
        if (!query.exec(statement)) {
            return ScimError::internal(QStringLiteral("PostgreSQL functions: %1: %2")
                                           .arg(statement.section(u'(', 0, 0), query.lastError().text()));
        }
    }
    return {};
}

QString SqlQueryPostgresFunctions::utf16Key(const QString& text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar unit : text) {
        if (unit.unicode() >= 0xE000) {
            key += QChar(char16_t(0xDBFF)); // U+10FFFF
            key += QChar(char16_t(0xDFFF));
        }
        key += unit;
    }
    return key;
}

} // namespace muster
