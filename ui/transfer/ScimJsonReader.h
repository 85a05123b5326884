#pragma once

#include "common/Result.h"
#include "transfer/ImportItem.h"

#include <QCoreApplication>
#include <QList>

namespace muster {

// Reads Users and Groups to import from SCIM JSON: a ListResponse (RFC 7644 §3.4.2), an array of
// resources, or one resource. Each resource becomes a Replace item; its type comes from "schemas"
// (or meta.resourceType). Users come before groups, so that members can be found; within a type the
// file's order is kept.
class ScimJsonReader final {
    Q_DECLARE_TR_FUNCTIONS(ScimJsonReader)

public:
    static Result<QList<ImportItem>> read(const QByteArray& data);
};

} // namespace muster
