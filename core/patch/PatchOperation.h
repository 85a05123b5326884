#pragma once

#include "query/Filter.h"

#include <QJsonValue>
#include <QString>

#include <optional>

namespace muster {

// One element of a PatchOp request's "Operations" (RFC 7644 §3.5.2).
struct PatchOperation {
    enum class Op { Add, Remove, Replace };

    Op op = Op::Add;
    QString pathText;              // as the client sent it; empty when the operation has no path
    std::optional<PatchPath> path; // parsed pathText
    QJsonValue value;              // Undefined when the operation carries none
    int index = 0;                 // position in "Operations", 0-based, for error details

    static QString opName(Op op); // "add", "remove", "replace"
};

} // namespace muster
