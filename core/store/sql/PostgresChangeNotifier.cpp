#include "store/sql/PostgresChangeNotifier.h"

#include <QSqlDriver>
#include <QSqlError>

#include <atomic>

namespace muster {

QString PostgresChangeNotifier::channel()
{
    return QStringLiteral("muster_changes");
}

Result<std::unique_ptr<PostgresChangeNotifier>>
PostgresChangeNotifier::open(const std::function<Status(QSqlDatabase&)>& setUp)
{
    static std::atomic<int> opened{0};
    const QString name = QStringLiteral("muster-notifications-%1").arg(++opened);
    std::unique_ptr<PostgresChangeNotifier> notifier(new PostgresChangeNotifier(name));
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!database.isValid())
        return ScimError::internal(QStringLiteral("The Qt SQL driver QPSQL is not available"));
    if (Status ready = setUp(database); !ready)
        return ready.error();
    QSqlDriver* driver = database.driver();
    if (!driver->subscribeToNotification(channel())) {
        return ScimError::internal(
            QStringLiteral("Cannot listen for changes on PostgreSQL: %1").arg(driver->lastError().text()));
    }
    connect(driver, &QSqlDriver::notification, notifier.get(),
            [raw = notifier.get()] { emit raw->changed(); });
    return notifier;
}

PostgresChangeNotifier::PostgresChangeNotifier(QString connectionName)
    : m_connectionName(std::move(connectionName))
{}

PostgresChangeNotifier::~PostgresChangeNotifier()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        if (database.isOpen())
            database.driver()->unsubscribeFromNotification(channel());
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

} // namespace muster
