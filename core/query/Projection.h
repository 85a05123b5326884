#pragma once

#include "query/Query.h"
#include "schema/SchemaRegistry.h"

#include <QJsonObject>

namespace muster {

// attributes / excludedAttributes (RFC 7644 §3.4.2.5) honouring "returned": "always" attributes
// (id, schemas, ...) are kept whatever is asked, "never" ones (password) are always dropped,
// "request" ones appear only when named in `attributes`, "default" ones unless excluded.
// Naming a sub-attribute keeps only that part of the complex attribute; naming a complex attribute
// keeps all of its sub-attributes. Unknown names are ignored, as RFC 7644 §3.4.2.5 allows.
class Projection final {
public:
    static Result<Projection> create(const SchemaRegistry& registry, const ResourceType& type,
                                     const ProjectionSpec& spec);

    // The resource as returned to a client. `schemas` is kept in step with the extensions present.
    QJsonObject apply(const QJsonObject& resource) const;

private:
    Projection() = default;

    struct Selection; // resolved selection; defined in the .cpp
    std::shared_ptr<const Selection> m_selection;
};

} // namespace muster
