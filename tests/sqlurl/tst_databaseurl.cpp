#include "store/sql/DatabaseUrl.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace muster;

namespace {

const QString secret = QStringLiteral("hunter2");

struct Expected {
    SqlDialect dialect;
    QString host;
    int port;
    QString databaseName;
    QString user;
    QString password;
    QString connectOptions;
};

void addParsed(const char* name, const QString& text, const Expected& expected)
{
    QTest::addRow("%s", name) << text << int(expected.dialect) << expected.host << expected.port
                              << expected.databaseName << expected.user << expected.password
                              << expected.connectOptions;
}

Expected postgres(const QString& host, int port, const QString& databaseName, const QString& user = {},
                  const QString& password = {}, const QString& connectOptions = {})
{
    return {SqlDialect::Postgres, host, port, databaseName, user, password, connectOptions};
}

Expected sqlite(const QString& path, const QString& connectOptions = {})
{
    return {SqlDialect::Sqlite, QString(), -1, path, QString(), QString(), connectOptions};
}

} // namespace

class TestDatabaseUrl : public QObject {
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("dialect");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("databaseName");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("connectOptions");

        const QString db = QStringLiteral("muster");
        const QString h = QStringLiteral("db.example.com");
        const QString u = QStringLiteral("m");

        // URLs
        addParsed("full url", QStringLiteral("postgres://m:secret@db.example.com:6543/muster"),
                  postgres(h, 6543, db, u, QStringLiteral("secret")));
        addParsed("postgresql scheme", QStringLiteral("postgresql://m@db.example.com/muster"),
                  postgres(h, 5432, db, u));
        addParsed("upper-case scheme", QStringLiteral("POSTGRES://m@db.example.com/muster"),
                  postgres(h, 5432, db, u));
        addParsed("no user", QStringLiteral("postgres://db.example.com/muster"), postgres(h, 5432, db));
        addParsed("empty password", QStringLiteral("postgres://m:@db.example.com/muster"),
                  postgres(h, 5432, db, u));
        addParsed("password only", QStringLiteral("postgres://:pw@db.example.com/muster"),
                  postgres(h, 5432, db, QString(), QStringLiteral("pw")));
        addParsed("percent-decoding",
                  QStringLiteral("postgres://us%40er:p%40ss%3Aw%2Fd%C3%A9@db.example.com/my%20db"),
                  postgres(h, 5432, QStringLiteral("my db"), QStringLiteral("us@er"),
                           QStringLiteral("p@ss:w/d\u00e9")));
        addParsed("unencoded @ in password", QStringLiteral("postgres://m:p@ss@db.example.com/muster"),
                  postgres(h, 5432, db, u, QStringLiteral("p@ss")));
        addParsed("plus stays plus", QStringLiteral("postgres://m:a+b@db.example.com/muster"),
                  postgres(h, 5432, db, u, QStringLiteral("a+b")));
        addParsed("ipv6 with port", QStringLiteral("postgres://m@[::1]:5433/muster"),
                  postgres(QStringLiteral("::1"), 5433, db, u));
        addParsed("ipv6 without port", QStringLiteral("postgres://[2001:db8::7]/muster"),
                  postgres(QStringLiteral("2001:db8::7"), 5432, db));
        addParsed("socket directory as host", QStringLiteral("postgres://%2Fvar%2Frun%2Fpostgresql/muster"),
                  postgres(QStringLiteral("/var/run/postgresql"), 5432, db));
        addParsed("host and port in the query", QStringLiteral("postgres:///muster?host=/tmp&port=5999"),
                  postgres(QStringLiteral("/tmp"), 5999, db));
        addParsed("query overrides user", QStringLiteral("postgres://a@h/muster?user=b&dbname=other"),
                  postgres(QStringLiteral("h"), 5432, QStringLiteral("other"), QStringLiteral("b")));
        addParsed("nothing but the scheme", QStringLiteral("postgres://"),
                  postgres(QString(), 5432, QString()));
        addParsed("sslmode and connect_timeout",
                  QStringLiteral("postgres://m@db.example.com/muster?sslmode=require&connect_timeout=5"),
                  postgres(h, 5432, db, u, QString(), QStringLiteral("sslmode=require;connect_timeout=5")));
        addParsed(
            "application_name with a space",
            QStringLiteral("postgres://db.example.com/muster?application_name=Muster%20server"),
            postgres(h, 5432, db, QString(), QString(), QStringLiteral("application_name='Muster server'")));
        addParsed(
            "options with = and quote",
            QStringLiteral("postgres://db.example.com/muster?options=-c%20search_path%3D%27t%27"),
            postgres(h, 5432, db, QString(), QString(), QStringLiteral("options='-c search_path=\\'t\\''")));
        addParsed("jdbc ssl=true", QStringLiteral("postgres://db.example.com/muster?ssl=true"),
                  postgres(h, 5432, db, QString(), QString(), QStringLiteral("sslmode=require")));
        addParsed("keyword case", QStringLiteral("postgres://db.example.com/muster?SSLMode=disable"),
                  postgres(h, 5432, db, QString(), QString(), QStringLiteral("sslmode=disable")));
        addParsed("surrounding whitespace", QStringLiteral("  postgres://db.example.com/muster \n"),
                  postgres(h, 5432, db));

        // libpq key/value strings
        addParsed("key/value", QStringLiteral("host=127.0.0.1 port=5432 dbname=muster user=m password='a b'"),
                  postgres(QStringLiteral("127.0.0.1"), 5432, db, u, QStringLiteral("a b")));
        addParsed("key/value escapes", QStringLiteral("dbname = 'my db' password='it\\'s \\\\' user=a\\ b"),
                  postgres(QString(), 5432, QStringLiteral("my db"), QStringLiteral("a b"),
                           QStringLiteral("it's \\")));
        addParsed("key/value empty value", QStringLiteral("host=db.example.com password='' dbname=muster"),
                  postgres(h, 5432, db));
        addParsed(
            "key/value options",
            QStringLiteral("host=db.example.com sslmode=verify-full application_name='x y' dbname=muster"),
            postgres(h, 5432, db, QString(), QString(),
                     QStringLiteral("sslmode=verify-full;application_name='x y'")));
        addParsed("key/value ipv6 host", QStringLiteral("host=::1 port=6000"),
                  postgres(QStringLiteral("::1"), 6000, {}));

        // SQLite
        addParsed("sqlite absolute", QStringLiteral("sqlite:///absolute/path/muster.db"),
                  sqlite(QStringLiteral("/absolute/path/muster.db")));
        addParsed("sqlite relative", QStringLiteral("sqlite:relative.db"),
                  sqlite(QStringLiteral("relative.db")));
        addParsed("sqlite relative folder", QStringLiteral("sqlite:data/muster.db"),
                  sqlite(QStringLiteral("data/muster.db")));
        addParsed("sqlite single slash", QStringLiteral("sqlite:/var/lib/muster.db"),
                  sqlite(QStringLiteral("/var/lib/muster.db")));
        addParsed("sqlite memory", QStringLiteral("sqlite::memory:"), sqlite(QStringLiteral(":memory:")));
        addParsed("sqlite percent-decoding", QStringLiteral("sqlite:///data/my%20dir/m%3F.db"),
                  sqlite(QStringLiteral("/data/my dir/m?.db")));
        addParsed("sqlite options", QStringLiteral("sqlite:///data/m.db?mode=ro&busy_timeout=5000"),
                  sqlite(QStringLiteral("/data/m.db"),
                         QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")));
        addParsed("sqlite mode rw", QStringLiteral("sqlite:m.db?mode=rw"), sqlite(QStringLiteral("m.db")));
        addParsed("bare absolute path", QStringLiteral("/var/lib/muster/muster.db"),
                  sqlite(QStringLiteral("/var/lib/muster/muster.db")));
        addParsed("bare relative path", QStringLiteral("muster.db"), sqlite(QStringLiteral("muster.db")));
        addParsed("bare path taken literally", QStringLiteral("/srv/muster data/m%20?.db"),
                  sqlite(QStringLiteral("/srv/muster data/m%20?.db")));
        addParsed("bare memory", QStringLiteral(":memory:"), sqlite(QStringLiteral(":memory:")));
        addParsed("windows path", QStringLiteral("C:\\Muster\\muster.db"),
                  sqlite(QStringLiteral("C:\\Muster\\muster.db")));
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(int, dialect);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, databaseName);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, connectOptions);

        const Result<DatabaseUrl> url = DatabaseUrl::parse(text);
        QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().detail));
        QCOMPARE(int(url->dialect), dialect);
        QCOMPARE(url->host, host);
        QCOMPARE(url->port, port);
        QCOMPARE(url->databaseName, databaseName);
        QCOMPARE(url->user, user);
        QCOMPARE(url->password, password);
        QCOMPARE(url->connectOptions, connectOptions);
    }

    // What toString() writes, parse() reads back into the same fields.
    void roundTrip_data() { parses_data(); }

    void roundTrip()
    {
        QFETCH(QString, text);
        const Result<DatabaseUrl> url = DatabaseUrl::parse(text);
        QVERIFY(url.ok());
        const Result<DatabaseUrl> again = DatabaseUrl::parse(url->toString());
        QVERIFY2(again.ok(), qPrintable(url->toString()));
        QVERIFY2(*again == *url, qPrintable(url->toString()));
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("detail");

        QTest::addRow("empty") << QString() << QStringLiteral("The database URL is empty");
        QTest::addRow("blank") << QStringLiteral("  \t ") << QStringLiteral("The database URL is empty");
        QTest::addRow("unknown scheme") << QStringLiteral("mysql://m:hunter2@h/db")
                                        << QStringLiteral("Unknown database URL scheme 'mysql'");
        QTest::addRow("file scheme") << QStringLiteral("file:///data/m.db")
                                     << QStringLiteral("Unknown database URL scheme 'file'");
        QTest::addRow("postgres without slashes")
            << QStringLiteral("postgres:h/db") << QStringLiteral("starts with postgres://");
        QTest::addRow("port too large")
            << QStringLiteral("postgres://m:hunter2@h:99999/db") << QStringLiteral("Bad port '99999'");
        QTest::addRow("port not a number")
            << QStringLiteral("postgres://h:abc/db") << QStringLiteral("Bad port 'abc'");
        QTest::addRow("port zero") << QStringLiteral("postgres://h:0/db") << QStringLiteral("Bad port '0'");
        QTest::addRow("port negative")
            << QStringLiteral("postgres://h:-1/db") << QStringLiteral("Bad port '-1'");
        QTest::addRow("port empty") << QStringLiteral("postgres://h:/db") << QStringLiteral("Bad port ''");
        QTest::addRow("port in query")
            << QStringLiteral("postgres://h/db?port=65536") << QStringLiteral("Bad port '65536'");
        QTest::addRow("unclosed ipv6")
            << QStringLiteral("postgres://[::1/db") << QStringLiteral("Missing ']'");
        QTest::addRow("empty ipv6") << QStringLiteral("postgres://[]:5432/db")
                                    << QStringLiteral("Empty IPv6 address");
        QTest::addRow("ipv6 without brackets")
            << QStringLiteral("postgres://::1/db") << QStringLiteral("must be in brackets");
        QTest::addRow("junk after ipv6")
            << QStringLiteral("postgres://[::1]x/db") << QStringLiteral("Unexpected 'x'");
        QTest::addRow("several hosts")
            << QStringLiteral("postgres://h1,h2/db") << QStringLiteral("Several hosts");
        QTest::addRow("several hosts in query")
            << QStringLiteral("postgres:///db?host=a,b") << QStringLiteral("Several hosts");
        QTest::addRow("bad sslmode") << QStringLiteral("postgres://m:hunter2@h/db?sslmode=sometimes")
                                     << QStringLiteral(
                                            "Bad value 'sometimes' for sslmode: expected one of disable");
        QTest::addRow("unknown parameter")
            << QStringLiteral("postgres://h/db?frobnicate=1")
            << QStringLiteral("Unknown PostgreSQL connection parameter 'frobnicate'");
        QTest::addRow("timeout not a number") << QStringLiteral("postgres://h/db?connect_timeout=soon")
                                              << QStringLiteral("Bad value 'soon' for connect_timeout");
        QTest::addRow("parameter without =")
            << QStringLiteral("postgres://h/db?sslmode")
            << QStringLiteral("Missing '=' in the database URL parameter 'sslmode'");
        QTest::addRow("parameter twice") << QStringLiteral("postgres://h/db?sslmode=require&sslmode=disable")
                                         << QStringLiteral("'sslmode' is given twice");
        QTest::addRow("semicolon in an option") << QStringLiteral("postgres://h/db?application_name=a%3Bb")
                                                << QStringLiteral("cannot contain ';'");
        QTest::addRow("ssl=false") << QStringLiteral("postgres://h/db?ssl=false")
                                   << QStringLiteral("ssl=true");
        QTest::addRow("bad percent-encoding")
            << QStringLiteral("postgres://m:hunter2%zz@h/db") << QStringLiteral("Bad percent-encoding");
        QTest::addRow("truncated percent-encoding")
            << QStringLiteral("postgres://h/db%2") << QStringLiteral("Bad percent-encoding");
        QTest::addRow("percent-encoding not utf-8")
            << QStringLiteral("postgres://m:%ff@h/db") << QStringLiteral("not UTF-8");
        QTest::addRow("unterminated quote") << QStringLiteral("host=h password='hunter2")
                                            << QStringLiteral("Unterminated quoted value for 'password'");
        QTest::addRow("missing = in key/value")
            << QStringLiteral("host=h port") << QStringLiteral("Missing '=' after 'port'");
        QTest::addRow("bad port in key/value")
            << QStringLiteral("host=h port=x") << QStringLiteral("Bad port 'x'");
        QTest::addRow("unknown keyword")
            << QStringLiteral("host=h password=hunter2 nonsense=1")
            << QStringLiteral("Unknown PostgreSQL connection parameter 'nonsense'");
        QTest::addRow("keyword twice")
            << QStringLiteral("host=h port=5432 port=5433") << QStringLiteral("'port' is given twice");
        QTest::addRow("sqlite with host") << QStringLiteral("sqlite://server/path.db")
                                          << QStringLiteral("A SQLite URL names no host ('server')");
        QTest::addRow("sqlite without file") << QStringLiteral("sqlite:") << QStringLiteral("names no file");
        QTest::addRow("sqlite slashes only")
            << QStringLiteral("sqlite://") << QStringLiteral("names no file");
        QTest::addRow("sqlite bad mode") << QStringLiteral("sqlite:///m.db?mode=wal")
                                         << QStringLiteral("Bad value 'wal' for the SQLite mode");
        QTest::addRow("sqlite unknown parameter") << QStringLiteral("sqlite:///m.db?cache=shared")
                                                  << QStringLiteral("Unknown SQLite parameter 'cache'");
        QTest::addRow("sqlite bad busy_timeout") << QStringLiteral("sqlite:///m.db?busy_timeout=-5")
                                                 << QStringLiteral("Bad value '-5' for busy_timeout");
    }

    void rejects()
    {
        QFETCH(QString, text);
        QFETCH(QString, detail);
        const Result<DatabaseUrl> url = DatabaseUrl::parse(text);
        QVERIFY2(!url.ok(), qPrintable(url.ok() ? url->toString() : QString()));
        QCOMPARE(url.error().status, 400);
        QCOMPARE(url.error().scimType, ScimType::InvalidValue);
        QVERIFY2(url.error().detail.contains(detail), qPrintable(url.error().detail));
        // Error messages end up in logs: they never repeat a password.
        QVERIFY2(!url.error().detail.contains(secret), qPrintable(url.error().detail));
    }

    void redacted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("redacted");
        QTest::addRow("password dropped")
            << QStringLiteral("postgres://m:hunter2@db.example.com:6543/muster?sslmode=require")
            << QStringLiteral("postgres://m@db.example.com:6543/muster?sslmode=require");
        QTest::addRow("password without user")
            << QStringLiteral("postgres://:hunter2@h/db") << QStringLiteral("postgres://h/db");
        QTest::addRow("sslpassword dropped")
            << QStringLiteral("postgres://m:hunter2@h/db?sslpassword=hunter2&sslmode=verify-full")
            << QStringLiteral("postgres://m@h/db?sslmode=verify-full");
        QTest::addRow("key/value") << QStringLiteral("host=::1 password=hunter2 dbname=muster user=m")
                                   << QStringLiteral("postgres://m@[::1]/muster");
        QTest::addRow("default port omitted")
            << QStringLiteral("postgresql://h:5432/db") << QStringLiteral("postgres://h/db");
        QTest::addRow("socket directory")
            << QStringLiteral("host=/tmp dbname=db") << QStringLiteral("postgres://%2Ftmp/db");
        QTest::addRow("encoded parts") << QStringLiteral("postgres://a%20b@h/my%20db?application_name=x%20y")
                                       << QStringLiteral("postgres://a%20b@h/my%20db?application_name=x%20y");
        QTest::addRow("sqlite absolute")
            << QStringLiteral("/data/my dir/m.db") << QStringLiteral("sqlite:///data/my%20dir/m.db");
        QTest::addRow("sqlite relative") << QStringLiteral("muster.db") << QStringLiteral("sqlite:muster.db");
        QTest::addRow("sqlite memory") << QStringLiteral(":memory:") << QStringLiteral("sqlite::memory:");
        QTest::addRow("sqlite options") << QStringLiteral("sqlite:m.db?busy_timeout=10&mode=ro")
                                        << QStringLiteral("sqlite:m.db?busy_timeout=10&mode=ro");
    }

    void redacted()
    {
        QFETCH(QString, text);
        QFETCH(QString, redacted);
        const Result<DatabaseUrl> url = DatabaseUrl::parse(text);
        QVERIFY(url.ok());
        QCOMPARE(url->redacted(), redacted);
        QVERIFY(!url->redacted().contains(secret));
    }

    void toStringKeepsThePassword()
    {
        const Result<DatabaseUrl> url =
            DatabaseUrl::parse(QStringLiteral("host=h user=m password='p@ss w:rd/'"));
        QVERIFY(url.ok());
        QCOMPARE(url->toString(), QStringLiteral("postgres://m:p%40ss%20w%3Ard%2F@h"));
    }

    void driverNames()
    {
        QCOMPARE(DatabaseUrl::parse(QStringLiteral("postgres://h/db"))->driverName(),
                 QStringLiteral("QPSQL"));
        QCOMPARE(DatabaseUrl::parse(QStringLiteral("m.db"))->driverName(), QStringLiteral("QSQLITE"));
    }

    void appliesToQSqlDatabase()
    {
        const Result<DatabaseUrl> url =
            DatabaseUrl::parse(QStringLiteral("postgres://m:pw@db.example.com:6000/muster?sslmode=require"));
        QVERIFY(url.ok());
        {
            QSqlDatabase database = QSqlDatabase::addDatabase(url->driverName(), QStringLiteral("apply"));
            url->applyTo(database);
            QCOMPARE(database.hostName(), QStringLiteral("db.example.com"));
            QCOMPARE(database.port(), 6000);
            QCOMPARE(database.databaseName(), QStringLiteral("muster"));
            QCOMPARE(database.userName(), QStringLiteral("m"));
            QCOMPARE(database.password(), QStringLiteral("pw"));
            QCOMPARE(database.connectOptions(), QStringLiteral("sslmode=require"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("apply"));
    }

    // The SQLite options reach QSQLITE: a read-only URL opens the file but cannot write to it.
    void sqliteReadOnlyMode()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("muster test.db"));
        const QString encodedPath = QString::fromLatin1(QUrl::toPercentEncoding(path, "/"));
        const Result<DatabaseUrl> writable = DatabaseUrl::parse(QStringLiteral("sqlite://") + encodedPath);
        const Result<DatabaseUrl> readOnly = DatabaseUrl::parse(QStringLiteral("sqlite://") + encodedPath +
                                                                QStringLiteral("?mode=ro&busy_timeout=100"));
        QVERIFY(writable.ok());
        QVERIFY(readOnly.ok());
        QCOMPARE(writable->databaseName, path);
        {
            QSqlDatabase database = QSqlDatabase::addDatabase(writable->driverName(), QStringLiteral("rw"));
            writable->applyTo(database);
            QVERIFY2(database.open(), qPrintable(database.lastError().text()));
            QSqlQuery query(database);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x integer)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("rw"));
        {
            QSqlDatabase database = QSqlDatabase::addDatabase(readOnly->driverName(), QStringLiteral("ro"));
            readOnly->applyTo(database);
            QVERIFY2(database.open(), qPrintable(database.lastError().text()));
            QSqlQuery query(database);
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM t")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 1);
            QVERIFY(!query.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("ro"));
    }

    void sqliteMemoryOpens()
    {
        const Result<DatabaseUrl> url = DatabaseUrl::parse(QStringLiteral("sqlite::memory:"));
        QVERIFY(url.ok());
        {
            QSqlDatabase database = QSqlDatabase::addDatabase(url->driverName(), QStringLiteral("memory"));
            url->applyTo(database);
            QVERIFY2(database.open(), qPrintable(database.lastError().text()));
            QSqlQuery query(database);
            QVERIFY(query.exec(QStringLiteral("SELECT 40 + 2")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 42);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("memory"));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
