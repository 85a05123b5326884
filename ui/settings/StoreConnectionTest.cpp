#include "settings/StoreConnectionTest.h"

#include "store/sql/DatabaseUrl.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QUuid>

namespace muster {

namespace {

ScimError unreachable(const QString& detail)
{
    return ScimError{503, ScimType::None, detail};
}

} // namespace

Result<QString> StoreConnectionTest::run(const QString& location)
{
    if (location.trimmed() == QLatin1String("memory"))
        return tr("kept in memory: nothing is saved");
    const auto url = DatabaseUrl::parse(location.trimmed());
    if (!url)
        return url.error();
    if (url->dialect == SqlDialect::Sqlite) {
        const QFileInfo file(url->databaseName);
        if (file.exists())
            return file.isWritable() ? tr("the file exists and can be written")
                                     : Result<QString>(unreachable(tr("the file cannot be written")));
        QFileInfo folder(file.absolutePath());
        while (!folder.exists() && folder.absoluteFilePath() != folder.absolutePath())
            folder = QFileInfo(folder.absolutePath());
        // Permission bits do not tell (root may write anywhere but /proc): try a file.
        QTemporaryFile probe(folder.absoluteFilePath() + QStringLiteral("/muster-probe-XXXXXX"));
        if (!folder.isDir() || !probe.open())
            return unreachable(tr("the folder %1 cannot be written").arg(folder.absoluteFilePath()));
        return tr("a new directory will be created there");
    }

    const QString name =
        QStringLiteral("muster-connection-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<QString> result = unreachable(QString());
    {
        DatabaseUrl target = *url;
        // A host that drops packets must not keep the dialog waiting for libpq's default (forever).
        if (!target.connectOptions.contains(QLatin1String("connect_timeout")))
            target.connectOptions +=
                QString(target.connectOptions.isEmpty() ? QString() : QStringLiteral(";")) +
                QStringLiteral("connect_timeout=5");
        QSqlDatabase database = QSqlDatabase::addDatabase(target.driverName(), name);
        target.applyTo(database);
        if (!database.open()) {
            result = unreachable(database.lastError().text().trimmed());
        } else {
            QSqlQuery query(database);
            if (query.exec(QStringLiteral("SELECT version()")) && query.next())
                result = query.value(0).toString().section(u',', 0, 0);
            else
                result = unreachable(query.lastError().text().trimmed());
            database.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace muster
