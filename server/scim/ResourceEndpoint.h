#pragma once

#include "common/VersionedCache.h"
#include "directory/Directory.h"
#include "http/HttpResponse.h"
#include "query/Projection.h"
#include "scim/EntityTagCondition.h"
#include "scim/ListRequest.h"
#include "scim/ScimRequestContext.h"
#include "scim/ScimServiceOptions.h"

#include <QHash>

#include <memory>

namespace muster {

// The RFC 7644 §3 operations on the resources of one resource type, over the Directory: list and
// search (index and cursor paging), get (If-None-Match), create, replace and patch (If-Match, checked by
// the Directory atomically) and delete. Requests arrive parsed, so that single requests and Bulk
// operations share every step; answers are complete HttpResponses, errors included.
//
// Identity-provider dialect: unless the tenant runs in strict protocol mode, schema URNs that no
// registered schema has are dropped from "schemas" before a create or replace (Entra ID lists Microsoft
// URNs there), so they are accepted and ignored.
//
// Thread safety: every method is const and may run on many threads at once.
class ResourceEndpoint final {
public:
    ResourceEndpoint(Directory& directory, const ScimServiceOptions& options);
    ~ResourceEndpoint();
    Q_DISABLE_COPY_MOVE(ResourceEndpoint)

    HttpResponse list(const ScimRequestContext& context, const ResourceType& type,
                      const ListRequest& request) const;
    // A query across every resource type (GET on the base, POST /.search): resource types in registry
    // order, each by id. sortBy and cursor need one resource type: invalidValue here.
    HttpResponse listAll(const ScimRequestContext& context, const ListRequest& request) const;

    HttpResponse get(const ScimRequestContext& context, const ResourceType& type, const QString& id,
                     const ProjectionSpec& projection, const EntityTagCondition& ifNoneMatch) const;
    HttpResponse create(const ScimRequestContext& context, const ResourceType& type, const QJsonObject& body,
                        const ProjectionSpec& projection) const;
    HttpResponse replace(const ScimRequestContext& context, const ResourceType& type, const QString& id,
                         const QJsonObject& body, const EntityTagCondition& ifMatch,
                         const ProjectionSpec& projection) const;
    // 204 with the ETag, or with `withBody` 200 and the resource; a group's members are read back only
    // when the answer shows them.
    HttpResponse patch(const ScimRequestContext& context, const ResourceType& type, const QString& id,
                       const QJsonObject& body, const EntityTagCondition& ifMatch, bool withBody,
                       const ProjectionSpec& projection) const;
    HttpResponse remove(const ScimRequestContext& context, const ResourceType& type, const QString& id,
                        const EntityTagCondition& ifMatch) const;

    // The serialized-resource cache's counters, in the Prometheus text format.
    QByteArray cacheMetrics() const;
    // Empties the serialized-resource cache: after a transaction that did not commit, it may hold
    // versions that never reached the store and that later writes will use again.
    void forgetCachedRepresentations() const { m_cache->clear(); }

    Directory& directory() const { return m_directory; }

private:
    // How resources of a request are shown: its projection, and whether that is the default one (no
    // attributes named), whose answers the cache keeps.
    struct Shape {
        Projection projection;
        bool isDefault;
    };
    Result<Shape> shapeFor(const ResourceType& type, const ProjectionSpec& spec) const;
    QByteArray representation(const ScimRequestContext& context, const ResourceType& type,
                              const Resource& resource, const Shape& shape) const;
    HttpResponse answer(int status, const ScimRequestContext& context, const ResourceType& type,
                        const Resource& resource, const Shape& shape) const;
    Result<std::optional<quint64>> expectedVersion(const ScimRequestContext& context,
                                                   const ResourceType& type, const QString& id,
                                                   const EntityTagCondition& ifMatch) const;
    QJsonObject withoutUnknownSchemas(const ScimRequestContext& context, const QJsonObject& body) const;
    bool showsMembers(const ResourceType& type, const Projection& projection) const;
    HttpResponse cursorList(const ScimRequestContext& context, const ResourceType& type,
                            const ListRequest& request, const Shape& shape) const;

    Directory& m_directory;
    const ScimServiceOptions& m_options;
    // The projection of requests that name no attributes (nearly all), per resource type name, made once:
    // resolving it took a sixth of a GET. Filled in the constructor, read-only afterwards.
    QHash<QString, Projection> m_defaultProjections;
    // The JSON text of resources as the default projection shows them, without the derived groups:
    // answering an unchanged resource again costs a lookup instead of a projection and a JSON writer
    // (the two took three fifths of a GET by id).
    std::unique_ptr<VersionedCache<QByteArray>> m_cache;
};

} // namespace muster
