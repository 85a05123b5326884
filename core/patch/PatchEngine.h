#pragma once

#include "common/Result.h"
#include "patch/PatchOperation.h"
#include "patch/PatchOptions.h"
#include "schema/SchemaRegistry.h"

#include <QJsonObject>
#include <QList>

namespace muster {

// Applies PATCH operations (RFC 7644 §3.5.2) to one resource's canonical JSON:
// - add: no path merges the value's attributes; a multi-valued attribute gains the values it does not
//   hold yet; a single-valued one is set; a complex one gets the given sub-attributes; a valuePath
//   with a sub-attribute that matches nothing creates the element from the filter's "eq" terms
//   (emails[type eq "work"].value).
// - replace: a multi-valued attribute without filter gets exactly the given values; with a valuePath,
//   only the matching elements change (400 noTarget when none match); a complex attribute keeps the
//   sub-attributes the value leaves out; an attribute without value is added.
// - remove: the attribute, the matching elements of a valuePath, or the sub-attribute; no path is
//   400 noTarget. Removing a required attribute is 400 mutability (RFC 7644 §3.5.2.2).
// - readOnly targets are 400 mutability, immutable ones too once they hold a value; unknown
//   attributes in a path are 400 invalidPath; values are type-checked like any write (invalidValue).
// - setting "primary": true on one element clears it on the others.
// The operations apply in order to a copy: any error leaves the resource as it was. The result is not
// yet validated as a whole (required attributes, uniqueness): the Directory canonicalizes it like any
// other write. Safe to use from several threads.
class PatchEngine final {
public:
    PatchEngine(const SchemaRegistry& registry, const ResourceType& type, PatchOptions options = {});

    Result<QJsonObject> apply(const QJsonObject& resource, const QList<PatchOperation>& operations) const;

    // The same operations with every no-path add/replace split into one operation per attribute of
    // its value (dotted and URN-qualified keys included; unchanged readOnly attributes dropped), so
    // that each operation returned has a path. apply() does this itself; the Directory uses it to see
    // which attributes a request touches.
    Result<QList<PatchOperation>> expand(const QJsonObject& resource,
                                         const QList<PatchOperation>& operations) const;

private:
    const SchemaRegistry& m_registry;
    const ResourceType& m_type;
    PatchOptions m_options;
};

} // namespace muster
