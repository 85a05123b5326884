#include "query/CompiledFilter.h"

#include "query/AnyElement.h"
#include "query/DateTimeInstant.h"
#include "query/OrderedResult.h"
#include "query/ValueKind.h"

#include <QJsonArray>
#include <QVarLengthArray>

#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace muster {

namespace {

// RFC 7644 §3.4.2.2 "pr": a value that is there and not empty.
bool isPresentValue(const QJsonValue& value, int depth = 0)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return false;
    case QJsonValue::String:
        return !value.toString().isEmpty();
    case QJsonValue::Array:
        if (depth < 4) {
            const QJsonArray array = value.toArray();
            for (const QJsonValue item : array) {
                if (isPresentValue(item, depth + 1))
                    return true;
            }
        }
        return false;
    case QJsonValue::Object:
        if (depth < 4) {
            const QJsonObject object = value.toObject();
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                if (isPresentValue(it.value(), depth + 1))
                    return true;
            }
        }
        return false;
    case QJsonValue::Bool:
    case QJsonValue::Double:
        break;
    }
    return true;
}

QString pathText(const AttributePath& path)
{
    return path.toString();
}

ScimError invalidFilter(const QString& detail)
{
    return ScimError::badRequest(ScimType::InvalidFilter, detail);
}

} // namespace

// One node of the resolved tree. And/Or hold any number of children (chains are flattened, so that a
// long "a or b or c ..." is not a deep recursion); ValuePath holds its inner filter as the only child,
// evaluated against each element of the attribute.
struct CompiledFilter::Node {
    enum class Kind { And, Or, Not, Compare, Present, ValuePath };

    Kind kind = Kind::Compare;
    bool negate = false; // "ne" is "not eq", "eq null" is "not pr"
    std::vector<Node> children;

    // Where the values are: resource[extension][attribute][subAttribute], any key may be skipped.
    // Inside a valuePath the context is an element and only `attribute` (its sub-attribute) is set.
    QString extension;
    QString attribute;
    QString subAttribute;

    // Compare: the operator (never Ne or Pr) and the literal converted for the attribute's type.
    CompareOperator op = CompareOperator::Eq;
    ValueKind valueKind = ValueKind::String;
    Qt::CaseSensitivity caseSensitivity = Qt::CaseInsensitive;
    QString text;
    bool boolean = false;
    double number = 0;
    qint64 integer = 0;
    bool integral = false;
    qint64 msecs = 0;

    bool matches(const QJsonObject& context) const;
    bool compareValue(const QJsonValue& value) const;
    template <typename Visit>
    bool anyValue(const QJsonObject& context, const Visit& visit) const;
};

template <typename Visit>
bool CompiledFilter::Node::anyValue(const QJsonObject& context, const Visit& visit) const
{
    QJsonValue value;
    if (!extension.isEmpty()) {
        value = context.value(extension);
        if (!attribute.isEmpty()) {
            if (!value.isObject())
                return false;
            value = value.toObject().value(attribute);
        }
    } else {
        value = context.value(attribute);
    }
    if (value.isUndefined() || value.isNull())
        return false;
    if (subAttribute.isEmpty())
        return anyElement(value, visit);
    return anyElement(value, [&](const QJsonValue& element) {
        return element.isObject() && anyElement(element.toObject().value(subAttribute), visit);
    });
}

namespace {

template <typename T>
int threeWay(const T& a, const T& b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

bool CompiledFilter::Node::compareValue(const QJsonValue& value) const
{
    switch (valueKind) {
    case ValueKind::String:
    case ValueKind::Binary: {
        if (!value.isString())
            return false;
        const QString string = value.toString();
        switch (op) {
        case CompareOperator::Co:
            return string.contains(text, caseSensitivity);
        case CompareOperator::Sw:
            return string.startsWith(text, caseSensitivity);
        case CompareOperator::Ew:
            return string.endsWith(text, caseSensitivity);
        case CompareOperator::Eq:
            if (string.size() != text.size() && caseSensitivity == Qt::CaseSensitive)
                return false;
            return string.compare(text, caseSensitivity) == 0;
        default:
            return orderedResult(op, string.compare(text, caseSensitivity));
        }
    }
    case ValueKind::Boolean:
        return value.isBool() && value.toBool() == boolean;
    case ValueKind::Number: {
        if (!value.isDouble())
            return false;
        const double actual = value.toDouble();
        // Integers beyond 2^53 lose precision as doubles: compare them exactly when both are whole.
        constexpr double exactLimit = 9007199254740992.0;    // 2^53
        constexpr double int64Limit = 9223372036854775808.0; // 2^63
        if (integral && std::abs(actual) >= exactLimit && actual >= -int64Limit && actual < int64Limit)
            return orderedResult(op, threeWay(value.toInteger(), integer));
        return orderedResult(op, threeWay(actual, number));
    }
    case ValueKind::DateTime: {
        if (!value.isString())
            return false;
        const std::optional<qint64> instant = DateTimeInstant::toMsecs(QStringView(value.toString()));
        return instant && orderedResult(op, threeWay(*instant, msecs));
    }
    case ValueKind::Complex:
        break;
    }
    return false;
}

bool CompiledFilter::Node::matches(const QJsonObject& context) const
{
    bool result = false;
    switch (kind) {
    case Kind::And:
        result = true;
        for (const Node& child : children) {
            if (!child.matches(context)) {
                result = false;
                break;
            }
        }
        break;
    case Kind::Or:
        for (const Node& child : children) {
            if (child.matches(context)) {
                result = true;
                break;
            }
        }
        break;
    case Kind::Not:
        result = !children.front().matches(context);
        break;
    case Kind::Present:
        result = anyValue(context, [](const QJsonValue& value) { return isPresentValue(value); });
        break;
    case Kind::Compare:
        result = anyValue(context, [this](const QJsonValue& value) { return compareValue(value); });
        break;
    case Kind::ValuePath: {
        const Node& inner = children.front();
        result = anyValue(context, [&inner](const QJsonValue& element) {
            return element.isObject() && inner.matches(element.toObject());
        });
        break;
    }
    }
    return result != negate;
}

namespace {

// Binds one Filter tree to a resource type.
class FilterBinder final {
public:
    FilterBinder(const SchemaRegistry& registry, const ResourceType& type)
        : m_registry(registry)
        , m_type(type)
    {}

    // `element` is the multi-valued complex attribute whose elements a valuePath's inner filter reads.
    Result<CompiledFilter::Node> bind(const Filter& filter, const AttributeDefinition* element)
    {
        using Node = CompiledFilter::Node;
        switch (filter.kind) {
        case Filter::Kind::Logical: {
            Node node;
            node.kind = filter.logical == LogicalOperator::And ? Node::Kind::And : Node::Kind::Or;
            // Flatten the chain of the same operator iteratively: parsers build "a or b or c" as a
            // left-leaning tree whose depth only the filter's length bounds.
            // The operands are collected first, so that the children (large nodes) are never moved by
            // the vector's growth.
            QVarLengthArray<const Filter*, 16> pending{&filter};
            QVarLengthArray<const Filter*, 16> operands;
            while (!pending.empty()) {
                const Filter* current = pending.back();
                pending.pop_back();
                if (current->kind == Filter::Kind::Logical && current->logical == filter.logical) {
                    if (!current->left || !current->right)
                        return invalidFilter(QStringLiteral("incomplete logical expression"));
                    pending.push_back(current->right.get());
                    pending.push_back(current->left.get());
                    continue;
                }
                operands.push_back(current);
            }
            node.children.reserve(size_t(operands.size()));
            for (const Filter* operand : operands) {
                auto child = bind(*operand, element);
                if (!child)
                    return child.error();
                node.children.push_back(std::move(*child));
            }
            return node;
        }
        case Filter::Kind::Not: {
            if (!filter.operand)
                return invalidFilter(QStringLiteral("\"not\" without an operand"));
            auto operand = bind(*filter.operand, element);
            if (!operand)
                return operand.error();
            Node node;
            node.kind = Node::Kind::Not;
            node.children.push_back(std::move(*operand));
            return node;
        }
        case Filter::Kind::ValuePath:
            return bindValuePath(filter, element);
        case Filter::Kind::Comparison:
            break;
        }
        return bindComparison(filter, element);
    }

private:
    struct Target {
        const AttributeDefinition* definition = nullptr; // nullptr: a whole extension
        CompiledFilter::Node location;                   // only the keys are set
    };

    Result<Target> resolve(const AttributePath& path, const AttributeDefinition* element) const
    {
        Target target;
        if (element) {
            // Inside "emails[...]" names are sub-attributes of emails; "emails.type" is tolerated.
            AttributePath relative = path;
            if (relative.schemaUrn.isEmpty() && !relative.subAttribute.isEmpty() &&
                relative.attribute.compare(element->name, Qt::CaseInsensitive) == 0) {
                relative.attribute = relative.subAttribute;
                relative.subAttribute.clear();
            }
            if (!relative.schemaUrn.isEmpty() || !relative.subAttribute.isEmpty())
                return invalidFilter(
                    QStringLiteral("\"%1\" inside \"%2[...]\" must name a sub-attribute of %2")
                        .arg(pathText(path), element->name));
            target.definition = element->subAttribute(relative.attribute);
            if (!target.definition)
                return invalidFilter(QStringLiteral("\"%1[%2 ...]\": \"%1\" has no sub-attribute \"%2\"")
                                         .arg(element->name, relative.attribute));
            target.location.attribute = target.definition->name;
        } else {
            auto resolved = m_registry.resolve(m_type, path);
            if (!resolved)
                return invalidFilter(resolved.error().detail);
            if (resolved->inExtension)
                target.location.extension = resolved->schema->id;
            if (resolved->attribute) {
                target.location.attribute = resolved->attribute->name;
                if (resolved->attribute->returned == Returned::Never)
                    return neverReturned(path);
            }
            if (resolved->subAttribute) {
                target.location.subAttribute = resolved->subAttribute->name;
            }
            target.definition = resolved->target();
        }
        if (target.definition && target.definition->returned == Returned::Never)
            return neverReturned(path);
        return target;
    }

    static ScimError neverReturned(const AttributePath& path)
    {
        return invalidFilter(QStringLiteral("attribute \"%1\" is never returned and cannot be filtered on")
                                 .arg(pathText(path)));
    }

    Result<CompiledFilter::Node> bindValuePath(const Filter& filter, const AttributeDefinition* element)
    {
        if (element)
            return invalidFilter(
                QStringLiteral("\"%1[...]\": value paths cannot be nested").arg(pathText(filter.path)));
        if (!filter.operand)
            return invalidFilter(QStringLiteral("\"%1[...]\" without a filter").arg(pathText(filter.path)));
        auto target = resolve(filter.path, nullptr);
        if (!target)
            return target.error();
        const AttributeDefinition* definition = target->definition;
        if (!definition || !target->location.subAttribute.isEmpty() ||
            definition->type != AttributeType::Complex || !definition->multiValued)
            return invalidFilter(
                QStringLiteral("\"%1[...]\": a value filter needs a multi-valued complex attribute")
                    .arg(pathText(filter.path)));
        auto inner = bind(*filter.operand, definition);
        if (!inner)
            return inner.error();
        CompiledFilter::Node node = std::move(target->location);
        node.kind = CompiledFilter::Node::Kind::ValuePath;
        node.children.push_back(std::move(*inner));
        return node;
    }

    Result<CompiledFilter::Node> bindComparison(const Filter& filter, const AttributeDefinition* element)
    {
        using Node = CompiledFilter::Node;
        auto target = resolve(filter.path, element);
        if (!target)
            return target.error();
        // Error texts only: built when a check fails, not for every comparison bound.
        const auto path = [&]() -> QString { return pathText(filter.path); };
        const auto op = [&]() -> QString { return Filter::operatorName(filter.compare); };
        Node node = std::move(target->location);
        const AttributeDefinition* definition = target->definition;

        // "pr", "eq null" and "ne null" only ask whether there is a value, whatever its type.
        if (filter.compare == CompareOperator::Pr ||
            (filter.value.isNull() &&
             (filter.compare == CompareOperator::Eq || filter.compare == CompareOperator::Ne))) {
            node.kind = Node::Kind::Present;
            node.negate = filter.compare == CompareOperator::Eq;
            return node;
        }
        if (filter.value.isNull() || filter.value.isUndefined())
            return invalidFilter(QStringLiteral("\"%1 %2\" needs a value other than null").arg(path(), op()));
        if (!definition)
            return invalidFilter(
                QStringLiteral("\"%1\" is a whole extension: only \"pr\" applies to it").arg(path()));

        // A complex attribute compared as such compares its "value" (each element's, if multi-valued),
        // the way sorting treats it too: "emails co "@example.com"", "manager eq "u1"".
        if (definition->type == AttributeType::Complex) {
            const AttributeDefinition* value = definition->subAttribute(u"value");
            if (!value)
                return invalidFilter(
                    QStringLiteral("\"%1\" is complex: \"%2\" needs one of its sub-attributes")
                        .arg(path(), op()));
            definition = value;
            node.subAttribute = value->name;
        }

        node.kind = Node::Kind::Compare;
        node.valueKind = kindOf(definition->type);
        node.caseSensitivity = definition->caseExact ? Qt::CaseSensitive : Qt::CaseInsensitive;
        node.op = filter.compare;
        // "ne" is "not eq": a missing attribute matches it, and on a multi-valued attribute
        // 'emails.type ne "work"' means that no element is "work" (as SQL's NOT EXISTS would have it).
        if (filter.compare == CompareOperator::Ne) {
            node.op = CompareOperator::Eq;
            node.negate = true;
        }

        const auto typeName = [&]() -> QString { return AttributeDefinition::typeName(definition->type); };
        const bool substring = node.op == CompareOperator::Co || node.op == CompareOperator::Sw ||
                               node.op == CompareOperator::Ew;
        const bool ordering = node.op == CompareOperator::Gt || node.op == CompareOperator::Ge ||
                              node.op == CompareOperator::Lt || node.op == CompareOperator::Le;
        if (substring && node.valueKind != ValueKind::String)
            return invalidFilter(QStringLiteral("\"%1\" cannot be applied to \"%2\", which is of type %3")
                                     .arg(op(), path(), typeName()));
        if (ordering && (node.valueKind == ValueKind::Boolean || node.valueKind == ValueKind::Binary))
            return invalidFilter(QStringLiteral("\"%1\" cannot be applied to \"%2\", which is of type %3")
                                     .arg(op(), path(), typeName()));

        const QJsonValue& literal = filter.value;
        const auto wrongLiteral = [&]() {
            return invalidFilter(QStringLiteral("\"%1 %2\": the value must be a %3")
                                     .arg(path(), op(), expectedLiteral(node.valueKind)));
        };
        switch (node.valueKind) {
        case ValueKind::String:
        case ValueKind::Binary:
            if (!literal.isString())
                return wrongLiteral();
            node.text = literal.toString();
            if (node.valueKind == ValueKind::Binary)
                node.caseSensitivity = Qt::CaseSensitive; // base64 is case-sensitive whatever the schema says
            break;
        case ValueKind::Boolean:
            if (literal.isBool()) {
                node.boolean = literal.toBool();
            } else if (literal.isString() &&
                       (literal.toString().compare(u"true", Qt::CaseInsensitive) == 0 ||
                        literal.toString().compare(u"false", Qt::CaseInsensitive) == 0)) {
                // Identity providers quote booleans; accept the two spellings, nothing else.
                node.boolean = literal.toString().compare(u"true", Qt::CaseInsensitive) == 0;
            } else {
                return wrongLiteral();
            }
            break;
        case ValueKind::Number: {
            if (!literal.isDouble())
                return wrongLiteral();
            node.number = literal.toDouble();
            const qint64 none = std::numeric_limits<qint64>::min();
            node.integer = literal.toInteger(none);
            node.integral = node.integer != none || node.number == double(none);
            break;
        }
        case ValueKind::DateTime: {
            const std::optional<qint64> instant =
                literal.isString() ? DateTimeInstant::toMsecs(QStringView(literal.toString())) : std::nullopt;
            if (!instant)
                return invalidFilter(
                    QStringLiteral("\"%1 %2\": the value must be an xsd:dateTime string such as "
                                   "\"2011-05-13T04:42:34Z\"")
                        .arg(path(), op()));
            node.msecs = *instant;
            break;
        }
        case ValueKind::Complex:
            return wrongLiteral();
        }
        return node;
    }

    static QString expectedLiteral(ValueKind kind)
    {
        switch (kind) {
        case ValueKind::String:
            return QStringLiteral("string");
        case ValueKind::Binary:
            return QStringLiteral("base64 string");
        case ValueKind::Boolean:
            return QStringLiteral("boolean (true or false)");
        case ValueKind::Number:
            return QStringLiteral("number");
        case ValueKind::DateTime:
            return QStringLiteral("dateTime string");
        case ValueKind::Complex:
            break;
        }
        return QStringLiteral("sub-attribute");
    }

    const SchemaRegistry& m_registry;
    const ResourceType& m_type;
};

} // namespace

Result<CompiledFilter> CompiledFilter::compile(const SchemaRegistry& registry, const ResourceType& type,
                                               const FilterPtr& filter)
{
    if (!filter)
        return invalidFilter(QStringLiteral("empty filter"));
    auto root = FilterBinder(registry, type).bind(*filter, nullptr);
    if (!root)
        return root.error();
    CompiledFilter compiled;
    compiled.m_filter = filter;
    compiled.m_type = &type;
    compiled.m_root = std::make_shared<const Node>(std::move(*root));
    return compiled;
}

bool CompiledFilter::matches(const QJsonObject& resource) const
{
    return m_root && m_root->matches(resource);
}

bool CompiledFilter::isPresent(const QJsonValue& value)
{
    return isPresentValue(value);
}

} // namespace muster
