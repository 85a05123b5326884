#include "http/HttpLogging.h"

namespace muster {

Q_LOGGING_CATEGORY(lcHttp, "muster.http", QtInfoMsg)

} // namespace muster
