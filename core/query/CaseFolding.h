#pragma once

#include <QString>

namespace muster {

// QString::toCaseFolded() with a fast path for ASCII text (nearly every userName, e-mail address and
// id), which Qt 6.4 folds through its full Unicode tables one character at a time; the index keys of
// every write and the sort key of every sorted resource are folded. Text already folded is returned
// shared, without a copy.
inline QString foldedCase(const QString& text)
{
    qsizetype firstUpper = -1;
    const QChar* characters = text.constData();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t character = characters[i].unicode();
        if (character >= 0x80)
            return text.toCaseFolded();
        if (firstUpper < 0 && character >= u'A' && character <= u'Z')
            firstUpper = i;
    }
    if (firstUpper < 0)
        return text;
    QString folded = text;
    QChar* data = folded.data();
    for (qsizetype i = firstUpper; i < folded.size(); ++i) {
        const char16_t character = data[i].unicode();
        if (character >= u'A' && character <= u'Z')
            data[i] = QChar(char16_t(character + (u'a' - u'A')));
    }
    return folded;
}

// Case-insensitive equality, the verdict of QString::compare with Qt::CaseInsensitive, compared ASCII
// character by ASCII character and through Qt only from the first differing pair that is not ASCII: the
// length first, which simple case folding keeps (one character to one). Schema lookups and the filter
// parser compare names and keywords one by one, nearly always plain ASCII.
inline bool equalIgnoringCase(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        char16_t x = a[i].unicode();
        char16_t y = b[i].unicode();
        if (x == y)
            continue;
        if (x >= 0x80 || y >= 0x80)
            return a.compare(b, Qt::CaseInsensitive) == 0; // whole: a surrogate pair may straddle i
        if (x >= u'A' && x <= u'Z')
            x += u'a' - u'A';
        if (y >= u'A' && y <= u'Z')
            y += u'a' - u'A';
        if (x != y)
            return false;
    }
    return true;
}

} // namespace muster
