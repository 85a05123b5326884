#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

// The Linux packages cpack built from this tree (the packaging_build_packages fixture, in
// MUSTER_PACKAGES_DIR): each holds its own files, muster-server's depends on no GUI library, the
// dependencies computed from the binaries are there, and the service's settings are a conffile.
class TestPackages : public QObject {
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QString& program, const QStringList& arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return {-1, {}, QStringLiteral("%1 did not finish").arg(program)};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // The one package file in MUSTER_PACKAGES_DIR that matches `pattern`, or empty after a warning.
    static QString package(const QString& pattern)
    {
        const QDir folder(qEnvironmentVariable("MUSTER_PACKAGES_DIR"));
        const QStringList found = folder.entryList({pattern}, QDir::Files);
        if (found.size() != 1) {
            qWarning("%lld files match %s in %s", qlonglong(found.size()), qPrintable(pattern),
                     qPrintable(folder.path()));
            return {};
        }
        return folder.filePath(found.first());
    }

    // Package names out of a Depends field: "libc6 (>= 2.34), a | b" gives libc6, a and b.
    static QStringList dependencyNames(const QString& field)
    {
        QStringList names;
        static const QRegularExpression separator(QStringLiteral("[,|]"));
        for (const QString& alternative : field.split(separator, Qt::SkipEmptyParts))
            names.append(alternative.trimmed().section(u' ', 0, 0));
        return names;
    }

    static QStringList iconFiles(const QString& prefix)
    {
        QStringList files;
        for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
            files.append(prefix + QStringLiteral("/share/icons/hicolor/%1x%1/apps/muster.png").arg(size));
        files.append(prefix + QStringLiteral("/share/icons/hicolor/scalable/apps/muster.svg"));
        return files;
    }

    static QStringList desktopFiles(const QString& prefix)
    {
        return QStringList{prefix + QStringLiteral("/bin/muster"),
                           prefix + QStringLiteral("/share/applications/" MUSTER_APP_ID ".desktop"),
                           prefix + QStringLiteral("/share/metainfo/" MUSTER_APP_ID ".metainfo.xml")} +
               iconFiles(prefix);
    }

    static const QStringList& serviceFiles()
    {
        static const QStringList files{QStringLiteral("/usr/lib/systemd/system/muster-server.service"),
                                       QStringLiteral("/etc/muster/muster.conf")};
        return files;
    }

    void addPackageRows()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QStringList>("foreignFiles");
        QTest::addColumn<QStringList>("dependencies");
        QTest::addColumn<QStringList>("foreignDependencies");
        QTest::addRow("muster-server")
            << QStringLiteral("muster-server")
            << QStringList{QStringLiteral("/usr/bin/muster-server"),
                           QStringLiteral("/usr/share/doc/muster-server/copyright")} +
                   serviceFiles()
            << desktopFiles(QStringLiteral("/usr"))
            << QStringList{QStringLiteral("libqt6core6"),       QStringLiteral("libqt6network6"),
                           QStringLiteral("libqt6httpserver6"), QStringLiteral("libqt6sql6"),
                           QStringLiteral("libsodium23"),       QStringLiteral("libqt6sql6-sqlite")}
            << QStringList{QStringLiteral("libqt6widgets6"), QStringLiteral("libqt6gui6")};
        if (MUSTER_PACKAGES_HAVE_DESKTOP) {
            QTest::addRow("muster") << QStringLiteral("muster")
                                    << desktopFiles(QStringLiteral("/usr")) +
                                           QStringList{QStringLiteral("/usr/share/doc/muster/copyright")}
                                    << QStringList{QStringLiteral("/usr/bin/muster-server")} + serviceFiles()
                                    << QStringList{QStringLiteral("libqt6widgets6"),
                                                   QStringLiteral("libqt6gui6"),
                                                   QStringLiteral("libqt6httpserver6"),
                                                   QStringLiteral("libqt6sql6-sqlite")}
                                    << QStringList();
        }
    }

private slots:
    void debPackages_data() { addPackageRows(); }

    void debPackages()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, files);
        QFETCH(QStringList, foreignFiles);
        QFETCH(QStringList, dependencies);
        QFETCH(QStringList, foreignDependencies);
        const QString deb = package(name + QStringLiteral("_*.deb"));
        QVERIFY(!deb.isEmpty());

        const Run info = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-I"), deb});
        QCOMPARE(info.exitCode, 0);
        static const QRegularExpression field(QStringLiteral("^ (Package|Version|Depends): (.*)$"),
                                              QRegularExpression::MultilineOption);
        QMap<QString, QString> fields;
        for (auto it = field.globalMatch(info.out); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            fields.insert(match.captured(1), match.captured(2));
        }
        QCOMPARE(fields.value(QStringLiteral("Package")), name);
        QCOMPARE(fields.value(QStringLiteral("Version")), QStringLiteral(MUSTER_VERSION "-1"));
        const QStringList depends = dependencyNames(fields.value(QStringLiteral("Depends")));
        for (const QString& dependency : dependencies)
            QVERIFY2(depends.contains(dependency),
                     qPrintable(dependency + QStringLiteral(" missing: ") + info.out));
        for (const QString& dependency : foreignDependencies)
            QVERIFY2(!depends.contains(dependency),
                     qPrintable(dependency + QStringLiteral(" found: ") + info.out));

        const Run contents = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--contents"), deb});
        QCOMPARE(contents.exitCode, 0);
        QStringList paths;
        for (const QString& line : contents.out.split(u'\n', Qt::SkipEmptyParts))
            paths.append(line.section(u' ', -1).mid(1)); // "./usr/bin/x" -> "/usr/bin/x"
        for (const QString& file : files)
            QVERIFY2(paths.contains(file), qPrintable(file + QStringLiteral(" missing: ") + contents.out));
        for (const QString& file : foreignFiles)
            QVERIFY2(!paths.contains(file), qPrintable(file + QStringLiteral(" found")));
    }

    // The settings are a conffile that the scripts make readable by root and the service's group only,
    // and the maintainer scripts manage the user, the data and the service.
    void debServerControl_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QStringList>("mentions");
        QTest::addRow("conffiles") << QStringLiteral("conffiles")
                                   << QStringList{QStringLiteral("/etc/muster/muster.conf")};
        QTest::addRow("postinst") << QStringLiteral("postinst")
                                  << QStringList{QStringLiteral("useradd --system"),
                                                 QStringLiteral("/var/lib/muster"),
                                                 QStringLiteral("chown root:muster /etc/muster/muster.conf"),
                                                 QStringLiteral("deb-systemd-helper enable")};
        QTest::addRow("prerm") << QStringLiteral("prerm")
                               << QStringList{QStringLiteral("stop muster-server")};
        QTest::addRow("postrm") << QStringLiteral("postrm")
                                << QStringList{QStringLiteral("purge)"),
                                               QStringLiteral("rm -rf /var/lib/muster"),
                                               QStringLiteral("userdel muster")};
    }

    void debServerControl()
    {
        QFETCH(QString, member);
        QFETCH(QStringList, mentions);
        const QString deb = package(QStringLiteral("muster-server_*.deb"));
        QVERIFY(!deb.isEmpty());
        const Run shown = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--info"), deb, member});
        QCOMPARE(shown.exitCode, 0);
        for (const QString& mention : mentions)
            QVERIFY2(shown.out.contains(mention), qPrintable(mention));
    }

    void rpmPackages_data() { addPackageRows(); }

    void rpmPackages()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, files);
        QFETCH(QStringList, foreignFiles);
        QFETCH(QStringList, foreignDependencies);
        const QString rpm = package(name + QStringLiteral("-" MUSTER_VERSION "-1.*.rpm"));
        QVERIFY(!rpm.isEmpty());

        const Run required =
            run(QStringLiteral("rpm"), {QStringLiteral("-qp"), QStringLiteral("--requires"), rpm});
        QCOMPARE(required.exitCode, 0);
        // RPM's autoreq names sonames, not packages: libqt6widgets6 is libQt6Widgets.so.6.
        QVERIFY2(required.out.contains(QLatin1String("libQt6Core.so.6")), qPrintable(required.out));
        for (const QString& dependency : foreignDependencies) {
            const QString soname = dependency == QLatin1String("libqt6widgets6")
                                       ? QStringLiteral("libQt6Widgets")
                                       : QStringLiteral("libQt6Gui");
            QVERIFY2(!required.out.contains(soname), qPrintable(required.out));
        }

        const Run licence = run(QStringLiteral("rpm"), {QStringLiteral("-qp"), QStringLiteral("--qf"),
                                                        QStringLiteral("%{LICENSE}"), rpm});
        QCOMPARE(licence.out, QStringLiteral("GPL-3.0-or-later"));

        const Run listed = run(QStringLiteral("rpm"), {QStringLiteral("-qpl"), rpm});
        QCOMPARE(listed.exitCode, 0);
        const QStringList paths = listed.out.split(u'\n', Qt::SkipEmptyParts);
        for (const QString& file : files)
            QVERIFY2(paths.contains(file), qPrintable(file + QStringLiteral(" missing: ") + listed.out));
        for (const QString& file : foreignFiles)
            QVERIFY2(!paths.contains(file), qPrintable(file + QStringLiteral(" found")));
    }

    void rpmServerSettingsAndScripts()
    {
        const QString rpm = package(QStringLiteral("muster-server-" MUSTER_VERSION "-1.*.rpm"));
        QVERIFY(!rpm.isEmpty());
        const Run config = run(QStringLiteral("rpm"), {QStringLiteral("-qpc"), rpm});
        QCOMPARE(config.out.trimmed(), QStringLiteral("/etc/muster/muster.conf"));
        const Run scripts =
            run(QStringLiteral("rpm"), {QStringLiteral("-qp"), QStringLiteral("--scripts"), rpm});
        QVERIFY2(scripts.out.contains(QLatin1String("useradd --system")), qPrintable(scripts.out));
        QVERIFY2(scripts.out.contains(QLatin1String("disable --now muster-server.service")),
                 qPrintable(scripts.out));
    }

    // The archive holds both programs and the desktop assets under one folder, and no system files.
    void archive()
    {
        const QString archive = package(QStringLiteral("Muster-" MUSTER_VERSION "-Linux.tar.gz"));
        QVERIFY(!archive.isEmpty());
        const Run listed = run(QStringLiteral("tar"), {QStringLiteral("-tzf"), archive});
        QCOMPARE(listed.exitCode, 0);
        const QStringList paths = listed.out.split(u'\n', Qt::SkipEmptyParts);
        const QString top = QStringLiteral("Muster-" MUSTER_VERSION "-Linux");
        QVERIFY(paths.contains(top + QStringLiteral("/bin/muster-server")));
        if (MUSTER_PACKAGES_HAVE_DESKTOP) {
            for (const QString& file : desktopFiles(top))
                QVERIFY2(paths.contains(file), qPrintable(file));
        }
        for (const QString& path : paths) {
            QVERIFY2(path.startsWith(top + u'/'), qPrintable(path));
            QVERIFY2(!path.contains(QLatin1String("/etc/")) && !path.contains(QLatin1String("systemd")),
                     qPrintable(path));
        }
    }
};

QTEST_GUILESS_MAIN(TestPackages)
#include "tst_packages.moc"
