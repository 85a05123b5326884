#pragma once

#include "directory/Directory.h"
#include "store/sql/SqlStore.h"

#include <QObject>

#include <map>
#include <memory>

namespace muster {

// SqlStore at 10,000 and 100,000 seeded users (1,000,000 on SQLite with MUSTER_BENCH_HUGE=1): reads,
// writes, filters and pages through the store itself, and get, create and a userName lookup through the
// Directory on top of it, so that the service's own cost shows beside the store's. One executable per
// dialect (bench_sqlite, bench_postgres); PostgreSQL needs MUSTER_BENCH_POSTGRES_URL (run-postgres.sh
// sets it). Each size works on its own copy of a seeded database (SeededDatabase), and writes that
// add or remove users undo themselves outside the measured code, so every run sees `size` users.
class SqlStoreBenchmark final : public QObject {
    Q_OBJECT

public:
    explicit SqlStoreBenchmark(SqlDialect dialect);
    ~SqlStoreBenchmark() override;

private slots:
    void initTestCase();
    void cleanupTestCase();

    void get_data();
    void get();
    void create_data();
    void create();
    void replace_data();
    void replace();
    void remove_data();
    void remove();
    void userNameEq_data();
    void userNameEq();
    void filterValuePath_data();
    void filterValuePath();
    void sortedPage_data();
    void sortedPage();
    void sortedPageDeep_data();
    void sortedPageDeep();
    void list100_data();
    void list100();
    void lastModifiedSince_data();
    void lastModifiedSince();

    void directoryGet_data();
    void directoryGet();
    void directoryCreate_data();
    void directoryCreate();
    void directoryUserNameEq_data();
    void directoryUserNameEq();

private:
    // The store and Directory over one size's copy of the seeded users, opened on first use.
    struct Fixture {
        SqlStoreOptions options;
        std::shared_ptr<SqlStore> store;
        std::unique_ptr<Directory> directory;
    };

    void addSizeRows() const;
    Fixture* fixture(int size);
    // Runs `query` (count 100) again and again; `filter` empty for none. The first page must hold 100
    // resources of `total`.
    void runQuery(int size, const QString& filter, bool sorted, qint64 startIndex, qint64 total);
    // Creates users with fresh indexes in one batch, outside any measurement; their ids.
    QStringList addUsers(Fixture& fixture, int count);
    // Removes users by id in one batch, outside any measurement.
    void removeUsers(Fixture& fixture, const QStringList& ids);

    SqlDialect m_dialect;
    QString m_postgresUrl;
    std::shared_ptr<SchemaRegistry> m_registry;
    std::map<int, Fixture> m_fixtures;
    int m_nextIndex; // of the next user a write benchmark creates, past every seeded one
};

} // namespace muster
