#include "store/WriteBatch.h"

#include <QJsonObject>

namespace muster {

namespace {

// Why a group member element cannot be stored; empty if it can. A member set is keyed by "value".
QString memberProblem(const QJsonValue& element)
{
    const QJsonValue value = element.toObject().value(QStringLiteral("value"));
    if (!element.isObject() || !value.isString() || value.toString().isEmpty())
        return QStringLiteral("Every group member needs a \"value\" (the member's id)");
    return {};
}

Status checkElements(const QJsonArray& elements)
{
    for (const QJsonValue element : elements) {
        if (const QString problem = memberProblem(element); !problem.isEmpty())
            return ScimError::badRequest(ScimType::InvalidValue, problem);
    }
    return {};
}

} // namespace

Status WriteOperation::checkMembers(bool isGroup, const QString& typeName) const
{
    const QString members = QStringLiteral("members");
    const auto invalid = [](const QString& detail) {
        return ScimError::badRequest(ScimType::InvalidValue, detail);
    };
    if ((kind != Kind::Update || !isGroup) && !memberChanges.isEmpty()) {
        return invalid(kind == Kind::Update ? QStringLiteral("%1 has no members to change").arg(typeName)
                                            : QStringLiteral("Member changes belong to an update"));
    }
    if (!isGroup || kind == Kind::Remove)
        return {};
    if (kind == Kind::Update) {
        // Members change only by memberChanges: an array here would be a whole set, ambiguous beside them.
        if (resource.json.contains(members))
            return invalid(QStringLiteral("An update changes a group's members only through member changes"));
        return checkElements(memberChanges.added);
    }
    const QJsonValue value = resource.json.value(members);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray())
        return invalid(QStringLiteral("A group's \"members\" must be an array"));
    return checkElements(value.toArray());
}

} // namespace muster
