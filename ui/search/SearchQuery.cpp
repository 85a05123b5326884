#include "search/SearchQuery.h"

#include "query/FilterParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace muster {

namespace {

// A JSON string literal: the words are the user's, quotes and backslashes included.
QString quoted(const QString& word)
{
    const QByteArray array = QJsonDocument(QJsonArray{word}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

} // namespace

bool SearchQuery::looksLikeFilter(const QString& text)
{
    static const QRegularExpression operatorWord(
        QStringLiteral("(^|\\s)(eq|ne|co|sw|ew|gt|ge|lt|le|pr)(\\s|$)"),
        QRegularExpression::CaseInsensitiveOption);
    return text.contains(u'(') || text.contains(u'[') || operatorWord.match(text).hasMatch();
}

QStringList SearchQuery::plainTextAttributes(const QString& resourceType)
{
    if (resourceType == QLatin1String("User"))
        return {QStringLiteral("userName"), QStringLiteral("displayName"), QStringLiteral("emails.value")};
    return {QStringLiteral("displayName")};
}

QStringList SearchQuery::plainWords(const QString& text)
{
    if (looksLikeFilter(text))
        return {};
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.split(space, Qt::SkipEmptyParts);
}

namespace {

QString wordsFilter(const QStringList& words, const QString& resourceType)
{
    const QStringList attributes = SearchQuery::plainTextAttributes(resourceType);
    QStringList clauses;
    for (const QString& word : words) {
        QStringList alternatives;
        for (const QString& attribute : attributes)
            alternatives.append(attribute + QStringLiteral(" co ") + quoted(word));
        clauses.append(alternatives.size() == 1 ? alternatives.first()
                                                : u'(' + alternatives.join(QStringLiteral(" or ")) + u')');
    }
    return clauses.join(QStringLiteral(" and "));
}

} // namespace

QString SearchQuery::plainTextFilter(const QString& text, const QString& resourceType)
{
    return wordsFilter(plainWords(text), resourceType);
}

FilterPtr SearchQuery::plainWordsFilter(const QStringList& words, const QString& resourceType)
{
    if (words.isEmpty())
        return {};
    // Every word is quoted, so the filter always parses.
    return FilterParser::parse(wordsFilter(words, resourceType)).value();
}

Result<FilterPtr> SearchQuery::interpret(const QString& text, const QString& resourceType)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return FilterPtr();
    // The app speaks to people: bare words as values are fine here (userName sw an).
    if (looksLikeFilter(trimmed))
        return FilterParser::parse(trimmed, FilterSyntax::Lenient);
    return FilterParser::parse(plainTextFilter(trimmed, resourceType));
}

} // namespace muster
