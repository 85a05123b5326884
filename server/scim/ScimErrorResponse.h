#pragma once

#include "common/ScimError.h"
#include "http/HttpResponse.h"

#include <QJsonObject>

namespace muster {

// The one place where a ScimError becomes an RFC 7644 §3.12 error: the "Error" message schema, the
// status as a string, scimType when there is one, and the detail. Bulk operation results embed the
// same body.
class ScimErrorResponse final {
public:
    static QJsonObject body(const ScimError& error);
    static HttpResponse response(const ScimError& error);
};

} // namespace muster
