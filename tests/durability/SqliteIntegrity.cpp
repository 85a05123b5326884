#include "SqliteIntegrity.h"

#include "store/sql/SqliteFunctions.h"

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
        } else if (const Status functions = SqliteFunctions::install(database); !functions) {
            // The userName index is in the order of the collation muster_utf16: the check compares keys.
            findings.append(
                QStringLiteral("cannot install the SQL functions: %1").arg(functions.error().detail));
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
