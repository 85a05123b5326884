#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace muster {

// Whether a store location can be reached, without changing anything there: a PostgreSQL server
// accepts the connection and answers a query; a SQLite file's folder exists or can be created and the
// file, if present, opens. Blocking: call it off the GUI thread (the settings dialog does).
class StoreConnectionTest final {
    Q_DECLARE_TR_FUNCTIONS(StoreConnectionTest)

public:
    // The server's version text for PostgreSQL, the file's state for SQLite.
    static Result<QString> run(const QString& location);
};

} // namespace muster
