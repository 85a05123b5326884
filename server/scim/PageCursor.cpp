#include "scim/PageCursor.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace muster {

namespace {

constexpr qsizetype MaxCursorLength = qsizetype(16) * 1024;
constexpr qsizetype SignatureBytes = 16;
const auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

ScimError invalidCursor(const QString& why)
{
    return ScimError::badRequest(ScimType::InvalidValue, QStringLiteral("Invalid cursor: %1").arg(why));
}

bool hasValue(const QJsonValue& value)
{
    return !value.isUndefined() && !value.isNull() && !(value.isString() && value.toString().isEmpty());
}

const AttributePath IdPath{QString(), QStringLiteral("id"), QString()};

} // namespace

Result<PageCursor> PageCursor::create(const SchemaRegistry& registry, const ResourceType& type,
                                      const QString& tenant, const FilterPtr& filter,
                                      const std::optional<SortSpec>& sort, const QByteArray& secret)
{
    PageCursor cursor;
    cursor.m_secret = secret;
    cursor.m_sort = sort.value_or(SortSpec{IdPath, SortOrder::Ascending});

    auto resolved = registry.resolve(type, cursor.m_sort.path);
    if (!resolved)
        return resolved.error();
    const AttributeDefinition* attribute = resolved->attribute;
    if (!attribute) {
        return ScimError::badRequest(ScimType::InvalidPath,
                                     QStringLiteral("sortBy \"%1\" names a whole extension, not an attribute")
                                         .arg(cursor.m_sort.path.toString()));
    }
    const AttributeDefinition* idDefinition = registry.commonAttributes().attribute(u"id");
    if (attribute != idDefinition) {
        const AttributeDefinition* sub = resolved->subAttribute;
        if (!sub && attribute->type == AttributeType::Complex)
            sub = attribute->subAttribute(u"value");
        const AttributeDefinition* target = sub ? sub : attribute;
        if (attribute->multiValued || (sub && sub->multiValued) || target->type == AttributeType::Complex ||
            target->type == AttributeType::Binary) {
            return ScimError::badRequest(
                ScimType::InvalidValue,
                QStringLiteral("Cursor paging cannot sort by \"%1\": sort by a single-valued attribute, or "
                               "page with startIndex")
                    .arg(cursor.m_sort.path.toString()));
        }
        cursor.m_keyType = target->type;
        cursor.m_keySchema = resolved->inExtension ? resolved->schema->id : QString();
        cursor.m_keyAttribute = attribute->name;
        cursor.m_keySubAttribute = sub ? sub->name : QString();
        cursor.m_keyPath = AttributePath{cursor.m_keySchema, cursor.m_keyAttribute, cursor.m_keySubAttribute};
    }

    QCryptographicHash fingerprint(QCryptographicHash::Sha256);
    for (const QString& part :
         {tenant, type.name, filter ? filter->toString() : QString(), cursor.m_sort.path.toString(),
          cursor.m_sort.order == SortOrder::Descending ? QStringLiteral("d") : QStringLiteral("a")}) {
        fingerprint.addData(part.toUtf8());
        fingerprint.addData(QByteArrayView("\n"));
    }
    cursor.m_fingerprint = fingerprint.result().left(12).toBase64(Base64Url);
    return cursor;
}

QByteArray PageCursor::signature(const QByteArray& payload) const
{
    return QMessageAuthenticationCode::hash(payload, m_secret, QCryptographicHash::Sha256)
        .left(SignatureBytes);
}

QJsonValue PageCursor::keyOf(const QJsonObject& resource) const
{
    if (m_keyPath.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue value = m_keySchema.isEmpty() ? resource.value(m_keyAttribute)
                                             : resource.value(m_keySchema).toObject().value(m_keyAttribute);
    if (!m_keySubAttribute.isEmpty())
        value = value.toObject().value(m_keySubAttribute);
    return hasValue(value) ? value : QJsonValue(QJsonValue::Undefined);
}

QString PageCursor::encode(const QJsonObject& lastResource) const
{
    QJsonObject state{{QStringLiteral("f"), QString::fromLatin1(m_fingerprint)},
                      {QStringLiteral("i"), lastResource.value(QStringLiteral("id")).toString()}};
    const QJsonValue key = keyOf(lastResource);
    if (!key.isUndefined())
        state.insert(QStringLiteral("k"), key);
    const QByteArray payload = QJsonDocument(state).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(payload.toBase64(Base64Url) + '.' + signature(payload).toBase64(Base64Url));
}

Result<PageCursor::Position> PageCursor::decode(QStringView cursor) const
{
    if (cursor.size() > MaxCursorLength)
        return invalidCursor(QStringLiteral("it is too long"));
    const QByteArray text = cursor.toLatin1();
    const QList<QByteArray> parts = text.split('.');
    if (parts.size() != 2)
        return invalidCursor(QStringLiteral("it is not a cursor this server issued"));
    const auto payload = QByteArray::fromBase64Encoding(
        parts.at(0), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const auto mac = QByteArray::fromBase64Encoding(parts.at(1), QByteArray::Base64UrlEncoding |
                                                                     QByteArray::AbortOnBase64DecodingErrors);
    if (!payload || !mac || payload.decoded.isEmpty())
        return invalidCursor(QStringLiteral("it is not a cursor this server issued"));
    const QByteArray expected = signature(payload.decoded);
    if (mac.decoded.size() != expected.size() || QByteArrayView(mac.decoded) != QByteArrayView(expected))
        return invalidCursor(QStringLiteral("it was altered or issued by another server"));

    const QJsonObject state = QJsonDocument::fromJson(payload.decoded).object();
    if (state.value(QStringLiteral("f")).toString().toLatin1() != m_fingerprint)
        return invalidCursor(
            QStringLiteral("it belongs to a query with another filter, sort or resource type"));
    Position position;
    position.id = state.value(QStringLiteral("i")).toString();
    position.key = state.value(QStringLiteral("k"));
    if (position.id.isEmpty())
        return invalidCursor(QStringLiteral("it names no resource"));
    return position;
}

FilterPtr PageCursor::after(const Position& position) const
{
    const bool ascending = m_sort.order == SortOrder::Ascending;
    if (m_keyPath.isEmpty())
        return Filter::comparison(IdPath, ascending ? CompareOperator::Gt : CompareOperator::Lt, position.id);

    // Ties are broken by id, ascending whatever the sort order (ResourceComparator).
    const FilterPtr laterId = Filter::comparison(IdPath, CompareOperator::Gt, position.id);
    const FilterPtr missing = Filter::notNode(Filter::comparison(m_keyPath, CompareOperator::Pr));
    if (position.key.isUndefined())
        return Filter::logicalNode(LogicalOperator::And, missing, laterId);

    FilterPtr beyond;
    if (m_keyType == AttributeType::Boolean) {
        // Filters cannot order booleans; false sorts before true.
        const bool key = position.key.toBool();
        if (ascending && !key)
            beyond = Filter::comparison(m_keyPath, CompareOperator::Eq, true);
        else if (!ascending && key)
            beyond = Filter::comparison(m_keyPath, CompareOperator::Eq, false);
    } else {
        beyond = Filter::comparison(m_keyPath, ascending ? CompareOperator::Gt : CompareOperator::Lt,
                                    position.key);
    }
    const FilterPtr tie = Filter::logicalNode(
        LogicalOperator::And, Filter::comparison(m_keyPath, CompareOperator::Eq, position.key), laterId);
    FilterPtr result = Filter::logicalNode(LogicalOperator::Or, tie, missing);
    if (beyond)
        result = Filter::logicalNode(LogicalOperator::Or, beyond, result);
    return result;
}

} // namespace muster
