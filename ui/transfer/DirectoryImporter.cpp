#include "transfer/DirectoryImporter.h"

#include "query/Filter.h"
#include "resource/ResourceCanonicalizer.h"
#include "schema/SchemaUrns.h"

#include <QJsonArray>

namespace muster {

namespace {

const QString UserType = QStringLiteral("User");
const QString GroupType = QStringLiteral("Group");
const QString UserName = QStringLiteral("userName");
const QString DisplayName = QStringLiteral("displayName");
const QString ExternalId = QStringLiteral("externalId");
const QString Members = QStringLiteral("members");
const QString Value = QStringLiteral("value");
const QString Schemas = QStringLiteral("schemas");

QString nameAttribute(const QString& resourceType)
{
    return resourceType == GroupType ? DisplayName : UserName;
}

// The primary element of a multi-valued attribute, else the first of type "work", else none.
qsizetype primaryIndex(const QJsonArray& elements)
{
    for (qsizetype i = 0; i < elements.size(); ++i) {
        if (elements.at(i).toObject().value(QStringLiteral("primary")).toBool())
            return i;
    }
    for (qsizetype i = 0; i < elements.size(); ++i) {
        if (elements.at(i).toObject().value(QStringLiteral("type")).toString() == QLatin1String("work"))
            return i;
    }
    return -1;
}

} // namespace

DirectoryImporter::DirectoryImporter(std::shared_ptr<Directory> directory, OperationContext context,
                                     Mode mode, Options options)
    : m_directory(std::move(directory))
    , m_context(std::move(context))
    , m_mode(mode)
    , m_options(options)
{}

void DirectoryImporter::expectItems(const QList<ImportItem>& items)
{
    for (const ImportItem& item : items) {
        if (item.resourceType == GroupType && !item.sourceId.isEmpty())
            m_expectedGroupSourceIds.insert(item.sourceId);
    }
}

QJsonObject DirectoryImporter::merged(QJsonObject current, const QJsonObject& changes)
{
    for (auto change = changes.begin(); change != changes.end(); ++change) {
        const QString& key = change.key();
        const QJsonValue& value = change.value();
        if (key == Schemas) {
            QJsonArray schemas = current.value(Schemas).toArray();
            for (const QJsonValue& schema : value.toArray()) {
                if (!schemas.contains(schema))
                    schemas.append(schema);
            }
            current.insert(Schemas, schemas);
        } else if (value.isObject()) { // name, extensions: by sub-attribute
            QJsonObject object = current.value(key).toObject();
            const QJsonObject given = value.toObject();
            for (auto sub = given.begin(); sub != given.end(); ++sub)
                object.insert(sub.key(), sub.value());
            current.insert(key, object);
        } else if (value.isArray() && value.toArray().size() == 1 && current.value(key).isArray()) {
            QJsonArray elements = current.value(key).toArray();
            const QJsonObject given = value.toArray().first().toObject();
            const qsizetype index = primaryIndex(elements);
            if (index >= 0) {
                QJsonObject element = elements.at(index).toObject();
                element.insert(Value, given.value(Value));
                elements.replace(index, element);
            } else {
                elements.prepend(given);
            }
            current.insert(key, elements);
        } else {
            current.insert(key, value);
        }
    }
    return current;
}

std::optional<Resource> DirectoryImporter::findOne(const QString& resourceType, const QString& attribute,
                                                   const QString& value) const
{
    Query query;
    query.resourceType = resourceType;
    query.filter = Filter::comparison(AttributePath{{}, attribute, {}}, CompareOperator::Eq, value);
    query.count = 1;
    const Result<QueryResult> found = m_directory->query(m_context, query);
    if (!found || found->resources.isEmpty())
        return std::nullopt;
    return found->resources.first();
}

std::optional<QString> DirectoryImporter::groupIdByName(const QString& name)
{
    const QString folded = name.toCaseFolded();
    if (const auto known = m_groupIdsByName.constFind(folded); known != m_groupIdsByName.constEnd())
        return *known;
    const std::optional<Resource> group = findOne(GroupType, DisplayName, name);
    if (!group)
        return std::nullopt;
    m_groupIdsByName.insert(folded, group->id);
    return group->id;
}

QStringList DirectoryImporter::changedAttributes(const ResourceType& type, const QJsonObject& before,
                                                 const QJsonObject& after) const
{
    const SchemaRegistry& registry = m_directory->registry();
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    QStringList changed;
    const auto same = [&](const QString& path, const QJsonValue& a, const QJsonValue& b) {
        const Result<ResolvedAttribute> resolved = registry.resolve(type, path);
        if (resolved && resolved->target())
            return ResourceCanonicalizer::equalValues(*resolved->target(), a, b);
        return a == b;
    };
    for (const QString& key : std::as_const(keys)) {
        if (key == Schemas)
            continue;
        const QJsonValue a = before.value(key);
        const QJsonValue b = after.value(key);
        if (key.startsWith(QLatin1String("urn:"), Qt::CaseInsensitive) && (a.isObject() || b.isObject())) {
            QStringList subKeys = a.toObject().keys() + b.toObject().keys();
            subKeys.removeDuplicates();
            for (const QString& sub : std::as_const(subKeys)) {
                if (!same(key + u':' + sub, a.toObject().value(sub), b.toObject().value(sub)))
                    changed.append(sub);
            }
        } else if (!same(key, a, b)) {
            changed.append(key);
        }
    }
    return changed;
}

DirectoryImporter::GroupPlan DirectoryImporter::planGroups(const ImportItem& item,
                                                           const std::optional<Resource>& existing)
{
    GroupPlan plan;
    QSet<QString> memberOf;
    if (existing) {
        for (const QJsonValue& group : existing->json.value(QStringLiteral("groups")).toArray())
            memberOf.insert(group.toObject().value(Value).toString());
    }
    for (const QString& name : item.groupNames) {
        const std::optional<QString> id = groupIdByName(name);
        if (!id) {
            if (m_options.createMissingGroups) {
                plan.toCreate.append(name);
                plan.notes.append(dryRun() ? tr("Would create group \"%1\" and add the user to it.").arg(name)
                                           : tr("Created group \"%1\" and added the user to it.").arg(name));
            } else {
                plan.warning = true;
                plan.notes.append(tr("Group \"%1\" does not exist: not added (tick \"Create missing groups\" "
                                     "to create it).")
                                      .arg(name));
            }
        } else if (id->isEmpty()) { // created earlier by this dry run
            plan.joinNew.append(name);
            plan.notes.append(tr("Would add the user to the new group \"%1\".").arg(name));
        } else if (!memberOf.contains(*id)) {
            plan.toJoin.append(*id);
            plan.notes.append(dryRun() ? tr("Would add the user to group \"%1\".").arg(name)
                                       : tr("Added the user to group \"%1\".").arg(name));
        }
    }
    return plan;
}

DirectoryImporter::MemberPlan DirectoryImporter::planMembers(const QJsonArray& members,
                                                             const QJsonObject& asWritten)
{
    // The canonical form drops the labels ("display") the file gave its members; warnings use them.
    QHash<QString, QString> labels;
    for (auto it = asWritten.begin(); it != asWritten.end(); ++it) {
        if (it.key().compare(Members, Qt::CaseInsensitive) != 0)
            continue;
        for (const QJsonValue& element : it.value().toArray()) {
            const QJsonObject member = element.toObject();
            labels.insert(member.value(Value).toString(), member.value(QStringLiteral("display")).toString());
        }
    }
    MemberPlan plan;
    for (const QJsonValue& element : members) {
        QJsonObject member = element.toObject();
        const QString value = member.value(Value).toString();
        if (const auto mapped = m_idsBySourceId.constFind(value); mapped != m_idsBySourceId.constEnd()) {
            if (mapped->isEmpty())
                continue; // created by this dry run: there is no id to check yet
            member.insert(Value, *mapped);
            plan.members.append(member);
        } else if (m_directory->get(m_context, UserType, value) ||
                   m_directory->get(m_context, GroupType, value)) {
            plan.members.append(member);
        } else if (m_expectedGroupSourceIds.contains(value)) {
            plan.deferred.append(value);
        } else {
            plan.warning = true;
            const QString label = labels.value(value);
            plan.notes.append(
                tr("Member %1 is neither in the directory nor in the file: left out.")
                    .arg(label.isEmpty() ? value : QStringLiteral("\"%1\" (%2)").arg(label, value)));
        }
    }
    if (!plan.deferred.isEmpty()) {
        plan.notes.append(
            tr("%n member group(s) later in the file added at the end.", nullptr, int(plan.deferred.size())));
    }
    return plan;
}

ImportOutcome DirectoryImporter::process(const ImportItem& item)
{
    ImportOutcome outcome;
    outcome.line = item.line;
    outcome.resourceType = item.resourceType;
    outcome.sourceFields = item.sourceFields;
    const auto skip = [&outcome](const QStringList& reasons) {
        outcome.action = ImportOutcome::Action::Skip;
        outcome.messages += reasons;
        return outcome;
    };
    const QString nameKey = nameAttribute(item.resourceType);
    outcome.name = item.attributes.value(nameKey).toString().trimmed();
    if (!item.errors.isEmpty())
        return skip(item.errors);
    const ResourceType* type = m_directory->registry().resourceType(item.resourceType);
    if (!type)
        return skip({tr("Resources of type \"%1\" cannot be imported.").arg(item.resourceType)});
    const ResourceCanonicalizer canonicalizer(m_directory->registry(), *type);

    // A whole resource is read in the schema's terms first, so that its keys are found however they
    // are spelled.
    QJsonObject input = item.attributes;
    if (item.mode == ImportItem::Mode::Replace) {
        Result<QJsonObject> canonical = canonicalizer.canonicalize(input);
        if (!canonical)
            return skip({canonical.error().detail});
        input = std::move(canonical).value();
    }
    const QString name = input.value(nameKey).toString().trimmed();
    const QString externalId = input.value(ExternalId).toString();
    outcome.name = name;

    QHash<QString, int>& names = m_names[item.resourceType];
    QHash<QString, int>& externalIds = m_externalIds[item.resourceType];
    if (const int line = names.value(name.toCaseFolded()); !name.isEmpty() && line > 0)
        return skip({tr("Duplicate: line %1 has the same %2.").arg(line).arg(nameKey)});
    if (const int line = externalIds.value(externalId); !externalId.isEmpty() && line > 0)
        return skip({tr("Duplicate: line %1 has the same externalId.").arg(line)});

    const std::optional<Resource> byExternalId =
        externalId.isEmpty() ? std::nullopt : findOne(type->name, ExternalId, externalId);
    const std::optional<Resource> byName = name.isEmpty() ? std::nullopt : findOne(type->name, nameKey, name);
    if (byExternalId && byName && byExternalId->id != byName->id) {
        return skip({tr("externalId \"%1\" belongs to %2, but %3 \"%4\" to another resource.")
                         .arg(externalId, byExternalId->json.value(nameKey).toString(), nameKey, name)});
    }
    const std::optional<Resource> existing = byExternalId ? byExternalId : byName;
    if (existing) {
        if (const int line = m_claimedIds.value(existing->id); line > 0)
            return skip({tr("Duplicate: line %1 matched the same resource.").arg(line)});
        outcome.id = existing->id;
        if (outcome.name.isEmpty())
            outcome.name = existing->json.value(nameKey).toString();
    }

    // What would be written, checked as the directory will check it.
    MemberPlan members;
    QJsonObject desired;
    if (item.mode == ImportItem::Mode::Merge) {
        desired = existing ? merged(existing->json, input) : input;
    } else {
        desired = input;
        if (type->name == GroupType) {
            members = planMembers(input.value(Members).toArray(), item.attributes);
            if (members.members.isEmpty())
                desired.remove(Members);
            else
                desired.insert(Members, members.members);
        }
    }
    const Result<QJsonObject> canonical = canonicalizer.canonicalize(desired);
    if (!canonical)
        return skip({canonical.error().detail});
    QJsonObject canonicalExisting;
    if (existing) {
        if (const Result<QJsonObject> stored = canonicalizer.canonicalize(existing->json))
            canonicalExisting = *stored;
        if (const Status immutable = canonicalizer.checkImmutable(*canonical, canonicalExisting); !immutable)
            return skip({immutable.error().detail});
    }

    const GroupPlan groups = planGroups(item, existing);
    outcome.messages += members.notes + groups.notes;
    outcome.warning = members.warning || groups.warning;
    const QStringList attributeChanges =
        existing ? changedAttributes(*type, canonicalExisting, *canonical) : QStringList();
    if (existing) {
        outcome.changed = attributeChanges;
        if (!groups.toCreate.isEmpty() || !groups.toJoin.isEmpty() || !groups.joinNew.isEmpty())
            outcome.changed.append(QStringLiteral("groups"));
        outcome.action = outcome.changed.isEmpty() && members.deferred.isEmpty()
                             ? ImportOutcome::Action::Unchanged
                             : ImportOutcome::Action::Update;
    } else {
        outcome.action = ImportOutcome::Action::Create;
    }

    if (!dryRun()) {
        Result<Resource> written = existing ? Result<Resource>(*existing) : Result<Resource>(Resource{});
        const bool writesResource = !existing || !attributeChanges.isEmpty();
        if (!existing) {
            written = m_directory->create(m_context, type->name, desired);
        } else if (writesResource && item.mode == ImportItem::Mode::Merge) {
            written = m_directory->modify(m_context, type->name, existing->id,
                                          [input](const QJsonObject& current) -> Result<QJsonObject> {
                                              return merged(current, input);
                                          });
        } else if (writesResource) {
            written = m_directory->replace(m_context, type->name, existing->id, desired);
        }
        if (!written) {
            outcome.action = ImportOutcome::Action::Fail;
            outcome.messages = QStringList{written.error().detail} + outcome.messages;
            return outcome;
        }
        outcome.id = written->id;
        applyGroups(outcome, groups);
    }

    // The report repeats the row as read only where a person has to look at it again.
    if (!outcome.problem())
        outcome.sourceFields.clear();

    // Later items see what this one did.
    const QString id = outcome.id; // empty for a resource created in a dry run
    if (!name.isEmpty())
        names.insert(name.toCaseFolded(), item.line);
    if (!externalId.isEmpty())
        externalIds.insert(externalId, item.line);
    if (existing)
        m_claimedIds.insert(existing->id, item.line);
    if (!item.sourceId.isEmpty())
        m_idsBySourceId.insert(item.sourceId, id);
    if (type->name == GroupType && !name.isEmpty())
        m_groupIdsByName.insert(name.toCaseFolded(), id);
    if (dryRun()) {
        for (const QString& created : groups.toCreate)
            m_groupIdsByName.insert(created.toCaseFolded(), QString());
    }
    for (const QString& memberSourceId : std::as_const(members.deferred))
        m_deferred.append({item.line, id, name, memberSourceId});
    return outcome;
}

void DirectoryImporter::applyGroups(ImportOutcome& outcome, const GroupPlan& plan)
{
    QStringList joins = plan.toJoin;
    for (const QString& name : plan.toCreate + plan.joinNew) {
        if (const std::optional<QString> known = groupIdByName(name); known && !known->isEmpty()) {
            joins.append(*known);
            continue;
        }
        const Result<Resource> created = m_directory->create(
            m_context, GroupType, QJsonObject{{Schemas, QJsonArray{urns::Group}}, {DisplayName, name}});
        if (!created) {
            outcome.warning = true;
            outcome.messages.append(
                tr("Group \"%1\" could not be created: %2").arg(name, created.error().detail));
            continue;
        }
        m_groupIdsByName.insert(name.toCaseFolded(), created->id);
        joins.append(created->id);
    }
    for (const QString& groupId : std::as_const(joins)) {
        const QJsonObject patch{
            {Schemas, QJsonArray{urns::PatchOp}},
            {QStringLiteral("Operations"),
             QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("add")},
                                    {QStringLiteral("path"), Members},
                                    {Value, QJsonArray{QJsonObject{{Value, outcome.id}}}}}}}};
        const Result<Resource> joined = m_directory->patch(m_context, GroupType, groupId, patch, std::nullopt,
                                                           ResourceStore::ReadMembers::Omit);
        if (!joined) {
            outcome.warning = true;
            outcome.messages.append(tr("Not added to group %1: %2").arg(groupId, joined.error().detail));
        }
    }
}

QList<ImportOutcome> DirectoryImporter::finish()
{
    QList<ImportOutcome> failures;
    if (dryRun())
        return failures;
    for (const DeferredMember& deferred : std::as_const(m_deferred)) {
        const QString memberId = m_idsBySourceId.value(deferred.memberSourceId);
        QString problem;
        if (memberId.isEmpty()) {
            problem = tr("Member group \"%1\" of the file was not imported: left out.")
                          .arg(deferred.memberSourceId);
        } else {
            const QJsonObject patch{
                {Schemas, QJsonArray{urns::PatchOp}},
                {QStringLiteral("Operations"),
                 QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("add")},
                                        {QStringLiteral("path"), Members},
                                        {Value, QJsonArray{QJsonObject{{Value, memberId}}}}}}}};
            const Result<Resource> added = m_directory->patch(m_context, GroupType, deferred.groupId, patch,
                                                              std::nullopt, ResourceStore::ReadMembers::Omit);
            if (!added)
                problem = tr("Member group %1 not added: %2").arg(memberId, added.error().detail);
        }
        if (!problem.isEmpty()) {
            ImportOutcome outcome;
            outcome.line = deferred.line;
            outcome.resourceType = GroupType;
            outcome.name = deferred.groupName;
            outcome.id = deferred.groupId;
            outcome.action = ImportOutcome::Action::Update;
            outcome.warning = true;
            outcome.messages.append(problem);
            failures.append(outcome);
        }
    }
    m_deferred.clear();
    return failures;
}

} // namespace muster
