#pragma once

#include "common/Result.h"
#include "query/Filter.h"

#include <QString>

namespace muster {

// What a search box's text asks for. Text that reads as a SCIM filter (it has a comparison operator
// such as eq, co or pr as a word of its own, or parentheses or brackets) is a filter, and its syntax
// errors are the parser's; anything else is plain text: every word must occur, in any case, in the
// user name, display name or an e-mail address (for groups: the name).
class SearchQuery final {
public:
    // null for empty text (everything); invalidFilter with the parser's message for a broken filter.
    static Result<FilterPtr> interpret(const QString& text, const QString& resourceType);
    // Whether the text would be read as a SCIM filter rather than plain words.
    static bool looksLikeFilter(const QString& text);
    // The SCIM filter that plain words stand for.
    static QString plainTextFilter(const QString& text, const QString& resourceType);
    // The filter that plain words stand for, parsed (null for no words).
    static FilterPtr plainWordsFilter(const QStringList& words, const QString& resourceType);
    // The words of plain text, in the order typed; none for empty text or a SCIM filter.
    static QStringList plainWords(const QString& text);
    // The attributes that plain words are looked for in: "userName", "displayName", "emails.value".
    static QStringList plainTextAttributes(const QString& resourceType);
};

} // namespace muster
