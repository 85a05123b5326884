#include "search/ResourceFacts.h"

#include "query/CompiledFilter.h"
#include "query/DateTimeInstant.h"

#include <QJsonArray>

namespace muster {

namespace {

// Calls `visit` with `value`, or with each element if it is an array, until one returns true (as
// CompiledFilter does).
template <typename Visit>
bool anyElement(const QJsonValue& value, const Visit& visit)
{
    if (!value.isArray())
        return visit(value);
    const QJsonArray array = value.toArray();
    return std::any_of(array.begin(), array.end(), [&visit](const QJsonValue& item) { return visit(item); });
}

// Whether one of the values of an attribute (`top`), or of its sub-attribute, meets `visit`, as
// CompiledFilter's comparisons ask it.
template <typename Visit>
bool anyValue(const QJsonValue& top, const QString& subAttribute, const Visit& visit)
{
    if (top.isUndefined() || top.isNull())
        return false;
    if (subAttribute.isEmpty())
        return anyElement(top, visit);
    return anyElement(top, [&](const QJsonValue& element) {
        return element.isObject() && anyElement(element.toObject().value(subAttribute), visit);
    });
}

} // namespace

ResourceFacts::ResourceFacts(const SchemaRegistry& registry, const QString& resourceType)
{
    const ResourceType* type = registry.resourceType(resourceType);
    if (!type)
        return;
    // A group's members and a user's groups are kept by the directory, not read with the resource.
    static const QStringList leftOut{QStringLiteral("members"), QStringLiteral("groups")};
    const auto addSchema = [&](const Schema* schema, const QString& extension) {
        if (!schema)
            return;
        const QString prefix = extension.isEmpty() ? QString() : extension + u':';
        for (const AttributeDefinition& attribute : schema->attributes) {
            if (leftOut.contains(attribute.name, Qt::CaseInsensitive) ||
                attribute.returned == Returned::Never)
                continue;
            const int top = topOf(extension, attribute.name);
            add(prefix + attribute.name, top, QString(), attribute.type, attribute.multiValued);
            for (const AttributeDefinition& subAttribute : attribute.subAttributes) {
                if (subAttribute.returned != Returned::Never)
                    add(prefix + attribute.name + u'.' + subAttribute.name, top, subAttribute.name,
                        subAttribute.type, attribute.multiValued || subAttribute.multiValued);
            }
        }
    };
    addSchema(registry.schema(type->schema), QString());
    addSchema(&registry.commonAttributes(), QString());
    for (const SchemaExtension& extension : type->schemaExtensions)
        addSchema(registry.schema(extension.schema), extension.schema);
}

int ResourceFacts::topOf(const QString& extension, const QString& attribute)
{
    m_tops.push_back({extension, attribute});
    return int(m_tops.size()) - 1;
}

void ResourceFacts::add(const QString& name, int top, const QString& subAttribute, AttributeType type,
                        bool multiValued)
{
    const auto bitsUsed = [this] { return m_present.size() + 2 * m_booleans.size(); };
    if (bitsUsed() + 1 <= size_t(MaxBits)) {
        m_present.push_back({top, subAttribute});
        m_held.present.append(name);
    }
    if (type == AttributeType::Boolean && bitsUsed() + 2 <= size_t(MaxBits)) {
        m_booleans.push_back({top, subAttribute});
        m_held.booleans.append(name);
    }
    // A multi-valued dateTime could hold instants on either side of a comparison: not held.
    if (type == AttributeType::DateTime && !multiValued && m_instants.size() < size_t(MaxInstants)) {
        m_instants.push_back({top, subAttribute});
        m_held.instants.append(name);
    }
}

QStringList ResourceFacts::projection() const
{
    QStringList attributes;
    for (const Top& top : m_tops)
        attributes.append(top.extension.isEmpty() ? top.attribute : top.extension + u':' + top.attribute);
    return attributes;
}

ResourceFacts::Values ResourceFacts::of(const QJsonObject& json) const
{
    std::vector<QJsonValue> tops;
    tops.reserve(m_tops.size());
    for (const Top& top : m_tops) {
        if (top.extension.isEmpty()) {
            tops.push_back(json.value(top.attribute));
        } else {
            const QJsonValue extension = json.value(top.extension);
            tops.push_back(extension.isObject() ? extension.toObject().value(top.attribute) : QJsonValue());
        }
    }
    Values values;
    const auto set = [&values](size_t index) { values.bits[index / 64] |= quint64(1) << (index % 64); };
    for (size_t i = 0; i < m_present.size(); ++i) {
        const Path& path = m_present[i];
        if (anyValue(tops[size_t(path.top)], path.subAttribute, &CompiledFilter::isPresent))
            set(i);
    }
    for (size_t i = 0; i < m_booleans.size(); ++i) {
        const Path& path = m_booleans[i];
        for (const bool held : {true, false}) {
            if (anyValue(tops[size_t(path.top)], path.subAttribute, [held](const QJsonValue& value) {
                    return value.isBool() && value.toBool() == held;
                }))
                set(m_present.size() + 2 * i + (held ? 0 : 1));
        }
    }
    for (size_t i = 0; i < m_instants.size(); ++i) {
        const Path& path = m_instants[i];
        qint64& instant = values.instants[i];
        // Values that are no dateTime never meet a comparison.
        anyValue(tops[size_t(path.top)], path.subAttribute, [&instant](const QJsonValue& value) {
            const std::optional<qint64> msecs =
                value.isString() ? DateTimeInstant::toMsecs(QStringView(value.toString())) : std::nullopt;
            if (msecs)
                instant = instant == NoInstant || instant == *msecs ? *msecs : SeveralInstants;
            return instant == SeveralInstants;
        });
    }
    return values;
}

int ResourceFacts::slotOf(const FilterTerms::Fact& fact) const
{
    using Test = FilterTerms::Fact::Test;
    switch (fact.test) {
    case Test::Present:
        return int(m_held.present.indexOf(fact.attribute));
    case Test::True:
    case Test::False: {
        const qsizetype boolean = m_held.booleans.indexOf(fact.attribute);
        if (boolean < 0)
            return -1;
        return int(m_present.size() + 2 * size_t(boolean)) + (fact.test == Test::True ? 0 : 1);
    }
    case Test::Instant:
        return int(m_held.instants.indexOf(fact.attribute));
    }
    return -1;
}

} // namespace muster
