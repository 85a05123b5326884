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

QString SearchQuery::plainTextFilter(const QString& text, const QString& resourceType)
{
    const QStringList attributes =
        resourceType == QLatin1String("User")
            ? QStringList{QStringLiteral("userName"), QStringLiteral("displayName"),
                          QStringLiteral("emails.value")}
            : QStringList{QStringLiteral("displayName")};
    QStringList clauses;
    for (const QString& word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        QStringList alternatives;
        for (const QString& attribute : attributes)
            alternatives.append(attribute + QStringLiteral(" co ") + quoted(word));
        clauses.append(alternatives.size() == 1 ? alternatives.first()
                                                : u'(' + alternatives.join(QStringLiteral(" or ")) + u')');
    }
    return clauses.join(QStringLiteral(" and "));
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
