#include "query/ResourceComparator.h"

#include "query/CaseFolding.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace muster {

namespace {

ScimError invalidPath(const QString& detail)
{
    return ScimError::badRequest(ScimType::InvalidPath, detail);
}

const QJsonValue NoKey(QJsonValue::Undefined);

bool hasValue(const QJsonValue& value)
{
    return !value.isUndefined() && !value.isNull() && !(value.isString() && value.toString().isEmpty());
}

// The element of a multi-valued complex attribute that stands for it: the primary one when it has
// the sub-attribute, else the first that has it.
QJsonValue representative(const QJsonArray& elements, const QString& subAttribute)
{
    QJsonValue first(QJsonValue::Undefined);
    for (const QJsonValue element : elements) {
        const QJsonObject object = element.toObject();
        QJsonValue value = object.value(subAttribute); // not const: returned by move
        if (!hasValue(value))
            continue;
        if (object.value(QLatin1String("primary")).toBool())
            return value;
        if (first.isUndefined())
            first = value;
    }
    return first;
}

template <typename T>
int threeWay(const T& a, const T& b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int typeRank(const QJsonValue& value)
{
    return int(value.type());
}

} // namespace

Result<ResourceComparator> ResourceComparator::create(const SchemaRegistry& registry,
                                                      const ResourceType& type, const SortSpec& sort)
{
    auto resolved = registry.resolve(type, sort.path);
    if (!resolved)
        return resolved.error();
    const QString path = sort.path.toString();
    if (!resolved->attribute)
        return invalidPath(
            QStringLiteral("sortBy \"%1\" names a whole extension, not an attribute").arg(path));
    if (resolved->target()->returned == Returned::Never || resolved->attribute->returned == Returned::Never)
        return invalidPath(QStringLiteral("sortBy \"%1\": the attribute is never returned").arg(path));
    if (resolved->target()->type == AttributeType::Complex) {
        // A complex attribute sorts by its "value" (emails: the primary email address).
        resolved->subAttribute = resolved->attribute->subAttribute(u"value");
        if (!resolved->subAttribute)
            return invalidPath(
                QStringLiteral("sortBy \"%1\" is complex and has no \"value\" sub-attribute to sort by")
                    .arg(path));
    }

    ResourceComparator comparator;
    comparator.m_attribute = *resolved;
    comparator.m_order = sort.order;
    return comparator;
}

QJsonValue ResourceComparator::sortedValue(const QJsonObject& resource) const
{
    const AttributeDefinition* attribute = m_attribute.attribute;
    if (!attribute)
        return NoKey;

    QJsonValue value = m_attribute.inExtension
                           ? resource.value(m_attribute.schema->id).toObject().value(attribute->name)
                           : resource.value(attribute->name);
    if (m_attribute.subAttribute) {
        if (value.isArray())
            value = representative(value.toArray(), m_attribute.subAttribute->name);
        else
            value = value.toObject().value(m_attribute.subAttribute->name);
    } else if (value.isArray()) {
        // A multi-valued simple attribute (schemas, a custom list) sorts by its first value.
        const QJsonArray values = value.toArray();
        value = NoKey;
        for (const QJsonValue item : values) {
            if (hasValue(item)) {
                value = item;
                break;
            }
        }
    }
    return hasValue(value) ? value : NoKey;
}

QJsonValue ResourceComparator::sortKey(const QJsonObject& resource) const
{
    const QJsonValue value = sortedValue(resource);
    const AttributeDefinition* target = m_attribute.target();
    if (!hasValue(value))
        return NoKey;

    // Keys are normalized once here, so that compareKeys is a plain comparison.
    switch (target->type) {
    case AttributeType::String:
    case AttributeType::Reference:
        if (!value.isString())
            return NoKey;
        return target->caseExact ? value : QJsonValue(foldedCase(value.toString()));
    case AttributeType::Binary:
        return value.isString() ? value : NoKey;
    case AttributeType::Boolean:
        return value.isBool() ? value : NoKey;
    case AttributeType::Integer:
    case AttributeType::Decimal:
        return value.isDouble() ? value : NoKey;
    case AttributeType::DateTime: {
        if (!value.isString())
            return NoKey;
        QDateTime instant = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!instant.isValid())
            return NoKey;
        // No offset means UTC: the instant must not depend on the machine's time zone.
        if (instant.timeSpec() == Qt::LocalTime)
            instant = QDateTime(instant.date(), instant.time(), QTimeZone::utc());
        return QJsonValue(instant.toMSecsSinceEpoch());
    }
    case AttributeType::Complex:
        break;
    }
    return NoKey;
}

int ResourceComparator::compareKeys(const QJsonValue& a, const QJsonValue& b) const
{
    // Resources without a value go last whatever the order.
    const bool aMissing = a.isUndefined() || a.isNull();
    const bool bMissing = b.isUndefined() || b.isNull();
    if (aMissing || bMissing)
        return aMissing == bMissing ? 0 : (aMissing ? 1 : -1);

    int order = 0;
    if (a.type() != b.type()) {
        order = threeWay(typeRank(a), typeRank(b));
    } else if (a.isString()) {
        order = a.toString().compare(b.toString(), Qt::CaseSensitive);
        order = order < 0 ? -1 : (order > 0 ? 1 : 0);
    } else if (a.isBool()) {
        order = threeWay(int(a.toBool()), int(b.toBool()));
    } else {
        const double x = a.toDouble();
        const double y = b.toDouble();
        order = threeWay(x, y);
        // Whole numbers beyond 2^53 are equal as doubles but not as integers.
        if (order == 0)
            order = threeWay(a.toInteger(), b.toInteger());
    }
    return m_order == SortOrder::Descending ? -order : order;
}

ResourceComparator::Key ResourceComparator::key(const QJsonObject& resource) const
{
    // A string key's text is normalized as sortKey() normalizes it, without building a QJsonValue of it;
    // the value itself is only compared for its kind.
    const AttributeDefinition* target = m_attribute.target();
    if (comparesText()) {
        const QJsonValue value = sortedValue(resource);
        if (!value.isString())
            return Key{NoKey, {}};
        const QString text = value.toString();
        return Key{value, target->caseExact ? text : foldedCase(text)};
    }
    return Key{sortKey(resource), {}};
}

int ResourceComparator::compareKeys(const Key& a, const Key& b) const
{
    if (!a.value.isString() || !b.value.isString())
        return compareKeys(a.value, b.value);
    return compareTexts(a.text, b.text);
}

bool ResourceComparator::comparesText() const
{
    const AttributeDefinition* target = m_attribute.target();
    return target && (target->type == AttributeType::String || target->type == AttributeType::Reference);
}

int ResourceComparator::compareTexts(QStringView a, QStringView b) const
{
    // An empty string counts as no value (see hasValue), and no value goes last whatever the order.
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() == b.isEmpty() ? 0 : (a.isEmpty() ? 1 : -1);
    const int order = a.compare(b, Qt::CaseSensitive);
    const int sign = order < 0 ? -1 : (order > 0 ? 1 : 0);
    return m_order == SortOrder::Descending ? -sign : sign;
}

int ResourceComparator::compare(const QJsonObject& a, const QJsonObject& b) const
{
    const int order = compareKeys(sortKey(a), sortKey(b));
    if (order != 0)
        return order;
    const int byId = a.value(QLatin1String("id")).toString().compare(b.value(QLatin1String("id")).toString());
    return byId < 0 ? -1 : (byId > 0 ? 1 : 0);
}

bool ResourceComparator::operator()(const QJsonObject& a, const QJsonObject& b) const
{
    return compare(a, b) < 0;
}

} // namespace muster
