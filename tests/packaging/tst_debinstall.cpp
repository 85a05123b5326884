#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

// The muster-server DEB as an administrator uses it, on this machine: installed with apt-get, started as
// its systemd unit starts it (the unit's user and command line; CI has no systemd), given a token and a
// user through SCIM, reinstalled and removed with the directory kept, purged with nothing left behind.
// It changes the machine, so it runs only as root with MUSTER_TEST_INSTALL=1, and refuses a machine
// where muster-server or the muster user already exist. The slots run in order, each on the last's state.
class TestDebInstall : public QObject {
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
        QString all() const { return out + err; }
    };

    struct Reply {
        int status = 0;
        QJsonObject json;
    };

    static constexpr int CommandTimeoutMs = 180000;
    static constexpr int ServerTimeoutMs = 30000;
    static constexpr auto Package = "muster-server";
    static constexpr auto UserName = "install.test@example.com";

    QString m_deb;          // the package file, in MUSTER_PACKAGES_DIR
    QString m_stateBefore;  // machineState() before the installation
    bool m_touched = false; // the package went in and is not purged cleanly yet: cleanupTestCase cleans up
    std::unique_ptr<QProcess> m_server;
    QString m_baseUrl;
    QByteArray m_token;
    QString m_userId;

    static Run run(const QString& program, const QStringList& arguments, const QString& workingDirectory = {})
    {
        QProcess process;
        process.setWorkingDirectory(workingDirectory);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DEBIAN_FRONTEND"), QStringLiteral("noninteractive"));
        process.setProcessEnvironment(environment);
        process.start(program, arguments);
        if (!process.waitForFinished(CommandTimeoutMs)) {
            process.kill();
            process.waitForFinished();
            return {-1, {}, QStringLiteral("%1 %2 did not finish").arg(program, arguments.join(u' '))};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // apt-get on the package file, from its folder, as the README tells administrators to.
    Run aptGet(const QStringList& arguments) const
    {
        return run(QStringLiteral("apt-get"),
                   QStringList{QStringLiteral("-y"), QStringLiteral("-o"),
                               QStringLiteral("DPkg::Lock::Timeout=120")} +
                       arguments,
                   QFileInfo(m_deb).path());
    }

    QString localPackage() const { return QStringLiteral("./") + QFileInfo(m_deb).fileName(); }

    // "ii " when installed, "rc " when removed with its settings kept, empty when dpkg does not know it.
    static QString packageStatus()
    {
        const Run query =
            run(QStringLiteral("dpkg-query"), {QStringLiteral("-W"), QStringLiteral("-f=${db:Status-Abbrev}"),
                                               QString::fromLatin1(Package)});
        return query.exitCode == 0 ? query.out : QString();
    }

    static bool userExists(const QString& database)
    {
        return run(QStringLiteral("getent"), {database, QStringLiteral("muster")}).exitCode == 0;
    }

    // Files and links (not folders) under `root`, with link targets, one a line.
    static QString tree(const QString& root)
    {
        QStringList entries;
        QDirIterator it(root, QDir::Files | QDir::System | QDir::NoDotAndDotDot | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo entry(it.next());
            entries.append(entry.filePath() +
                           (entry.isSymLink() ? QStringLiteral(" -> ") + entry.symLinkTarget() : QString()));
        }
        entries.sort();
        return entries.join(u'\n');
    }

    // What installing and purging the package may touch: dpkg's packages, the user and group, the
    // service's enablement and masks, the folders and permission overrides.
    static QString machineState()
    {
        QStringList state;
        state.append(run(QStringLiteral("dpkg-query"),
                         {QStringLiteral("-W"), QStringLiteral("-f=${Package} ${Status}\\n")})
                         .out);
        state.append(run(QStringLiteral("getent"), {QStringLiteral("passwd"), QStringLiteral("muster")}).out);
        state.append(run(QStringLiteral("getent"), {QStringLiteral("group"), QStringLiteral("muster")}).out);
        state.append(run(QStringLiteral("dpkg-statoverride"), {QStringLiteral("--list")}).out);
        for (const char* folder :
             {"/etc/systemd/system", "/var/lib/systemd/deb-systemd-helper-enabled",
              "/var/lib/systemd/deb-systemd-helper-masked", "/var/lib/muster", "/etc/muster"})
            state.append(QString::fromLatin1(folder) + QStringLiteral(":\n") +
                         tree(QString::fromLatin1(folder)));
        return state.join(QStringLiteral("\n--\n"));
    }

    // The unit's ExecStart, as a program and its arguments.
    static QStringList unitCommand()
    {
        QFile unit(QStringLiteral("/usr/lib/systemd/system/muster-server.service"));
        if (!unit.open(QIODevice::ReadOnly))
            return {};
        static const QRegularExpression execStart(QStringLiteral("^ExecStart=(.*)$"),
                                                  QRegularExpression::MultilineOption);
        return QProcess::splitCommand(execStart.match(QString::fromUtf8(unit.readAll())).captured(1));
    }

    // setpriv as the unit's User= and Group=, with a fresh environment as systemd gives.
    static QStringList asServiceUser()
    {
        return {QStringLiteral("--reuid=muster"), QStringLiteral("--regid=muster"),
                QStringLiteral("--init-groups"), QStringLiteral("--reset-env"), QStringLiteral("--")};
    }

    // Starts the installed server as the unit does, on a free port of 127.0.0.1, and waits for its
    // base URL and for its SIGTERM handler. Its output so far, for the caller to check.
    QString startServer()
    {
        const QStringList command = unitCommand();
        if (command.isEmpty())
            return QStringLiteral("no ExecStart in the installed unit");
        m_server = std::make_unique<QProcess>();
        m_server->setProcessChannelMode(QProcess::MergedChannels);
        m_server->setChildProcessModifier([] { ::umask(0027); }); // the unit's UMask=
        m_server->start(QStringLiteral("setpriv"),
                        asServiceUser() + command +
                            QStringList{QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                                        QStringLiteral("--port"), QStringLiteral("0")});
        static const QRegularExpression baseUrl(QStringLiteral("SCIM base URL: (\\S+)"));
        QString output;
        QDeadlineTimer deadline(ServerTimeoutMs);
        while (!deadline.hasExpired() && m_server->state() != QProcess::NotRunning) {
            m_server->waitForReadyRead(200);
            output += QString::fromUtf8(m_server->readAll());
            if (const QRegularExpressionMatch match = baseUrl.match(output); match.hasMatch()) {
                m_baseUrl = match.captured(1);
                break;
            }
        }
        // SIGTERM before the handler is installed would end the server by the signal's default action.
        while (!m_baseUrl.isEmpty() && !deadline.hasExpired() && !catchesSigterm(m_server->processId()))
            QTest::qWait(20);
        return output;
    }

    static bool catchesSigterm(qint64 pid)
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        if (!status.open(QIODevice::ReadOnly))
            return false;
        static const QRegularExpression caught(QStringLiteral("^SigCgt:\\s*([0-9a-f]+)$"),
                                               QRegularExpression::MultilineOption);
        const quint64 mask =
            caught.match(QString::fromLatin1(status.readAll())).captured(1).toULongLong(nullptr, 16);
        return mask & (quint64(1) << (SIGTERM - 1));
    }

    // SIGTERM, as systemctl stop sends: the exit code, or -1 when the server did not end in time.
    int stopServer()
    {
        if (!m_server || m_server->state() == QProcess::NotRunning)
            return -1;
        ::kill(pid_t(m_server->processId()), SIGTERM);
        if (!m_server->waitForFinished(ServerTimeoutMs)) {
            m_server->kill();
            m_server->waitForFinished();
            return -1;
        }
        return m_server->exitStatus() == QProcess::NormalExit ? m_server->exitCode() : -1;
    }

    void killServer()
    {
        if (m_server && m_server->state() != QProcess::NotRunning) {
            m_server->kill();
            m_server->waitForFinished();
        }
    }

    Run serverCommand(const QStringList& arguments) const
    {
        return run(QStringLiteral("setpriv"), asServiceUser() + unitCommand() + arguments);
    }

    Reply request(const QString& method, const QString& path, const QByteArray& token,
                  const QJsonObject& body = {}) const
    {
        QStringList arguments{QStringLiteral("--silent"),    QStringLiteral("--show-error"),
                              QStringLiteral("--max-time"),  QStringLiteral("20"),
                              QStringLiteral("--request"),   method,
                              QStringLiteral("--write-out"), QStringLiteral("\n%{http_code}")};
        if (!token.isEmpty())
            arguments << QStringLiteral("--header")
                      << QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(token);
        if (!body.isEmpty()) {
            arguments << QStringLiteral("--header") << QStringLiteral("Content-Type: application/scim+json")
                      << QStringLiteral("--data-binary") << QString::fromUtf8(QJsonDocument(body).toJson());
        }
        const Run curl = run(QStringLiteral("curl"), arguments << m_baseUrl + path);
        const qsizetype split = curl.out.lastIndexOf(u'\n');
        return {curl.out.mid(split + 1).toInt(),
                QJsonDocument::fromJson(curl.out.left(split).toUtf8()).object()};
    }

    static QFileDevice::Permissions modeBits(const QString& path)
    {
        const QFileDevice::Permissions everyone =
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
            QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        return QFileInfo(path).permissions() & everyone;
    }

private slots:
    void initTestCase()
    {
        if (::geteuid() != 0 || qEnvironmentVariable("MUSTER_TEST_INSTALL") != QLatin1String("1"))
            QSKIP("installs muster-server on this machine: runs as root with MUSTER_TEST_INSTALL=1 (CI sets "
                  "it)");
        for (const char* tool : {"apt-get", "dpkg-query", "setpriv", "curl", "getent"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(), tool);
        QVERIFY2(packageStatus().isEmpty(), "muster-server is known to dpkg here: this test would change it");
        QVERIFY2(!userExists(QStringLiteral("passwd")) && !userExists(QStringLiteral("group")),
                 "a user or group muster exists here: this test would delete it");
        QVERIFY2(!QFileInfo::exists(QStringLiteral("/var/lib/muster")) &&
                     !QFileInfo::exists(QStringLiteral("/etc/muster")),
                 "/var/lib/muster or /etc/muster exists here: this test would delete it");

        const QDir packages(qEnvironmentVariable("MUSTER_PACKAGES_DIR"));
        const QStringList debs = packages.entryList({QStringLiteral("muster-server_*.deb")}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        m_deb = packages.absoluteFilePath(debs.first());

        // Only the package itself goes in: what it depends on is here already, so that a purge restores
        // the machine.
        const Run simulated =
            aptGet({QStringLiteral("--simulate"), QStringLiteral("install"), localPackage()});
        QVERIFY2(simulated.exitCode == 0, qPrintable(simulated.all()));
        static const QRegularExpression installed(QStringLiteral("^Inst (\\S+)"),
                                                  QRegularExpression::MultilineOption);
        QStringList wouldInstall;
        for (auto it = installed.globalMatch(simulated.out); it.hasNext();)
            wouldInstall.append(it.next().captured(1));
        QCOMPARE(wouldInstall, QStringList{QString::fromLatin1(Package)});
        m_stateBefore = machineState();
    }

    void installCreatesTheUserAndFolders()
    {
        m_touched = true;
        const Run install = aptGet({QStringLiteral("install"), localPackage()});
        QVERIFY2(install.exitCode == 0, qPrintable(install.all()));
        QCOMPARE(packageStatus(), QStringLiteral("ii "));

        const QStringList account =
            run(QStringLiteral("getent"), {QStringLiteral("passwd"), QStringLiteral("muster")})
                .out.trimmed()
                .split(u':');
        QCOMPARE(account.size(), 7);
        QVERIFY2(account.at(2).toInt() < 1000, "a system user");
        QCOMPARE(account.at(5), QStringLiteral("/var/lib/muster"));
        QCOMPARE(account.at(6), QStringLiteral("/usr/sbin/nologin"));

        const QFileInfo data(QStringLiteral("/var/lib/muster"));
        QVERIFY(data.isDir());
        QCOMPARE(data.owner(), QStringLiteral("muster"));
        QCOMPARE(data.group(), QStringLiteral("muster"));
        QCOMPARE(modeBits(data.filePath()), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                                QFileDevice::ExeGroup);
        const QFileInfo settings(QStringLiteral("/etc/muster/muster.conf"));
        QCOMPARE(settings.owner(), QStringLiteral("root"));
        QCOMPARE(settings.group(), QStringLiteral("muster"));
        QCOMPARE(modeBits(settings.filePath()),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);

        // The unit is well formed and its ExecStart exists (systemd-analyze works without a running systemd).
        if (const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
            !analyze.isEmpty()) {
            const Run verified =
                run(analyze, {QStringLiteral("verify"),
                              QStringLiteral("/usr/lib/systemd/system/muster-server.service")});
            QVERIFY2(verified.exitCode == 0, qPrintable(verified.all()));
        }
    }

    void servesAsTheServiceUser()
    {
        const auto stopOnFailure = qScopeGuard([this] { killServer(); });
        const QString output = startServer();
        QVERIFY2(!m_baseUrl.isEmpty(), qPrintable(output));
        QVERIFY2(m_baseUrl.startsWith(QLatin1String("http://127.0.0.1:")), qPrintable(m_baseUrl));
        QVERIFY2(output.contains(QLatin1String("First start: created the token")), qPrintable(output));

        const Run created = serverCommand({QStringLiteral("token"), QStringLiteral("create"),
                                           QStringLiteral("--name"), QStringLiteral("install-test")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.all()));
        static const QRegularExpression secret(QStringLiteral("^(mst_\\S+)$"),
                                               QRegularExpression::MultilineOption);
        m_token = secret.match(created.out).captured(1).toLatin1();
        QVERIFY2(!m_token.isEmpty(), qPrintable(created.out));
        QCOMPARE(QFileInfo(QStringLiteral("/var/lib/muster/tokens.json")).owner(), QStringLiteral("muster"));

        QCOMPARE(request(QStringLiteral("GET"), QStringLiteral("/Users"), {}).status, 401);
        // A running server sees a new token within a second.
        QTRY_COMPARE_WITH_TIMEOUT(request(QStringLiteral("GET"), QStringLiteral("/Users"), m_token).status,
                                  200, 5000);
        const Reply posted =
            request(QStringLiteral("POST"), QStringLiteral("/Users"), m_token,
                    QJsonObject{{QStringLiteral("schemas"),
                                 QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
                                {QStringLiteral("userName"), QString::fromLatin1(UserName)}});
        QCOMPARE(posted.status, 201);
        m_userId = posted.json.value(QStringLiteral("id")).toString();
        QVERIFY(!m_userId.isEmpty());
        const Reply found = request(
            QStringLiteral("GET"),
            QStringLiteral("/Users?filter=userName%20eq%20%22%1%22").arg(QString::fromLatin1(UserName)),
            m_token);
        QCOMPARE(found.status, 200);
        QCOMPARE(found.json.value(QStringLiteral("totalResults")).toInt(), 1);

        QCOMPARE(stopServer(), 0);
        // Written by the service user, readable by nobody else (UMask=0027).
        const QString database = QStringLiteral("/var/lib/muster/muster.db");
        QCOMPARE(QFileInfo(database).owner(), QStringLiteral("muster"));
        QCOMPARE(modeBits(database) & (QFileDevice::ReadOther | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
    }

    void reinstallKeepsTheDirectory()
    {
        const auto stopOnFailure = qScopeGuard([this] { killServer(); });
        const Run reinstall =
            aptGet({QStringLiteral("install"), QStringLiteral("--reinstall"), localPackage()});
        QVERIFY2(reinstall.exitCode == 0, qPrintable(reinstall.all()));
        QCOMPARE(packageStatus(), QStringLiteral("ii "));

        const QString output = startServer();
        QVERIFY2(!m_baseUrl.isEmpty(), qPrintable(output));
        QVERIFY2(!output.contains(QLatin1String("First start")), qPrintable(output));
        const Reply user = request(QStringLiteral("GET"), QStringLiteral("/Users/") + m_userId, m_token);
        QCOMPARE(user.status, 200);
        QCOMPARE(user.json.value(QStringLiteral("userName")).toString(), QString::fromLatin1(UserName));
        QCOMPARE(stopServer(), 0);
    }

    void removeKeepsTheDirectory()
    {
        const Run remove = aptGet({QStringLiteral("remove"), QString::fromLatin1(Package)});
        QVERIFY2(remove.exitCode == 0, qPrintable(remove.all()));
        QCOMPARE(packageStatus(), QStringLiteral("rc "));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/usr/bin/muster-server")));
        for (const char* kept :
             {"/var/lib/muster/muster.db", "/var/lib/muster/tokens.json", "/etc/muster/muster.conf"})
            QVERIFY2(QFileInfo::exists(QString::fromLatin1(kept)), kept);
        QVERIFY(userExists(QStringLiteral("passwd")));
    }

    void purgeLeavesNothing()
    {
        const Run purge = aptGet({QStringLiteral("purge"), QString::fromLatin1(Package)});
        QVERIFY2(purge.exitCode == 0, qPrintable(purge.all()));
        QCOMPARE(packageStatus(), QString());
        QVERIFY(!QFileInfo::exists(QStringLiteral("/var/lib/muster")));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/etc/muster")));
        QVERIFY(!userExists(QStringLiteral("passwd")));
        QVERIFY(!userExists(QStringLiteral("group")));
        const QStringList before = m_stateBefore.split(u'\n');
        const QStringList after = machineState().split(u'\n');
        QStringList changes;
        for (const QString& line : before) {
            if (!after.contains(line))
                changes.append(QStringLiteral("gone: ") + line);
        }
        for (const QString& line : after) {
            if (!before.contains(line))
                changes.append(QStringLiteral("new:  ") + line);
        }
        QVERIFY2(changes.isEmpty(), qPrintable(changes.join(u'\n')));
        m_touched = false;
    }

    // After a failure, puts the machine back as initTestCase found it (no package, user or folders).
    void cleanupTestCase()
    {
        killServer();
        if (!m_touched)
            return;
        if (!packageStatus().isEmpty())
            aptGet({QStringLiteral("purge"), QString::fromLatin1(Package)});
        if (userExists(QStringLiteral("passwd")))
            run(QStringLiteral("userdel"), {QStringLiteral("muster")});
        if (userExists(QStringLiteral("group")))
            run(QStringLiteral("groupdel"), {QStringLiteral("muster")});
        for (const char* folder : {"/var/lib/muster", "/etc/muster"})
            QDir(QString::fromLatin1(folder)).removeRecursively();
    }
};

QTEST_GUILESS_MAIN(TestDebInstall)
#include "tst_debinstall.moc"
