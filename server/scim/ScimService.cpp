#include "scim/ScimService.h"

#include "scim/AuthFailureLimiter.h"
#include "scim/BulkProcessor.h"
#include "scim/DiscoveryDocuments.h"
#include "scim/JsonBodyReader.h"
#include "scim/ResourceEndpoint.h"
#include "scim/ScimAuthenticator.h"
#include "scim/ScimErrorResponse.h"
#include "scim/ScimResponse.h"
#include "scim/ScimRouter.h"

#include <QDateTime>

namespace muster {

namespace {

HttpResponse failure(const ScimError& error)
{
    return ScimErrorResponse::response(error);
}

HttpResponse methodNotAllowed(const QByteArray& method, const QByteArrayList& allowed)
{
    HttpResponse response =
        failure(ScimError{405, ScimType::None,
                          QStringLiteral("Method %1 is not allowed here; use %2")
                              .arg(QString::fromLatin1(method), QString::fromLatin1(allowed.join(", ")))});
    response.setHeader(QByteArrayLiteral("allow"), allowed.join(", "));
    return response;
}

} // namespace

ScimService::ScimService(std::shared_ptr<Directory> directory, std::shared_ptr<TokenStore> tokens,
                         ScimServiceOptions options)
    : m_directory(std::move(directory))
    , m_tokens(std::move(tokens))
    , m_options(std::move(options))
{
    m_router = std::make_unique<const ScimRouter>(m_directory->registry(), m_options);
    m_authenticator = std::make_unique<const ScimAuthenticator>(m_tokens, m_options.allowBasicAuth);
    m_authFailures =
        std::make_unique<AuthFailureLimiter>(m_options.authFailuresPerMinute, std::chrono::minutes(1));
    m_resources = std::make_unique<const ResourceEndpoint>(*m_directory, m_options);
    m_discovery = std::make_unique<const DiscoveryDocuments>(
        m_directory->registry(), m_options,
        DiscoveryDocuments::Capabilities{m_directory->options().maxResults, m_tokens != nullptr,
                                         m_tokens != nullptr && m_options.allowBasicAuth});
    m_bulk = std::make_unique<const BulkProcessor>(*m_router, *m_resources, m_options);
}

ScimService::~ScimService() = default;

HttpResponse ScimService::handle(const HttpRequest& request) const
{
    const QByteArray method = request.method.trimmed().toUpper();
    HttpResponse response = dispatch(request, method);
    if (method == "HEAD")
        response.body.clear();
    return response;
}

FilterSyntax ScimService::filterSyntax(const QString& tenant) const
{
    return m_directory->strictProtocol(tenant) ? FilterSyntax::Strict : FilterSyntax::Lenient;
}

QByteArray ScimService::metricsText() const
{
    return m_resources->cacheMetrics();
}

qint64 ScimService::warmCaches(int perType, const QByteArray& host, bool secure,
                               const std::atomic<bool>& stop) const
{
    HttpRequest request; // what the locator needs of a client's request
    request.headers.append({QByteArrayLiteral("host"), host});
    request.secure = secure;
    const Result<AttributePath> lastModified = AttributePath::parse(u"meta.lastModified");
    qint64 read = 0;
    for (const QString& tenant : m_directory->tenants()) {
        const ScimRequestContext context{OperationContext{tenant, QStringLiteral("cache-warming")},
                                         ResourceLocator::forRequest(request, m_options, tenant),
                                         std::nullopt};
        for (const ResourceType* type : m_directory->registry().resourceTypes()) {
            Query query;
            query.resourceType = type->name;
            if (lastModified)
                query.sort = SortSpec{*lastModified, SortOrder::Descending};
            // Pages of at most the directory's largest page, newest first.
            for (qint64 wanted = perType; wanted > 0 && !stop;) {
                query.count = int(std::min<qint64>(wanted, m_directory->options().maxResults));
                const Result<QueryResult> page = m_directory->query(context.operation, query);
                if (!page || page->resources.isEmpty())
                    break;
                for (const Resource& resource : page->resources) {
                    if (stop)
                        break;
                    m_resources->get(context, *type, resource.id, {}, {});
                    ++read;
                }
                wanted -= page->resources.size();
                query.startIndex += page->resources.size();
            }
        }
    }
    return read;
}

bool ScimService::runsLong(const HttpRequest& request) const
{
    return request.method == "POST" && m_router->route(request.path).kind == ScimRoute::Kind::Bulk;
}

bool ScimService::mayReadMetrics(const HttpRequest& request) const
{
    return !m_options.metricsNeedToken || m_authenticator->authenticate(request).ok();
}

HttpResponse ScimService::dispatch(const HttpRequest& request, const QByteArray& method) const
{
    if (request.path == QLatin1String("/healthz"))
        return probe(method, false);
    if (request.path == QLatin1String("/readyz"))
        return probe(method, true);

    const ScimRoute route = m_router->route(request.path);
    if (route.kind == ScimRoute::Kind::Outside)
        return failure(ScimError::notFound(QStringLiteral("Nothing is served at \"%1\"").arg(request.path)));

    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (const qint64 wait = m_authFailures->blockedSeconds(request.peer, nowMs); wait > 0) {
        HttpResponse limited = failure(ScimError{
            429, ScimType::None,
            QStringLiteral("Too many failed authentications from this address; retry in %1 s").arg(wait)});
        limited.setHeader(QByteArrayLiteral("retry-after"), QByteArray::number(wait));
        return limited;
    }
    auto caller = m_authenticator->authenticate(request);
    if (!caller) {
        m_authFailures->recordFailure(request.peer, nowMs);
        return m_authenticator->challenge(caller.error());
    }
    if (caller->token && caller->token->tenant != route.tenant) {
        return failure(
            ScimError{403, ScimType::None,
                      QStringLiteral("This token is not valid for tenant \"%1\"").arg(route.tenant)});
    }
    if (route.kind == ScimRoute::Kind::NotFound)
        return failure(ScimError::notFound(QStringLiteral("No SCIM endpoint at \"%1\"").arg(request.path)));
    if (!route.allows(method))
        return methodNotAllowed(method, route.allowedMethods());

    const qint64 maxBody =
        route.kind == ScimRoute::Kind::Bulk ? m_options.bulkMaxPayloadBytes : m_options.maxBodyBytes;
    if (Status size = JsonBodyReader::checkSize(request.body.size(), maxBody); !size)
        return failure(size.error());

    const ScimRequestContext context{OperationContext{route.tenant, caller->actor},
                                     ResourceLocator::forRequest(request, m_options, route.tenant),
                                     caller->token};
    return serve(request, method, route, context);
}

HttpResponse ScimService::probe(const QByteArray& method, bool readiness) const
{
    if (method != "GET" && method != "HEAD")
        return methodNotAllowed(method, {"GET", "HEAD"});
    if (!readiness)
        return ScimResponse::text(200, QByteArrayLiteral("ok\n"));
    const QList<const ResourceType*> types = m_directory->registry().resourceTypes();
    if (types.isEmpty())
        return ScimResponse::text(503, QByteArrayLiteral("no resource types\n"));
    Query query;
    query.resourceType = types.first()->name;
    query.count = 0;
    const auto answer =
        m_directory->query(OperationContext{ResourceStore::DefaultTenant, QStringLiteral("readyz")}, query);
    return answer ? ScimResponse::text(200, QByteArrayLiteral("ready\n"))
                  : ScimResponse::text(503, QByteArrayLiteral("not ready\n"));
}

bool ScimService::wantsRepresentation(const HttpRequest& request) const
{
    if (m_options.patchReturnsResource)
        return true;
    const QueryParameters query(request.query);
    if (query.contains(u"attributes") || query.contains(u"excludedAttributes"))
        return true;
    for (const auto& [name, value] : request.headers) {
        if (name.compare("prefer", Qt::CaseInsensitive) == 0 &&
            value.toLower().contains("return=representation"))
            return true;
    }
    return false;
}

HttpResponse ScimService::serve(const HttpRequest& request, const QByteArray& method, const ScimRoute& route,
                                const ScimRequestContext& context) const
{
    using Kind = ScimRoute::Kind;
    const bool reading = method == "GET" || method == "HEAD";
    const QueryParameters query(request.query);
    const auto tenantExists = [&] {
        return route.tenant == ResourceStore::DefaultTenant || m_directory->tenants().contains(route.tenant);
    };
    const auto unknownTenant = [&] {
        return failure(ScimError::notFound(QStringLiteral("Unknown tenant \"%1\"").arg(route.tenant)));
    };

    switch (route.kind) {
    case Kind::Outside:
    case Kind::NotFound:
        break;
    case Kind::Root: {
        auto list = ListRequest::fromQuery(query, m_options.maxFilterLength, filterSyntax(route.tenant));
        return list ? m_resources->listAll(context, *list) : failure(list.error());
    }
    case Kind::RootSearch:
    case Kind::TypeSearch: {
        auto body = JsonBodyReader::read(request, m_options.maxBodyBytes);
        if (!body)
            return failure(body.error());
        auto list =
            ListRequest::fromSearchRequest(*body, m_options.maxFilterLength, filterSyntax(route.tenant));
        if (!list)
            return failure(list.error());
        return route.kind == Kind::RootSearch ? m_resources->listAll(context, *list)
                                              : m_resources->list(context, *route.type, *list);
    }
    case Kind::Bulk: {
        auto body = JsonBodyReader::read(request, m_options.bulkMaxPayloadBytes);
        if (!body)
            return failure(body.error());
        if (!tenantExists())
            return unknownTenant();
        return m_bulk->process(context, *body);
    }
    case Kind::Me:
        return serveMe(request, method, context);
    case Kind::ServiceProviderConfig:
    case Kind::ResourceTypes:
    case Kind::ResourceTypeByName:
    case Kind::Schemas:
    case Kind::SchemaById:
        if (!tenantExists())
            return unknownTenant();
        return serveDiscovery(request, route, context);
    case Kind::Collection: {
        if (reading) {
            auto list = ListRequest::fromQuery(query, m_options.maxFilterLength, filterSyntax(route.tenant));
            return list ? m_resources->list(context, *route.type, *list) : failure(list.error());
        }
        auto body = JsonBodyReader::read(request, m_options.maxBodyBytes);
        if (!body)
            return failure(body.error());
        return m_resources->create(context, *route.type, *body, ListRequest::projectionFromQuery(query));
    }
    case Kind::Resource: {
        const ProjectionSpec projection = ListRequest::projectionFromQuery(query);
        if (reading) {
            return m_resources->get(context, *route.type, route.name, projection,
                                    EntityTagCondition::parse(request.header("if-none-match")));
        }
        const EntityTagCondition ifMatch = EntityTagCondition::parse(request.header("if-match"));
        if (method == "DELETE")
            return m_resources->remove(context, *route.type, route.name, ifMatch);
        auto body = JsonBodyReader::read(request, m_options.maxBodyBytes);
        if (!body)
            return failure(body.error());
        if (method == "PUT")
            return m_resources->replace(context, *route.type, route.name, *body, ifMatch, projection);
        return m_resources->patch(context, *route.type, route.name, *body, ifMatch,
                                  wantsRepresentation(request), projection);
    }
    }
    return failure(ScimError::notFound(QStringLiteral("No SCIM endpoint at \"%1\"").arg(request.path)));
}

HttpResponse ScimService::serveMe(const HttpRequest& request, const QByteArray& method,
                                  const ScimRequestContext& context) const
{
    const ResourceType* userType = m_directory->registry().resourceType(u"User");
    if (!context.token || context.token->userId.isEmpty() || !userType) {
        return failure(
            ScimError{501, ScimType::None,
                      QStringLiteral("/Me needs a token issued for a user; this one acts for no user")});
    }
    const QString& id = context.token->userId;
    const QueryParameters query(request.query);
    const ProjectionSpec projection = ListRequest::projectionFromQuery(query);
    if (method == "GET" || method == "HEAD") {
        return m_resources->get(context, *userType, id, projection,
                                EntityTagCondition::parse(request.header("if-none-match")));
    }
    const EntityTagCondition ifMatch = EntityTagCondition::parse(request.header("if-match"));
    if (method == "DELETE")
        return m_resources->remove(context, *userType, id, ifMatch);
    auto body = JsonBodyReader::read(request, m_options.maxBodyBytes);
    if (!body)
        return failure(body.error());
    if (method == "PUT")
        return m_resources->replace(context, *userType, id, *body, ifMatch, projection);
    return m_resources->patch(context, *userType, id, *body, ifMatch, wantsRepresentation(request),
                              projection);
}

HttpResponse ScimService::serveDiscovery(const HttpRequest& request, const ScimRoute& route,
                                         const ScimRequestContext& context) const
{
    using Kind = ScimRoute::Kind;
    if (QueryParameters(request.query).contains(u"filter")) {
        return failure(ScimError{403, ScimType::None,
                                 QStringLiteral("Discovery endpoints take no filter (RFC 7644 section 4)")});
    }
    switch (route.kind) {
    case Kind::ServiceProviderConfig:
        return ScimResponse::json(200, m_discovery->serviceProviderConfig(context.locator));
    case Kind::ResourceTypes:
        return ScimResponse::json(200, m_discovery->resourceTypes(context.locator));
    case Kind::Schemas:
        return ScimResponse::json(200, m_discovery->schemas(context.locator));
    case Kind::ResourceTypeByName:
        if (auto document = m_discovery->resourceType(context.locator, route.name))
            return ScimResponse::json(200, *document);
        return failure(ScimError::notFound(QStringLiteral("No resource type \"%1\"").arg(route.name)));
    case Kind::SchemaById:
        if (auto document = m_discovery->schema(context.locator, route.name))
            return ScimResponse::json(200, *document);
        return failure(ScimError::notFound(QStringLiteral("No schema \"%1\"").arg(route.name)));
    default:
        break;
    }
    return failure(ScimError::notFound(QStringLiteral("No SCIM endpoint at \"%1\"").arg(request.path)));
}

} // namespace muster
