#pragma once

#include <QString>

#include <optional>

namespace muster {

// The PostgreSQL server of the CTest fixture (tests/postgres): its URL, and scratch databases that a
// test creates for itself so that tests running at the same time do not see each other's tables.
class PostgresTestDatabase {
public:
    // The fixture's URL, read from the file that MUSTER_TEST_POSTGRES_URL_FILE names; nullopt when the
    // variable is unset (the test runs outside CTest) or the file is missing (no server on this
    // machine). Tests QSKIP then.
    static std::optional<QString> url();

    // Creates an empty database "<prefix>_<random hex>" on the fixture's server and returns its URL.
    // The prefix is 1-40 lowercase letters, digits and '_', starting with a letter. Returns an empty
    // string, with a warning, when there is no server or the database cannot be created.
    static QString createScratchDatabase(const QString& prefix);

    // Drops a database made by createScratchDatabase, closing connections still open to it. Refuses
    // (returns false) for any other database, the fixture's own included.
    static bool dropScratchDatabase(const QString& url);
};

} // namespace muster
