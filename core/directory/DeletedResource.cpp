#include "directory/DeletedResource.h"

#include <QJsonArray>

namespace muster {

namespace {

const QString Removed = QStringLiteral("removed");
const QString Members = QStringLiteral("members");
const QString Groups = QStringLiteral("groups");

QJsonArray toArray(const QStringList& ids)
{
    QJsonArray array;
    for (const QString& id : ids)
        array.append(id);
    return array;
}

QStringList toStrings(const QJsonArray& array)
{
    QStringList strings;
    strings.reserve(array.size());
    for (const QJsonValue value : array) {
        if (value.isString())
            strings.append(value.toString());
    }
    return strings;
}

} // namespace

QString DeletedResource::label() const
{
    for (const QString& key : {QStringLiteral("displayName"), QStringLiteral("userName")}) {
        QString text = json.value(key).toString();
        if (!text.isEmpty())
            return text;
    }
    return id;
}

void DeletedResource::record(AuditEntry& deleteEntry, const QJsonObject& stored, const QStringList& memberIds,
                             const QStringList& groupIds)
{
    QJsonObject json = stored;
    // The log never holds a password, hashed or not: a restored user needs a new one.
    json.remove(QStringLiteral("password"));
    json.remove(QStringLiteral("id"));
    json.remove(Members);
    deleteEntry.changes.insert(Removed, json);
    if (!memberIds.isEmpty())
        deleteEntry.changes.insert(Members, toArray(memberIds));
    if (!groupIds.isEmpty())
        deleteEntry.changes.insert(Groups, toArray(groupIds));
}

std::optional<DeletedResource> DeletedResource::fromAuditEntry(const AuditEntry& entry)
{
    if (entry.action != QLatin1String("delete") || !entry.changes.value(Removed).isObject())
        return std::nullopt;
    DeletedResource deleted;
    deleted.sequence = entry.sequence;
    deleted.deletedAt = entry.time;
    deleted.deletedBy = entry.actor;
    deleted.resourceType = entry.resourceType;
    deleted.id = entry.resourceId;
    deleted.version = entry.versionBefore;
    deleted.json = entry.changes.value(Removed).toObject();
    deleted.memberIds = toStrings(entry.changes.value(Members).toArray());
    deleted.groupIds = toStrings(entry.changes.value(Groups).toArray());
    return deleted;
}

} // namespace muster
