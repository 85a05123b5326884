#include "SqliteIntegrity.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

namespace muster::test {

QString SqliteIntegrity::check(const QString& file)
{
    const QString name = QStringLiteral("integrity-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QStringList findings;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(file);
        database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!database.open()) {
            findings.append(QStringLiteral("cannot open %1: %2").arg(file, database.lastError().text()));
        } else {
            QSqlQuery query(database);
            if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
                findings.append(QStringLiteral("integrity_check failed: %1").arg(query.lastError().text()));
            } else {
                while (query.next())
                    findings.append(query.value(0).toString());
                if (findings.isEmpty())
                    findings.append(QStringLiteral("integrity_check returned no row"));
            }
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return findings.join(u'\n');
}

} // namespace muster::test
