#pragma once

#include <QLoggingCategory>

namespace muster {

// "muster.http": the access log (info), slow requests and transport trouble (warning).
Q_DECLARE_LOGGING_CATEGORY(lcHttp)

} // namespace muster
