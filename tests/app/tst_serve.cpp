#include "ServerProcess.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using muster::test::ServerProcess;

// muster-server serving: the first start, tokens, the stores it opens, restarts and failures to start.
class TestServe : public QObject {
    Q_OBJECT

private:
    static QJsonObject user(const QString& userName)
    {
        return {{QStringLiteral("schemas"),
                 QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
                {QStringLiteral("userName"), userName}};
    }

private slots:
    void firstStartCreatesAndPrintsAToken()
    {
        QTemporaryDir data;
        ServerProcess server;
        QVERIFY2(server.start({QStringLiteral("--data"), data.path(), QStringLiteral("--store"),
                               QStringLiteral("memory")}),
                 qPrintable(server.output()));
        QVERIFY2(!server.token().isEmpty(), qPrintable(server.output()));
        QCOMPARE(server.baseUrl(), QStringLiteral("http://127.0.0.1:%1/scim/v2").arg(server.port()));
        QVERIFY(QFile::exists(data.filePath(QStringLiteral("tokens.json"))));
        QFile tokenFile(data.filePath(QStringLiteral("tokens.json")));
        QVERIFY(tokenFile.open(QIODevice::ReadOnly));
        QVERIFY(!tokenFile.readAll().contains(server.token()));

        const auto list = server.request("GET", QStringLiteral("/scim/v2/Users"));
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json().value(QStringLiteral("totalResults")).toInt(), 0);
        QVERIFY(list.header("content-type").startsWith("application/scim+json"));

        const auto anonymous = server.request("GET", QStringLiteral("/scim/v2/Users"), QByteArray(),
                                              {{"Authorization", "Bearer nope"}});
        QCOMPARE(anonymous.status, 401);
        QVERIFY(!anonymous.header("www-authenticate").isEmpty());
        QCOMPARE(anonymous.json().value(QStringLiteral("status")).toString(), QStringLiteral("401"));

        QCOMPARE(
            server.request("GET", QStringLiteral("/healthz"), QByteArray(), {{"Authorization", ""}}).status,
            200);
        QCOMPARE(
            server.request("GET", QStringLiteral("/readyz"), QByteArray(), {{"Authorization", ""}}).status,
            200);
        QCOMPARE(
            server.request("GET", QStringLiteral("/metrics"), QByteArray(), {{"Authorization", ""}}).status,
            401);
        const auto metrics = server.request("GET", QStringLiteral("/metrics"));
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.body.contains("muster_http_requests_total"));
        // The directory, the store's latency and the process are in the same scrape.
        QVERIFY2(metrics.body.contains("muster_resources{tenant=\"default\",type=\"User\"} 0"),
                 metrics.body.constData());
        QVERIFY(metrics.body.contains("muster_store_operation_duration_seconds_count{operation=\"query\"}"));
        QVERIFY(metrics.body.contains("process_resident_memory_bytes "));
        QVERIFY(metrics.body.contains("process_cpu_seconds_total "));
        // The serialized-resource cache and the workers' busy time (one series per worker).
        QVERIFY(metrics.body.contains("muster_representation_cache_hits_total "));
        QVERIFY(metrics.body.contains("muster_representation_cache_max_bytes 67108864\n"));
        QVERIFY(metrics.body.contains("muster_http_worker_busy_seconds_total{worker=\"0\"} "));
        QCOMPARE(server.terminate(), 0);

        // The token outlives the process; a second start creates none.
        const QByteArray token = server.token();
        QVERIFY(server.start(
            {QStringLiteral("--data"), data.path(), QStringLiteral("--store"), QStringLiteral("memory")}));
        QVERIFY2(!server.output().contains(QStringLiteral("mst_")), qPrintable(server.output()));
        server.setToken(token);
        QCOMPARE(server.request("GET", QStringLiteral("/scim/v2/Users")).status, 200);
        QCOMPARE(server.terminate(), 0);
    }

    void sqliteInTheDataFolderKeepsTheDirectory()
    {
        QTemporaryDir data;
        // A data folder that does not exist yet is created, readable by its owner only.
        const QString folder = data.filePath(QStringLiteral("new/folder"));
        ServerProcess server;
        QVERIFY2(server.start({QStringLiteral("--data"), folder}), qPrintable(server.output()));
        QVERIFY2(server.output().contains(folder + QStringLiteral("/muster.db")),
                 qPrintable(server.output()));
#ifdef Q_OS_UNIX
        QCOMPARE(QFileInfo(folder).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup |
                                                    QFileDevice::ExeOther | QFileDevice::ExeGroup),
                 QFileDevice::Permissions());
#endif
        const auto created = server.request("POST", QStringLiteral("/scim/v2/Users"),
                                            user(QStringLiteral("kept@example.com")));
        QCOMPARE(created.status, 201);
        const QString location = QUrl(QString::fromUtf8(created.header("location"))).path();
        QCOMPARE(server.terminate(), 0);

        const QByteArray token = server.token();
        QVERIFY2(server.start({QStringLiteral("--data"), folder}), qPrintable(server.output()));
        server.setToken(token);
        const auto read = server.request("GET", location);
        QCOMPARE(read.status, 200);
        QCOMPARE(read.header("etag"), created.header("etag"));
        QCOMPARE(read.json().value(QStringLiteral("userName")).toString(),
                 QStringLiteral("kept@example.com"));
        QCOMPARE(server.terminate(), 0);
    }

    void backupAndRestoreWhileServing()
    {
        QTemporaryDir data;
        const auto command = [&](const QStringList& arguments) {
            QProcess process;
            process.start(QStringLiteral(MUSTER_SERVER_EXECUTABLE),
                          arguments + QStringList{QStringLiteral("--data"), data.path()});
            process.waitForFinished(30000);
            return std::pair{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput() +
                                                                   process.readAllStandardError())};
        };
        ServerProcess server;
        QVERIFY2(server.start({QStringLiteral("--data"), data.path()}), qPrintable(server.output()));
        const auto kept =
            server.request("POST", QStringLiteral("/scim/v2/Users"), user(QStringLiteral("kept")));
        QCOMPARE(kept.status, 201);
        const QString backup = data.filePath(QStringLiteral("backup.db"));
        const auto [backupCode, backupOutput] = command({QStringLiteral("backup"), backup});
        QVERIFY2(backupCode == 0, qPrintable(backupOutput));
        QVERIFY(QFileInfo(backup).size() > 0);

        const auto later =
            server.request("POST", QStringLiteral("/scim/v2/Users"), user(QStringLiteral("later")));
        QCOMPARE(later.status, 201);
        QCOMPARE(server.request("DELETE", QUrl(QString::fromUtf8(kept.header("location"))).path()).status,
                 204);

        const auto [restoreCode, restoreOutput] = command({QStringLiteral("restore"), backup});
        QVERIFY2(restoreCode == 0, qPrintable(restoreOutput));
        // The running server serves the restored directory.
        QCOMPARE(server.request("GET", QUrl(QString::fromUtf8(kept.header("location"))).path()).status, 200);
        QCOMPARE(server.request("GET", QUrl(QString::fromUtf8(later.header("location"))).path()).status, 404);
        QCOMPARE(
            server.request("POST", QStringLiteral("/scim/v2/Users"), user(QStringLiteral("kept"))).status,
            409);

        const auto [missingCode, missingOutput] =
            command({QStringLiteral("restore"), data.filePath(QStringLiteral("none.db"))});
        QCOMPARE(missingCode, 1);
        QVERIFY2(missingOutput.contains(QStringLiteral("No backup")), qPrintable(missingOutput));
        const auto [memoryCode, memoryOutput] =
            command({QStringLiteral("backup"), backup, QStringLiteral("--store"), QStringLiteral("memory")});
        QCOMPARE(memoryCode, 1);
        QVERIFY2(memoryOutput.contains(QStringLiteral("memory")), qPrintable(memoryOutput));
        QCOMPARE(server.terminate(), 0);
    }

    void openMetricsAndBasicAuthFromTheCommandLine()
    {
        QTemporaryDir data;
        ServerProcess server;
        QVERIFY(server.start({QStringLiteral("--data"), data.path(), QStringLiteral("--store"),
                              QStringLiteral("memory"), QStringLiteral("--open-metrics"),
                              QStringLiteral("--allow-basic-auth")}));
        QCOMPARE(
            server.request("GET", QStringLiteral("/metrics"), QByteArray(), {{"Authorization", ""}}).status,
            200);
        const QByteArray basic = "Basic " + QByteArray("anyone:" + server.token()).toBase64();
        const auto reply =
            server.request("GET", QStringLiteral("/scim/v2/Users"), QByteArray(), {{"Authorization", basic}});
        QVERIFY2(reply.status == 200, reply.body.constData());
        QCOMPARE(server.terminate(), 0);
    }

    void strictSwitch_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("bareWordFilterStatus");
        QTest::newRow("dialects accepted by default") << QStringList() << 200;
        QTest::newRow("--strict") << QStringList{QStringLiteral("--strict")} << 400;
    }

    void strictSwitch()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, bareWordFilterStatus);
        QTemporaryDir data;
        ServerProcess server;
        QVERIFY(server.start(QStringList{QStringLiteral("--data"), data.path(), QStringLiteral("--store"),
                                         QStringLiteral("memory")} +
                             arguments));
        const auto reply = server.request("GET", QStringLiteral("/scim/v2/Users?filter=userName%20sw%20O"));
        QCOMPARE(reply.status, bareWordFilterStatus);
        if (bareWordFilterStatus == 400)
            QCOMPARE(reply.json().value(QStringLiteral("scimType")).toString(),
                     QStringLiteral("invalidFilter"));
        QCOMPARE(server.terminate(), 0);
    }

    void failsToStart_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unreadable SQLite folder")
            << QStringList{QStringLiteral("--store"), QStringLiteral("sqlite:/proc/muster/muster.db")}
            << QStringLiteral("Cannot open the directory at sqlite:/proc/muster/muster.db");
        QTest::newRow("PostgreSQL that is not there")
            << QStringList{QStringLiteral("--store"), QStringLiteral("postgres://muster@127.0.0.1:1/muster")}
            << QStringLiteral("Cannot open the directory at postgres://muster@127.0.0.1:1/muster");
        QTest::newRow("schema folder with a broken file")
            << QStringList{QStringLiteral("--store"), QStringLiteral("memory"), QStringLiteral("--schemas"),
                           QStringLiteral(MUSTER_TEST_DATA_DIR "/bad-schema")}
            << QStringLiteral("Cannot open the directory");
    }

    void failsToStart()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir data;
        ServerProcess server;
        QVERIFY(!server.start(QStringList{QStringLiteral("--data"), data.path()} + arguments));
        QVERIFY(!server.isRunning());
        QVERIFY2(server.output().contains(message), qPrintable(server.output()));
    }

    void portInUse()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost));
        QTemporaryDir data;
        QProcess process;
        process.start(QStringLiteral(MUSTER_SERVER_EXECUTABLE),
                      {QStringLiteral("--data"), data.path(), QStringLiteral("--store"),
                       QStringLiteral("memory"), QStringLiteral("--port"),
                       QString::number(occupant.serverPort())});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 1);
        const QString errors = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(errors.contains(QStringLiteral("Cannot start the server")), qPrintable(errors));
    }
};

QTEST_GUILESS_MAIN(TestServe)
#include "tst_serve.moc"
