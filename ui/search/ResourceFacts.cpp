#include "search/ResourceFacts.h"

#include "query/AnyElement.h"
#include "query/CompiledFilter.h"
#include "query/DateTimeInstant.h"

#include <QJsonArray>

namespace muster {

namespace {

void setBit(ResourceFacts::Values& values, int index)
{
    values.bits[size_t(index / 64)] |= quint64(1) << (index % 64);
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
            Top top{extension,
                    attribute.name,
                    add(prefix + attribute.name, attribute.type, attribute.multiValued),
                    {}};
            for (const AttributeDefinition& subAttribute : attribute.subAttributes) {
                if (subAttribute.returned != Returned::Never)
                    top.subAttributes.insert(subAttribute.name,
                                             add(prefix + attribute.name + u'.' + subAttribute.name,
                                                 subAttribute.type,
                                                 attribute.multiValued || subAttribute.multiValued));
            }
            (extension.isEmpty() ? m_topByKey : m_topByExtension[extension])
                .insert(attribute.name, int(m_tops.size()));
            m_tops.push_back(std::move(top));
        }
    };
    addSchema(registry.schema(type->schema), QString());
    addSchema(&registry.commonAttributes(), QString());
    for (const SchemaExtension& extension : type->schemaExtensions)
        addSchema(registry.schema(extension.schema), extension.schema);
}

ResourceFacts::Places ResourceFacts::add(const QString& name, AttributeType type, bool multiValued)
{
    Places places;
    if (m_bits + 1 <= MaxBits) {
        places.present = m_bits++;
        m_held.present.append(name);
    }
    if (type == AttributeType::Boolean && m_bits + 2 <= MaxBits) {
        places.boolean = m_bits;
        m_bits += 2;
        m_held.booleans.append(name);
    }
    // A multi-valued dateTime could hold instants on either side of a comparison: not held.
    if (type == AttributeType::DateTime && !multiValued && m_instants < MaxInstants) {
        places.instant = m_instants++;
        m_held.instants.append(name);
    }
    m_placesByName.insert(name, places);
    return places;
}

QStringList ResourceFacts::projection() const
{
    QStringList attributes;
    for (const Top& top : m_tops)
        attributes.append(top.extension.isEmpty() ? top.attribute : top.extension + u':' + top.attribute);
    return attributes;
}

// Each key of the JSON is looked up once among the attributes held (CompiledFilter looks each attribute up by
// its exact name, which finds the same value).
ResourceFacts::Values ResourceFacts::of(const QJsonObject& json) const
{
    Values values;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (const auto top = m_topByKey.constFind(it.key()); top != m_topByKey.cend()) {
            read(m_tops[size_t(*top)], it.value(), values);
            continue;
        }
        const auto extension = m_topByExtension.constFind(it.key());
        if (extension == m_topByExtension.cend() || !it.value().isObject())
            continue;
        const QJsonObject object = it.value().toObject();
        for (auto inner = object.constBegin(); inner != object.constEnd(); ++inner) {
            if (const auto top = extension->constFind(inner.key()); top != extension->cend())
                read(m_tops[size_t(*top)], inner.value(), values);
        }
    }
    return values;
}

void ResourceFacts::read(const Top& top, const QJsonValue& value, Values& values) const
{
    if (value.isUndefined() || value.isNull())
        return;
    readValues(top.places, value, values);
    if (top.subAttributes.isEmpty())
        return;
    // A sub-attribute's values are those of each element that is an object.
    anyElement(value, [&](const QJsonValue& element) {
        if (!element.isObject())
            return false;
        const QJsonObject object = element.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (const auto places = top.subAttributes.constFind(it.key()); places != top.subAttributes.cend())
                readValues(*places, it.value(), values);
        }
        return false;
    });
}

// What one attribute's (or sub-attribute's) `value` adds to its facts, as CompiledFilter compares it: "pr",
// "eq" a boolean, an ordering of instants (values that are no dateTime never meet one).
void ResourceFacts::readValues(const Places& places, const QJsonValue& value, Values& values)
{
    if (places.present >= 0 && !values.bit(places.present) && anyElement(value, &CompiledFilter::isPresent))
        setBit(values, places.present);
    if (places.boolean >= 0) {
        anyElement(value, [&](const QJsonValue& element) {
            if (element.isBool())
                setBit(values, places.boolean + (element.toBool() ? 0 : 1));
            return false;
        });
    }
    if (places.instant >= 0) {
        qint64& instant = values.instants[size_t(places.instant)];
        anyElement(value, [&instant](const QJsonValue& element) {
            const std::optional<qint64> msecs =
                element.isString() ? DateTimeInstant::toMsecs(QStringView(element.toString())) : std::nullopt;
            if (msecs)
                instant = instant == NoInstant || instant == *msecs ? *msecs : SeveralInstants;
            return instant == SeveralInstants;
        });
    }
}

int ResourceFacts::slotOf(const FilterTerms::Fact& fact) const
{
    using Test = FilterTerms::Fact::Test;
    const auto found = m_placesByName.constFind(fact.attribute);
    if (found == m_placesByName.cend())
        return -1;
    switch (fact.test) {
    case Test::Present:
        return found->present;
    case Test::True:
    case Test::False:
        return found->boolean < 0 ? -1 : found->boolean + (fact.test == Test::True ? 0 : 1);
    case Test::Instant:
        return found->instant;
    }
    return -1;
}

} // namespace muster
