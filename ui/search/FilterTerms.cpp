#include "search/FilterTerms.h"

#include "query/CaseFolding.h"

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

std::optional<FilterTerms::Term::Place> placeOf(CompareOperator op)
{
    using Place = FilterTerms::Term::Place;
    switch (op) {
    case CompareOperator::Co:
        return Place::Anywhere;
    case CompareOperator::Sw:
        return Place::Start;
    case CompareOperator::Ew:
        return Place::End;
    case CompareOperator::Eq:
        return Place::Whole;
    default:
        return std::nullopt;
    }
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
    // What the index can test of one node of a filter, and whether the stores answer it by key.
    struct Collected {
        std::optional<FilterTerms::Condition> condition; // none: the index cannot tell
        bool keyLookup = false; // the node's matches are found through the stores' keys
    };

    TermCollector(const SchemaRegistry& registry, const ResourceType& type,
                  const QStringList& indexedAttributes)
        : m_registry(registry)
        , m_type(type)
        , m_indexedAttributes(indexedAttributes)
    {}

    // `element`: the multi-valued attribute of the value path whose elements `filter` reads.
    Collected collect(const Filter& filter, const ResolvedAttribute* element) const
    {
        using Kind = FilterTerms::Condition::Kind;
        switch (filter.kind) {
        case Filter::Kind::Logical: {
            if (!filter.left || !filter.right)
                return {};
            Collected left = collect(*filter.left, element);
            Collected right = collect(*filter.right, element);
            if (filter.logical == LogicalOperator::And) {
                // What one side requires is required; a side the index cannot test only narrows further.
                Collected both{std::nullopt, left.keyLookup || right.keyLookup};
                if (left.condition && right.condition)
                    both.condition =
                        combined(Kind::All, std::move(*left.condition), std::move(*right.condition));
                else
                    both.condition = left.condition ? std::move(left.condition) : std::move(right.condition);
                return both;
            }
            // A match of an `or` matches one of its sides: the index needs to test both.
            Collected either{std::nullopt, left.keyLookup && right.keyLookup};
            if (left.condition && right.condition)
                either.condition =
                    combined(Kind::Any, std::move(*left.condition), std::move(*right.condition));
            return either;
        }
        case Filter::Kind::ValuePath:
            if (!element && filter.operand) {
                const auto resolved = m_registry.resolve(m_type, filter.path);
                if (resolved && resolved->attribute && !resolved->subAttribute && !resolved->inExtension)
                    return collect(*filter.operand, &*resolved);
            }
            return {};
        case Filter::Kind::Not:
            return {};
        case Filter::Kind::Comparison:
            break;
        }
        const std::optional<FilterTerms::Term::Place> place = placeOf(filter.compare);
        if (!place || !filter.value.isString())
            return {};
        const QString attribute = attributeName(filter.path, element);
        if (attribute.isEmpty())
            return {};
        Collected term{std::nullopt, filter.compare == CompareOperator::Eq && isLookedUpByKey(attribute)};
        const auto indexed =
            std::find_if(m_indexedAttributes.cbegin(), m_indexedAttributes.cend(),
                         [&attribute](const QString& held) { return equalIgnoringCase(held, attribute); });
        if (indexed != m_indexedAttributes.cend()) {
            FilterTerms::Condition condition;
            condition.term = {filter.value.toString(), *place, *indexed};
            term.condition = std::move(condition);
        }
        return term;
    }

private:
    // "attribute" or "attribute.subAttribute" in the schema's spelling (after "urn:...:" for an
    // extension's), a complex attribute compared as such standing for its "value" (as the filter compares
    // it); empty for what names no attribute.
    QString attributeName(const AttributePath& path, const ResolvedAttribute* element) const
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
        return prefix + (subAttribute ? attribute->name + u'.' + subAttribute->name : attribute->name);
    }

    const SchemaRegistry& m_registry;
    const ResourceType& m_type;
    const QStringList& m_indexedAttributes;
};

} // namespace

std::optional<FilterTerms::Condition> FilterTerms::of(const SchemaRegistry& registry,
                                                      const ResourceType& type, const Filter& filter,
                                                      const QStringList& indexedAttributes)
{
    TermCollector::Collected collected =
        TermCollector(registry, type, indexedAttributes).collect(filter, nullptr);
    if (collected.keyLookup)
        return std::nullopt;
    return std::move(collected.condition);
}

} // namespace muster
