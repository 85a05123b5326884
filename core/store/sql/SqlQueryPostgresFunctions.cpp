#include "store/sql/SqlQueryPostgresFunctions.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace muster {

namespace {

// Dollar quotes around function bodies, so that their string literals need no escaping.
const QString BodyQuote = QStringLiteral("$muster$");

// The characters that QString::toCaseFolded() changes and what it changes them to, in two strings of
// equal length (simple case folding maps one code point to one), ASCII first as the most frequent.
std::pair<QString, QString> foldingTable()
{
    QString from;
    QString to;
    for (char32_t codePoint = 1; codePoint <= 0x10FFFF; ++codePoint) {
        if (codePoint >= 0xD800 && codePoint <= 0xDFFF)
            continue;
        const QString character = QString::fromUcs4(&codePoint, 1);
        const QString folded = character.toCaseFolded();
        if (folded != character) {
            from += character;
            to += folded;
        }
    }
    return {from, to};
}

QString sqlString(const QString& text)
{
    QString quoted = text;
    quoted.replace(u'\'', QLatin1String("''"));
    return u'\'' + quoted + u'\'';
}

QString foldDefinition()
{
    const auto [from, to] = foldingTable();
    return QStringLiteral("CREATE OR REPLACE FUNCTION muster_fold(value text) RETURNS text"
                          " LANGUAGE sql IMMUTABLE PARALLEL SAFE AS ") +
           BodyQuote +
           QStringLiteral("SELECT CASE WHEN value ~ E'^[\\\\x01-\\\\x7f]*$' THEN lower(value COLLATE \"C\")"
                          " ELSE translate(value, ") +
           sqlString(from) + QStringLiteral(", ") + sqlString(to) + QStringLiteral(") END") + BodyQuote;
}

// CompiledFilter's dateTime reader (SqlQueryDateTime) in PL/pgSQL: the same grammar as one regular
// expression, the same range checks, and Howard Hinnant's days_from_civil for the date.
QString instantDefinition()
{
    return QStringLiteral("CREATE OR REPLACE FUNCTION muster_instant(value text) RETURNS bigint"
                          " LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS ") +
           BodyQuote + QStringLiteral(R"sql(
DECLARE
    part text[];
    y bigint;
    mo int;
    d int;
    month_days int;
    h int := 0;
    mi int := 0;
    s int := 0;
    ms int := 0;
    offset_minutes int := 0;
    era bigint;
    year_of_era bigint;
    day_of_year bigint;
    days bigint;
BEGIN
    part := regexp_match(value, '^([0-9]{4})-([0-9]{2})-([0-9]{2})'
        || '(?:[Tt]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:[.]([0-9]+))?)?)?'
        || '(?:[Zz]|([+-])([0-9]{2}):?([0-9]{2}))?$');
    IF part IS NULL THEN
        RETURN NULL;
    END IF;
    y := part[1]::bigint;
    mo := part[2]::int;
    d := part[3]::int;
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
    IF part[4] IS NOT NULL THEN
        h := part[4]::int;
        mi := part[5]::int;
        s := coalesce(part[6]::int, 0);
        IF h > 23 OR mi > 59 OR s > 59 THEN
            RETURN NULL;
        END IF;
        IF part[7] IS NOT NULL THEN
            ms := rpad(left(part[7], 3), 3, '0')::int;
        END IF;
    END IF;
    IF part[8] IS NOT NULL THEN
        IF part[9]::int > 23 OR part[10]::int > 59 THEN
            RETURN NULL;
        END IF;
        offset_minutes := part[9]::int * 60 + part[10]::int;
        IF part[8] = '-' THEN
            offset_minutes := -offset_minutes;
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
    return {foldDefinition(), instantDefinition(), utf16KeyDefinition()};
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
