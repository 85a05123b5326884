#include "search/FilterTerms.h"

#include "query/CaseFolding.h"
#include "query/DateTimeInstant.h"

#include <algorithm>
#include <optional>

namespace muster {

namespace {

// Attributes whose `eq` the stores answer through an index of their own (see FilterTerms::of).
bool isLookedUpByKey(const QString& attribute)
{
    static const QStringList keys{QStringLiteral("id"), QStringLiteral("userName"),
                                  QStringLiteral("externalId"), QStringLiteral("emails.value"),
                                  QStringLiteral("members.value")};
    return keys.contains(attribute, Qt::CaseInsensitive);
}

// The comparisons that a term makes (`ne` is the `not` of an `eq`).
bool isTermOperator(CompareOperator op)
{
    switch (op) {
    case CompareOperator::Co:
    case CompareOperator::Sw:
    case CompareOperator::Ew:
    case CompareOperator::Eq:
    case CompareOperator::Gt:
    case CompareOperator::Ge:
    case CompareOperator::Lt:
    case CompareOperator::Le:
        return true;
    case CompareOperator::Ne:
    case CompareOperator::Pr:
        break;
    }
    return false;
}

// The spelling in `held` of `attribute` (any case); null when it is not held.
const QString* heldSpelling(const QStringList& held, const QString& attribute)
{
    const auto found = std::find_if(held.cbegin(), held.cend(), [&attribute](const QString& name) {
        return equalIgnoringCase(name, attribute);
    });
    return found == held.cend() ? nullptr : &*found;
}

// A boolean literal as CompiledFilter reads it: true or false, or either quoted in any case.
std::optional<bool> booleanLiteral(const QJsonValue& literal)
{
    if (literal.isBool())
        return literal.toBool();
    for (const bool value : {true, false}) {
        if (literal.isString() &&
            literal.toString().compare(value ? u"true" : u"false", Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

// What a value path requires of one element of `attribute`, met when some element meets it.
FilterTerms::Condition elementOf(const QString& attribute, FilterTerms::Condition condition)
{
    FilterTerms::Condition element;
    element.kind = FilterTerms::Condition::Kind::Element;
    element.attribute = attribute;
    element.children.append(std::move(condition));
    return element;
}

FilterTerms::Condition negated(FilterTerms::Condition condition)
{
    FilterTerms::Condition negation;
    negation.kind = FilterTerms::Condition::Kind::Not;
    negation.children.append(std::move(condition));
    return negation;
}

// Conditions that stand for what one kind of combination of them requires: `and` (All) or `or` (Any).
FilterTerms::Condition combined(FilterTerms::Condition::Kind kind, FilterTerms::Condition left,
                                FilterTerms::Condition right)
{
    FilterTerms::Condition combination;
    combination.kind = kind;
    for (FilterTerms::Condition* side : {&left, &right}) {
        if (side->kind == kind)
            combination.children += std::move(side->children);
        else
            combination.children.append(std::move(*side));
    }
    return combination;
}

class TermCollector final {
public:
    // An attribute or sub-attribute as the index spells it, and what its values are.
    struct NamedAttribute {
        QString name;
        bool caseExact = false;
        AttributeType type = AttributeType::String;
    };

    // What the index can test of one node of a filter (none: nothing), and whether the stores answer it by
    // key.
    struct Collected {
        std::optional<FilterTerms::Condition> condition;
        bool keyLookup = false; // the node's matches are found through the stores' keys
    };

    // Where a node stands in the filter.
    struct Context {
        const ResolvedAttribute* element = nullptr; // the multi-valued attribute of a value path around it
        bool underNot = false;                      // a `not` around it turns "has it" into "lacks it"
    };

    TermCollector(const SchemaRegistry& registry, const ResourceType& type,
                  const QStringList& indexedAttributes, const FilterTerms::HeldFacts& facts)
        : m_registry(registry)
        , m_type(type)
        , m_indexedAttributes(indexedAttributes)
        , m_facts(facts)
    {}

    Collected collect(const Filter& filter, const Context& context) const
    {
        using Kind = FilterTerms::Condition::Kind;
        switch (filter.kind) {
        case Filter::Kind::Logical: {
            if (!filter.left || !filter.right)
                return {};
            Collected left = collect(*filter.left, context);
            Collected right = collect(*filter.right, context);
            const bool isAnd = filter.logical == LogicalOperator::And;
            Collected combination{std::nullopt, isAnd ? left.keyLookup || right.keyLookup
                                                      : left.keyLookup && right.keyLookup};
            if (left.condition && right.condition) {
                combination.condition = combined(isAnd ? Kind::All : Kind::Any, std::move(*left.condition),
                                                 std::move(*right.condition));
            } else if ((left.condition || right.condition) && (isAnd || context.underNot)) {
                // What the index cannot tell stays in: an `and` narrows through the side it can test, and
                // a `not` around an `and` that one side fails is met. Outside a `not`, a match of an `or`
                // may match the side that the index cannot test: no condition.
                std::optional<FilterTerms::Condition>& known =
                    left.condition ? left.condition : right.condition;
                combination.condition = combined(isAnd ? Kind::All : Kind::Any, std::move(*known), unknown());
            }
            return combination;
        }
        case Filter::Kind::ValuePath:
            if (!context.element && filter.operand) {
                const auto resolved = m_registry.resolve(m_type, filter.path);
                if (resolved && resolved->attribute && !resolved->subAttribute && !resolved->inExtension) {
                    Context inside = context;
                    inside.element = &*resolved;
                    Collected operand = collect(*filter.operand, inside);
                    if (operand.condition)
                        operand.condition =
                            elementOf(resolved->attribute->name, std::move(*operand.condition));
                    return operand;
                }
            }
            return {};
        case Filter::Kind::Not: {
            if (!filter.operand)
                return {};
            Context inside = context;
            inside.underNot = true;
            Collected operand = collect(*filter.operand, inside);
            if (!operand.condition)
                return {};
            return {negated(std::move(*operand.condition)), false};
        }
        case Filter::Kind::Comparison:
            break;
        }
        if (!context.element) {
            if (std::optional<FilterTerms::Condition> fact = factOf(filter))
                return {std::move(fact), false};
        }
        const std::optional<NamedAttribute> attribute = attributeNamed(filter.path, context.element);
        if (!attribute)
            return {};
        // `ne` is the `not` of an `eq` (no value equal; in a value path, the element's value not equal); in a
        // value path, `pr` asks the element's value, and `eq null` is the `not` of it.
        CompareOperator compare = filter.compare;
        bool negation = compare == CompareOperator::Ne;
        QString text;
        const bool isNull = filter.value.isNull() && (compare == CompareOperator::Eq || negation);
        if (context.element && (compare == CompareOperator::Pr || isNull)) {
            negation = isNull && !negation;
            compare = CompareOperator::Pr;
        } else {
            if (negation)
                compare = CompareOperator::Eq;
            if (attribute->type == AttributeType::Boolean) {
                // Outside value paths, facts; in them, an element's true or false.
                const std::optional<bool> literal = booleanLiteral(filter.value);
                if (!context.element || compare != CompareOperator::Eq || !literal)
                    return {};
                text = *literal ? QStringLiteral("true") : QStringLiteral("false");
            } else if (attribute->type == AttributeType::String ||
                       attribute->type == AttributeType::Reference) {
                if (!isTermOperator(compare) || !filter.value.isString())
                    return {};
                text = filter.value.toString();
            } else {
                return {};
            }
        }
        Collected term{std::nullopt,
                       compare == CompareOperator::Eq && !negation && isLookedUpByKey(attribute->name)};
        if (const QString* indexed = heldSpelling(m_indexedAttributes, attribute->name)) {
            FilterTerms::Condition condition;
            condition.term = {text, compare, *indexed, attribute->caseExact};
            term.condition = negation ? negated(std::move(condition)) : std::move(condition);
        }
        return term;
    }

private:
    // A comparison outside value paths that the index decides from the facts it holds; `ne` and `eq null` as
    // the `not` of one. Nullopt for others, and for literals that CompiledFilter rejects.
    std::optional<FilterTerms::Condition> factOf(const Filter& filter) const
    {
        const auto resolved = m_registry.resolve(m_type, filter.path);
        if (!resolved || !resolved->attribute)
            return std::nullopt;
        const QString name = (resolved->inExtension ? resolved->schema->id + u':' : QString()) +
                             resolved->attribute->name +
                             (resolved->subAttribute ? u'.' + resolved->subAttribute->name : QString());
        return factNamed(filter, name, resolved->target()->type);
    }

    // The fact of a comparison on `name` (as held), of `type`.
    std::optional<FilterTerms::Condition> factNamed(const Filter& filter, const QString& name,
                                                    AttributeType type) const
    {
        using Test = FilterTerms::Fact::Test;
        const CompareOperator compare = filter.compare;
        const bool equality = compare == CompareOperator::Eq || compare == CompareOperator::Ne;
        FilterTerms::Fact fact;
        bool negation = compare == CompareOperator::Ne;
        const QStringList* held = nullptr;
        if (compare == CompareOperator::Pr || (equality && filter.value.isNull())) {
            fact.test = Test::Present;
            negation = compare == CompareOperator::Eq;
            held = &m_facts.present;
        } else if (type == AttributeType::Boolean) {
            const std::optional<bool> literal = booleanLiteral(filter.value);
            if (!equality || !literal)
                return std::nullopt;
            fact.test = *literal ? Test::True : Test::False;
            held = &m_facts.booleans;
        } else if (type == AttributeType::DateTime) {
            const std::optional<qint64> instant =
                filter.value.isString() ? DateTimeInstant::toMsecs(QStringView(filter.value.toString()))
                                        : std::nullopt;
            if (!instant || compare == CompareOperator::Co || compare == CompareOperator::Sw ||
                compare == CompareOperator::Ew)
                return std::nullopt;
            fact.test = Test::Instant;
            fact.compare = compare == CompareOperator::Ne ? CompareOperator::Eq : compare;
            fact.msecs = *instant;
            held = &m_facts.instants;
        } else {
            return std::nullopt;
        }
        const QString* spelling = heldSpelling(*held, name);
        if (!spelling)
            return std::nullopt;
        fact.attribute = *spelling;
        FilterTerms::Condition condition;
        condition.kind = FilterTerms::Condition::Kind::Fact;
        condition.fact = std::move(fact);
        return negation ? negated(std::move(condition)) : condition;
    }

    static FilterTerms::Condition unknown()
    {
        FilterTerms::Condition condition;
        condition.kind = FilterTerms::Condition::Kind::Unknown;
        return condition;
    }

    // "attribute" or "attribute.subAttribute" in the schema's spelling (after "urn:...:" for an
    // extension's), a complex attribute compared as such standing for its "value" (as the filter compares
    // it), with its caseExact and type; nullopt for what names no attribute.
    std::optional<NamedAttribute> attributeNamed(const AttributePath& path,
                                                 const ResolvedAttribute* element) const
    {
        const AttributeDefinition* attribute = nullptr;
        const AttributeDefinition* subAttribute = nullptr;
        QString prefix; // an extension's URN and a colon
        if (element) {
            // Inside "emails[...]" names are sub-attributes of emails; "emails.value" is tolerated, as
            // CompiledFilter tolerates it.
            attribute = element->attribute;
            QString relative = path.attribute;
            if (!path.subAttribute.isEmpty()) {
                if (path.attribute.compare(attribute->name, Qt::CaseInsensitive) != 0)
                    return {};
                relative = path.subAttribute;
            }
            if (!path.schemaUrn.isEmpty())
                return {};
            subAttribute = attribute->subAttribute(relative);
        } else {
            const auto resolved = m_registry.resolve(m_type, path);
            if (!resolved || !resolved->attribute)
                return {};
            attribute = resolved->attribute;
            subAttribute = resolved->subAttribute;
            if (!subAttribute && attribute->type == AttributeType::Complex)
                subAttribute = attribute->subAttribute(u"value");
            if (resolved->inExtension)
                prefix = resolved->schema->id + u':';
        }
        if (!attribute || (attribute->type == AttributeType::Complex && !subAttribute))
            return {};
        const AttributeDefinition* target = subAttribute ? subAttribute : attribute;
        return NamedAttribute{
            prefix + (subAttribute ? attribute->name + u'.' + subAttribute->name : attribute->name),
            target->caseExact, target->type};
    }

    const SchemaRegistry& m_registry;
    const ResourceType& m_type;
    const QStringList& m_indexedAttributes;
    const FilterTerms::HeldFacts& m_facts;
};

// Whether the index can find a resource that fails `condition` (and that so does not match the filter), or,
// not `failing`, one that meets it.
bool canFind(const FilterTerms::Condition& condition, bool failing)
{
    using Kind = FilterTerms::Condition::Kind;
    const auto& children = condition.children;
    const auto findable = [failing](const FilterTerms::Condition& child) { return canFind(child, failing); };
    switch (condition.kind) {
    case Kind::Term:
    case Kind::Fact:
        return true;
    case Kind::All:
    case Kind::Any:
        // One child decides an `and` that fails and an `or` that is met; the others need every child.
        if ((condition.kind == Kind::All) == failing)
            return std::any_of(children.cbegin(), children.cend(), findable);
        return std::all_of(children.cbegin(), children.cend(), findable);
    case Kind::Not:
        return canFind(children.front(), !failing);
    case Kind::Element:
        return canFind(children.front(), failing);
    case Kind::Unknown:
        break;
    }
    return false;
}

} // namespace

std::optional<FilterTerms::Condition> FilterTerms::of(const SchemaRegistry& registry,
                                                      const ResourceType& type, const Filter& filter,
                                                      const QStringList& indexedAttributes,
                                                      const HeldFacts& facts)
{
    TermCollector::Collected collected =
        TermCollector(registry, type, indexedAttributes, facts).collect(filter, {});
    if (collected.keyLookup || !collected.condition || !canFind(*collected.condition, true))
        return std::nullopt;
    return std::move(collected.condition);
}

} // namespace muster
