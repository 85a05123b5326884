#include "ServiceCommandLine.h"

#include <QDir>
#include <QTest>

using namespace muster;

// The command line `muster-server service install` registers for the Windows service: the service runs
// what was installed, with absolute paths, and Windows splits it back into the same arguments.
class TestServiceCommandLine : public QObject {
    Q_OBJECT

private:
    // A path below the file system's root, absolute on every system ("/home" is not on Windows), as the
    // program writes it and as the service gets it (Windows: backslashes).
    static QString path(const char* belowRoot) { return QDir::rootPath() + QString::fromLatin1(belowRoot); }
    static QString native(const char* belowRoot) { return QDir::toNativeSeparators(path(belowRoot)); }

private slots:
    void quote_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("quoted");
        QTest::addRow("plain") << QStringLiteral("run") << QStringLiteral("run");
        QTest::addRow("path without spaces")
            << QStringLiteral("C:\\ProgramData\\Muster") << QStringLiteral("C:\\ProgramData\\Muster");
        QTest::addRow("empty") << QString() << QStringLiteral("\"\"");
        QTest::addRow("space") << QStringLiteral("Entra ID") << QStringLiteral("\"Entra ID\"");
        QTest::addRow("tab") << QStringLiteral("a\tb") << QStringLiteral("\"a\tb\"");
        // A backslash before the closing quote would escape it: doubled.
        QTest::addRow("trailing backslash")
            << QStringLiteral("C:\\Muster Data\\") << QStringLiteral("\"C:\\Muster Data\\\\\"");
        QTest::addRow("inner quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \\\"hi\\\"\"");
        // Two backslashes and a quote: each backslash doubled, and one more for the quote.
        QTest::addRow("backslashes before a quote")
            << QStringLiteral("a\\\\\"b") << QStringLiteral("\"a\\\\\\\\\\\"b\"");
        QTest::addRow("backslashes elsewhere stay")
            << QStringLiteral("a\\\\b c") << QStringLiteral("\"a\\\\b c\"");
    }

    void quote()
    {
        QFETCH(QString, argument);
        QFETCH(QString, quoted);
        QCOMPARE(ServiceCommandLine::quote(argument), quoted);
    }

    void fromInstallArguments_data()
    {
        QTest::addColumn<QStringList>("install");
        QTest::addColumn<QStringList>("run");
        QTest::addColumn<QString>("dataDirectory");
        const QString fallback = native("programdata/Muster");
        QTest::addRow("defaults") << QStringList{QStringLiteral("service"), QStringLiteral("install")}
                                  << QStringList{QStringLiteral("--data"), fallback,
                                                 QStringLiteral("service"), QStringLiteral("run")}
                                  << fallback;
        QTest::addRow("options kept")
            << QStringList{QStringLiteral("--port"), QStringLiteral("8443"), QStringLiteral("--strict"),
                           QStringLiteral("service"), QStringLiteral("install")}
            << QStringList{QStringLiteral("--data"),   fallback,
                           QStringLiteral("--port"),   QStringLiteral("8443"),
                           QStringLiteral("--strict"), QStringLiteral("service"),
                           QStringLiteral("run")}
            << fallback;
        QTest::addRow("relative data folder")
            << QStringList{QStringLiteral("--data"), QStringLiteral("muster-data"), QStringLiteral("service"),
                           QStringLiteral("install")}
            << QStringList{QStringLiteral("--data"), native("home/ann/muster-data"),
                           QStringLiteral("service"), QStringLiteral("run")}
            << native("home/ann/muster-data");
        QTest::addRow("paths after the command, with =")
            << QStringList{QStringLiteral("service"), QStringLiteral("install"),
                           QStringLiteral("--config=conf/m.ini"), QStringLiteral("--tls-key"),
                           path("etc/scim.key")}
            << QStringList{QStringLiteral("--data"),    fallback,
                           QStringLiteral("--config"),  native("home/ann/conf/m.ini"),
                           QStringLiteral("--tls-key"), native("etc/scim.key"),
                           QStringLiteral("service"),   QStringLiteral("run")}
            << fallback;
        // Only the command is replaced: a token name "service" stays.
        QTest::addRow("the word elsewhere")
            << QStringList{QStringLiteral("--public-url"), QStringLiteral("service"),
                           QStringLiteral("service"), QStringLiteral("install")}
            << QStringList{QStringLiteral("--data"),       fallback,
                           QStringLiteral("--public-url"), QStringLiteral("service"),
                           QStringLiteral("service"),      QStringLiteral("run")}
            << fallback;
    }

    void fromInstallArguments()
    {
        QFETCH(QStringList, install);
        QFETCH(QStringList, run);
        QFETCH(QString, dataDirectory);
        const auto service =
            ServiceCommandLine::fromInstallArguments(install, path("home/ann"), path("programdata/Muster"));
        QCOMPARE(service.arguments, run);
        QCOMPARE(service.dataDirectory, dataDirectory);
    }

    // The program is always quoted: an unquoted "C:\Program Files\..." is the classic service path hole.
    void joinQuotesTheProgram()
    {
        QCOMPARE(ServiceCommandLine::join(path("Muster/bin/muster-server.exe"),
                                          {QStringLiteral("--data"), native("muster data"),
                                           QStringLiteral("service"), QStringLiteral("run")}),
                 u'"' + native("Muster/bin/muster-server.exe") + QStringLiteral("\" --data \"") +
                     native("muster data") + QStringLiteral("\" service run"));
    }
};

QTEST_GUILESS_MAIN(TestServiceCommandLine)
#include "tst_servicecommandline.moc"
