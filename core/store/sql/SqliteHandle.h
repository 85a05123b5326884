#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace muster {

// The SQLite connection under an open QSQLITE QSqlDatabase, for what Qt SQL does not offer (functions,
// collations, the online backup API); null for any other driver or a closed connection.
inline sqlite3* sqliteHandle(const QSqlDatabase& database)
{
    if (!database.isOpen() || !database.driver())
        return nullptr;
    const QVariant handle = database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace muster
