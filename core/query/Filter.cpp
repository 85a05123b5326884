#include "query/Filter.h"

#include <QLocale>
#include <QVariant>

#include <cmath>
#include <vector>

namespace muster {

namespace {

// Binding strength in the text form: "or" < "and" < everything that needs no parentheses.
enum class Precedence { Or, And, Atom };

Precedence precedence(const Filter& filter)
{
    if (filter.kind != Filter::Kind::Logical)
        return Precedence::Atom;
    return filter.logical == LogicalOperator::And ? Precedence::And : Precedence::Or;
}

bool isStoredInteger(const QJsonValue& value)
{
    return value.toVariant().typeId() == QMetaType::LongLong;
}

// The shortest digits that read back as the same double, laid out as ECMAScript's Number#toString
// does: plain notation from 1e-6 up to 1e21, exponent notation outside.
QString numberText(const QJsonValue& value)
{
    if (isStoredInteger(value))
        return QString::number(value.toInteger());
    const double number = value.toDouble();
    if (number == 0 || !std::isfinite(number))
        return QStringLiteral("0");
    const QString scientific = QString::number(std::abs(number), 'e', QLocale::FloatingPointShortest);
    const qsizetype e = scientific.indexOf(u'e');
    QString digits = scientific.left(e);
    digits.remove(u'.');
    const int exponent = QStringView(scientific).mid(e + 1).toInt();
    const qsizetype count = digits.size();
    const qsizetype point = exponent + 1; // digits before the decimal point

    QString text = number < 0 ? QStringLiteral("-") : QString();
    if (count <= point && point <= 21) {
        text += digits + QString(point - count, u'0');
    } else if (0 < point && point <= 21) {
        text += digits.left(point) + u'.' + digits.mid(point);
    } else if (-6 < point && point <= 0) {
        text += QStringLiteral("0.") + QString(-point, u'0') + digits;
    } else {
        text += digits.left(1);
        if (count > 1)
            text += u'.' + digits.mid(1);
        text += (point - 1 < 0 ? QStringLiteral("e-") : QStringLiteral("e+")) +
                QString::number(std::abs(point - 1));
    }
    return text;
}

QString quoted(const QString& text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\b':
            out += QLatin1String("\\b");
            break;
        case u'\f':
            out += QLatin1String("\\f");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

QString valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return quoted(value.toString());
    case QJsonValue::Double:
        return numberText(value);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
    case QJsonValue::Object:
    case QJsonValue::Undefined:
        break;
    }
    return QString(); // not a filter literal; Comparison::value is only ever one of the above
}

// An integer equals a double only when the double is that exact integer.
bool sameNumber(const QJsonValue& a, const QJsonValue& b)
{
    const bool aInteger = isStoredInteger(a);
    const bool bInteger = isStoredInteger(b);
    if (aInteger && bInteger)
        return a.toInteger() == b.toInteger();
    if (!aInteger && !bInteger)
        return a.toDouble() == b.toDouble();
    const qint64 integer = aInteger ? a.toInteger() : b.toInteger();
    const double real = aInteger ? b.toDouble() : a.toDouble();
    // 2^63 is exactly representable; anything at or above it cannot be a qint64.
    constexpr double Limit = 9223372036854775808.0;
    if (!(real >= -Limit && real < Limit) || std::trunc(real) != real)
        return false;
    return static_cast<qint64>(real) == integer;
}

bool sameValue(const QJsonValue& a, const QJsonValue& b)
{
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case QJsonValue::String:
        return a.toString() == b.toString();
    case QJsonValue::Double:
        return sameNumber(a, b);
    case QJsonValue::Bool:
        return a.toBool() == b.toBool();
    default:
        return a == b;
    }
}

void appendText(const Filter& filter, QString& out);

void appendChild(const Filter* child, bool parenthesize, QString& out)
{
    if (!child)
        return;
    if (parenthesize)
        out += u'(';
    appendText(*child, out);
    if (parenthesize)
        out += u')';
}

void appendText(const Filter& filter, QString& out)
{
    switch (filter.kind) {
    case Filter::Kind::Comparison:
        out += filter.path.toString();
        out += u' ';
        out += Filter::operatorName(filter.compare);
        if (filter.compare != CompareOperator::Pr) {
            out += u' ';
            out += valueText(filter.value);
        }
        return;
    case Filter::Kind::Logical: {
        // Chains of "and"/"or" lean left and are as deep as the filter is long: walk the left spine
        // in a loop. Both operators are left-associative, so a right operand of the same strength
        // keeps its parentheses and the text parses back to the same tree.
        std::vector<const Filter*> spine{&filter};
        while (spine.back()->left && spine.back()->left->kind == Filter::Kind::Logical &&
               precedence(*spine.back()->left) >= precedence(*spine.back()))
            spine.push_back(spine.back()->left.get());
        const Filter* bottom = spine.back();
        appendChild(bottom->left.get(), bottom->left && precedence(*bottom->left) < precedence(*bottom), out);
        for (auto it = spine.crbegin(); it != spine.crend(); ++it) {
            const Filter& node = **it;
            out += node.logical == LogicalOperator::And ? QLatin1String(" and ") : QLatin1String(" or ");
            appendChild(node.right.get(), node.right && precedence(*node.right) <= precedence(node), out);
        }
        return;
    }
    case Filter::Kind::Not:
        out += QLatin1String("not ");
        appendChild(filter.operand.get(), true, out);
        return;
    case Filter::Kind::ValuePath:
        out += filter.path.toString();
        out += u'[';
        appendChild(filter.operand.get(), false, out);
        out += u']';
        return;
    }
}

} // namespace

QString Filter::toString() const
{
    QString out;
    appendText(*this, out);
    return out;
}

FilterPtr Filter::comparison(AttributePath path, CompareOperator op, QJsonValue value)
{
    auto node = std::make_shared<Filter>();
    node->kind = Kind::Comparison;
    node->path = std::move(path);
    node->compare = op;
    node->value = op == CompareOperator::Pr ? QJsonValue(QJsonValue::Undefined) : std::move(value);
    return node;
}

FilterPtr Filter::logicalNode(LogicalOperator op, FilterPtr left, FilterPtr right)
{
    auto node = std::make_shared<Filter>();
    node->kind = Kind::Logical;
    node->logical = op;
    node->left = std::move(left);
    node->right = std::move(right);
    return node;
}

FilterPtr Filter::notNode(FilterPtr operand)
{
    auto node = std::make_shared<Filter>();
    node->kind = Kind::Not;
    node->operand = std::move(operand);
    return node;
}

FilterPtr Filter::valuePath(AttributePath path, FilterPtr operand)
{
    auto node = std::make_shared<Filter>();
    node->kind = Kind::ValuePath;
    node->path = std::move(path);
    node->operand = std::move(operand);
    return node;
}

QString Filter::operatorName(CompareOperator op)
{
    switch (op) {
    case CompareOperator::Eq:
        return QStringLiteral("eq");
    case CompareOperator::Ne:
        return QStringLiteral("ne");
    case CompareOperator::Co:
        return QStringLiteral("co");
    case CompareOperator::Sw:
        return QStringLiteral("sw");
    case CompareOperator::Ew:
        return QStringLiteral("ew");
    case CompareOperator::Gt:
        return QStringLiteral("gt");
    case CompareOperator::Ge:
        return QStringLiteral("ge");
    case CompareOperator::Lt:
        return QStringLiteral("lt");
    case CompareOperator::Le:
        return QStringLiteral("le");
    case CompareOperator::Pr:
        return QStringLiteral("pr");
    }
    return QString();
}

bool Filter::equal(const Filter* a, const Filter* b)
{
    // Chains of "and"/"or" are as deep as the filter is long: walk them without recursion on the
    // left spine, which is where the parser grows them.
    while (true) {
        if (a == b)
            return true;
        if (!a || !b || a->kind != b->kind)
            return false;
        switch (a->kind) {
        case Kind::Comparison:
            return a->path == b->path && a->compare == b->compare &&
                   (a->compare == CompareOperator::Pr || sameValue(a->value, b->value));
        case Kind::Logical:
            if (a->logical != b->logical || !equal(a->right.get(), b->right.get()))
                return false;
            a = a->left.get();
            b = b->left.get();
            continue;
        case Kind::Not:
            a = a->operand.get();
            b = b->operand.get();
            continue;
        case Kind::ValuePath:
            if (!(a->path == b->path))
                return false;
            a = a->operand.get();
            b = b->operand.get();
            continue;
        }
        return false;
    }
}

} // namespace muster
