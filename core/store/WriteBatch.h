#pragma once

#include "common/Result.h"
#include "resource/Resource.h"
#include "store/AuditEntry.h"
#include "store/MemberChanges.h"

#include <optional>

namespace muster {

// One write of a batch. A group's members ("members" of the Group schema) are stored apart from the
// rest of its JSON, one entry per member, so that a change to a few members costs the same in a group
// of 10 or of 100,000; reads put the array back together, in the order the members joined.
struct WriteOperation {
    enum class Kind {
        // The whole new resource. For a group, resource.json["members"] is the whole member set; each
        // element needs a non-empty string "value" (400 invalidValue otherwise). An id listed twice
        // is stored once: the later element, at the earlier one's position.
        Create,
        Replace,
        // Only resourceType and id are read; a group's member set goes with it.
        Remove,
        // Like Replace (404 if missing, 412 if expectedVersion differs, 409 uniqueness) for every
        // attribute except a group's members: resource.json must not carry "members" (400
        // invalidValue), and the stored member set changes only by memberChanges: the ids in
        // `removed` leave (unknown ids are ignored), then the elements of `added` join at the end,
        // except that an element whose id is already a member replaces that member where it stands.
        // For a resource type without members, memberChanges must be empty (400 invalidValue).
        Update,
    };
    Kind kind = Kind::Create;
    // Create, Replace and Update: the whole new resource (its version already set by the Directory).
    // Remove: only resourceType and id are read.
    Resource resource;
    // Replace, Update and Remove: the version the resource must have now, or the operation fails with
    // 412 (compare-and-swap). nullopt: no check.
    std::optional<quint64> expectedVersion;
    // Update of a group: the members that leave and join.
    MemberChanges memberChanges{};

    // 400 invalidValue when the operation breaks the member rules above for a resource of type
    // `typeName` (a group or not): what every store checks before it writes.
    Status checkMembers(bool isGroup, const QString& typeName) const;
};

// Writes applied all-or-nothing, with their audit entries, to one tenant. Later operations see the
// effect of earlier ones in the same batch.
struct WriteBatch {
    QList<WriteOperation> operations;
    QList<AuditEntry> audit;
};

} // namespace muster
