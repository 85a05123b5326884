#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// The muster-server executable as a user runs it.
class TestMusterServer : public QObject {
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList& arguments)
    {
        QProcess process;
        process.start(QStringLiteral(MUSTER_SERVER_EXECUTABLE), arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void version()
    {
        const Run result = run({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral(MUSTER_VERSION)), qPrintable(result.out));
    }

    void help()
    {
        const Run result = run({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("--self-check")));
        QVERIFY(result.out.contains(QStringLiteral("--check-schemas")));
    }

    void selfCheckPasses()
    {
        const Run result = run({QStringLiteral("--self-check")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QVERIFY(!result.out.contains(QStringLiteral("FAILED")));
        QCOMPARE(result.out.count(QStringLiteral("ok ")), 6);
    }

    void checkSchemas_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("mentions");
        QTest::addRow("good") << QStringLiteral("good-schema") << 0 << QStringList{QStringLiteral("loaded")};
        QTest::addRow("broken") << QStringLiteral("bad-schema") << 1
                                << QStringList{QStringLiteral("broken.json"), QStringLiteral("badgeNumber")};
    }

    void checkSchemas()
    {
        QFETCH(QString, folder);
        QFETCH(int, exitCode);
        QFETCH(QStringList, mentions);
        const Run result = run(
            {QStringLiteral("--check-schemas"), QString(QStringLiteral(MUSTER_TEST_DATA_DIR "/") + folder)});
        QCOMPARE(result.exitCode, exitCode);
        const QString output = result.out + result.err;
        for (const QString& mention : mentions)
            QVERIFY2(output.contains(mention), qPrintable(output));
    }

    // token create prints the secret once; list shows the token without it; revoke removes it.
    void tokenLifecycle()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QStringList at{QStringLiteral("--data"), data.path()};

        const Run created =
            run(QStringList{QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--name"),
                            QStringLiteral("Entra ID"), QStringLiteral("--expires"), QStringLiteral("90d")} +
                at);
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const auto secret = QRegularExpression(QStringLiteral("mst_[A-Za-z0-9_-]{43}")).match(created.out);
        QVERIFY2(secret.hasMatch(), qPrintable(created.out));
        const auto id = QRegularExpression(QStringLiteral("id ([0-9a-f-]{36})")).match(created.out);
        QVERIFY(id.hasMatch());

        const Run listed = run(QStringList{QStringLiteral("token"), QStringLiteral("list")} + at);
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains(QStringLiteral("Entra ID")));
        QVERIFY(listed.out.contains(id.captured(1)));
        QVERIFY(!listed.out.contains(secret.captured(0)));

        const Run revoked =
            run(QStringList{QStringLiteral("token"), QStringLiteral("revoke"), id.captured(1)} + at);
        QCOMPARE(revoked.exitCode, 0);
        const Run after = run(QStringList{QStringLiteral("token"), QStringLiteral("list")} + at);
        QVERIFY(!after.out.contains(id.captured(1)));
    }

    void tokenMisuse_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addRow("no action") << QStringList{QStringLiteral("token")} << 2 << QStringLiteral("Usage");
        QTest::addRow("unknown action")
            << QStringList{QStringLiteral("token"), QStringLiteral("rotate")} << 2 << QStringLiteral("Usage");
        QTest::addRow("create without name") << QStringList{QStringLiteral("token"), QStringLiteral("create")}
                                             << 2 << QStringLiteral("needs a name");
        QTest::addRow("bad expiry") << QStringList{QStringLiteral("token"), QStringLiteral("create"),
                                                   QStringLiteral("--name=x"),
                                                   QStringLiteral("--expires=soon")}
                                    << 2 << QStringLiteral("--expires");
        QTest::addRow("expiry in the past")
            << QStringList{QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--name=x"),
                           QStringLiteral("--expires=2020-01-01")}
            << 1 << QStringLiteral("in the past");
        QTest::addRow("revoke without id") << QStringList{QStringLiteral("token"), QStringLiteral("revoke")}
                                           << 2 << QStringLiteral("Which token");
        QTest::addRow("revoke unknown id")
            << QStringList{QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("nope")} << 1
            << QStringLiteral("No token");
        QTest::addRow("bad setting") << QStringList{QStringLiteral("token"), QStringLiteral("list"),
                                                    QStringLiteral("--port=99999")}
                                     << 2 << QStringLiteral("--port");
    }

    void tokenMisuse()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir data;
        const Run result = run(arguments + QStringList{QStringLiteral("--data"), data.path()});
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestMusterServer)
#include "tst_muster_server.moc"
