#include "scim/ListRequest.h"

#include "query/FilterParser.h"
#include "schema/SchemaUrns.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace muster {

namespace {

// The parameters as text, whichever way they came.
struct RawParameters {
    std::optional<QString> filter;
    std::optional<QString> sortBy;
    std::optional<QString> sortOrder;
    std::optional<QString> startIndex;
    std::optional<QString> count;
    std::optional<QString> cursor;
    ProjectionSpec projection;
};

ScimError invalidValue(const QString& detail)
{
    return ScimError::badRequest(ScimType::InvalidValue, detail);
}

ScimError invalidSyntax(const QString& detail)
{
    return ScimError::badRequest(ScimType::InvalidSyntax, detail);
}

Result<qint64> integer(const QString& name, const QString& text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok)
        return invalidValue(
            QStringLiteral("\"%1\" must be an integer, not \"%2\"").arg(name, text.left(100)));
    return value;
}

Result<ListRequest> build(const RawParameters& raw, int maxFilterLength, FilterSyntax syntax)
{
    ListRequest request;
    if (raw.filter && !raw.filter->trimmed().isEmpty()) {
        if (raw.filter->size() > maxFilterLength) {
            return ScimError::badRequest(
                ScimType::InvalidFilter,
                QStringLiteral("The filter has %1 characters; the longest accepted is %2")
                    .arg(raw.filter->size())
                    .arg(maxFilterLength));
        }
        auto filter = FilterParser::parse(*raw.filter, syntax);
        if (!filter)
            return filter.error();
        request.filter = *filter;
    }
    if (raw.sortBy && !raw.sortBy->trimmed().isEmpty()) {
        auto path = AttributePath::parse(raw.sortBy->trimmed());
        if (!path)
            return path.error();
        SortSpec sort{*path, SortOrder::Ascending};
        if (raw.sortOrder && !raw.sortOrder->trimmed().isEmpty()) {
            const QString order = raw.sortOrder->trimmed();
            if (order.compare(QLatin1String("descending"), Qt::CaseInsensitive) == 0)
                sort.order = SortOrder::Descending;
            else if (order.compare(QLatin1String("ascending"), Qt::CaseInsensitive) != 0)
                return invalidValue(QStringLiteral("\"sortOrder\" must be \"ascending\" or \"descending\", "
                                                   "not \"%1\"")
                                        .arg(order.left(100)));
        }
        request.sort = sort;
    }
    if (raw.startIndex) {
        auto startIndex = integer(QStringLiteral("startIndex"), *raw.startIndex);
        if (!startIndex)
            return startIndex.error();
        request.startIndex = std::max<qint64>(1, *startIndex);
        request.hasStartIndex = true;
    }
    if (raw.count) {
        auto count = integer(QStringLiteral("count"), *raw.count);
        if (!count)
            return count.error();
        request.count = int(std::clamp<qint64>(*count, 0, std::numeric_limits<int>::max()));
    }
    request.cursor = raw.cursor;
    request.projection = raw.projection;
    return request;
}

// A member of a JSON object by case-insensitive name (clients write "startindex" and "Filter").
QJsonValue member(const QJsonObject& object, QLatin1StringView name)
{
    QJsonValue exact = object.value(name); // not const: returned by move
    if (!exact.isUndefined())
        return exact;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

Result<std::optional<QString>> stringMember(const QJsonObject& body, QLatin1StringView name)
{
    const QJsonValue value = member(body, name);
    if (value.isUndefined() || value.isNull())
        return std::optional<QString>();
    if (!value.isString())
        return invalidSyntax(QStringLiteral("\"%1\" must be a string").arg(name));
    return std::optional<QString>(value.toString());
}

Result<std::optional<QString>> integerMember(const QJsonObject& body, QLatin1StringView name)
{
    const QJsonValue value = member(body, name);
    if (value.isUndefined() || value.isNull())
        return std::optional<QString>();
    if (value.isString())
        return std::optional<QString>(value.toString());
    if (!value.isDouble())
        return invalidSyntax(QStringLiteral("\"%1\" must be an integer").arg(name));
    const double number = value.toDouble();
    if (std::floor(number) != number || std::abs(number) > 9.0e15)
        return invalidValue(QStringLiteral("\"%1\" must be an integer").arg(name));
    return std::optional<QString>(QString::number(value.toInteger()));
}

Result<QStringList> namesMember(const QJsonObject& body, QLatin1StringView name)
{
    const QJsonValue value = member(body, name);
    if (value.isUndefined() || value.isNull())
        return QStringList();
    if (value.isString())
        return ListRequest::attributeNames(value.toString());
    if (!value.isArray())
        return invalidSyntax(QStringLiteral("\"%1\" must be an array of attribute names").arg(name));
    QStringList names;
    for (const QJsonValue element : value.toArray()) {
        if (!element.isString())
            return invalidSyntax(QStringLiteral("\"%1\" must be an array of attribute names").arg(name));
        names += ListRequest::attributeNames(element.toString());
    }
    return names;
}

} // namespace

Result<ListRequest> ListRequest::fromQuery(const QueryParameters& query, int maxFilterLength,
                                           FilterSyntax syntax)
{
    RawParameters raw;
    raw.filter = query.value(u"filter");
    raw.sortBy = query.value(u"sortBy");
    raw.sortOrder = query.value(u"sortOrder");
    raw.startIndex = query.value(u"startIndex");
    raw.count = query.value(u"count");
    raw.cursor = query.value(u"cursor");
    raw.projection = projectionFromQuery(query);
    return build(raw, maxFilterLength, syntax);
}

Result<ListRequest> ListRequest::fromSearchRequest(const QJsonObject& body, int maxFilterLength,
                                                   FilterSyntax syntax)
{
    const QJsonValue schemas = member(body, QLatin1StringView("schemas"));
    const QJsonArray schemaList = schemas.toArray();
    const bool named = std::any_of(schemaList.begin(), schemaList.end(), [](const QJsonValue& urn) {
        return urn.toString().compare(urns::SearchRequest, Qt::CaseInsensitive) == 0;
    });
    if (!named)
        return invalidSyntax(QStringLiteral("\"schemas\" must contain %1").arg(urns::SearchRequest));

    RawParameters raw;
    const auto read = [&](QLatin1StringView name, std::optional<QString>& target, bool isInteger) -> Status {
        auto value = isInteger ? integerMember(body, name) : stringMember(body, name);
        if (!value)
            return value.error();
        target = *value;
        return {};
    };
    for (const Status& status : {read(QLatin1StringView("filter"), raw.filter, false),
                                 read(QLatin1StringView("sortBy"), raw.sortBy, false),
                                 read(QLatin1StringView("sortOrder"), raw.sortOrder, false),
                                 read(QLatin1StringView("startIndex"), raw.startIndex, true),
                                 read(QLatin1StringView("count"), raw.count, true),
                                 read(QLatin1StringView("cursor"), raw.cursor, false)}) {
        if (!status)
            return status.error();
    }
    auto attributes = namesMember(body, QLatin1StringView("attributes"));
    if (!attributes)
        return attributes.error();
    auto excluded = namesMember(body, QLatin1StringView("excludedAttributes"));
    if (!excluded)
        return excluded.error();
    raw.projection = {*attributes, *excluded};
    return build(raw, maxFilterLength, syntax);
}

ProjectionSpec ListRequest::projectionFromQuery(const QueryParameters& query)
{
    ProjectionSpec spec;
    if (const auto attributes = query.value(u"attributes"))
        spec.attributes = attributeNames(*attributes);
    if (const auto excluded = query.value(u"excludedAttributes"))
        spec.excludedAttributes = attributeNames(*excluded);
    return spec;
}

QStringList ListRequest::attributeNames(QStringView text)
{
    QStringList names;
    QString current;
    int brackets = 0;
    bool quoted = false;
    bool escaped = false;
    const auto finish = [&] {
        const QString name = current.trimmed();
        if (!name.isEmpty())
            names.append(name);
        current.clear();
    };
    for (const QChar c : text) {
        if (quoted) {
            if (escaped)
                escaped = false;
            else if (c == u'\\')
                escaped = true;
            else if (c == u'"')
                quoted = false;
            continue;
        }
        if (brackets > 0) {
            if (c == u'"')
                quoted = true;
            else if (c == u'[')
                ++brackets;
            else if (c == u']')
                --brackets;
            continue;
        }
        if (c == u'[')
            ++brackets;
        else if (c == u',')
            finish();
        else
            current.append(c);
    }
    finish();
    return names;
}

} // namespace muster
