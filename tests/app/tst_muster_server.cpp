#include <QProcess>
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
};

QTEST_GUILESS_MAIN(TestMusterServer)
#include "tst_muster_server.moc"
