#include "PostgresTestDatabase.h"
#include "store/sql/DatabaseUrl.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace muster;

namespace {

// A QSqlDatabase connection under its own name, removed again when the test is done with it.
class ScopedConnection {
public:
    explicit ScopedConnection(const DatabaseUrl& url)
        : m_name(QStringLiteral("tst_postgresfixture-%1").arg(++s_count))
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(url.driverName(), m_name);
        url.applyTo(database);
        database.open();
    }
    ~ScopedConnection() { QSqlDatabase::removeDatabase(m_name); }
    Q_DISABLE_COPY_MOVE(ScopedConnection)

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    static inline int s_count = 0;
    QString m_name;
};

DatabaseUrl parsed(const QString& text)
{
    const Result<DatabaseUrl> url = DatabaseUrl::parse(text);
    if (!url)
        qWarning() << "unparsable database URL:" << url.error().detail;
    return url ? *url : DatabaseUrl{};
}

// The first column of the first row of a query, or an invalid QVariant (with a warning) on failure.
QVariant scalar(const QSqlDatabase& database, const QString& sql, const QVariantList& bindings = {})
{
    QSqlQuery query(database);
    query.prepare(sql);
    for (const QVariant& value : bindings)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        qWarning() << sql << "failed:" << query.lastError().text();
        return {};
    }
    return query.value(0);
}

bool databaseExists(const QString& name)
{
    ScopedConnection server(parsed(*PostgresTestDatabase::url()));
    return scalar(server.database(), QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = ?"),
                  {name})
               .toInt() == 1;
}

} // namespace

class TestPostgresFixture : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!PostgresTestDatabase::url())
            QSKIP("No PostgreSQL test server: run through ctest, on a machine with PostgreSQL installed");
        QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
                 "the QPSQL driver is missing (libqt6sql6-psql)");
    }

    void fixtureUrlNamesTheTestDatabase()
    {
        const DatabaseUrl url = parsed(*PostgresTestDatabase::url());
        QCOMPARE(url.dialect, SqlDialect::Postgres);
        QCOMPARE(url.host, QStringLiteral("127.0.0.1"));
        QVERIFY(url.port > 0);
        QCOMPARE(url.databaseName, QStringLiteral("muster_test"));
    }

    void serverAnswers()
    {
        ScopedConnection connection(parsed(*PostgresTestDatabase::url()));
        QVERIFY2(connection.database().isOpen(), qPrintable(connection.database().lastError().text()));
        const QString version = scalar(connection.database(), QStringLiteral("SELECT version()")).toString();
        QVERIFY2(version.startsWith(QLatin1String("PostgreSQL ")), qPrintable(version));
        QCOMPARE(scalar(connection.database(), QStringLiteral("SELECT current_setting('server_encoding')"))
                     .toString(),
                 QStringLiteral("UTF8"));
    }

    // Connect options with spaces and quotes reach libpq intact through QPSQL, in both input forms.
    void connectOptionsReachTheServer_data()
    {
        const DatabaseUrl server = parsed(*PostgresTestDatabase::url());
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("expected");
        QTest::addRow("url application_name")
            << QStringLiteral("postgres://%1@127.0.0.1:%2/muster_test?application_name=muster%20it%27s%20me")
                   .arg(server.user)
                   .arg(server.port)
            << QStringLiteral("application_name") << QStringLiteral("muster it's me");
        QTest::addRow("url options search_path")
            << QStringLiteral("postgresql://%1@127.0.0.1:%2/muster_test?options=-c%20search_path%3Dmuster_a")
                   .arg(server.user)
                   .arg(server.port)
            << QStringLiteral("search_path") << QStringLiteral("muster_a");
        QTest::addRow("key/value application_name")
            << QStringLiteral("host=127.0.0.1 port=%2 dbname=muster_test user=%1 application_name='a \\\\ b'")
                   .arg(server.user)
                   .arg(server.port)
            << QStringLiteral("application_name") << QStringLiteral("a \\ b");
    }

    void connectOptionsReachTheServer()
    {
        QFETCH(QString, text);
        QFETCH(QString, setting);
        QFETCH(QString, expected);
        const Result<DatabaseUrl> url = DatabaseUrl::parse(text);
        QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().detail));
        ScopedConnection connection(*url);
        QVERIFY2(connection.database().isOpen(), qPrintable(connection.database().lastError().text()));
        QCOMPARE(
            scalar(connection.database(), QStringLiteral("SELECT current_setting(?)"), {setting}).toString(),
            expected);
    }

    void scratchDatabaseRoundTrip()
    {
        const QString scratchUrl = PostgresTestDatabase::createScratchDatabase(QStringLiteral("fixture"));
        QVERIFY(!scratchUrl.isEmpty());
        const DatabaseUrl scratch = parsed(scratchUrl);
        QVERIFY(scratch.databaseName.startsWith(QLatin1String("fixture_")));
        QVERIFY(databaseExists(scratch.databaseName));
        {
            ScopedConnection connection(scratch);
            QSqlDatabase database = connection.database();
            QVERIFY2(database.isOpen(), qPrintable(database.lastError().text()));
            QCOMPARE(scalar(database, QStringLiteral("SELECT current_database()")).toString(),
                     scratch.databaseName);
            QSqlQuery query(database);
            QVERIFY2(query.exec(
                         QStringLiteral("CREATE TABLE person (id integer PRIMARY KEY, name text NOT NULL)")),
                     qPrintable(query.lastError().text()));
            QVERIFY(query.prepare(QStringLiteral("INSERT INTO person (id, name) VALUES (?, ?)")));
            query.addBindValue(7);
            query.addBindValue(QStringLiteral("Zoë 'Bobby' Tables; --"));
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            QCOMPARE(scalar(database, QStringLiteral("SELECT name FROM person WHERE id = ?"), {7}).toString(),
                     QStringLiteral("Zoë 'Bobby' Tables; --"));
        }
        // The connection above is gone; a second scratch database is distinct and starts empty.
        const QString otherUrl = PostgresTestDatabase::createScratchDatabase(QStringLiteral("fixture"));
        QVERIFY(!otherUrl.isEmpty());
        QVERIFY(otherUrl != scratchUrl);
        {
            ScopedConnection other(parsed(otherUrl));
            QCOMPARE(scalar(other.database(),
                            QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = ?"),
                            {QStringLiteral("person")})
                         .toInt(),
                     0);
        }
        QVERIFY(PostgresTestDatabase::dropScratchDatabase(otherUrl));
        QVERIFY(PostgresTestDatabase::dropScratchDatabase(scratchUrl));
        QVERIFY(!databaseExists(scratch.databaseName));
        QVERIFY(!databaseExists(parsed(otherUrl).databaseName));
    }

    void scratchDatabaseDroppedWhileConnected()
    {
        const QString scratchUrl = PostgresTestDatabase::createScratchDatabase(QStringLiteral("open"));
        QVERIFY(!scratchUrl.isEmpty());
        ScopedConnection connection(parsed(scratchUrl));
        QVERIFY(connection.database().isOpen());
        QVERIFY(PostgresTestDatabase::dropScratchDatabase(scratchUrl));
        QVERIFY(!databaseExists(parsed(scratchUrl).databaseName));
    }

    void refusesToDropOtherDatabases_data()
    {
        QTest::addColumn<QString>("databaseName");
        QTest::addRow("the fixture's own") << QStringLiteral("muster_test");
        QTest::addRow("template") << QStringLiteral("template1");
        QTest::addRow("postgres") << QStringLiteral("postgres");
        QTest::addRow("quote in the name") << QStringLiteral("x\"_0123456789ab");
    }

    void refusesToDropOtherDatabases()
    {
        QFETCH(QString, databaseName);
        DatabaseUrl url = parsed(*PostgresTestDatabase::url());
        url.databaseName = databaseName;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not a scratch database")));
        QVERIFY(!PostgresTestDatabase::dropScratchDatabase(url.toString()));
        QVERIFY(databaseExists(QStringLiteral("muster_test")));
    }

    void rejectsBadPrefixes_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addRow("empty") << QString();
        QTest::addRow("upper case") << QStringLiteral("Users");
        QTest::addRow("quote") << QStringLiteral("a\"; DROP DATABASE muster_test; --");
        QTest::addRow("leading digit") << QStringLiteral("1abc");
        QTest::addRow("too long") << QString(41, u'a');
    }

    void rejectsBadPrefixes()
    {
        QFETCH(QString, prefix);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("bad scratch database prefix")));
        QVERIFY(PostgresTestDatabase::createScratchDatabase(prefix).isEmpty());
        QVERIFY(databaseExists(QStringLiteral("muster_test")));
    }
};

QTEST_GUILESS_MAIN(TestPostgresFixture)
#include "tst_postgresfixture.moc"
