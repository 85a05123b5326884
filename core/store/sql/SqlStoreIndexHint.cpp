#include "store/sql/SqlStoreIndexHint.h"

#include "query/DateTimeInstant.h"

#include <QJsonArray>
#include <QJsonObject>

namespace muster {

namespace {

const QString Meta = QStringLiteral("meta");
const QString Emails = QStringLiteral("emails");

QVariant folded(const QJsonValue& value)
{
    return value.isString() ? QVariant(value.toString().toCaseFolded()) : QVariant();
}

// Milliseconds since the epoch of a dateTime, read as filters read it (DateTimeInstant); null when it is
// none.
QVariant instant(const QJsonValue& value)
{
    if (!value.isString())
        return {};
    const std::optional<qint64> msecs = DateTimeInstant::toMsecs(QStringView(value.toString()));
    return msecs ? QVariant(*msecs) : QVariant();
}

bool isCore(const ResolvedAttribute& path, const QString& attribute, const QString& subAttribute = {})
{
    if (path.inExtension || !path.attribute || path.attribute->name != attribute)
        return false;
    if (subAttribute.isEmpty())
        return !path.subAttribute;
    return path.subAttribute && path.subAttribute->name == subAttribute;
}

SqlFragment both(const SqlFragment& left, const SqlFragment& right, const QString& op)
{
    return {QStringLiteral("(%1 %2 %3)").arg(left.sql, op, right.sql), left.bindings + right.bindings};
}

} // namespace

SqlStoreIndexHint::SqlStoreIndexHint(const SchemaRegistry& registry, const ResourceType& type, bool isGroup,
                                     SqlDialect dialect)
    : m_registry(registry)
    , m_type(type)
    , m_isGroup(isGroup)
    , m_dialect(dialect)
{}

QVariant SqlStoreIndexHint::userNameKey(const QJsonObject& json)
{
    const QJsonValue value = json.value(QStringLiteral("userName"));
    return value.toString().isEmpty() ? QVariant() : folded(value);
}

QVariant SqlStoreIndexHint::externalIdKey(const QJsonObject& json)
{
    const QJsonValue value = json.value(QStringLiteral("externalId"));
    return value.isString() ? QVariant(value.toString()) : QVariant();
}

QVariant SqlStoreIndexHint::displayNameKey(const QJsonObject& json)
{
    return folded(json.value(QStringLiteral("displayName")));
}

QVariant SqlStoreIndexHint::createdKey(const QJsonObject& json)
{
    return instant(json.value(Meta).toObject().value(QStringLiteral("created")));
}

QVariant SqlStoreIndexHint::lastModifiedKey(const QJsonObject& json)
{
    return instant(json.value(Meta).toObject().value(QStringLiteral("lastModified")));
}

QString SqlStoreIndexHint::memberKey(const QString& memberId)
{
    return memberId.toCaseFolded();
}

QList<std::pair<QString, QString>> SqlStoreIndexHint::multiValuedKeys(const QJsonObject& json)
{
    QList<std::pair<QString, QString>> keys;
    const QJsonArray emails = json.value(Emails).toArray();
    for (const QJsonValue email : emails) {
        const QJsonValue value = email.toObject().value(QStringLiteral("value"));
        if (!value.isString())
            continue;
        std::pair<QString, QString> key{Emails, value.toString().toCaseFolded()};
        if (!keys.contains(key))
            keys.append(std::move(key));
    }
    return keys;
}

SqlFragment SqlStoreIndexHint::condition(const Filter& filter, const QString& tenant) const
{
    return condition(filter, tenant, nullptr);
}

SqlFragment SqlStoreIndexHint::condition(const Filter& filter, const QString& tenant,
                                         const AttributePath* element) const
{
    switch (filter.kind) {
    case Filter::Kind::Comparison: {
        if (!element)
            return comparison(filter, tenant, filter.path);
        // members[value eq "x"] compares what members.value eq "x" compares, one element at a time.
        if (!filter.path.schemaUrn.isEmpty() || !filter.path.subAttribute.isEmpty())
            return {};
        AttributePath path = *element;
        path.subAttribute = filter.path.attribute;
        return comparison(filter, tenant, path);
    }
    case Filter::Kind::Logical: {
        const SqlFragment left = condition(*filter.left, tenant, element);
        const SqlFragment right = condition(*filter.right, tenant, element);
        if (filter.logical == LogicalOperator::And) {
            if (!left.sql.isEmpty() && !right.sql.isEmpty())
                return both(left, right, QStringLiteral("AND"));
            return left.sql.isEmpty() ? right : left;
        }
        if (left.sql.isEmpty() || right.sql.isEmpty())
            return {};
        return both(left, right, QStringLiteral("OR"));
    }
    case Filter::Kind::ValuePath:
        if (element || !filter.path.subAttribute.isEmpty())
            return {};
        return condition(*filter.operand, tenant, &filter.path);
    case Filter::Kind::Not:
        break;
    }
    return {};
}

SqlFragment SqlStoreIndexHint::orderBy(const SortSpec& sort) const
{
    if (m_dialect != SqlDialect::Sqlite)
        return {};
    const auto resolved = m_registry.resolve(m_type, sort.path);
    // The column holds userName folded, NULL where the translator's key is NULL (no string, or empty).
    if (!resolved || !isCore(*resolved, QStringLiteral("userName")) || resolved->attribute->caseExact ||
        resolved->attribute->multiValued || resolved->attribute->type != AttributeType::String)
        return {};
    return {sort.order == SortOrder::Descending
                ? QStringLiteral(
                      "r.user_name COLLATE muster_utf16 DESC NULLS LAST, r.id COLLATE muster_utf16 ASC")
                : QStringLiteral(
                      "r.user_name COLLATE muster_utf16 ASC NULLS LAST, r.id COLLATE muster_utf16 ASC"),
            {}};
}

SqlFragment SqlStoreIndexHint::comparison(const Filter& filter, const QString& tenant,
                                          const AttributePath& attributePath) const
{
    const auto resolved = m_registry.resolve(m_type, attributePath);
    if (!resolved)
        return {};
    const ResolvedAttribute& path = *resolved;
    const CompareOperator op = filter.compare;

    if (op == CompareOperator::Eq && filter.value.isString()) {
        const QString value = filter.value.toString();
        if (isCore(path, QStringLiteral("id")))
            return {QStringLiteral("r.id = ?"), {value}};
        if (isCore(path, QStringLiteral("userName")) && !value.isEmpty()) {
            // SQLite's index orders by muster_utf16: an equality uses it only under that collation (under
            // which equal means the same bytes).
            return {m_dialect == SqlDialect::Sqlite ? QStringLiteral("r.user_name COLLATE muster_utf16 = ?")
                                                    : QStringLiteral("r.user_name = ?"),
                    {value.toCaseFolded()}};
        }
        // The column holds externalId exactly: it serves only when the comparison is exact too.
        if (isCore(path, QStringLiteral("externalId")) && path.attribute->caseExact)
            return {QStringLiteral("r.external_id = ?"), {value}};
        // Only groups keep displayName in the column: it is how identity providers look groups up.
        if (m_isGroup && isCore(path, QStringLiteral("displayName")))
            return {QStringLiteral("r.display_name = ?"), {value.toCaseFolded()}};
        // "members eq x" compares the members' values (RFC 7644 §3.4.2.2), like members.value.
        if (m_isGroup && (isCore(path, QStringLiteral("members"), QStringLiteral("value")) ||
                          isCore(path, QStringLiteral("members"))))
            return {QStringLiteral(
                        "r.id IN (SELECT k.group_id FROM members k WHERE k.tenant = ? AND k.member_key = ?)"),
                    {tenant, memberKey(value)}};
        // "emails eq x" compares the addresses, like emails.value.
        if (isCore(path, Emails, QStringLiteral("value")) || isCore(path, Emails))
            return {QStringLiteral(
                        "r.id IN (SELECT v.id FROM resource_values v WHERE v.tenant = ? AND v.type = ? "
                        "AND v.attribute = 'emails' AND v.value_key = ?)"),
                    {tenant, m_type.name, value.toCaseFolded()}};
        return {};
    }

    // Ranges of meta.created and meta.lastModified, widened by a millisecond either way so that rounding
    // of fractional seconds can never exclude a match.
    QString column;
    if (isCore(path, Meta, QStringLiteral("created")))
        column = QStringLiteral("r.created");
    else if (isCore(path, Meta, QStringLiteral("lastModified")))
        column = QStringLiteral("r.last_modified");
    if (column.isEmpty())
        return {};
    const QVariant bound = instant(filter.value);
    if (!bound.isValid())
        return {};
    const qint64 ms = bound.toLongLong();
    switch (op) {
    case CompareOperator::Gt:
    case CompareOperator::Ge:
        return {column + QStringLiteral(" >= ?"), {ms - 1}};
    case CompareOperator::Lt:
    case CompareOperator::Le:
        return {column + QStringLiteral(" <= ?"), {ms + 1}};
    case CompareOperator::Eq:
        return {column + QStringLiteral(" BETWEEN ? AND ?"), {ms - 1, ms + 1}};
    default:
        return {};
    }
}

} // namespace muster
