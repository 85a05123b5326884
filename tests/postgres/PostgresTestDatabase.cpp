#include "PostgresTestDatabase.h"

#include "store/sql/DatabaseUrl.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtDebug>

namespace muster {

namespace {

const QRegularExpression& scratchPrefixPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    return pattern;
}

const QRegularExpression& scratchNamePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,39}_[0-9a-f]{12}$"));
    return pattern;
}

QString randomSuffix()
{
    return QStringLiteral("%1").arg(QRandomGenerator::global()->generate64() & 0xffffffffffffULL, 12, 16,
                                    QLatin1Char('0'));
}

// Runs one statement on the fixture's own database, on a connection of its own that is removed after.
bool executeOnFixtureServer(const QString& statement)
{
    const std::optional<QString> serverUrl = PostgresTestDatabase::url();
    if (!serverUrl) {
        qWarning("PostgresTestDatabase: no fixture server (MUSTER_TEST_POSTGRES_URL_FILE)");
        return false;
    }
    const Result<DatabaseUrl> parsed = DatabaseUrl::parse(*serverUrl);
    if (!parsed) {
        qWarning() << "PostgresTestDatabase: bad fixture URL:" << parsed.error().detail;
        return false;
    }
    const QString connectionName = QStringLiteral("muster-postgres-testdb-") + randomSuffix();
    bool executed = false;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(parsed->driverName(), connectionName);
        parsed->applyTo(database);
        if (database.open()) {
            QSqlQuery query(database);
            executed = query.exec(statement);
            if (!executed)
                qWarning() << "PostgresTestDatabase:" << statement << "failed:" << query.lastError().text();
        } else {
            qWarning() << "PostgresTestDatabase: cannot connect to" << parsed->redacted() << ":"
                       << database.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return executed;
}

} // namespace

std::optional<QString> PostgresTestDatabase::url()
{
    const QString path = qEnvironmentVariable("MUSTER_TEST_POSTGRES_URL_FILE");
    if (path.isEmpty())
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QString text = QString::fromUtf8(file.readAll()).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    return text;
}

QString PostgresTestDatabase::createScratchDatabase(const QString& prefix)
{
    if (!scratchPrefixPattern().match(prefix).hasMatch()) {
        qWarning() << "PostgresTestDatabase: bad scratch database prefix" << prefix;
        return {};
    }
    const std::optional<QString> serverUrl = url();
    if (!serverUrl)
        return {};
    Result<DatabaseUrl> scratch = DatabaseUrl::parse(*serverUrl);
    if (!scratch)
        return {};
    const QString name = prefix + u'_' + randomSuffix();
    if (!executeOnFixtureServer(QStringLiteral("CREATE DATABASE \"%1\"").arg(name)))
        return {};
    scratch->databaseName = name;
    return scratch->toString();
}

bool PostgresTestDatabase::dropScratchDatabase(const QString& url)
{
    const Result<DatabaseUrl> scratch = DatabaseUrl::parse(url);
    if (!scratch || scratch->dialect != SqlDialect::Postgres ||
        !scratchNamePattern().match(scratch->databaseName).hasMatch()) {
        qWarning() << "PostgresTestDatabase: not a scratch database:"
                   << (scratch ? scratch->redacted() : url);
        return false;
    }
    return executeOnFixtureServer(
        QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(scratch->databaseName));
}

} // namespace muster
