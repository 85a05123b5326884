#pragma once

#include "common/Result.h"
#include "store/StoreChangeNotifier.h"

#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace muster {

// LISTENs on a PostgreSQL connection of its own for the notifications that every write to Muster's
// audit log sends (the audit_notify trigger, SqlMigrations) and reports each as changed(). Lives in the
// thread that opened it, whose event loop delivers the notifications.
class PostgresChangeNotifier final : public StoreChangeNotifier {
    Q_OBJECT

public:
    // The channel the trigger notifies.
    static QString channel();

    // A listening notifier, its connection opened through `setUp` (driver QPSQL, named for this
    // notifier); an error when the database cannot be reached or refuses to LISTEN.
    static Result<std::unique_ptr<PostgresChangeNotifier>>
    open(const std::function<Status(QSqlDatabase&)>& setUp);
    ~PostgresChangeNotifier() override;

private:
    explicit PostgresChangeNotifier(QString connectionName);

    QString m_connectionName;
};

} // namespace muster
