#include "scim/ResourceEndpoint.h"

#include "scim/PageCursor.h"
#include "scim/ResourceSerializer.h"
#include "scim/ScimErrorResponse.h"
#include "scim/ScimResponse.h"

namespace muster {

namespace {

const QString Members = QStringLiteral("members");
// Derived by the Directory at every read of a user (RFC 7643 §4.1.2) and not covered by its version.
const QString Groups = QStringLiteral("groups");

HttpResponse failure(const ScimError& error)
{
    return ScimErrorResponse::response(error);
}

HttpResponse withEtag(HttpResponse response, const Resource& resource)
{
    response.setHeader(QByteArrayLiteral("etag"), resource.etag().toLatin1());
    return response;
}

// Used when the client set no cursor key: cursors are then checked for integrity, not secret.
const QByteArray DefaultCursorSecret = QByteArrayLiteral("muster-cursor-v1");

} // namespace

ResourceEndpoint::ResourceEndpoint(Directory& directory, const ScimServiceOptions& options)
    : m_directory(directory)
    , m_options(options)
    , m_cache(std::make_unique<VersionedCache<QByteArray>>(options.representationCacheBytes))
{
    for (const ResourceType* type : m_directory.registry().resourceTypes()) {
        if (auto projection = Projection::create(m_directory.registry(), *type, {}))
            m_defaultProjections.insert(type->name, *projection);
    }
}

ResourceEndpoint::~ResourceEndpoint() = default;

Result<ResourceEndpoint::Shape> ResourceEndpoint::shapeFor(const ResourceType& type,
                                                           const ProjectionSpec& spec) const
{
    if (spec.isEmpty()) {
        if (const auto cached = m_defaultProjections.constFind(type.name);
            cached != m_defaultProjections.constEnd())
            return Shape{*cached, true};
    }
    auto projection = Projection::create(m_directory.registry(), type, spec);
    if (!projection)
        return projection.error();
    return Shape{std::move(*projection), false};
}

// The resource's JSON text; with the default projection, its stored part comes from the cache when the
// cache holds the version just read, and the derived groups are added to it.
QByteArray ResourceEndpoint::representation(const ScimRequestContext& context, const ResourceType& type,
                                            const Resource& resource, const Shape& shape) const
{
    if (!shape.isDefault)
        return ResourceSerializer::toBytes(resource, type, context.locator, shape.projection);
    const VersionedCache<QByteArray>::Key key{context.operation.tenant, type.name, resource.id,
                                              context.locator.serviceUrl()};
    const auto derived = resource.json.constFind(Groups);
    const bool hasDerived = derived != resource.json.constEnd();
    QByteArray bytes;
    if (auto cached = m_cache->find(key, resource.version)) {
        bytes = std::move(*cached);
    } else {
        Resource stored = resource;
        if (hasDerived)
            stored.json.remove(Groups);
        bytes = ResourceSerializer::toBytes(stored, type, context.locator, shape.projection);
        m_cache->insert(key, resource.version, bytes, bytes.size());
    }
    if (!hasDerived)
        return bytes;
    const QJsonObject projected = shape.projection.apply(QJsonObject{{Groups, derived.value()}});
    return ResourceSerializer::joined(bytes, ResourceSerializer::toBytes(projected));
}

HttpResponse ResourceEndpoint::answer(int status, const ScimRequestContext& context, const ResourceType& type,
                                      const Resource& resource, const Shape& shape) const
{
    return ResourceSerializer::response(status, representation(context, type, resource, shape), resource,
                                        type, context.locator);
}

QByteArray ResourceEndpoint::cacheMetrics() const
{
    return m_cache->prometheusText("muster_representation_cache", "Serialized resources");
}

// If-Match as the Directory takes it: one version, compared atomically with the stored one. A list of
// tags is narrowed to the one the resource has now; "*" only needs the resource to exist.
Result<std::optional<quint64>> ResourceEndpoint::expectedVersion(const ScimRequestContext& context,
                                                                 const ResourceType& type, const QString& id,
                                                                 const EntityTagCondition& ifMatch) const
{
    if (!ifMatch.isPresent() || ifMatch.isAny())
        return std::optional<quint64>();
    const QList<quint64>& versions = ifMatch.versions();
    if (versions.isEmpty())
        return ScimError::preconditionFailed(QStringLiteral("If-Match names no version of this resource"));
    if (versions.size() == 1)
        return std::optional<quint64>(versions.first());
    auto current = m_directory.get(context.operation, type.name, id);
    if (!current)
        return current.error();
    if (!versions.contains(current->version)) {
        return ScimError::preconditionFailed(
            QStringLiteral("The resource has changed: its version is now %1").arg(current->etag()));
    }
    return std::optional<quint64>(current->version);
}

QJsonObject ResourceEndpoint::withoutUnknownSchemas(const ScimRequestContext& context,
                                                    const QJsonObject& body) const
{
    if (m_directory.strictProtocol(context.operation.tenant))
        return body;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key().compare(QLatin1String("schemas"), Qt::CaseInsensitive) != 0 || !it.value().isArray())
            continue;
        const QJsonArray listed = it.value().toArray();
        QJsonArray known;
        for (const QJsonValue urn : listed) {
            if (!urn.isString() || m_directory.registry().schema(urn.toString()))
                known.append(urn);
        }
        if (known.size() == listed.size())
            return body;
        QJsonObject cleaned = body;
        cleaned.insert(it.key(), known);
        return cleaned;
    }
    return body;
}

// Whether a response projected this way contains the members of a group, decided by the projection
// itself on a stand-in resource, so that the answer follows every rule of attributes/excludedAttributes.
bool ResourceEndpoint::showsMembers(const ResourceType& type, const Projection& projection) const
{
    const auto members = m_directory.registry().resolve(type, Members);
    if (!members || !members->attribute || members->inExtension)
        return false;
    const QJsonObject probe{
        {Members, QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("x")},
                                         {QStringLiteral("display"), QStringLiteral("x")}}}}};
    return projection.apply(probe).contains(Members);
}

HttpResponse ResourceEndpoint::list(const ScimRequestContext& context, const ResourceType& type,
                                    const ListRequest& request) const
{
    auto shape = shapeFor(type, request.projection);
    if (!shape)
        return failure(shape.error());
    if (request.cursor)
        return cursorList(context, type, request, *shape);

    Query query;
    query.resourceType = type.name;
    query.filter = request.filter;
    query.sort = request.sort;
    query.startIndex = request.startIndex;
    query.count = request.count;
    query.projection = request.projection;
    auto result = m_directory.query(context.operation, query);
    if (!result)
        return failure(result.error());
    QByteArrayList resources;
    resources.reserve(result->resources.size());
    for (const Resource& resource : std::as_const(result->resources))
        resources.append(representation(context, type, resource, *shape));
    return ScimResponse::json(
        200, ResourceSerializer::listResponse(result->totalResults, resources, result->startIndex));
}

HttpResponse ResourceEndpoint::cursorList(const ScimRequestContext& context, const ResourceType& type,
                                          const ListRequest& request, const Shape& shape) const
{
    if (request.hasStartIndex) {
        return failure(
            ScimError::badRequest(ScimType::InvalidValue,
                                  QStringLiteral("Page with either \"cursor\" or \"startIndex\", not both")));
    }
    const QByteArray secret = m_options.cursorSecret.isEmpty() ? DefaultCursorSecret : m_options.cursorSecret;
    auto cursor = PageCursor::create(m_directory.registry(), type, context.operation.tenant, request.filter,
                                     request.sort, secret);
    if (!cursor)
        return failure(cursor.error());

    Query query;
    query.resourceType = type.name;
    query.filter = request.filter;
    query.sort = cursor->sort();
    query.count = request.count;
    query.projection = request.projection;
    const bool firstPage = request.cursor->isEmpty();
    if (!firstPage) {
        auto position = cursor->decode(*request.cursor);
        if (!position)
            return failure(position.error());
        const FilterPtr after = cursor->after(*position);
        query.filter =
            request.filter ? Filter::logicalNode(LogicalOperator::And, request.filter, after) : after;
    }
    auto page = m_directory.query(context.operation, query);
    if (!page)
        return failure(page.error());

    // The page's totalResults counts what is left; the client is told how many match the filter.
    qint64 total = page->totalResults;
    if (!firstPage) {
        Query counting;
        counting.resourceType = type.name;
        counting.filter = request.filter;
        counting.count = 0;
        auto counted = m_directory.query(context.operation, counting);
        if (!counted)
            return failure(counted.error());
        total = counted->totalResults;
    }

    QByteArrayList resources;
    resources.reserve(page->resources.size());
    for (const Resource& resource : std::as_const(page->resources))
        resources.append(representation(context, type, resource, shape));
    QString nextCursor;
    if (!page->resources.isEmpty() && page->totalResults > page->resources.size())
        nextCursor = cursor->encode(page->resources.last().json);
    return ScimResponse::json(200,
                              ResourceSerializer::listResponse(total, resources, std::nullopt, nextCursor));
}

HttpResponse ResourceEndpoint::listAll(const ScimRequestContext& context, const ListRequest& request) const
{
    if (request.sort || request.cursor) {
        return failure(ScimError::badRequest(
            ScimType::InvalidValue,
            QStringLiteral("sortBy and cursor work within one resource type: search its endpoint, e.g. "
                           "/Users/.search")));
    }
    // Totals first, so that startIndex and count can span resource types. A filter that names
    // attributes one type lacks matches nothing there; it is an error only when no type can take it.
    struct Part {
        const ResourceType* type;
        qint64 total;
    };
    QList<Part> parts;
    std::optional<ScimError> rejection;
    for (const ResourceType* type : m_directory.registry().resourceTypes()) {
        Query counting;
        counting.resourceType = type->name;
        counting.filter = request.filter;
        counting.count = 0;
        auto counted = m_directory.query(context.operation, counting);
        if (counted) {
            parts.append({type, counted->totalResults});
        } else if (counted.error().status == 400) {
            if (!rejection)
                rejection = counted.error();
        } else {
            return failure(counted.error());
        }
    }
    if (parts.isEmpty() && rejection)
        return failure(*rejection);

    qint64 total = 0;
    for (const Part& part : std::as_const(parts))
        total += part.total;
    qint64 skip = request.startIndex - 1;
    qint64 wanted = std::min<qint64>(request.count.value_or(m_directory.options().maxResults),
                                     m_directory.options().maxResults);
    QByteArrayList resources;
    for (const Part& part : std::as_const(parts)) {
        if (wanted <= 0)
            break;
        if (skip >= part.total) {
            skip -= part.total;
            continue;
        }
        auto shape = shapeFor(*part.type, request.projection);
        if (!shape)
            return failure(shape.error());
        Query query;
        query.resourceType = part.type->name;
        query.filter = request.filter;
        query.startIndex = skip + 1;
        query.count = int(wanted);
        query.projection = request.projection;
        auto page = m_directory.query(context.operation, query);
        if (!page)
            return failure(page.error());
        for (const Resource& resource : std::as_const(page->resources))
            resources.append(representation(context, *part.type, resource, *shape));
        wanted -= page->resources.size();
        skip = 0;
    }
    return ScimResponse::json(200, ResourceSerializer::listResponse(total, resources, request.startIndex));
}

HttpResponse ResourceEndpoint::get(const ScimRequestContext& context, const ResourceType& type,
                                   const QString& id, const ProjectionSpec& projectionSpec,
                                   const EntityTagCondition& ifNoneMatch) const
{
    auto shape = shapeFor(type, projectionSpec);
    if (!shape)
        return failure(shape.error());
    auto resource = m_directory.get(context.operation, type.name, id);
    if (!resource)
        return failure(resource.error());
    if (ifNoneMatch.isPresent() && ifNoneMatch.matches(resource->version))
        return withEtag(ScimResponse::empty(304), *resource);
    return answer(200, context, type, *resource, *shape);
}

HttpResponse ResourceEndpoint::create(const ScimRequestContext& context, const ResourceType& type,
                                      const QJsonObject& body, const ProjectionSpec& projectionSpec) const
{
    auto shape = shapeFor(type, projectionSpec);
    if (!shape)
        return failure(shape.error());
    auto created = m_directory.create(context.operation, type.name, withoutUnknownSchemas(context, body));
    if (!created)
        return failure(created.error());
    return answer(201, context, type, *created, *shape);
}

HttpResponse ResourceEndpoint::replace(const ScimRequestContext& context, const ResourceType& type,
                                       const QString& id, const QJsonObject& body,
                                       const EntityTagCondition& ifMatch,
                                       const ProjectionSpec& projectionSpec) const
{
    auto shape = shapeFor(type, projectionSpec);
    if (!shape)
        return failure(shape.error());
    auto version = expectedVersion(context, type, id, ifMatch);
    if (!version)
        return failure(version.error());
    auto replaced =
        m_directory.replace(context.operation, type.name, id, withoutUnknownSchemas(context, body), *version);
    if (!replaced)
        return failure(replaced.error());
    return answer(200, context, type, *replaced, *shape);
}

HttpResponse ResourceEndpoint::patch(const ScimRequestContext& context, const ResourceType& type,
                                     const QString& id, const QJsonObject& body,
                                     const EntityTagCondition& ifMatch, bool withBody,
                                     const ProjectionSpec& projectionSpec) const
{
    auto shape = shapeFor(type, projectionSpec);
    if (!shape)
        return failure(shape.error());
    auto version = expectedVersion(context, type, id, ifMatch);
    if (!version)
        return failure(version.error());
    const auto members = withBody && showsMembers(type, shape->projection)
                             ? ResourceStore::ReadMembers::Include
                             : ResourceStore::ReadMembers::Omit;
    auto patched = m_directory.patch(context.operation, type.name, id, body, *version, members);
    if (!patched)
        return failure(patched.error());
    if (!withBody)
        return withEtag(ScimResponse::empty(204), *patched);
    return answer(200, context, type, *patched, *shape);
}

HttpResponse ResourceEndpoint::remove(const ScimRequestContext& context, const ResourceType& type,
                                      const QString& id, const EntityTagCondition& ifMatch) const
{
    auto version = expectedVersion(context, type, id, ifMatch);
    if (!version)
        return failure(version.error());
    if (Status removed = m_directory.remove(context.operation, type.name, id, *version); !removed)
        return failure(removed.error());
    m_cache->remove({context.operation.tenant, type.name, id, context.locator.serviceUrl()});
    return ScimResponse::empty(204);
}

} // namespace muster
