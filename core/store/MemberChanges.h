#pragma once

#include <QJsonArray>
#include <QStringList>

namespace muster {

// A change to a group's member set that names only the members it touches, so that a store applies
// it at a cost independent of the group's size (see WriteOperation::Kind::Update).
struct MemberChanges {
    // Member ids ("value") that leave the group; ids that are not members are ignored.
    QStringList removed;
    // Member elements that join the group, as the Directory resolved them: "value" (required, a
    // non-empty string), "type", "display", maybe "$ref". Applied after `removed`.
    QJsonArray added;

    bool isEmpty() const { return removed.isEmpty() && added.isEmpty(); }
};

} // namespace muster
