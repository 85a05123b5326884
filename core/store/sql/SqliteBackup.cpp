#include "store/sql/SqliteBackup.h"

#include "store/sql/SqliteHandle.h"

#include <QDeadlineTimer>
#include <QThread>

#include <memory>

namespace muster {

namespace {

ScimError sqliteError(const QString& doing, sqlite3* connection)
{
    return ScimError::internal(
        QStringLiteral("%1: %2").arg(doing, QString::fromUtf8(connection ? sqlite3_errmsg(connection) : "")));
}

} // namespace

Status SqliteBackup::copyInto(QSqlDatabase& destination, const QString& source, int busyTimeoutMs)
{
    sqlite3* target = sqliteHandle(destination);
    if (!target)
        return ScimError::internal(QStringLiteral("restoring needs an open SQLite connection"));

    sqlite3* opened = nullptr;
    const int openResult =
        sqlite3_open_v2(source.toUtf8().constData(), &opened, SQLITE_OPEN_READONLY, nullptr);
    const std::unique_ptr<sqlite3, int (*)(sqlite3*)> from(opened, &sqlite3_close);
    if (openResult != SQLITE_OK)
        return sqliteError(QStringLiteral("opening %1").arg(source), opened);

    sqlite3_backup* backup = sqlite3_backup_init(target, "main", from.get(), "main");
    if (!backup)
        return sqliteError(QStringLiteral("starting the restore from %1").arg(source), target);
    // All pages in one step: the copy is one transaction, never a mix of old and new pages.
    const QDeadlineTimer deadline(busyTimeoutMs);
    int result = SQLITE_OK;
    do {
        result = sqlite3_backup_step(backup, -1);
        if (result == SQLITE_BUSY || result == SQLITE_LOCKED)
            QThread::msleep(10);
    } while ((result == SQLITE_BUSY || result == SQLITE_LOCKED || result == SQLITE_OK) &&
             !deadline.hasExpired());
    sqlite3_backup_finish(backup);
    if (result != SQLITE_DONE) {
        if (result == SQLITE_BUSY || result == SQLITE_LOCKED || result == SQLITE_OK)
            return ScimError{503, ScimType::None,
                             QStringLiteral("Another writer held the database for %1 ms: the restore did not "
                                            "start")
                                 .arg(busyTimeoutMs)};
        return ScimError::internal(
            QStringLiteral("restoring from %1: %2").arg(source, QString::fromUtf8(sqlite3_errstr(result))));
    }
    return {};
}

} // namespace muster
