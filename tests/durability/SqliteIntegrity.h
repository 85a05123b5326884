#pragma once

#include <QString>

namespace muster::test {

// PRAGMA integrity_check of a SQLite file as a crash left it, on a read-only connection of its own that
// is closed again before returning: "ok", or SQLite's findings one per line (or why it could not open).
class SqliteIntegrity final {
public:
    static QString check(const QString& file);
};

} // namespace muster::test
