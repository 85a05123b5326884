#include "query/Projection.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace muster {

namespace {

// What the client named for one attribute: the whole of it, or some of its sub-attributes.
struct Named {
    bool whole = false;
    QSet<QString> subAttributes; // schema spelling
};

// Names resolved against the resource type, keyed by location ("" for top level, else the extension
// URN) and then by the attribute's schema spelling.
struct NamedSet {
    QSet<QString> wholeLocations; // a whole extension, or "" for the whole core schema
    QHash<QString, QHash<QString, Named>> attributes;

    bool isEmpty() const { return wholeLocations.isEmpty() && attributes.isEmpty(); }
    const Named* find(const QString& location, const QString& attribute) const
    {
        const auto byLocation = attributes.constFind(location);
        if (byLocation == attributes.constEnd())
            return nullptr;
        const auto named = byLocation->constFind(attribute);
        return named == byLocation->constEnd() ? nullptr : &*named;
    }
};

NamedSet resolveNames(const SchemaRegistry& registry, const ResourceType& type, const QStringList& names)
{
    NamedSet set;
    for (const QString& text : names) {
        const QString name = text.trimmed();
        if (name.compare(type.schema, Qt::CaseInsensitive) == 0) {
            set.wholeLocations.insert(QString());
            continue;
        }
        // RFC 7644 §3.4.2.5: names the resource type does not have are ignored.
        auto resolved = registry.resolve(type, name);
        if (!resolved)
            continue;
        const QString location = resolved->inExtension ? resolved->schema->id : QString();
        if (!resolved->attribute) {
            set.wholeLocations.insert(location);
            continue;
        }
        Named& named = set.attributes[location][resolved->attribute->name];
        if (resolved->subAttribute)
            named.subAttributes.insert(resolved->subAttribute->name);
        else
            named.whole = true;
    }
    return set;
}

// For each attribute a resource may hold, decided once: dropped, kept whole, or kept with only some
// sub-attributes.
struct Plan {
    enum class Action { Drop, Keep, Filter };
    Action action = Action::Drop;
    QSet<QString> keptSubAttributes; // for Filter
};
using LocationPlan = QHash<QString, Plan>; // by attribute name, schema spelling

} // namespace

struct Projection::Selection {
    LocationPlan topLevel;
    QHash<QString, LocationPlan> extensions; // by extension URN, schema spelling
    bool keepUnknown = true;                 // attributes no schema defines (none in canonical JSON)

    // Adds `value` to `out` under `key` as far as `plan` keeps it.
    void projectMember(const QString& key, const QJsonValue& value, const LocationPlan& plan,
                       QJsonObject& out) const;
};

namespace {

bool isReturnedByDefault(const AttributeDefinition& definition)
{
    return definition.returned == Returned::Always || definition.returned == Returned::Default;
}

// The plan for one attribute given what `attributes` (include) or `excludedAttributes` (exclude)
// named; at most one of them is non-null.
Plan planFor(const AttributeDefinition& definition, bool locationWhole, const Named* included,
             const Named* excluded, bool includeMode)
{
    Plan plan;
    if (definition.returned == Returned::Never)
        return plan;

    // Which sub-attributes survive when the attribute is kept: the client's choice if it named some,
    // else every one it may see.
    const auto withSubAttributes = [&definition](const auto& keep) {
        Plan result;
        if (definition.subAttributes.isEmpty()) {
            result.action = Plan::Action::Keep;
            return result;
        }
        bool all = true;
        for (const AttributeDefinition& sub : definition.subAttributes) {
            if (sub.returned != Returned::Never && (sub.returned == Returned::Always || keep(sub)))
                result.keptSubAttributes.insert(sub.name);
            else
                all = false;
        }
        result.action = all ? Plan::Action::Keep : Plan::Action::Filter;
        if (result.keptSubAttributes.isEmpty())
            result.action = Plan::Action::Drop;
        return result;
    };

    if (definition.returned == Returned::Always)
        return withSubAttributes([](const AttributeDefinition&) { return true; });

    if (includeMode) {
        if (locationWhole || (included && included->whole))
            return withSubAttributes([](const AttributeDefinition&) { return true; });
        if (included) {
            return withSubAttributes([included](const AttributeDefinition& sub) {
                return included->subAttributes.contains(sub.name);
            });
        }
        return plan;
    }

    if (definition.returned == Returned::Request || locationWhole || (excluded && excluded->whole))
        return plan;
    return withSubAttributes([excluded](const AttributeDefinition& sub) {
        return isReturnedByDefault(sub) && !(excluded && excluded->subAttributes.contains(sub.name));
    });
}

LocationPlan planLocation(const QList<const AttributeDefinition*>& definitions, const QString& location,
                          const NamedSet& names, bool includeMode)
{
    LocationPlan plans;
    const bool whole = names.wholeLocations.contains(location);
    for (const AttributeDefinition* definition : definitions) {
        const Named* named = names.find(location, definition->name);
        plans.insert(definition->name, planFor(*definition, whole, includeMode ? named : nullptr,
                                               includeMode ? nullptr : named, includeMode));
    }
    return plans;
}

QJsonObject projectComplex(const QJsonObject& object, const QSet<QString>& kept)
{
    QJsonObject result;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (kept.contains(it.key()))
            result.insert(it.key(), it.value());
    }
    return result;
}

// The value with only the kept sub-attributes; Undefined when nothing is left.
QJsonValue projectValue(const QJsonValue& value, const Plan& plan)
{
    if (plan.action == Plan::Action::Keep)
        return value;
    if (value.isObject()) {
        const QJsonObject projected = projectComplex(value.toObject(), plan.keptSubAttributes);
        return projected.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(projected);
    }
    if (value.isArray()) {
        QJsonArray projected;
        for (const QJsonValue element : value.toArray()) {
            if (!element.isObject())
                continue;
            const QJsonObject kept = projectComplex(element.toObject(), plan.keptSubAttributes);
            if (!kept.isEmpty())
                projected.append(kept);
        }
        return projected.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(projected);
    }
    return value;
}

} // namespace

void Projection::Selection::projectMember(const QString& key, const QJsonValue& value,
                                          const LocationPlan& plan, QJsonObject& out) const
{
    const auto found = plan.constFind(key);
    if (found == plan.constEnd()) {
        if (keepUnknown)
            out.insert(key, value);
        return;
    }
    if (found->action == Plan::Action::Drop)
        return;
    const QJsonValue projected = projectValue(value, *found);
    if (!projected.isUndefined())
        out.insert(key, projected);
}

Result<Projection> Projection::create(const SchemaRegistry& registry, const ResourceType& type,
                                      const ProjectionSpec& spec)
{
    // When both are given, "attributes" decides and "excludedAttributes" is ignored: RFC 7644
    // §3.4.2.5 makes "attributes" override the default set, and the excluded set only narrows that
    // default.
    const bool includeMode = !spec.attributes.isEmpty();
    const NamedSet names =
        resolveNames(registry, type, includeMode ? spec.attributes : spec.excludedAttributes);

    auto selection = std::make_shared<Selection>();
    selection->keepUnknown = !includeMode;

    QList<const AttributeDefinition*> topLevel;
    if (const Schema* core = registry.schema(type.schema)) {
        for (const AttributeDefinition& definition : core->attributes)
            topLevel.append(&definition);
    }
    for (const AttributeDefinition& definition : registry.commonAttributes().attributes) {
        // The core schema's own definition wins over a common one of the same name.
        const bool shadowed =
            std::any_of(topLevel.cbegin(), topLevel.cend(), [&](const AttributeDefinition* d) {
                return d->name.compare(definition.name, Qt::CaseInsensitive) == 0;
            });
        if (!shadowed)
            topLevel.append(&definition);
    }
    selection->topLevel = planLocation(topLevel, QString(), names, includeMode);

    for (const SchemaExtension& extension : type.schemaExtensions) {
        const Schema* schema = registry.schema(extension.schema);
        if (!schema)
            continue;
        QList<const AttributeDefinition*> definitions;
        for (const AttributeDefinition& definition : schema->attributes)
            definitions.append(&definition);
        selection->extensions.insert(schema->id, planLocation(definitions, schema->id, names, includeMode));
    }

    Projection projection;
    projection.m_selection = std::move(selection);
    return projection;
}

QJsonObject Projection::apply(const QJsonObject& resource) const
{
    if (!m_selection)
        return resource;
    const Selection& selection = *m_selection;

    QJsonObject result;
    for (auto it = resource.constBegin(); it != resource.constEnd(); ++it) {
        const QString key = it.key();
        const auto extension = selection.extensions.constFind(key);
        if (extension == selection.extensions.constEnd()) {
            selection.projectMember(key, it.value(), selection.topLevel, result);
            continue;
        }
        const QJsonObject object = it.value().toObject();
        QJsonObject projected;
        for (auto member = object.constBegin(); member != object.constEnd(); ++member)
            selection.projectMember(member.key(), member.value(), *extension, projected);
        if (!projected.isEmpty())
            result.insert(key, projected);
    }

    // "schemas" lists the core schema and exactly the extensions whose objects are left.
    const QJsonValue schemas = result.value(QLatin1String("schemas"));
    if (schemas.isArray()) {
        QJsonArray kept;
        QSet<QString> listed;
        for (const QJsonValue urn : schemas.toArray()) {
            const QString text = urn.toString();
            bool isExtension = false;
            bool present = false;
            for (auto it = selection.extensions.constBegin(); it != selection.extensions.constEnd(); ++it) {
                if (it.key().compare(text, Qt::CaseInsensitive) == 0) {
                    isExtension = true;
                    present = result.contains(it.key());
                    break;
                }
            }
            if (!isExtension || present) {
                kept.append(urn);
                listed.insert(text.toCaseFolded());
            }
        }
        for (auto it = selection.extensions.constBegin(); it != selection.extensions.constEnd(); ++it) {
            if (result.contains(it.key()) && !listed.contains(it.key().toCaseFolded()))
                kept.append(it.key());
        }
        result.insert(QLatin1String("schemas"), kept);
    }
    return result;
}

} // namespace muster
