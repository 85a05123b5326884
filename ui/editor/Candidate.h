#pragma once

#include <QString>

namespace muster {

// A user or group offered by a search (to add as a member, or to choose as a manager).
struct Candidate {
    QString resourceType; // "User" or "Group"
    QString id;
    QString label;  // displayName, else userName
    QString detail; // a user's userName
};

} // namespace muster
