#pragma once

#include "common/Result.h"
#include "patch/PatchOperation.h"
#include "patch/PatchOptions.h"

#include <QJsonObject>
#include <QList>

namespace muster {

// A PatchOp request body (RFC 7644 §3.5.2) checked for its structure: "schemas" naming
// urn:ietf:params:scim:api:messages:2.0:PatchOp (optional unless strict), a non-empty "Operations"
// array (the key matched case-insensitively unless strict), each with an "op" of add/remove/replace
// (any case unless strict), an optional string "path" parsed as a PATCH path, and a "value" for add
// and replace. Errors are 400 invalidSyntax (invalidPath for a malformed path) naming the operation.
class PatchRequest final {
public:
    static Result<PatchRequest> parse(const QJsonObject& body, const PatchOptions& options = {});

    QList<PatchOperation> operations;
};

} // namespace muster
