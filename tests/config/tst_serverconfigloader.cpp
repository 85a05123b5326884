#include "config/ServerConfigLoader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace muster;

class TestServerConfigLoader : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Writes `content` to a fresh INI file and returns its path; "%DIR%" stands for the temporary folder.
    QString iniFile(const QString& content)
    {
        static int counter = 0;
        const QString path = m_dir.filePath(QStringLiteral("muster-%1.ini").arg(++counter));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(QString(content).replace(QStringLiteral("%DIR%"), m_dir.path()).toUtf8());
        return path;
    }

    Result<ServerConfig> load(QStringList arguments, const QStringList& environment, const QString& ini)
    {
        QCommandLineParser parser;
        ServerConfigLoader::addOptions(parser);
        arguments.prepend(QStringLiteral("muster-server"));
        if (!ini.isNull())
            arguments << QStringLiteral("--config") << iniFile(ini);
        for (QString& argument : arguments)
            argument.replace(QStringLiteral("%DIR%"), m_dir.path());
        if (!parser.parse(arguments))
            return ScimError::badRequest(ScimType::InvalidValue, parser.errorText());
        QProcessEnvironment env;
        for (const QString& entry : environment)
            env.insert(entry.section(u'=', 0, 0),
                       QString(entry.section(u'=', 1)).replace(QStringLiteral("%DIR%"), m_dir.path()));
        return ServerConfigLoader::load(parser, env);
    }

    static QString yesNo(bool value) { return value ? QStringLiteral("true") : QStringLiteral("false"); }

    static QString describe(const ServerConfig& c)
    {
        return QStringLiteral(
                   "store=%1 bind=%2 port=%3 workers=%4 basic=%5 metricsToken=%6 public=%7 "
                   "body=%8 tls=%9 strict=%10 "
                   "connections=%11 idle=%12 db=%13 dbwait=%14 sync=%15 cache=%16 slow=%17 bulk=%18 "
                   "results=%19 bulkOps=%20 bulkBytes=%21 warm=%22")
            .arg(c.store, c.bindAddress)
            .arg(c.port)
            .arg(c.workers)
            .arg(yesNo(c.allowBasicAuth), yesNo(c.metricsNeedToken), c.publicUrl)
            .arg(c.maxBodyBytes)
            .arg(yesNo(c.usesTls()), yesNo(c.strictProtocol))
            .arg(c.maxConnections)
            .arg(qint64(c.idleTimeout.count()))
            .arg(c.databaseConnections)
            .arg(c.databaseTimeoutMs)
            .arg(c.sqliteSynchronousFull ? QStringLiteral("full") : QStringLiteral("normal"))
            .arg(c.cacheMegabytes)
            .arg(c.slowRequestMs)
            .arg(c.bulkConcurrency)
            .arg(c.maxResults)
            .arg(c.bulkMaxOperations)
            .arg(c.bulkMaxPayloadBytes)
            .arg(c.cacheWarmCount);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile cert(m_dir.filePath(QStringLiteral("cert.pem")));
        QVERIFY(cert.open(QIODevice::WriteOnly));
        QFile key(m_dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(key.open(QIODevice::WriteOnly));
    }

    void load_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QString>("ini");      // null: no --config
        QTest::addColumn<QString>("expected"); // describe() of the result, or "error: <fragment>"
        const QString defaults =
            QStringLiteral("store= bind=127.0.0.1 port=8080 workers=0 basic=false "
                           "metricsToken=true public= body=1048576 tls=false strict=false connections=1024 "
                           "idle=60000 db=64 dbwait=5000 sync=normal cache=64 slow=100 bulk=0 results=1000 "
                           "bulkOps=1000 bulkBytes=1048576 warm=0");
        const auto with = [&](const QString& key, const QString& value) {
            QString text = defaults;
            const qsizetype start = text.indexOf(key + u'=');
            const qsizetype end = text.indexOf(u' ', start);
            return text.replace(start, (end < 0 ? text.size() : end) - start, key + u'=' + value);
        };
        const QStringList none;

        QTest::addRow("defaults") << none << none << QString() << defaults;
        QTest::addRow("port option") << QStringList{QStringLiteral("--port"), QStringLiteral("9000")} << none
                                     << QString() << with(QStringLiteral("port"), QStringLiteral("9000"));
        QTest::addRow("port zero") << QStringList{QStringLiteral("--port=0")} << none << QString()
                                   << with(QStringLiteral("port"), QStringLiteral("0"));
        QTest::addRow("port from environment")
            << none << QStringList{QStringLiteral("MUSTER_PORT=8443")} << QString()
            << with(QStringLiteral("port"), QStringLiteral("8443"));
        QTest::addRow("port from file") << none << none << QStringLiteral("port=7000\n")
                                        << with(QStringLiteral("port"), QStringLiteral("7000"));
        QTest::addRow("port from [server] group") << none << none << QStringLiteral("[server]\nport=7001\n")
                                                  << with(QStringLiteral("port"), QStringLiteral("7001"));
        QTest::addRow("option beats file")
            << QStringList{QStringLiteral("--port"), QStringLiteral("9001")} << none
            << QStringLiteral("port=7000\n") << with(QStringLiteral("port"), QStringLiteral("9001"));
        QTest::addRow("file beats environment")
            << none << QStringList{QStringLiteral("MUSTER_PORT=8443")} << QStringLiteral("port=7000\n")
            << with(QStringLiteral("port"), QStringLiteral("7000"));
        QTest::addRow("port too large") << QStringList{QStringLiteral("--port=70000")} << none << QString()
                                        << QStringLiteral("error: --port (command line)");
        QTest::addRow("port not a number in environment")
            << none << QStringList{QStringLiteral("MUSTER_PORT=http")} << QString()
            << QStringLiteral("error: --port (MUSTER_PORT)");
        QTest::addRow("memory store") << QStringList{QStringLiteral("--store=memory")} << none << QString()
                                      << with(QStringLiteral("store"), QStringLiteral("memory"));
        QTest::addRow("postgres store")
            << QStringList{QStringLiteral("--store=postgres://m@127.0.0.1:5432/muster")} << none << QString()
            << with(QStringLiteral("store"), QStringLiteral("postgres://m@127.0.0.1:5432/muster"));
        QTest::addRow("sqlite store from environment")
            << none << QStringList{QStringLiteral("MUSTER_STORE=sqlite:/tmp/x.db")} << QString()
            << with(QStringLiteral("store"), QStringLiteral("sqlite:/tmp/x.db"));
        QTest::addRow("unknown store") << QStringList{QStringLiteral("--store=mysql://x")} << none
                                       << QString() << QStringLiteral("error: is not memory, sqlite");
        QTest::addRow("bind IPv6 loopback") << QStringList{QStringLiteral("--bind=::1")} << none << QString()
                                            << with(QStringLiteral("bind"), QStringLiteral("::1"));
        QTest::addRow("bind a host name") << QStringList{QStringLiteral("--bind=localhost")} << none
                                          << QString() << QStringLiteral("error: is not an IP address");
        QTest::addRow("workers") << QStringList{QStringLiteral("--workers=4")} << none << QString()
                                 << with(QStringLiteral("workers"), QStringLiteral("4"));
        QTest::addRow("negative workers") << QStringList{QStringLiteral("--workers=-1")} << none << QString()
                                          << QStringLiteral("error: --workers");
        QTest::addRow("basic auth switch")
            << QStringList{QStringLiteral("--allow-basic-auth")} << none << QString()
            << with(QStringLiteral("basic"), QStringLiteral("true"));
        QTest::addRow("basic auth off in file")
            << none << none << QStringLiteral("allow-basic-auth=false\n") << defaults;
        QTest::addRow("open metrics from environment")
            << none << QStringList{QStringLiteral("MUSTER_OPEN_METRICS=yes")} << QString()
            << with(QStringLiteral("metricsToken"), QStringLiteral("false"));
        QTest::addRow("strict from the file") << none << none << QStringLiteral("[server]\nstrict=on\n")
                                              << with(QStringLiteral("strict"), QStringLiteral("true"));
        QTest::addRow("switch with a bad value")
            << none << QStringList{QStringLiteral("MUSTER_OPEN_METRICS=maybe")} << QString()
            << QStringLiteral("error: use true or false");
        QTest::addRow("public url") << QStringList{QStringLiteral("--public-url=https://scim.example.com/")}
                                    << none << QString()
                                    << with(QStringLiteral("public"),
                                            QStringLiteral("https://scim.example.com"));
        QTest::addRow("public url without scheme")
            << QStringList{QStringLiteral("--public-url=scim.example.com")} << none << QString()
            << QStringLiteral("error: --public-url");
        QTest::addRow("max body") << QStringList{QStringLiteral("--max-body=2097152")} << none << QString()
                                  << with(QStringLiteral("body"), QStringLiteral("2097152"));
        QTest::addRow("connection limits")
            << QStringList{QStringLiteral("--max-connections=50"), QStringLiteral("--idle-timeout=5")} << none
            << QString()
            << with(QStringLiteral("connections"), QStringLiteral("50"))
                   .replace(QStringLiteral("idle=60000"), QStringLiteral("idle=5000"));
        QTest::addRow("database tuning from the file")
            << none << none
            << QStringLiteral("[server]\ndb-connections=8\ndb-timeout=250\nsqlite-sync=FULL\n")
            << with(QStringLiteral("db"), QStringLiteral("8"))
                   .replace(QStringLiteral("dbwait=5000"), QStringLiteral("dbwait=250"))
                   .replace(QStringLiteral("sync=normal"), QStringLiteral("sync=full"));
        QTest::addRow("database connections from the environment")
            << none << QStringList{QStringLiteral("MUSTER_DB_CONNECTIONS=4")} << QString()
            << with(QStringLiteral("db"), QStringLiteral("4"));
        QTest::addRow("cache turned off") << QStringList{QStringLiteral("--cache-size=0")} << none
                                          << QString() << with(QStringLiteral("cache"), QStringLiteral("0"));
        QTest::addRow("cache size and slow-request threshold from the file")
            << none << none << QStringLiteral("[server]\ncache-size=256\nslow-request=250\n")
            << with(QStringLiteral("cache"), QStringLiteral("256"))
                   .replace(QStringLiteral("slow=100"), QStringLiteral("slow=250"));
        QTest::addRow("bulk concurrency from the environment")
            << none << QStringList{QStringLiteral("MUSTER_BULK_CONCURRENCY=3")} << QString()
            << with(QStringLiteral("bulk"), QStringLiteral("3"));
        QTest::addRow("Bulk limits") << QStringList{QStringLiteral("--bulk-max-operations=10000"),
                                                    QStringLiteral("--bulk-max-payload=8388608")}
                                     << none << QString()
                                     << with(QStringLiteral("bulkOps"), QStringLiteral("10000"))
                                            .replace(QStringLiteral("bulkBytes=1048576"),
                                                     QStringLiteral("bulkBytes=8388608"));
        QTest::addRow("cache warming from the file")
            << none << none << QStringLiteral("[server]\ncache-warm=500\n")
            << with(QStringLiteral("warm"), QStringLiteral("500"));
        QTest::addRow("no Bulk operations at all")
            << QStringList{QStringLiteral("--bulk-max-operations=0")} << none << QString()
            << QStringLiteral("error: --bulk-max-operations");
        QTest::addRow("Bulk payload too small")
            << QStringList{QStringLiteral("--bulk-max-payload=100")} << none << QString()
            << QStringLiteral("error: --bulk-max-payload");
        QTest::addRow("larger pages")
            << QStringList{QStringLiteral("--max-results=10000")} << none << QString()
            << with(QStringLiteral("results"), QStringLiteral("10000"));
        QTest::addRow("negative cache size") << QStringList{QStringLiteral("--cache-size=-1")} << none
                                             << QString() << QStringLiteral("error: --cache-size");
        QTest::addRow("slow-request threshold of zero")
            << QStringList{QStringLiteral("--slow-request=0")} << none << QString()
            << QStringLiteral("error: --slow-request");
        QTest::addRow("sqlite-sync other than normal or full")
            << QStringList{QStringLiteral("--sqlite-sync=sometimes")} << none << QString()
            << QStringLiteral("error: use normal or full");
        QTest::addRow("idle timeout of zero") << QStringList{QStringLiteral("--idle-timeout=0")} << none
                                              << QString() << QStringLiteral("error: --idle-timeout");
        QTest::addRow("db timeout not a number") << QStringList{QStringLiteral("--db-timeout=soon")} << none
                                                 << QString() << QStringLiteral("error: --db-timeout");
        QTest::addRow("max body too small") << QStringList{QStringLiteral("--max-body=10")} << none
                                            << QString() << QStringLiteral("error: --max-body");
        QTest::addRow("tls pair") << QStringList{QStringLiteral("--tls-cert=%DIR%/cert.pem"),
                                                 QStringLiteral("--tls-key=%DIR%/key.pem")}
                                  << none << QString() << with(QStringLiteral("tls"), QStringLiteral("true"));
        QTest::addRow("tls certificate alone") << QStringList{QStringLiteral("--tls-cert=%DIR%/cert.pem")}
                                               << none << QString() << QStringLiteral("error: needs both");
        QTest::addRow("tls key missing on disk") << QStringList{QStringLiteral("--tls-cert=%DIR%/cert.pem"),
                                                                QStringLiteral("--tls-key=%DIR%/nope.pem")}
                                                 << none << QString() << QStringLiteral("error: cannot read");
        QTest::addRow("schemas folder missing") << QStringList{QStringLiteral("--schemas=%DIR%/none")} << none
                                                << QString() << QStringLiteral("error: is not a folder");
        QTest::addRow("config file missing")
            << QStringList{QStringLiteral("--config=%DIR%/missing.ini")} << none << QString()
            << QStringLiteral("error: cannot read the file");
    }

    void load()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, environment);
        QFETCH(QString, ini);
        QFETCH(QString, expected);
        const auto config = this->load(arguments, environment, ini);
        if (expected.startsWith(QLatin1String("error: "))) {
            QVERIFY2(!config, qPrintable(config ? describe(*config) : QString()));
            QCOMPARE(config.error().scimType, ScimType::InvalidValue);
            QVERIFY2(config.error().detail.contains(expected.mid(7)), qPrintable(config.error().detail));
            return;
        }
        QVERIFY2(config, qPrintable(config ? QString() : config.error().detail));
        QCOMPARE(describe(*config), expected);
    }

    void dataDirectoryAndDerivedPaths()
    {
        const auto config = load({QStringLiteral("--data=%DIR%/data")}, {}, QString());
        QVERIFY(config);
        QCOMPARE(config->dataDirectory, m_dir.filePath(QStringLiteral("data")));
        QCOMPARE(config->tokenFile(), m_dir.filePath(QStringLiteral("data/tokens.json")));
        QCOMPARE(config->storeUrl(),
                 QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("data/muster.db")));
        QCOMPARE(config->baseUrl(8080), QStringLiteral("http://127.0.0.1:8080/scim/v2"));
    }

    void baseUrl_data()
    {
        QTest::addColumn<QString>("bind");
        QTest::addColumn<QString>("publicUrl");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QString>("expected");
        QTest::addRow("loopback") << QStringLiteral("127.0.0.1") << QString() << false
                                  << QStringLiteral("http://127.0.0.1:8123/scim/v2");
        QTest::addRow("any IPv4") << QStringLiteral("0.0.0.0") << QString() << false
                                  << QStringLiteral("http://127.0.0.1:8123/scim/v2");
        QTest::addRow("IPv6") << QStringLiteral("::1") << QString() << true
                              << QStringLiteral("https://[::1]:8123/scim/v2");
        QTest::addRow("public url wins")
            << QStringLiteral("0.0.0.0") << QStringLiteral("https://scim.example.com") << false
            << QStringLiteral("https://scim.example.com/scim/v2");
    }
    void baseUrl()
    {
        QFETCH(QString, bind);
        QFETCH(QString, publicUrl);
        QFETCH(bool, tls);
        QFETCH(QString, expected);
        ServerConfig config;
        config.bindAddress = bind;
        config.publicUrl = publicUrl;
        if (tls) {
            config.tlsCertificateFile = QStringLiteral("c.pem");
            config.tlsKeyFile = QStringLiteral("k.pem");
        }
        QCOMPARE(config.baseUrl(8123), expected);
    }
};

QTEST_GUILESS_MAIN(TestServerConfigLoader)
#include "tst_serverconfigloader.moc"
