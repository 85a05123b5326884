#include "patch/PatchEngine.h"

#include "query/CompiledFilter.h"
#include "resource/ResourceCanonicalizer.h"

#include <QJsonArray>

namespace muster {

namespace {

using Op = PatchOperation::Op;

const QString ValueName = QStringLiteral("value");
const QString TypeName = QStringLiteral("type");
const QString PrimaryName = QStringLiteral("primary");
const QString SchemasName = QStringLiteral("schemas");
const QString IdName = QStringLiteral("id");

ScimError error(ScimType type, const PatchOperation& operation, const QString& detail)
{
    return ScimError::badRequest(type, QStringLiteral("Operations[%1]: %2").arg(operation.index).arg(detail));
}

bool assigned(const QJsonValue& value)
{
    return ResourceCanonicalizer::isAssigned(value);
}

// Where one attribute lives in a resource: at the top level, or inside its extension's object.
struct Location {
    const Schema* extension = nullptr;
    const AttributeDefinition* attribute = nullptr;

    QString name() const { return extension ? extension->id + u':' + attribute->name : attribute->name; }

    QJsonValue read(const QJsonObject& resource) const
    {
        const QJsonObject& container = extension ? resource.value(extension->id).toObject() : resource;
        return container.value(attribute->name);
    }

    // No value (null, an empty array or object) removes the attribute, and an extension object left
    // empty. An empty string is a value here: the lenient mode has made blanks null already.
    static bool present(const QJsonValue& value) { return value.isString() || assigned(value); }

    void write(QJsonObject& resource, const QJsonValue& value) const
    {
        if (!extension) {
            if (present(value))
                resource.insert(attribute->name, value);
            else
                resource.remove(attribute->name);
            return;
        }
        QJsonObject container = resource.value(extension->id).toObject();
        if (present(value))
            container.insert(attribute->name, value);
        else
            container.remove(attribute->name);
        if (container.isEmpty())
            resource.remove(extension->id);
        else
            resource.insert(extension->id, container);
    }

    // The resource a filter over this attribute sees when it looks at one element.
    QJsonObject wrap(const QJsonValue& element) const
    {
        const QJsonObject inner{{attribute->name, QJsonArray{element}}};
        return extension ? QJsonObject{{extension->id, inner}} : inner;
    }
};

QJsonArray elementsOf(const QJsonValue& value)
{
    if (value.isArray())
        return value.toArray();
    return assigned(value) ? QJsonArray{value} : QJsonArray{};
}

// Equality of one value: a single element when the attribute is multi-valued.
bool sameElement(const AttributeDefinition& definition, const QJsonValue& a, const QJsonValue& b)
{
    if (definition.multiValued)
        return ResourceCanonicalizer::equalValues(definition, QJsonArray{a}, QJsonArray{b});
    return ResourceCanonicalizer::equalValues(definition, a, b);
}

// Whether `part` says nothing that `whole` does not: each of its sub-attributes has the same value there.
bool containedIn(const AttributeDefinition& definition, const QJsonObject& part, const QJsonObject& whole)
{
    for (auto it = part.begin(); it != part.end(); ++it) {
        const AttributeDefinition* sub = definition.subAttribute(it.key());
        if (!sub || !sameElement(*sub, it.value(), whole.value(sub->name)))
            return false;
    }
    return true;
}

// Whether `incoming` stands for the stored element `existing`: for complex values with a "value"
// sub-attribute, the same "value" (and the same "type" when both give one); otherwise equal, or (for
// complex values) saying nothing that `existing` does not.
bool identifies(const AttributeDefinition& definition, const QJsonValue& incoming, const QJsonValue& existing)
{
    if (definition.type != AttributeType::Complex)
        return sameElement(definition, incoming, existing);
    const QJsonObject in = incoming.toObject();
    const QJsonObject stored = existing.toObject();
    const AttributeDefinition* key = definition.subAttribute(ValueName);
    if (key && assigned(in.value(key->name))) {
        if (!sameElement(*key, in.value(key->name), stored.value(key->name)))
            return false;
        const AttributeDefinition* type = definition.subAttribute(TypeName);
        return !type || !assigned(in.value(type->name)) || !assigned(stored.value(type->name)) ||
               sameElement(*type, in.value(type->name), stored.value(type->name));
    }
    return containedIn(definition, in, stored);
}

QJsonObject merged(QJsonObject base, const QJsonObject& changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (Location::present(it.value()))
            base.insert(it.key(), it.value());
        else
            base.remove(it.key());
    }
    return base;
}

// One PATCH request applied to a working copy of a resource.
class Application final {
public:
    Application(const SchemaRegistry& registry, const ResourceType& type, const PatchOptions& options,
                QJsonObject resource)
        : m_registry(registry)
        , m_type(type)
        , m_options(options)
        , m_resource(std::move(resource))
    {}

    Result<QList<PatchOperation>> expand(const QList<PatchOperation>& operations) const;
    Status apply(const PatchOperation& operation);
    QJsonObject result() const { return m_resource; }

private:
    Status expandValue(const PatchOperation& operation, QList<PatchOperation>& out) const;
    Status expandKey(const PatchOperation& operation, const QString& key, const QJsonValue& value,
                     QList<PatchOperation>& out, bool insideExtension = false) const;
    Result<QJsonValue> canonical(const PatchOperation& operation, const AttributeDefinition& definition,
                                 const QJsonValue& value, const QString& path) const;
    Result<QJsonObject> canonicalPart(const PatchOperation& operation, const AttributeDefinition& definition,
                                      const QJsonValue& value, const QString& path) const;
    Status checkStrictTypes(const PatchOperation& operation, const AttributeDefinition& definition,
                            const QJsonValue& value, const QString& path) const;
    QJsonValue withoutBlanks(const AttributeDefinition& definition, const QJsonValue& value) const;

    Status applyWholeExtension(const PatchOperation& operation, const Schema& extension);
    Status applyWhole(const PatchOperation& operation, const Location& location);
    Status applySub(const PatchOperation& operation, const Location& location,
                    const AttributeDefinition& sub);
    Status applyEverySub(const PatchOperation& operation, const Location& location,
                         const AttributeDefinition& sub);
    Status applyFiltered(const PatchOperation& operation, const Location& location,
                         const AttributeDefinition* sub);
    static Status checkImmutable(const PatchOperation& operation, const AttributeDefinition& definition,
                                 const QJsonValue& current, const QJsonValue& next, const QString& name);
    std::optional<QJsonObject> elementFromFilter(const AttributeDefinition& definition,
                                                 const Filter& filter) const;
    static void keepOnePrimary(const AttributeDefinition& definition, QJsonArray& elements,
                               const QList<qsizetype>& changed);

    const SchemaRegistry& m_registry;
    const ResourceType& m_type;
    const PatchOptions& m_options;
    QJsonObject m_resource;
};

Result<QList<PatchOperation>> Application::expand(const QList<PatchOperation>& operations) const
{
    QList<PatchOperation> out;
    out.reserve(operations.size());
    for (const PatchOperation& operation : operations) {
        if (operation.path) {
            out.append(operation);
            continue;
        }
        if (operation.op == Op::Remove) {
            return error(ScimType::NoTarget, operation,
                         QStringLiteral("\"remove\" needs a \"path\" naming what to remove"));
        }
        if (Status expanded = expandValue(operation, out); !expanded)
            return expanded.error();
    }
    return out;
}

Status Application::expandValue(const PatchOperation& operation, QList<PatchOperation>& out) const
{
    if (!operation.value.isObject()) {
        return error(ScimType::InvalidValue, operation,
                     QStringLiteral("without a \"path\", the value must be an object of attributes"));
    }
    const QJsonObject value = operation.value.toObject();
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (it.key().compare(SchemasName, Qt::CaseInsensitive) == 0)
            continue;
        if (Status expanded = expandKey(operation, it.key(), it.value(), out); !expanded)
            return expanded;
    }
    return {};
}

Status Application::expandKey(const PatchOperation& operation, const QString& key, const QJsonValue& value,
                              QList<PatchOperation>& out, bool insideExtension) const
{
    // Unknown attributes are ignored, as in any write (RFC 7644 §3.3), unless strict.
    auto path = AttributePath::parse(key);
    auto resolved = path ? m_registry.resolve(m_type, *path) : Result<ResolvedAttribute>(path.error());
    if (!resolved) {
        if (m_options.strict)
            return error(ScimType::InvalidPath, operation, resolved.error().detail);
        return {};
    }
    if (!resolved->attribute) {
        // A whole extension: its attributes, one by one.
        if (!value.isObject()) {
            return error(ScimType::InvalidValue, operation,
                         QStringLiteral("%1 must be an object of the extension's attributes").arg(key));
        }
        const QJsonObject attributes = value.toObject();
        for (auto it = attributes.begin(); it != attributes.end(); ++it) {
            if (m_options.strict && it.key().contains(u'.')) {
                return error(
                    ScimType::InvalidPath, operation,
                    QStringLiteral("\"%1\" inside %2: give sub-attributes inside their attribute's object")
                        .arg(it.key(), key));
            }
            if (Status expanded =
                    expandKey(operation, resolved->schema->id + u':' + it.key(), it.value(), out, true);
                !expanded) {
                return expanded;
            }
        }
        return {};
    }
    if (m_options.strict && (resolved->subAttribute || (!path->schemaUrn.isEmpty() && !insideExtension))) {
        return error(ScimType::InvalidPath, operation,
                     QStringLiteral("\"%1\": without a \"path\", the value's keys must be attribute names or "
                                    "extension URNs")
                         .arg(key));
    }
    const AttributeDefinition* target = resolved->target();
    if (resolved->attribute->mutability == Mutability::ReadOnly ||
        target->mutability == Mutability::ReadOnly) {
        // Clients echo read-only attributes back (Okta sends the id along with a rename). That is
        // harmless while they are unchanged; a different id would be a wish that cannot be granted.
        const bool changedId = target->name == IdName && !resolved->inExtension && !resolved->subAttribute &&
                               value != m_resource.value(IdName);
        if (m_options.strict || changedId) {
            return error(ScimType::Mutability, operation,
                         QStringLiteral("%1 is read-only").arg(AttributePath(*path).toString()));
        }
        return {};
    }
    PatchOperation split = operation;
    split.pathText = key;
    split.path = PatchPath{*path, nullptr, QString()};
    split.value = value;
    out.append(split);
    return {};
}

Status Application::checkStrictTypes(const PatchOperation& operation, const AttributeDefinition& definition,
                                     const QJsonValue& value, const QString& path) const
{
    if (definition.multiValued && value.isArray()) {
        AttributeDefinition single = definition;
        single.multiValued = false;
        const QJsonArray elements = value.toArray();
        for (const QJsonValue element : elements) {
            if (Status checked = checkStrictTypes(operation, single, element, path); !checked)
                return checked;
        }
        return {};
    }
    if (value.isString() && value.toString().trimmed().isEmpty()) {
        return error(ScimType::InvalidValue, operation,
                     QStringLiteral("%1: an empty string is not a value; to clear an attribute, remove it or "
                                    "send null")
                         .arg(path));
    }
    if (definition.type == AttributeType::Boolean && value.isString()) {
        return error(ScimType::InvalidValue, operation,
                     QStringLiteral("%1 must be a JSON boolean (true or false), not the string \"%2\"")
                         .arg(path, value.toString()));
    }
    if (definition.type == AttributeType::Complex && value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (const AttributeDefinition* sub = definition.subAttribute(it.key())) {
                if (Status checked = checkStrictTypes(operation, *sub, it.value(), path + u'.' + sub->name);
                    !checked) {
                    return checked;
                }
            }
        }
    }
    return {};
}

// OneLogin and others send "" for "no value". A required attribute keeps its "" so that the
// resource's validation names it as missing.
QJsonValue Application::withoutBlanks(const AttributeDefinition& definition, const QJsonValue& value) const
{
    if (value.isString() && value.toString().trimmed().isEmpty() && !definition.required)
        return QJsonValue(QJsonValue::Null);
    if (value.isArray()) {
        AttributeDefinition single = definition;
        single.multiValued = false;
        QJsonArray elements;
        for (const QJsonValue element : value.toArray()) {
            const QJsonValue cleaned = withoutBlanks(single, element);
            if (!cleaned.isNull())
                elements.append(cleaned);
        }
        return elements;
    }
    if (definition.type == AttributeType::Complex && value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (const AttributeDefinition* sub = definition.subAttribute(it.key()))
                it.value() = withoutBlanks(*sub, it.value());
        }
        return object;
    }
    return value;
}

Result<QJsonValue> Application::canonical(const PatchOperation& operation,
                                          const AttributeDefinition& definition, const QJsonValue& value,
                                          const QString& path) const
{
    if (m_options.strict) {
        if (Status checked = checkStrictTypes(operation, definition, value, path); !checked)
            return checked.error();
    }
    auto result = ResourceCanonicalizer::attributeValue(
        definition, m_options.strict ? value : withoutBlanks(definition, value), path);
    if (!result)
        return error(result.error().scimType, operation, result.error().detail);
    return result;
}

// Sub-attributes of one complex value, each canonical on its own, so that a partial value (a few
// sub-attributes to merge) is not held to the whole value's required sub-attributes. Sub-attributes
// given as null are kept as null: they are to be removed.
Result<QJsonObject> Application::canonicalPart(const PatchOperation& operation,
                                               const AttributeDefinition& definition, const QJsonValue& value,
                                               const QString& path) const
{
    if (!value.isObject()) {
        return error(ScimType::InvalidValue, operation,
                     QStringLiteral("%1 must be an object of sub-attributes").arg(path));
    }
    const QJsonObject object = value.toObject();
    QJsonObject part;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const AttributeDefinition* sub = definition.subAttribute(it.key());
        if (!sub || sub->mutability == Mutability::ReadOnly)
            continue;
        auto subValue = canonical(operation, *sub, it.value(), path + u'.' + sub->name);
        if (!subValue)
            return subValue.error();
        part.insert(sub->name, subValue->isUndefined() ? QJsonValue(QJsonValue::Null) : *subValue);
    }
    return part;
}

Status Application::apply(const PatchOperation& operation)
{
    const PatchPath& path = *operation.path;
    auto resolved = m_registry.resolve(m_type, path.attribute);
    if (!resolved)
        return error(ScimType::InvalidPath, operation, resolved.error().detail);
    if (!resolved->attribute)
        return applyWholeExtension(operation, *resolved->schema);

    const Location location{resolved->inExtension ? resolved->schema : nullptr, resolved->attribute};
    const AttributeDefinition& attribute = *resolved->attribute;
    const AttributeDefinition* sub = resolved->subAttribute;
    if (path.valueFilter) {
        if (!attribute.multiValued || attribute.type != AttributeType::Complex) {
            return error(ScimType::InvalidPath, operation,
                         QStringLiteral("%1 is not a multi-valued complex attribute: a filter cannot select "
                                        "its values")
                             .arg(location.name()));
        }
        if (!path.subAttribute.isEmpty()) {
            sub = attribute.subAttribute(path.subAttribute);
            if (!sub) {
                return error(
                    ScimType::InvalidPath, operation,
                    QStringLiteral("%1 has no sub-attribute \"%2\"").arg(location.name(), path.subAttribute));
            }
        }
    }
    const AttributeDefinition* target = sub ? sub : &attribute;
    if (attribute.mutability == Mutability::ReadOnly || target->mutability == Mutability::ReadOnly) {
        return error(ScimType::Mutability, operation,
                     QStringLiteral("%1 is read-only")
                         .arg(sub ? location.name() + u'.' + sub->name : location.name()));
    }
    if (path.valueFilter)
        return applyFiltered(operation, location, sub);
    if (sub) {
        return attribute.multiValued ? applyEverySub(operation, location, *sub)
                                     : applySub(operation, location, *sub);
    }
    return applyWhole(operation, location);
}

Status Application::applyWholeExtension(const PatchOperation& operation, const Schema& extension)
{
    if (operation.op == Op::Remove) {
        for (const AttributeDefinition& attribute : extension.attributes) {
            if (attribute.required &&
                assigned(m_resource.value(extension.id).toObject().value(attribute.name))) {
                return error(ScimType::Mutability, operation,
                             QStringLiteral("%1:%2 is required").arg(extension.id, attribute.name));
            }
        }
        m_resource.remove(extension.id);
        return {};
    }
    PatchOperation whole = operation;
    whole.path.reset();
    whole.value = QJsonObject{{extension.id, operation.value}};
    QList<PatchOperation> split;
    if (Status expanded = expandValue(whole, split); !expanded)
        return expanded;
    for (const PatchOperation& each : std::as_const(split)) {
        if (Status applied = apply(each); !applied)
            return applied;
    }
    return {};
}

Status Application::applyWhole(const PatchOperation& operation, const Location& location)
{
    const AttributeDefinition& attribute = *location.attribute;
    const QJsonValue current = location.read(m_resource);
    const QString name = location.name();

    if (operation.op == Op::Remove) {
        if (attribute.multiValued && !operation.value.isUndefined() && !operation.value.isNull()) {
            // Entra ID removes members by listing them in the value, not by a filter.
            auto doomed = canonical(operation, attribute, operation.value, name);
            if (!doomed)
                return doomed.error();
            const QJsonArray targets = elementsOf(*doomed);
            QJsonArray kept;
            for (const QJsonValue element : elementsOf(current)) {
                const bool remove = std::any_of(targets.begin(), targets.end(), [&](const QJsonValue& t) {
                    return identifies(attribute, t, element);
                });
                if (!remove)
                    kept.append(element);
            }
            if (kept.isEmpty() && attribute.required && assigned(current))
                return error(ScimType::Mutability, operation, QStringLiteral("%1 is required").arg(name));
            location.write(m_resource, kept);
            return {};
        }
        if (assigned(current)) {
            if (attribute.required) {
                return error(ScimType::Mutability, operation,
                             QStringLiteral("%1 is required and cannot be removed").arg(name));
            }
            if (attribute.mutability == Mutability::Immutable) {
                return error(ScimType::Mutability, operation,
                             QStringLiteral("%1 is immutable and cannot be removed").arg(name));
            }
        }
        location.write(m_resource, QJsonValue(QJsonValue::Undefined));
        return {};
    }

    if (attribute.multiValued) {
        auto values = canonical(operation, attribute, operation.value, name);
        if (!values)
            return values.error();
        const QJsonArray incoming = elementsOf(*values);
        if (operation.op == Op::Replace) {
            // The same set in another order is no change (and keeps the version).
            if (!ResourceCanonicalizer::equalValues(attribute, incoming, elementsOf(current)))
                location.write(m_resource, incoming);
            return {};
        }
        QJsonArray elements = elementsOf(current);
        QList<qsizetype> changed;
        for (const QJsonValue element : incoming) {
            qsizetype match = -1;
            for (qsizetype i = 0; i < elements.size() && match < 0; ++i) {
                if (identifies(attribute, element, elements.at(i)))
                    match = i;
            }
            if (match < 0) {
                elements.append(element);
                changed.append(elements.size() - 1);
            } else if (attribute.type == AttributeType::Complex &&
                       !containedIn(attribute, element.toObject(), elements.at(match).toObject())) {
                elements[match] = merged(elements.at(match).toObject(), element.toObject());
                changed.append(match);
            }
        }
        keepOnePrimary(attribute, elements, changed);
        location.write(m_resource, elements);
        return {};
    }

    if (attribute.type == AttributeType::Complex && operation.value.isObject()) {
        // Sub-attributes that the value leaves out are left unchanged (RFC 7644 §3.5.2.3).
        auto part = canonicalPart(operation, attribute, operation.value, name);
        if (!part)
            return part.error();
        location.write(m_resource, merged(current.toObject(), *part));
        return {};
    }
    auto value = canonical(operation, attribute, operation.value, name);
    if (!value)
        return value.error();
    location.write(m_resource, *value);
    return {};
}

Status Application::applySub(const PatchOperation& operation, const Location& location,
                             const AttributeDefinition& sub)
{
    const QString name = location.name() + u'.' + sub.name;
    QJsonObject object = location.read(m_resource).toObject();
    if (operation.op == Op::Remove) {
        if (sub.required && assigned(object.value(sub.name)))
            return error(ScimType::Mutability, operation, QStringLiteral("%1 is required").arg(name));
        if (Status kept = checkImmutable(operation, sub, object.value(sub.name), QJsonValue(), name); !kept)
            return kept;
        object.remove(sub.name);
    } else {
        auto value = canonical(operation, sub, operation.value, name);
        if (!value)
            return value.error();
        if (Status kept = checkImmutable(operation, sub, object.value(sub.name), *value, name); !kept)
            return kept;
        object = merged(object, QJsonObject{{sub.name, value->isUndefined() ? QJsonValue() : *value}});
    }
    location.write(m_resource, object);
    return {};
}

Status Application::applyEverySub(const PatchOperation& operation, const Location& location,
                                  const AttributeDefinition& sub)
{
    const QString name = location.name() + u'.' + sub.name;
    if (operation.op != Op::Remove) {
        return error(ScimType::InvalidPath, operation,
                     QStringLiteral("%1 is multi-valued: select the values to change with a filter, as in "
                                    "%2[type eq \"work\"].%3")
                         .arg(location.name(), location.attribute->name, sub.name));
    }
    if (sub.required)
        return error(ScimType::Mutability, operation, QStringLiteral("%1 is required").arg(name));
    QJsonArray elements;
    for (const QJsonValue element : elementsOf(location.read(m_resource))) {
        QJsonObject object = element.toObject();
        object.remove(sub.name);
        if (!object.isEmpty())
            elements.append(object);
    }
    location.write(m_resource, elements);
    return {};
}

Status Application::applyFiltered(const PatchOperation& operation, const Location& location,
                                  const AttributeDefinition* sub)
{
    const AttributeDefinition& attribute = *location.attribute;
    const PatchPath& path = *operation.path;
    auto filter =
        CompiledFilter::compile(m_registry, m_type, Filter::valuePath(path.attribute, path.valueFilter));
    if (!filter)
        return error(ScimType::InvalidPath, operation, filter.error().detail);

    const QString name =
        sub ? QStringLiteral("%1[%2].%3").arg(location.name(), path.valueFilter->toString(), sub->name)
            : QStringLiteral("%1[%2]").arg(location.name(), path.valueFilter->toString());
    QJsonArray elements = elementsOf(location.read(m_resource));
    QList<qsizetype> matches;
    for (qsizetype i = 0; i < elements.size(); ++i) {
        if (filter->matches(location.wrap(elements.at(i))))
            matches.append(i);
    }

    if (operation.op == Op::Remove) {
        if (sub && sub->required && !matches.isEmpty())
            return error(ScimType::Mutability, operation, QStringLiteral("%1 is required").arg(name));
        for (auto it = matches.crbegin(); it != matches.crend(); ++it) {
            QJsonObject element = elements.at(*it).toObject();
            if (sub) {
                if (Status kept =
                        checkImmutable(operation, *sub, element.value(sub->name), QJsonValue(), name);
                    !kept)
                    return kept;
                element.remove(sub->name);
            }
            if (!sub || element.isEmpty())
                elements.removeAt(*it);
            else
                elements[*it] = element;
        }
        if (elements.isEmpty() && attribute.required && !matches.isEmpty())
            return error(ScimType::Mutability, operation,
                         QStringLiteral("%1 is required").arg(location.name()));
        location.write(m_resource, elements);
        return {};
    }

    // The new content: one sub-attribute, or (without one) a whole element for replace and the
    // sub-attributes to merge for add.
    QJsonObject change;
    if (sub) {
        auto value = canonical(operation, *sub, operation.value, name);
        if (!value)
            return value.error();
        change.insert(sub->name, value->isUndefined() ? QJsonValue() : *value);
    } else {
        auto part = canonicalPart(operation, attribute, operation.value, name);
        if (!part)
            return part.error();
        change = *part;
    }

    if (matches.isEmpty()) {
        if (operation.op == Op::Replace)
            return error(ScimType::NoTarget, operation, QStringLiteral("no value matches %1").arg(name));
        // add to a value that is not there yet: create it from the filter's "eq" terms, as Entra ID
        // expects for addresses[type eq "work"].formatted.
        const std::optional<QJsonObject> created = elementFromFilter(attribute, *path.valueFilter);
        if (!created) {
            return error(ScimType::NoTarget, operation,
                         QStringLiteral("no value matches %1, and the filter does not describe a new one "
                                        "(only \"eq\" terms joined by \"and\" do)")
                             .arg(name));
        }
        elements.append(merged(*created, change));
        matches.append(elements.size() - 1);
    } else {
        for (const qsizetype index : std::as_const(matches)) {
            if (sub) {
                const QJsonValue current = elements.at(index).toObject().value(sub->name);
                if (Status kept = checkImmutable(operation, *sub, current, change.value(sub->name), name);
                    !kept)
                    return kept;
            }
            const bool wholeElement = operation.op == Op::Replace && !sub;
            elements[index] = merged(wholeElement ? QJsonObject() : elements.at(index).toObject(), change);
        }
    }
    keepOnePrimary(attribute, elements, matches);
    location.write(m_resource, elements);
    return {};
}

// RFC 7643 §2.2: an immutable value, once set, is never changed or removed.
Status Application::checkImmutable(const PatchOperation& operation, const AttributeDefinition& definition,
                                   const QJsonValue& current, const QJsonValue& next, const QString& name)
{
    if (definition.mutability != Mutability::Immutable || !assigned(current))
        return {};
    if (Location::present(next) && sameElement(definition, current, next))
        return {};
    return error(ScimType::Mutability, operation, QStringLiteral("%1 is immutable").arg(name));
}

std::optional<QJsonObject> Application::elementFromFilter(const AttributeDefinition& definition,
                                                          const Filter& filter) const
{
    if (filter.kind == Filter::Kind::Logical && filter.logical == LogicalOperator::And) {
        const std::optional<QJsonObject> left = elementFromFilter(definition, *filter.left);
        const std::optional<QJsonObject> right = elementFromFilter(definition, *filter.right);
        if (!left || !right)
            return std::nullopt;
        return merged(*left, *right);
    }
    if (filter.kind != Filter::Kind::Comparison || filter.compare != CompareOperator::Eq ||
        !filter.path.subAttribute.isEmpty()) {
        return std::nullopt;
    }
    const AttributeDefinition* sub = definition.subAttribute(filter.path.attribute);
    if (!sub || sub->mutability == Mutability::ReadOnly)
        return std::nullopt;
    auto value = ResourceCanonicalizer::attributeValue(*sub, filter.value, sub->name);
    if (!value || value->isUndefined())
        return std::nullopt;
    return QJsonObject{{sub->name, *value}};
}

// RFC 7643 §2.4: "primary" is true for at most one value. The value this operation made primary
// takes the flag from the others.
void Application::keepOnePrimary(const AttributeDefinition& definition, QJsonArray& elements,
                                 const QList<qsizetype>& changed)
{
    const AttributeDefinition* primary = definition.subAttribute(PrimaryName);
    if (!primary || primary->type != AttributeType::Boolean)
        return;
    qsizetype chosen = -1;
    for (const qsizetype index : changed) {
        if (elements.at(index).toObject().value(primary->name) == QJsonValue(true)) {
            if (chosen >= 0)
                return; // two made primary at once: the resource's validation reports it
            chosen = index;
        }
    }
    if (chosen < 0)
        return;
    for (qsizetype i = 0; i < elements.size(); ++i) {
        QJsonObject element = elements.at(i).toObject();
        if (i != chosen && element.contains(primary->name)) {
            element.remove(primary->name);
            elements[i] = element;
        }
    }
}

} // namespace

PatchEngine::PatchEngine(const SchemaRegistry& registry, const ResourceType& type, PatchOptions options)
    : m_registry(registry)
    , m_type(type)
    , m_options(options)
{}

Result<QList<PatchOperation>> PatchEngine::expand(const QJsonObject& resource,
                                                  const QList<PatchOperation>& operations) const
{
    return Application(m_registry, m_type, m_options, resource).expand(operations);
}

Result<QJsonObject> PatchEngine::apply(const QJsonObject& resource,
                                       const QList<PatchOperation>& operations) const
{
    Application application(m_registry, m_type, m_options, resource);
    auto expanded = application.expand(operations);
    if (!expanded)
        return expanded.error();
    for (const PatchOperation& operation : std::as_const(*expanded)) {
        if (Status applied = application.apply(operation); !applied)
            return applied.error();
    }
    return application.result();
}

} // namespace muster
