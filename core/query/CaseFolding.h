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

// Case-insensitive equality (QString::compare with Qt::CaseInsensitive) with the cheap tests first: the
// length, which simple case folding keeps (one character to one), and an exact match, which is how
// attribute names and schema URNs nearly always arrive. Schema lookups compare names one by one.
inline bool equalIgnoringCase(QStringView a, QStringView b)
{
    return a.size() == b.size() && (a == b || a.compare(b, Qt::CaseInsensitive) == 0);
}

} // namespace muster
