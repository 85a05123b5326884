#include "query/FilterParser.h"

#include "query/CaseFolding.h"

#include <QLocale>

#include <cmath>
#include <optional>
#include <utility>

namespace muster {

namespace {

enum class TokenType { End, Word, String, OpenParen, CloseParen, OpenBracket, CloseBracket };

// One lexical unit. A word is a run of anything but whitespace, quotes, parentheses and brackets:
// attribute paths, operators, keywords and unquoted literals; the parser decides which it is.
struct Token {
    TokenType type = TokenType::End;
    qsizetype start = 0; // index into the text
    qsizetype length = 0;
    bool spaceBefore = false;
    QString string; // the decoded value of a String token
};

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
}

bool isWordChar(QChar c)
{
    return !isSpace(c) && c != u'"' && c != u'(' && c != u')' && c != u'[' && c != u']';
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

std::optional<CompareOperator> compareOperator(QStringView word)
{
    static constexpr std::pair<QStringView, CompareOperator> Operators[] = {
        {u"eq", CompareOperator::Eq}, {u"ne", CompareOperator::Ne}, {u"co", CompareOperator::Co},
        {u"sw", CompareOperator::Sw}, {u"ew", CompareOperator::Ew}, {u"gt", CompareOperator::Gt},
        {u"ge", CompareOperator::Ge}, {u"lt", CompareOperator::Lt}, {u"le", CompareOperator::Le},
        {u"pr", CompareOperator::Pr},
    };
    for (const auto& [name, op] : Operators) {
        if (equalIgnoringCase(word, name))
            return op;
    }
    return std::nullopt;
}

bool isKeyword(QStringView word, QStringView keyword)
{
    return equalIgnoringCase(word, keyword);
}

// JSON number (RFC 8259 §6): -? (0 / [1-9] digits) [. digits] [(e/E) [+/-] digits].
bool isJsonNumber(QStringView text, bool* integral)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (i < n && text[i] == u'-')
        ++i;
    if (i >= n || !isDigit(text[i]))
        return false;
    if (text[i] == u'0')
        ++i;
    else
        while (i < n && isDigit(text[i]))
            ++i;
    *integral = true;
    if (i < n && text[i] == u'.') {
        ++i;
        if (i >= n || !isDigit(text[i]))
            return false;
        while (i < n && isDigit(text[i]))
            ++i;
        *integral = false;
    }
    if (i < n && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        if (i < n && (text[i] == u'+' || text[i] == u'-'))
            ++i;
        if (i >= n || !isDigit(text[i]))
            return false;
        while (i < n && isDigit(text[i]))
            ++i;
        *integral = false;
    }
    return i == n;
}

// Recursive descent over a one-token lookahead. Recursion happens only at "(", "not (" and "[", which
// MaxDepth bounds; "and"/"or" chains are loops. The first error wins and ends the parse.
class Parser final {
public:
    enum class Mode { Filter, PatchPath };

    Parser(QStringView text, Mode mode, FilterSyntax syntax = FilterSyntax::Strict)
        : m_text(text)
        , m_mode(mode)
        , m_syntax(syntax)
    {}

    Result<FilterPtr> parseFilter()
    {
        if (!checkLength())
            return *m_error;
        advance();
        FilterPtr filter = parseOr(false);
        if (filter && m_current.type != TokenType::End)
            fail(QStringLiteral("\"and\", \"or\" or end of filter"));
        if (m_error)
            return *m_error;
        return filter;
    }

    Result<PatchPath> parsePatchPath()
    {
        if (!checkLength())
            return *m_error;
        advance();
        PatchPath patch;
        if (!parseAttributePath(patch.attribute))
            return *m_error;
        if (m_current.type == TokenType::OpenBracket) {
            patch.valueFilter = parseValueFilter();
            if (!patch.valueFilter)
                return *m_error;
            if (m_current.type == TokenType::Word && !m_current.spaceBefore &&
                tokenText(m_current).startsWith(u'.')) {
                const QStringView sub = tokenText(m_current).mid(1);
                const auto parsed = AttributePath::parse(sub);
                if (!parsed || !parsed->schemaUrn.isEmpty() || !parsed->subAttribute.isEmpty()) {
                    fail(QStringLiteral("a sub-attribute name after \".\""));
                    return *m_error;
                }
                patch.subAttribute = parsed->attribute;
                advance();
            }
            if (!m_error && m_current.type != TokenType::End)
                fail(QStringLiteral("\".\" and a sub-attribute name, or end of path"));
        } else if (!m_error && m_current.type != TokenType::End) {
            fail(QStringLiteral("\"[\" or end of path"));
        }
        if (m_error)
            return *m_error;
        return patch;
    }

private:
    bool checkLength()
    {
        if (m_text.size() <= FilterParser::MaxLength)
            return true;
        m_error = ScimError::badRequest(errorType(),
                                        QStringLiteral("Invalid %1: %2 characters exceed the limit of %3")
                                            .arg(subject())
                                            .arg(m_text.size())
                                            .arg(FilterParser::MaxLength));
        return false;
    }

    ScimType errorType() const
    {
        return m_mode == Mode::Filter ? ScimType::InvalidFilter : ScimType::InvalidPath;
    }

    QString subject() const
    {
        return m_mode == Mode::Filter ? QStringLiteral("filter") : QStringLiteral("path");
    }

    QStringView tokenText(const Token& token) const { return m_text.mid(token.start, token.length); }

    QString describe(const Token& token) const
    {
        if (token.type == TokenType::End)
            return describeEnd();
        QStringView text = tokenText(token);
        QString shown = text.left(40).toString();
        if (text.size() > 40)
            shown += QStringLiteral("...");
        if (token.type == TokenType::String)
            return QStringLiteral("string ") + shown;
        return u'"' + shown + u'"';
    }

    // Records the first error only: later ones are consequences of it.
    void failAt(qsizetype index, const QString& expected, const QString& found)
    {
        if (m_error)
            return;
        m_error = ScimError::badRequest(errorType(),
                                        QStringLiteral("Invalid %1 at position %2: expected %3, found %4")
                                            .arg(subject())
                                            .arg(index + 1)
                                            .arg(expected, found));
    }

    void fail(const QString& expected) { failAt(m_current.start, expected, describe(m_current)); }

    // Scans the next token into m_current; a malformed string literal becomes an error and End.
    void advance()
    {
        qsizetype i = m_current.start + m_current.length;
        const qsizetype n = m_text.size();
        const qsizetype before = i;
        while (i < n && isSpace(m_text[i]))
            ++i;
        m_current = Token{};
        m_current.start = i;
        m_current.spaceBefore = i > before;
        if (i >= n) {
            m_current.type = TokenType::End;
            return;
        }
        m_current.length = 1;
        switch (m_text[i].unicode()) {
        case u'(':
            m_current.type = TokenType::OpenParen;
            return;
        case u')':
            m_current.type = TokenType::CloseParen;
            return;
        case u'[':
            m_current.type = TokenType::OpenBracket;
            return;
        case u']':
            m_current.type = TokenType::CloseBracket;
            return;
        case u'"':
            m_current.type = TokenType::String;
            scanString();
            return;
        default:
            break;
        }
        m_current.type = TokenType::Word;
        qsizetype end = i;
        while (end < n && isWordChar(m_text[end]))
            ++end;
        m_current.length = end - i;
    }

    // A JSON string (RFC 8259 §7) starting at m_current.start.
    void scanString()
    {
        const qsizetype n = m_text.size();
        qsizetype i = m_current.start + 1;
        QString& value = m_current.string;
        while (true) {
            if (i >= n) {
                failAt(n, QStringLiteral("a closing quote"), describeEnd());
                break;
            }
            const QChar c = m_text[i];
            if (c == u'"') {
                ++i;
                break;
            }
            if (c.unicode() < 0x20) {
                failAt(i, QStringLiteral("a character of the string or an escape sequence"),
                       QStringLiteral("control character U+%1")
                           .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0')));
                break;
            }
            if (c != u'\\') {
                // A run of plain characters is appended at once, not one character at a time.
                qsizetype end = i + 1;
                while (end < n && m_text[end] != u'"' && m_text[end] != u'\\' &&
                       m_text[end].unicode() >= 0x20)
                    ++end;
                value += m_text.sliced(i, end - i);
                i = end;
                continue;
            }
            const qsizetype escape = i;
            if (i + 1 >= n) {
                failAt(n, QStringLiteral("an escape sequence"), describeEnd());
                break;
            }
            const QChar kind = m_text[i + 1];
            i += 2;
            switch (kind.unicode()) {
            case u'"':
            case u'\\':
            case u'/':
                value += kind;
                continue;
            case u'b':
                value += u'\b';
                continue;
            case u'f':
                value += u'\f';
                continue;
            case u'n':
                value += u'\n';
                continue;
            case u'r':
                value += u'\r';
                continue;
            case u't':
                value += u'\t';
                continue;
            case u'u':
                break;
            default:
                failAt(escape,
                       QStringLiteral("an escape sequence (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)"),
                       u'"' + m_text.mid(escape, 2).toString() + u'"');
                break;
            }
            if (m_error) // an unknown escape
                break;
            const int unit = hexEscape(escape);
            if (unit < 0)
                break;
            i = escape + 6;
            if (QChar::isLowSurrogate(char16_t(unit))) {
                failAt(escape, QStringLiteral("a high surrogate before a low surrogate"),
                       u'"' + m_text.mid(escape, 6).toString() + u'"');
                break;
            }
            if (QChar::isHighSurrogate(char16_t(unit))) {
                const int low = i + 1 < n && m_text[i] == u'\\' && m_text[i + 1] == u'u' ? hexEscape(i) : -2;
                if (low == -1)
                    break;
                if (low < 0 || !QChar::isLowSurrogate(char16_t(low))) {
                    failAt(i,
                           QStringLiteral("a \\u escape of a low surrogate after \"%1\"")
                               .arg(m_text.mid(escape, 6)),
                           describeInString(i, 6));
                    break;
                }
                value += QChar(char16_t(unit));
                value += QChar(char16_t(low));
                i += 6;
                continue;
            }
            value += QChar(char16_t(unit));
        }
        if (m_error) {
            // Stop here: nothing after a broken literal can be trusted.
            m_current = Token{};
            m_current.start = n;
            return;
        }
        m_current.length = i - m_current.start;
    }

    QString describeEnd() const { return QStringLiteral("end of ") + subject(); }

    // What stands at `index` inside a string literal, up to `length` characters of it.
    QString describeInString(qsizetype index, qsizetype length) const
    {
        if (index >= m_text.size())
            return describeEnd();
        QStringView piece = m_text.mid(index, length);
        const qsizetype quote = piece.indexOf(u'"');
        if (quote == 0)
            return QStringLiteral("the end of the string");
        if (quote > 0)
            piece = piece.left(quote);
        return u'"' + piece.toString() + u'"';
    }

    // The code unit of "\uXXXX" at index `escape`, or -1 after recording an error.
    int hexEscape(qsizetype escape)
    {
        int unit = 0;
        for (qsizetype k = escape + 2; k < escape + 6; ++k) {
            const int digit = k < m_text.size() ? hexValue(m_text[k]) : -1;
            if (digit < 0) {
                failAt(k, QStringLiteral("four hexadecimal digits after \"\\u\""), describeInString(k, 1));
                return -1;
            }
            unit = unit * 16 + digit;
        }
        return unit;
    }

    bool enter()
    {
        if (++m_depth <= FilterParser::MaxDepth)
            return true;
        fail(QStringLiteral("at most %1 levels of parentheses, \"not\" and value filters")
                 .arg(FilterParser::MaxDepth));
        return false;
    }

    // "or" is the loosest operator; the chain is built iteratively and leans left.
    FilterPtr parseOr(bool inValueFilter)
    {
        FilterPtr left = parseAnd(inValueFilter);
        while (left && isLogical(u"or")) {
            FilterPtr right = parseLogicalOperand(inValueFilter, u"or", false);
            if (!right)
                return nullptr;
            left = Filter::logicalNode(LogicalOperator::Or, std::move(left), std::move(right));
        }
        return left;
    }

    FilterPtr parseAnd(bool inValueFilter)
    {
        FilterPtr left = parseUnary(inValueFilter);
        while (left && isLogical(u"and")) {
            FilterPtr right = parseLogicalOperand(inValueFilter, u"and", true);
            if (!right)
                return nullptr;
            left = Filter::logicalNode(LogicalOperator::And, std::move(left), std::move(right));
        }
        return left;
    }

    bool isLogical(QStringView keyword) const
    {
        return m_current.type == TokenType::Word && isKeyword(tokenText(m_current), keyword);
    }

    // After "and"/"or": FILTER SP ("and" / "or") SP FILTER needs the spaces on both sides.
    FilterPtr parseLogicalOperand(bool inValueFilter, QStringView keyword, bool unary)
    {
        if (!m_current.spaceBefore) {
            fail(QStringLiteral("a space before \"%1\"").arg(keyword));
            return nullptr;
        }
        advance();
        const bool operandFollows = m_current.type == TokenType::Word ||
                                    m_current.type == TokenType::OpenParen ||
                                    m_current.type == TokenType::String;
        if (operandFollows && !m_current.spaceBefore) {
            fail(QStringLiteral("a space after \"%1\"").arg(keyword));
            return nullptr;
        }
        return unary ? parseUnary(inValueFilter) : parseAnd(inValueFilter);
    }

    // "(" FILTER ")", "not" "(" FILTER ")", valuePath or attrExp.
    FilterPtr parseUnary(bool inValueFilter)
    {
        if (m_current.type == TokenType::OpenParen)
            return parseGroup(inValueFilter);
        if (m_current.type != TokenType::Word) {
            fail(QStringLiteral("an attribute path, \"not\" or \"(\""));
            return nullptr;
        }
        const QStringView word = tokenText(m_current);
        if (isKeyword(word, u"not")) {
            advance();
            if (m_current.type != TokenType::OpenParen) {
                fail(QStringLiteral("\"(\" after \"not\""));
                return nullptr;
            }
            FilterPtr operand = parseGroup(inValueFilter);
            return operand ? Filter::notNode(std::move(operand)) : nullptr;
        }
        if (isKeyword(word, u"and") || isKeyword(word, u"or")) {
            fail(QStringLiteral("an attribute path, \"not\" or \"(\""));
            return nullptr;
        }

        AttributePath path;
        if (!parseAttributePath(path))
            return nullptr;
        if (m_current.type == TokenType::OpenBracket) {
            if (inValueFilter) {
                fail(QStringLiteral("a comparison operator (value filters do not nest)"));
                return nullptr;
            }
            FilterPtr operand = parseValueFilter();
            return operand ? Filter::valuePath(std::move(path), std::move(operand)) : nullptr;
        }
        return parseComparison(std::move(path));
    }

    // "(" FILTER ")" with m_current on "(".
    FilterPtr parseGroup(bool inValueFilter)
    {
        if (!enter())
            return nullptr;
        advance();
        FilterPtr inner = parseOr(inValueFilter);
        if (!inner)
            return nullptr;
        if (m_current.type != TokenType::CloseParen) {
            fail(QStringLiteral("\"and\", \"or\" or \")\""));
            return nullptr;
        }
        advance();
        --m_depth;
        return inner;
    }

    // "[" valFilter "]" with m_current on "[".
    FilterPtr parseValueFilter()
    {
        if (!enter())
            return nullptr;
        advance();
        FilterPtr inner = parseOr(true);
        if (!inner)
            return nullptr;
        if (m_current.type != TokenType::CloseBracket) {
            fail(QStringLiteral("\"and\", \"or\" or \"]\""));
            return nullptr;
        }
        advance();
        --m_depth;
        return inner;
    }

    bool parseAttributePath(AttributePath& path)
    {
        if (m_current.type != TokenType::Word) {
            fail(QStringLiteral("an attribute path"));
            return false;
        }
        auto parsed = AttributePath::parse(tokenText(m_current));
        if (!parsed) {
            fail(QStringLiteral("an attribute path"));
            return false;
        }
        path = std::move(*parsed);
        advance();
        return true;
    }

    // attrPath SP "pr" / attrPath SP compareOp SP compValue, with m_current after the path.
    FilterPtr parseComparison(AttributePath path)
    {
        const auto op =
            m_current.type == TokenType::Word ? compareOperator(tokenText(m_current)) : std::nullopt;
        if (!op) {
            fail(QStringLiteral("a comparison operator"));
            return nullptr;
        }
        advance();
        if (*op == CompareOperator::Pr)
            return Filter::comparison(std::move(path), *op);

        if (m_current.type != TokenType::End && !m_current.spaceBefore) {
            fail(QStringLiteral("a space before the comparison value"));
            return nullptr;
        }
        std::optional<QJsonValue> value;
        if (m_current.type == TokenType::String)
            value = QJsonValue(m_current.string);
        else if (m_current.type == TokenType::Word)
            value = literal(tokenText(m_current));
        if (!value && !m_error && m_syntax == FilterSyntax::Lenient && m_current.type == TokenType::Word)
            value = QJsonValue(tokenText(m_current).toString());
        if (!value) {
            if (!m_error)
                fail(QStringLiteral("a comparison value (a string, number, true, false or null)"));
            return nullptr;
        }
        advance();
        return Filter::comparison(std::move(path), *op, std::move(*value));
    }

    std::optional<QJsonValue> literal(QStringView word)
    {
        if (isKeyword(word, u"true"))
            return QJsonValue(true);
        if (isKeyword(word, u"false"))
            return QJsonValue(false);
        if (isKeyword(word, u"null"))
            return QJsonValue(QJsonValue::Null);
        bool integral = false;
        if (!isJsonNumber(word, &integral))
            return std::nullopt;
        if (integral) {
            bool ok = false;
            const qint64 integer = word.toLongLong(&ok);
            if (ok)
                return QJsonValue(integer);
        }
        bool ok = false;
        const double real = QLocale::c().toDouble(word, &ok);
        if (!std::isfinite(real)) {
            fail(QStringLiteral("a number within the range of a double"));
            return std::nullopt;
        }
        return QJsonValue(real);
    }

    QStringView m_text;
    Mode m_mode;
    FilterSyntax m_syntax;
    Token m_current;
    int m_depth = 0;
    std::optional<ScimError> m_error;
};

} // namespace

Result<FilterPtr> FilterParser::parse(QStringView text, FilterSyntax syntax)
{
    return Parser(text, Parser::Mode::Filter, syntax).parseFilter();
}

Result<PatchPath> FilterParser::parsePatchPath(QStringView text)
{
    return Parser(text, Parser::Mode::PatchPath).parsePatchPath();
}

} // namespace muster
