#include "query/DateTimeInstant.h"

#include <type_traits>

namespace muster {

namespace {

// The character at `at` as a UTF-16 code unit, or a byte; both compare to ASCII the same way.
template <typename Text>
char16_t unitAt(const Text& text, qsizetype at)
{
    if constexpr (std::is_same_v<Text, QStringView>)
        return text[at].unicode();
    else
        return char16_t(static_cast<unsigned char>(text[at]));
}

template <typename Text>
int twoDigits(const Text& text, qsizetype at)
{
    if (at + 2 > text.size())
        return -1;
    const char16_t a = unitAt(text, at);
    const char16_t b = unitAt(text, at + 1);
    if (a < u'0' || a > u'9' || b < u'0' || b > u'9')
        return -1;
    return (a - u'0') * 10 + (b - u'0');
}

qint64 daysFromCivil(qint64 year, int month, int day)
{
    // Howard Hinnant's days_from_civil: proleptic Gregorian, 1970-01-01 is day 0.
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

// The grammar of the class comment, for UTF-16 and UTF-8 text alike.
template <typename Text>
std::optional<qint64> parse(const Text& text)
{
    if (text.size() < 10 || unitAt(text, 4) != u'-' || unitAt(text, 7) != u'-')
        return std::nullopt;
    const int century = twoDigits(text, 0);
    const int yearInCentury = twoDigits(text, 2);
    const int month = twoDigits(text, 5);
    const int day = twoDigits(text, 8);
    if (century < 0 || yearInCentury < 0 || month < 1 || month > 12 || day < 1)
        return std::nullopt;
    const int year = century * 100 + yearInCentury;
    static constexpr int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (day > monthDays[month - 1] + (month == 2 && isLeapYear(year) ? 1 : 0))
        return std::nullopt;

    int hour = 0;
    int minute = 0;
    int second = 0;
    int millis = 0;
    qsizetype at = 10;
    if (at < text.size() && (unitAt(text, at) == u'T' || unitAt(text, at) == u't')) {
        hour = twoDigits(text, at + 1);
        minute = at + 3 < text.size() && unitAt(text, at + 3) == u':' ? twoDigits(text, at + 4) : -1;
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59)
            return std::nullopt;
        at += 6;
        if (at < text.size() && unitAt(text, at) == u':') {
            second = twoDigits(text, at + 1);
            if (second < 0 || second > 59)
                return std::nullopt;
            at += 3;
            if (at < text.size() && unitAt(text, at) == u'.') {
                ++at;
                const qsizetype digitsFrom = at;
                int scale = 100;
                while (at < text.size() && unitAt(text, at) >= u'0' && unitAt(text, at) <= u'9') {
                    millis += (unitAt(text, at) - u'0') * scale;
                    scale /= 10;
                    ++at;
                }
                if (at == digitsFrom)
                    return std::nullopt;
            }
        }
    }

    int offsetMinutes = 0;
    if (at < text.size()) {
        const char16_t sign = unitAt(text, at);
        if (sign == u'Z' || sign == u'z') {
            ++at;
        } else if (sign == u'+' || sign == u'-') {
            const int offsetHours = twoDigits(text, at + 1);
            at += 3;
            if (at < text.size() && unitAt(text, at) == u':')
                ++at;
            const int offsetMins = twoDigits(text, at);
            if (offsetHours < 0 || offsetHours > 23 || offsetMins < 0 || offsetMins > 59)
                return std::nullopt;
            at += 2;
            offsetMinutes = (offsetHours * 60 + offsetMins) * (sign == u'-' ? -1 : 1);
        }
        if (at != text.size())
            return std::nullopt;
    }

    const qint64 seconds = daysFromCivil(year, month, day) * 86400 + qint64(hour) * 3600 +
                           qint64(minute) * 60 + second - qint64(offsetMinutes) * 60;
    return seconds * 1000 + millis;
}

} // namespace

std::optional<qint64> DateTimeInstant::toMsecs(QStringView text)
{
    return parse(text);
}

std::optional<qint64> DateTimeInstant::toMsecs(QByteArrayView utf8)
{
    return parse(utf8);
}

} // namespace muster
