#include "resource/ResourceCanonicalizer.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSet>
#include <QTime>

#include <algorithm>
#include <optional>

namespace muster {

namespace {

const QString SchemasName = QStringLiteral("schemas");

// One shared "schemas" array per distinct list of URNs: every user of a directory lists the same one or
// two, and in Qt 6.4 each QJsonArray of them costs 300 to 460 bytes of heap, for every stored resource.
// A stored JSON object holds a nested array by reference, so the resources share one. Canonicalizing
// runs on several threads, hence the lock; the bound keeps odd lists from growing the table.
QJsonArray sharedSchemasArray(const QStringList& urns)
{
    static constexpr qsizetype MaxLists = 64;
    static QMutex lock;
    static QHash<QStringList, QJsonArray> arrays;
    QMutexLocker locker(&lock);
    const auto shared = arrays.constFind(urns);
    if (shared != arrays.constEnd())
        return *shared;
    QJsonArray array = QJsonArray::fromStringList(urns); // not const: returned by move
    if (arrays.size() < MaxLists)
        arrays.insert(urns, array);
    return array;
}

ScimError invalidValue(const QString& detail)
{
    return ScimError::badRequest(ScimType::InvalidValue, detail);
}

ScimError invalidSyntax(const QString& detail)
{
    return ScimError::badRequest(ScimType::InvalidSyntax, detail);
}

QJsonValue unassigned()
{
    return QJsonValue(QJsonValue::Undefined);
}

// RFC 7643 §2.5: null, an empty array (and here an empty string or object) is no value at all.
bool hasValue(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return false;
    case QJsonValue::String:
        return !value.toString().trimmed().isEmpty();
    case QJsonValue::Array:
        return !value.toArray().isEmpty();
    case QJsonValue::Object:
        return !value.toObject().isEmpty();
    default:
        return true;
    }
}

QString qualifiedName(const Schema* extension, const QString& name)
{
    return extension ? extension->id + u':' + name : name;
}

// What a client sent, for error details; strings are quoted and cut short.
QString describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QStringLiteral("the number ") + QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String: {
        const QString text = value.toString();
        return u'"' + (text.size() > 40 ? text.left(40) + QStringLiteral("...") : text) + u'"';
    }
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("null");
    }
}

QString expectation(AttributeType type)
{
    switch (type) {
    case AttributeType::String:
        return QStringLiteral("a string");
    case AttributeType::Boolean:
        return QStringLiteral("true or false");
    case AttributeType::Decimal:
        return QStringLiteral("a number");
    case AttributeType::Integer:
        return QStringLiteral("a whole number within the 64-bit range");
    case AttributeType::DateTime:
        return QStringLiteral("an xsd:dateTime such as 2024-05-01T12:30:00Z");
    case AttributeType::Reference:
        return QStringLiteral("a reference (a string)");
    case AttributeType::Binary:
        return QStringLiteral("base64-encoded data (a string)");
    case AttributeType::Complex:
        return QStringLiteral("an object");
    }
    return {};
}

ScimError typeError(const QString& path, const AttributeDefinition& definition, const QJsonValue& value)
{
    return invalidValue(QStringLiteral("%1 must be of type %2 (%3), not %4")
                            .arg(path, AttributeDefinition::typeName(definition.type),
                                 expectation(definition.type), describe(value)));
}

ScimError duplicateError(const QString& path, const QString& firstKey, const QString& secondKey)
{
    return invalidSyntax(
        QStringLiteral("%1 is given more than once (as \"%2\" and \"%3\")").arg(path, firstKey, secondKey));
}

std::optional<qint64> integerValue(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    // toInteger() answers its default unless the number is whole and within qint64: exact for integers
    // the JSON parser kept as such, and for doubles such as 3.0. Two defaults tell the cases apart.
    const qint64 integer = value.toInteger(0);
    if (integer != value.toInteger(1))
        return std::nullopt;
    return integer;
}

// xsd:dateTime (RFC 7643 §2.3.5) to UTC with a 'Z'; milliseconds are kept when the client sent a
// fraction, so that ordering and equality on the stored text agree with time order.
std::optional<QString> normalizedDateTime(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))?(Z|[+-]\\d{2}:\\d{2})?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const auto number = [&match](int group) { return match.capturedView(group).toInt(); };
    const QDate date(number(1), number(2), number(3));
    const QString fraction = match.captured(7);
    const bool hasFraction = !fraction.isEmpty();
    const int milliseconds = hasFraction ? QString(fraction + QStringLiteral("00")).left(3).toInt() : 0;
    const QTime time(number(4), number(5), number(6), milliseconds);
    if (!date.isValid() || !time.isValid() || date.year() < 1)
        return std::nullopt;

    qint64 offsetSeconds = 0;
    const QStringView zone = match.capturedView(8);
    if (zone.size() == 6) {
        const int hours = zone.mid(1, 2).toInt();
        const int minutes = zone.mid(4, 2).toInt();
        if (hours > 14 || minutes > 59 || (hours == 14 && minutes > 0))
            return std::nullopt;
        offsetSeconds = (qint64(hours) * 3600 + qint64(minutes) * 60) * (zone.front() == u'-' ? -1 : 1);
    }
    constexpr qint64 MsPerDay = 86400000;
    const qint64 utcMs = date.toJulianDay() * MsPerDay + time.msecsSinceStartOfDay() - offsetSeconds * 1000;
    const qint64 day = utcMs / MsPerDay; // Julian days are positive here, so this is a floor
    const QDate utcDate = QDate::fromJulianDay(day);
    const QTime utcTime = QTime::fromMSecsSinceStartOfDay(int(utcMs - day * MsPerDay));
    if (utcDate.year() < 1 || utcDate.year() > 9999)
        return std::nullopt;
    return utcDate.toString(Qt::ISODate) + u'T' +
           utcTime.toString(hasFraction ? Qt::ISODateWithMs : Qt::ISODate) + u'Z';
}

// RFC 4648 §4 base64; padding may be left out, as some clients do, but never misplaced.
bool isBase64(QStringView text)
{
    qsizetype padding = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'=') {
            ++padding;
            continue;
        }
        const bool alphabet = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') ||
                              (u >= u'0' && u <= u'9') || u == u'+' || u == u'/';
        if (!alphabet || padding > 0)
            return false;
    }
    if (padding > 2 || text.size() % 4 == 1)
        return false;
    return padding == 0 || text.size() % 4 == 0;
}

Result<QJsonValue> canonicalValue(const AttributeDefinition& definition, const QJsonValue& value,
                                  const QString& path);

Result<QJsonValue> canonicalComplex(const AttributeDefinition& definition, const QJsonObject& object,
                                    const QString& path)
{
    QJsonObject result;
    QHash<const AttributeDefinition*, QString> keyOf; // the client's spelling, for duplicate errors
    for (auto it = object.begin(); it != object.end(); ++it) {
        const AttributeDefinition* sub = definition.subAttribute(it.key());
        // Unknown sub-attributes are ignored like unknown attributes (RFC 7644 §3.3); readOnly ones
        // belong to the service provider.
        if (!sub || sub->mutability == Mutability::ReadOnly || it.value().isNull())
            continue;
        const QString subPath = path + u'.' + sub->name;
        if (keyOf.contains(sub))
            return duplicateError(subPath, keyOf.value(sub), it.key());
        keyOf.insert(sub, it.key());
        auto canonical = canonicalValue(*sub, it.value(), subPath);
        if (!canonical)
            return canonical.error();
        if (!canonical->isUndefined())
            result.insert(sub->name, *canonical);
    }
    // A value whose every part was dropped was not really sent.
    if (result.isEmpty())
        return unassigned();
    for (const AttributeDefinition& sub : definition.subAttributes) {
        if (sub.required && sub.mutability != Mutability::ReadOnly && !hasValue(result.value(sub.name)))
            return invalidValue(QStringLiteral("%1.%2 is required").arg(path, sub.name));
    }
    return QJsonValue(result);
}

Result<QJsonValue> canonicalSingle(const AttributeDefinition& definition, const QJsonValue& value,
                                   const QString& path)
{
    switch (definition.type) {
    case AttributeType::String:
    case AttributeType::Reference:
        if (value.isString())
            return value;
        break;
    case AttributeType::Boolean:
        if (value.isBool())
            return value;
        // Several identity providers send booleans as strings.
        if (value.isString()) {
            const QString text = value.toString();
            if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
                return QJsonValue(true);
            if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
                return QJsonValue(false);
        }
        break;
    case AttributeType::Decimal:
        if (value.isDouble())
            return value;
        break;
    case AttributeType::Integer:
        if (const std::optional<qint64> integer = integerValue(value))
            return QJsonValue(*integer);
        break;
    case AttributeType::DateTime:
        if (value.isString()) {
            if (const std::optional<QString> normalized = normalizedDateTime(value.toString()))
                return QJsonValue(*normalized);
        }
        break;
    case AttributeType::Binary:
        if (value.isString() && isBase64(value.toString()))
            return value;
        break;
    case AttributeType::Complex:
        if (value.isObject())
            return canonicalComplex(definition, value.toObject(), path);
        break;
    }
    return typeError(path, definition, value);
}

// Undefined when the value amounts to nothing (null, empty array, only dropped parts).
Result<QJsonValue> canonicalValue(const AttributeDefinition& definition, const QJsonValue& value,
                                  const QString& path)
{
    if (value.isNull() || value.isUndefined())
        return unassigned();
    if (!definition.multiValued)
        return canonicalSingle(definition, value, path);

    QJsonArray values;
    if (value.isArray()) {
        const QJsonArray elements = value.toArray();
        for (qsizetype i = 0; i < elements.size(); ++i) {
            if (elements.at(i).isNull())
                continue;
            auto element =
                canonicalSingle(definition, elements.at(i), QStringLiteral("%1[%2]").arg(path).arg(i));
            if (!element)
                return element.error();
            if (!element->isUndefined())
                values.append(*element);
        }
    } else {
        // A lone value for a multi-valued attribute is a list of one, as clients commonly send.
        auto element = canonicalSingle(definition, value, path);
        if (!element)
            return element.error();
        if (!element->isUndefined())
            values.append(*element);
    }
    if (values.isEmpty())
        return unassigned();

    if (const AttributeDefinition* primary = definition.subAttribute(u"primary");
        primary && primary->type == AttributeType::Boolean) {
        qsizetype primaries = 0;
        for (const QJsonValue element : std::as_const(values)) {
            if (element.toObject().value(primary->name) == QJsonValue(true))
                ++primaries;
        }
        if (primaries > 1)
            return invalidValue(QStringLiteral("%1: at most one value may have \"%2\": true, %3 do")
                                    .arg(path, primary->name)
                                    .arg(primaries));
    }
    return QJsonValue(values);
}

// One attribute of the input, found under some key, before its value is checked.
struct PendingAttribute {
    const Schema* extension = nullptr; // null for top-level (core and common) attributes
    const AttributeDefinition* definition = nullptr;
    QString key; // as the client wrote it
    QJsonValue value;
};

// "urn:...:name.givenName" keys, applied after the whole attributes so that they merge into them.
struct PendingSubAttribute {
    PendingAttribute parent;
    const AttributeDefinition* subAttribute = nullptr;
};

class InputAttributes final {
public:
    Status add(const PendingAttribute& attribute)
    {
        if (attribute.definition->mutability == Mutability::ReadOnly || attribute.value.isNull())
            return {};
        if (const auto found = m_indexOf.constFind(attribute.definition); found != m_indexOf.cend())
            return duplicateError(path(attribute), m_attributes.at(*found).key, attribute.key);
        m_indexOf.insert(attribute.definition, m_attributes.size());
        m_attributes.append(attribute);
        return {};
    }

    Status addSub(const PendingSubAttribute& pending)
    {
        const PendingAttribute& parent = pending.parent;
        const AttributeDefinition* sub = pending.subAttribute;
        if (parent.definition->mutability == Mutability::ReadOnly ||
            sub->mutability == Mutability::ReadOnly || parent.value.isNull()) {
            return {};
        }
        if (parent.definition->multiValued) {
            return invalidValue(
                QStringLiteral("%1: a sub-attribute of the multi-valued %2 cannot be given on "
                               "its own; send %2 as an array of objects")
                    .arg(parent.key, path(parent)));
        }
        const auto found = m_indexOf.constFind(parent.definition);
        if (found == m_indexOf.cend()) {
            PendingAttribute whole = parent;
            whole.value = QJsonObject{{sub->name, parent.value}};
            return add(whole);
        }
        PendingAttribute& existing = m_attributes[*found];
        if (!existing.value.isObject())
            return typeError(path(existing), *existing.definition, existing.value);
        QJsonObject object = existing.value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (parent.definition->subAttribute(it.key()) == sub && !it.value().isNull())
                return duplicateError(path(parent) + u'.' + sub->name, existing.key + u'.' + it.key(),
                                      parent.key);
        }
        object.insert(sub->name, parent.value);
        existing.value = object;
        return {};
    }

    const QList<PendingAttribute>& attributes() const { return m_attributes; }

    static QString path(const PendingAttribute& attribute)
    {
        return qualifiedName(attribute.extension, attribute.definition->name);
    }

private:
    QList<PendingAttribute> m_attributes;
    QHash<const AttributeDefinition*, qsizetype> m_indexOf;
};

ScimError missingRequired(const QString& path)
{
    return invalidValue(QStringLiteral("%1 is required").arg(path));
}

Status checkRequired(const Schema& schema, const Schema* extension, const QJsonObject& object)
{
    for (const AttributeDefinition& attribute : schema.attributes) {
        if (attribute.required && attribute.mutability != Mutability::ReadOnly &&
            attribute.name != SchemasName && !hasValue(object.value(attribute.name))) {
            return missingRequired(qualifiedName(extension, attribute.name));
        }
    }
    return {};
}

// Equality in the attribute's own terms: caseExact, numbers by value, multi-valued as sets.
bool sameValue(const AttributeDefinition& definition, const QJsonValue& a, const QJsonValue& b);

bool sameSingle(const AttributeDefinition& definition, const QJsonValue& a, const QJsonValue& b)
{
    switch (definition.type) {
    case AttributeType::String:
    case AttributeType::Reference:
        return a.isString() && b.isString() &&
               a.toString().compare(b.toString(),
                                    definition.caseExact ? Qt::CaseSensitive : Qt::CaseInsensitive) == 0;
    case AttributeType::Boolean:
        return a.isBool() && b.isBool() && a.toBool() == b.toBool();
    case AttributeType::Decimal:
        return a.isDouble() && b.isDouble() && a.toDouble() == b.toDouble();
    case AttributeType::Integer:
        return integerValue(a) && integerValue(a) == integerValue(b);
    case AttributeType::DateTime: {
        const std::optional<QString> left = normalizedDateTime(a.toString());
        return left ? left == normalizedDateTime(b.toString()) : a == b;
    }
    case AttributeType::Binary:
        return a.isString() && a == b;
    case AttributeType::Complex: {
        const QJsonObject left = a.toObject();
        const QJsonObject right = b.toObject();
        for (const AttributeDefinition& sub : definition.subAttributes) {
            // readOnly parts are the service provider's (members.display), not the client's value.
            if (sub.mutability == Mutability::ReadOnly)
                continue;
            const QJsonValue l = left.value(sub.name);
            const QJsonValue r = right.value(sub.name);
            if (hasValue(l) != hasValue(r) || (hasValue(l) && !sameValue(sub, l, r)))
                return false;
        }
        return true;
    }
    }
    return false;
}

QJsonArray asArray(const QJsonValue& value)
{
    return value.isArray() ? value.toArray() : QJsonArray{value};
}

bool sameValue(const AttributeDefinition& definition, const QJsonValue& a, const QJsonValue& b)
{
    if (!definition.multiValued)
        return sameSingle(definition, a, b);
    const QJsonArray left = asArray(a);
    QJsonArray right = asArray(b);
    if (left.size() != right.size())
        return false;
    for (const QJsonValue element : left) {
        qsizetype match = -1;
        for (qsizetype i = 0; i < right.size() && match < 0; ++i) {
            if (sameSingle(definition, element, right.at(i)))
                match = i;
        }
        if (match < 0)
            return false;
        right.removeAt(match);
    }
    return true;
}

bool hasImmutablePart(const AttributeDefinition& definition)
{
    if (definition.mutability == Mutability::Immutable)
        return true;
    for (const AttributeDefinition& sub : definition.subAttributes) {
        if (hasImmutablePart(sub))
            return true;
    }
    return false;
}

ScimError mutabilityError(const QString& path)
{
    return ScimError::badRequest(ScimType::Mutability,
                                 QStringLiteral("%1 is immutable: once set it cannot be changed").arg(path));
}

// Only values that both sides have are compared: a replacement that leaves an attribute out asserts
// nothing about it (RFC 7644 §3.5.1), and what omission means is the Directory's decision.
Status compareImmutable(const AttributeDefinition& definition, const QJsonValue& replacement,
                        const QJsonValue& existing, const QString& path)
{
    if (!hasValue(replacement) || !hasValue(existing) || !hasImmutablePart(definition))
        return {};
    if (definition.mutability == Mutability::Immutable) {
        if (!sameValue(definition, replacement, existing))
            return mutabilityError(path);
        return {};
    }
    if (definition.type != AttributeType::Complex || definition.mutability == Mutability::ReadOnly)
        return {};
    if (!definition.multiValued) {
        const QJsonObject newObject = replacement.toObject();
        const QJsonObject oldObject = existing.toObject();
        for (const AttributeDefinition& sub : definition.subAttributes) {
            if (Status status = compareImmutable(sub, newObject.value(sub.name), oldObject.value(sub.name),
                                                 path + u'.' + sub.name);
                !status) {
                return status;
            }
        }
        return {};
    }
    // Values of a multi-valued attribute come and go; one that stays, recognised by its "value",
    // keeps its immutable parts (a group member stays a "User").
    const AttributeDefinition* key = definition.subAttribute(u"value");
    if (!key)
        return {};
    for (const QJsonValue oldElement : asArray(existing)) {
        const QJsonValue oldKey = oldElement.toObject().value(key->name);
        if (!hasValue(oldKey))
            continue;
        for (const QJsonValue newElement : asArray(replacement)) {
            if (!sameValue(*key, newElement.toObject().value(key->name), oldKey))
                continue;
            for (const AttributeDefinition& sub : definition.subAttributes) {
                if (&sub == key)
                    continue;
                const QString subPath = QStringLiteral("%1[%2 eq \"%3\"].%4")
                                            .arg(path, key->name, oldKey.toVariant().toString(), sub.name);
                if (Status status = compareImmutable(sub, newElement.toObject().value(sub.name),
                                                     oldElement.toObject().value(sub.name), subPath);
                    !status) {
                    return status;
                }
            }
        }
    }
    return {};
}

QString uniqueText(const AttributeDefinition& definition, const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return definition.caseExact || definition.type == AttributeType::Binary
                   ? value.toString()
                   : value.toString().toCaseFolded();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        if (definition.type == AttributeType::Integer)
            return QString::number(value.toInteger());
        return QString::number(value.toDouble(), 'g', 17);
    default:
        return {};
    }
}

void collectUniqueKeys(const AttributeDefinition& definition, const QJsonValue& value, const QString& name,
                       QList<UniqueKey>& keys)
{
    // readOnly values (id) are assigned by the service provider, which keeps them unique itself.
    if (definition.mutability == Mutability::ReadOnly || !hasValue(value))
        return;
    for (const QJsonValue element : asArray(value)) {
        if (definition.type == AttributeType::Complex) {
            const QJsonObject object = element.toObject();
            for (const AttributeDefinition& sub : definition.subAttributes)
                collectUniqueKeys(sub, object.value(sub.name), name + u'.' + sub.name, keys);
            continue;
        }
        if (definition.uniqueness == Uniqueness::None || !hasValue(element))
            continue;
        const UniqueKey key{name, uniqueText(definition, element)};
        if (!key.value.isEmpty() && !keys.contains(key))
            keys.append(key);
    }
}

} // namespace

ResourceCanonicalizer::ResourceCanonicalizer(const SchemaRegistry& registry, const ResourceType& type)
    : m_registry(registry)
    , m_type(type)
{}

Result<QJsonObject> ResourceCanonicalizer::canonicalize(const QJsonObject& input) const
{
    const Schema* core = m_registry.schema(m_type.schema);
    if (!core)
        return ScimError::internal(QStringLiteral("resource type %1: core schema %2 is not registered")
                                       .arg(m_type.name, m_type.schema));
    const Schema& common = m_registry.commonAttributes();

    // "schemas" first: it says what the document claims to be.
    QString schemasKey;
    for (auto it = input.begin(); it != input.end(); ++it) {
        const AttributeDefinition* definition = common.attribute(it.key());
        if (!definition || definition->name != SchemasName)
            continue;
        if (!schemasKey.isEmpty())
            return duplicateError(SchemasName, schemasKey, it.key());
        schemasKey = it.key();
    }
    if (schemasKey.isEmpty())
        return invalidSyntax(
            QStringLiteral("the resource has no \"schemas\"; a %1 must list %2").arg(m_type.name, core->id));
    const QJsonValue schemas = input.value(schemasKey);
    const QJsonArray schemaList = schemas.toArray();
    const bool allStrings = std::all_of(schemaList.begin(), schemaList.end(),
                                        [](const QJsonValue& urn) { return urn.isString(); });
    if (!schemas.isArray() || !allStrings)
        return invalidSyntax(QStringLiteral("\"schemas\" must be an array of schema URNs (strings)"));
    const bool listsCore = std::any_of(schemaList.begin(), schemaList.end(), [&](const QJsonValue& urn) {
        return m_registry.schema(urn.toString()) == core;
    });
    if (!listsCore)
        return invalidSyntax(QStringLiteral("\"schemas\" must contain %1, the core schema of a %2")
                                 .arg(core->id, m_type.name));
    for (const QJsonValue urn : schemaList) {
        const Schema* listed = m_registry.schema(urn.toString());
        if (!listed)
            return invalidValue(
                QStringLiteral("\"schemas\" lists the unknown schema \"%1\"").arg(urn.toString()));
        if (listed != core && !m_type.hasExtension(listed->id))
            return invalidValue(QStringLiteral("\"schemas\" lists \"%1\", which is not a schema of a %2")
                                    .arg(listed->id, m_type.name));
    }

    // Every key to its definition, whatever its case or spelling.
    InputAttributes attributes;
    QList<PendingSubAttribute> subAttributes;
    for (auto it = input.begin(); it != input.end(); ++it) {
        const QString& key = it.key();
        if (key == schemasKey)
            continue;
        if (const AttributeDefinition* definition = core->attribute(key)) {
            if (Status added = attributes.add({nullptr, definition, key, it.value()}); !added)
                return added.error();
            continue;
        }
        if (const AttributeDefinition* definition = common.attribute(key)) {
            if (Status added = attributes.add({nullptr, definition, key, it.value()}); !added)
                return added.error();
            continue;
        }
        if (const Schema* extension = m_registry.schema(key)) {
            // Another resource type's schema, or the core URN used as a key, is nothing a client can set.
            if (extension == core || !m_type.hasExtension(extension->id) || it.value().isNull())
                continue;
            if (!it.value().isObject())
                return invalidValue(
                    QStringLiteral("%1 must be an object holding the extension's attributes, not %2")
                        .arg(extension->id, describe(it.value())));
            const QJsonObject object = it.value().toObject();
            for (auto inner = object.begin(); inner != object.end(); ++inner) {
                if (const AttributeDefinition* definition = extension->attribute(inner.key())) {
                    if (Status added = attributes.add({extension, definition, inner.key(), inner.value()});
                        !added)
                        return added.error();
                }
            }
            continue;
        }
        if (!key.startsWith(QLatin1String("urn:"), Qt::CaseInsensitive))
            continue;
        // A URN-qualified attribute ("urn:...:enterprise:2.0:User:employeeNumber") at the top level.
        const auto resolved = m_registry.resolve(m_type, key);
        if (!resolved || !resolved->attribute)
            continue;
        const PendingAttribute pending{resolved->inExtension ? resolved->schema : nullptr,
                                       resolved->attribute, key, it.value()};
        if (resolved->subAttribute) {
            subAttributes.append({pending, resolved->subAttribute});
        } else if (Status added = attributes.add(pending); !added) {
            return added.error();
        }
    }
    for (const PendingSubAttribute& pending : std::as_const(subAttributes)) {
        if (Status added = attributes.addSub(pending); !added)
            return added.error();
    }

    QJsonObject result;
    QHash<const Schema*, QJsonObject> extensionObjects;
    for (const PendingAttribute& attribute : attributes.attributes()) {
        auto canonical =
            canonicalValue(*attribute.definition, attribute.value, InputAttributes::path(attribute));
        if (!canonical)
            return canonical.error();
        if (canonical->isUndefined())
            continue;
        QJsonObject& target = attribute.extension ? extensionObjects[attribute.extension] : result;
        target.insert(attribute.definition->name, *canonical);
    }

    if (Status required = checkRequired(*core, nullptr, result); !required)
        return required.error();
    if (Status required = checkRequired(common, nullptr, result); !required)
        return required.error();
    QStringList canonicalSchemas{core->id};
    for (const SchemaExtension& declared : m_type.schemaExtensions) {
        const Schema* extension = m_registry.schema(declared.schema);
        if (!extension)
            continue;
        const QJsonObject object = extensionObjects.value(extension);
        if (object.isEmpty()) {
            if (declared.required)
                return invalidValue(
                    QStringLiteral("the extension %1 is required for a %2").arg(extension->id, m_type.name));
            continue;
        }
        if (Status required = checkRequired(*extension, extension, object); !required)
            return required.error();
        result.insert(extension->id, object);
        canonicalSchemas.append(extension->id);
    }
    result.insert(SchemasName, sharedSchemasArray(canonicalSchemas));
    return result;
}

Status ResourceCanonicalizer::checkImmutable(const QJsonObject& replacement,
                                             const QJsonObject& existing) const
{
    const auto compareSchema = [](const Schema& schema, const Schema* extension, const QJsonObject& newObject,
                                  const QJsonObject& oldObject) -> Status {
        for (const AttributeDefinition& attribute : schema.attributes) {
            if (attribute.mutability == Mutability::ReadOnly)
                continue;
            if (Status status = compareImmutable(attribute, newObject.value(attribute.name),
                                                 oldObject.value(attribute.name),
                                                 qualifiedName(extension, attribute.name));
                !status) {
                return status;
            }
        }
        return {};
    };
    if (const Schema* core = m_registry.schema(m_type.schema)) {
        if (Status status = compareSchema(*core, nullptr, replacement, existing); !status)
            return status;
    }
    if (Status status = compareSchema(m_registry.commonAttributes(), nullptr, replacement, existing); !status)
        return status;
    for (const SchemaExtension& declared : m_type.schemaExtensions) {
        const Schema* extension = m_registry.schema(declared.schema);
        if (!extension)
            continue;
        if (Status status = compareSchema(*extension, extension, replacement.value(extension->id).toObject(),
                                          existing.value(extension->id).toObject());
            !status) {
            return status;
        }
    }
    return {};
}

Result<QJsonValue> ResourceCanonicalizer::attributeValue(const AttributeDefinition& definition,
                                                         const QJsonValue& value, const QString& path)
{
    return canonicalValue(definition, value, path);
}

bool ResourceCanonicalizer::equalValues(const AttributeDefinition& definition, const QJsonValue& a,
                                        const QJsonValue& b)
{
    return sameValue(definition, a, b);
}

bool ResourceCanonicalizer::isAssigned(const QJsonValue& value)
{
    return hasValue(value);
}

void ResourceCanonicalizer::keepOmittedImmutable(QJsonObject& replacement, const QJsonObject& existing) const
{
    const auto keepSchema = [](const Schema& schema, QJsonObject& newObject, const QJsonObject& oldObject) {
        for (const AttributeDefinition& attribute : schema.attributes) {
            if (attribute.mutability != Mutability::Immutable || hasValue(newObject.value(attribute.name)))
                continue;
            if (const QJsonValue old = oldObject.value(attribute.name); hasValue(old))
                newObject.insert(attribute.name, old);
        }
    };
    if (const Schema* core = m_registry.schema(m_type.schema))
        keepSchema(*core, replacement, existing);
    for (const SchemaExtension& declared : m_type.schemaExtensions) {
        const Schema* extension = m_registry.schema(declared.schema);
        if (!extension || !existing.contains(extension->id))
            continue;
        QJsonObject newObject = replacement.value(extension->id).toObject();
        const qsizetype before = newObject.size();
        keepSchema(*extension, newObject, existing.value(extension->id).toObject());
        if (newObject.size() == before)
            continue;
        replacement.insert(extension->id, newObject);
        QJsonArray schemas = replacement.value(QStringLiteral("schemas")).toArray();
        if (!schemas.contains(extension->id)) {
            schemas.append(extension->id);
            replacement.insert(QStringLiteral("schemas"), schemas);
        }
    }
}

QList<UniqueKey> ResourceCanonicalizer::uniqueKeys(const QJsonObject& canonical) const
{
    QList<UniqueKey> keys;
    const auto collectSchema = [&keys](const Schema& schema, const Schema* extension,
                                       const QJsonObject& object) {
        for (const AttributeDefinition& attribute : schema.attributes)
            collectUniqueKeys(attribute, object.value(attribute.name),
                              qualifiedName(extension, attribute.name), keys);
    };
    if (const Schema* core = m_registry.schema(m_type.schema))
        collectSchema(*core, nullptr, canonical);
    collectSchema(m_registry.commonAttributes(), nullptr, canonical);
    for (const SchemaExtension& declared : m_type.schemaExtensions) {
        if (const Schema* extension = m_registry.schema(declared.schema))
            collectSchema(*extension, extension, canonical.value(extension->id).toObject());
    }
    return keys;
}

} // namespace muster
