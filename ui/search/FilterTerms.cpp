#include "search/FilterTerms.h"

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

class TermCollector final {
public:
    TermCollector(const SchemaRegistry& registry, const ResourceType& type,
                  const QStringList& searchedAttributes)
        : m_registry(registry)
        , m_type(type)
        , m_searchedAttributes(searchedAttributes)
    {}

    // `element`: the multi-valued attribute of the value path whose elements `filter` reads.
    void collect(const Filter& filter, const ResolvedAttribute* element)
    {
        switch (filter.kind) {
        case Filter::Kind::Logical:
            // Only what both sides of an `and` require is required; an `or` requires neither side.
            if (filter.logical == LogicalOperator::And && filter.left && filter.right) {
                collect(*filter.left, element);
                collect(*filter.right, element);
            }
            return;
        case Filter::Kind::ValuePath:
            if (!element && filter.operand) {
                const auto resolved = m_registry.resolve(m_type, filter.path);
                if (resolved && resolved->attribute && !resolved->subAttribute && !resolved->inExtension)
                    collect(*filter.operand, &*resolved);
            }
            return;
        case Filter::Kind::Not:
            return;
        case Filter::Kind::Comparison:
            break;
        }
        const std::optional<FilterTerms::Term::Place> place = placeOf(filter.compare);
        if (!place || !filter.value.isString())
            return;
        const QString attribute = attributeName(filter.path, element);
        if (attribute.isEmpty())
            return;
        if (filter.compare == CompareOperator::Eq && isLookedUpByKey(attribute))
            m_keyLookup = true;
        else if (m_searchedAttributes.contains(attribute, Qt::CaseInsensitive))
            m_terms.append({filter.value.toString(), *place});
    }

    QList<FilterTerms::Term> terms() const { return m_keyLookup ? QList<FilterTerms::Term>() : m_terms; }

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
    const QStringList& m_searchedAttributes;
    QList<FilterTerms::Term> m_terms;
    bool m_keyLookup = false;
};

} // namespace

QList<FilterTerms::Term> FilterTerms::of(const SchemaRegistry& registry, const ResourceType& type,
                                         const Filter& filter, const QStringList& searchedAttributes)
{
    TermCollector collector(registry, type, searchedAttributes);
    collector.collect(filter, nullptr);
    return collector.terms();
}

} // namespace muster
