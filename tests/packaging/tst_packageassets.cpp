#include "config/ServerConfigLoader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace muster;

// What the installers ship besides the programs agrees with the code: the settings file lists every
// setting with its real default, the service unit starts muster-server with arguments it accepts, the
// icons have their sizes, and the version is the same in CMake, the AppStream metainfo and CHANGELOG.md.
class TestPackageAssets : public QObject {
    Q_OBJECT

private:
    static QString sourcePath(const QString& relative)
    {
        return QStringLiteral(MUSTER_SOURCE_DIR "/") + relative;
    }

    static QString settingsFile() { return sourcePath(QStringLiteral("packaging/linux/muster.conf")); }

    static QString readText(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("cannot read %s", qPrintable(path));
            return {};
        }
        return QString::fromUtf8(file.readAll());
    }

    // The settings muster-server reads from --config: its long options, but --config itself.
    static QStringList settingNames()
    {
        QCommandLineParser parser;
        ServerConfigLoader::addOptions(parser);
        static const QRegularExpression option(QStringLiteral("^\\s+--([a-z-]+)"),
                                               QRegularExpression::MultilineOption);
        QStringList names;
        for (auto it = option.globalMatch(parser.helpText()); it.hasNext();)
            names.append(it.next().captured(1));
        names.removeAll(QStringLiteral("config"));
        names.sort();
        return names;
    }

    // The commented-out settings of the file: ";name = value" lines, by name.
    static QMap<QString, QString> commentedSettings()
    {
        static const QRegularExpression line(QStringLiteral("^;([a-z-]+) = (.*)$"),
                                             QRegularExpression::MultilineOption);
        QMap<QString, QString> settings;
        for (auto it = line.globalMatch(readText(settingsFile())); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            settings.insert(match.captured(1), match.captured(2));
        }
        return settings;
    }

    static Result<ServerConfig> load(const QStringList& arguments)
    {
        QCommandLineParser parser;
        ServerConfigLoader::addOptions(parser);
        if (!parser.parse(QStringList{QStringLiteral("muster-server")} + arguments))
            return ScimError::badRequest(ScimType::InvalidValue, parser.errorText());
        return ServerConfigLoader::load(parser, QProcessEnvironment());
    }

    // "Key=value" lines of the systemd unit, in order; a key may repeat.
    static QList<QPair<QString, QString>> unitEntries()
    {
        QList<QPair<QString, QString>> entries;
        const QStringList lines =
            readText(sourcePath(QStringLiteral("packaging/linux/muster-server.service"))).split(u'\n');
        for (const QString& line : lines) {
            const qsizetype equals = line.indexOf(u'=');
            if (line.startsWith(u'#') || equals <= 0)
                continue;
            entries.append({line.left(equals), line.mid(equals + 1)});
        }
        return entries;
    }

    static QString unitValue(const QString& key)
    {
        const auto entries = unitEntries();
        const auto found =
            std::find_if(entries.begin(), entries.end(),
                         [&](const QPair<QString, QString>& entry) { return entry.first == key; });
        return found == entries.end() ? QString() : found->second;
    }

    // Width and height from a PNG's IHDR chunk.
    static QSize pngSize(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QByteArray header = file.read(24);
        if (header.size() < 24 || !header.startsWith("\x89PNG\r\n\x1a\n") || header.mid(12, 4) != "IHDR")
            return {};
        const auto bigEndian = [&](int offset) {
            return (quint8(header[offset]) << 24) | (quint8(header[offset + 1]) << 16) |
                   (quint8(header[offset + 2]) << 8) | quint8(header[offset + 3]);
        };
        return QSize(int(bigEndian(16)), int(bigEndian(20)));
    }

    // "## [0.1.0] - 2026-11-27": the newest released version in CHANGELOG.md and its date.
    static QPair<QString, QString> newestChangelogRelease()
    {
        static const QRegularExpression heading(
            QStringLiteral("^## \\[(\\d+\\.\\d+\\.\\d+)\\] - (\\d{4}-\\d{2}-\\d{2})$"),
            QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match =
            heading.match(readText(sourcePath(QStringLiteral("CHANGELOG.md"))));
        return match.hasMatch() ? QPair<QString, QString>{match.captured(1), match.captured(2)}
                                : QPair<QString, QString>{};
    }

private slots:
    // QSettings reads only ";" as a comment: a "#" line would become a key named "#port".
    void settingsFileSetsNothing()
    {
        QVERIFY(QFile::exists(settingsFile()));
        QSettings settings(settingsFile(), QSettings::IniFormat);
        QCOMPARE(settings.status(), QSettings::NoError);
        QCOMPARE(settings.allKeys(), QStringList());
        const auto loaded = load({QStringLiteral("--config"), settingsFile()});
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().detail));
    }

    void settingsFileListsEverySetting()
    {
        QStringList documented = commentedSettings().keys();
        documented.sort();
        QCOMPARE(documented, settingNames());
    }

    // Uncommented, the file's values are muster-server's defaults; the settings without a default show
    // examples, which need files of this machine.
    void settingsFileShowsTheDefaults()
    {
        const QStringList examples{QStringLiteral("schemas"), QStringLiteral("tls-cert"),
                                   QStringLiteral("tls-key"), QStringLiteral("public-url")};
        QString text = readText(settingsFile());
        const QMap<QString, QString> settings = commentedSettings();
        for (auto it = settings.begin(); it != settings.end(); ++it) {
            if (!examples.contains(it.key()))
                text.replace(u';' + it.key() + QStringLiteral(" = "), it.key() + QStringLiteral(" = "));
        }
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QFile uncommented(folder.filePath(QStringLiteral("muster.conf")));
        QVERIFY(uncommented.open(QIODevice::WriteOnly));
        uncommented.write(text.toUtf8());
        uncommented.close();

        const auto loaded = load({QStringLiteral("--config"), uncommented.fileName()});
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().detail));
        ServerConfig defaults;
        defaults.dataDirectory = QStringLiteral("/var/lib/muster");
        QCOMPARE(loaded->dataDirectory, defaults.dataDirectory);
        QCOMPARE(loaded->storeUrl(), defaults.storeUrl());
        QCOMPARE(loaded->bindAddress, defaults.bindAddress);
        QCOMPARE(loaded->port, defaults.port);
        QCOMPARE(loaded->workers, defaults.workers);
        QCOMPARE(loaded->allowBasicAuth, defaults.allowBasicAuth);
        QCOMPARE(loaded->metricsNeedToken, defaults.metricsNeedToken);
        QCOMPARE(loaded->strictProtocol, defaults.strictProtocol);
        QCOMPARE(loaded->maxBodyBytes, defaults.maxBodyBytes);
        QCOMPARE(loaded->maxConnections, defaults.maxConnections);
        QCOMPARE(loaded->bulkMaxOperations, defaults.bulkMaxOperations);
        QCOMPARE(loaded->bulkMaxPayloadBytes, defaults.bulkMaxPayloadBytes);
        QCOMPARE(loaded->cacheWarmCount, defaults.cacheWarmCount);
        QCOMPARE(loaded->idleTimeout, defaults.idleTimeout);
        QCOMPARE(loaded->databaseConnections, defaults.databaseConnections);
        QCOMPARE(loaded->databaseTimeoutMs, defaults.databaseTimeoutMs);
        QCOMPARE(loaded->sqliteSynchronousFull, defaults.sqliteSynchronousFull);
    }

    // The unit's command line is one muster-server accepts, with the data folder the package creates.
    void serviceStartsTheServerOnItsFolders()
    {
        QStringList arguments = QProcess::splitCommand(unitValue(QStringLiteral("ExecStart")));
        QCOMPARE(arguments.value(0), QStringLiteral("/usr/bin/muster-server"));
        arguments.removeFirst();
        QCOMPARE(arguments,
                 (QStringList{QStringLiteral("--data"), QStringLiteral("/var/lib/muster"),
                              QStringLiteral("--config"), QStringLiteral("/etc/muster/muster.conf")}));
        arguments[3] = settingsFile();
        const auto loaded = load(arguments);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().detail));
        QCOMPARE(loaded->dataDirectory, QStringLiteral("/var/lib/muster"));
        QCOMPARE(unitValue(QStringLiteral("ReadWritePaths")), loaded->dataDirectory);
    }

    void serviceHardening_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        const QList<QPair<QString, QString>> expected{
            {QStringLiteral("User"), QStringLiteral("muster")},
            {QStringLiteral("Group"), QStringLiteral("muster")},
            {QStringLiteral("NoNewPrivileges"), QStringLiteral("yes")},
            {QStringLiteral("ProtectSystem"), QStringLiteral("strict")},
            {QStringLiteral("ProtectHome"), QStringLiteral("yes")},
            {QStringLiteral("PrivateTmp"), QStringLiteral("yes")},
            {QStringLiteral("PrivateDevices"), QStringLiteral("yes")},
            {QStringLiteral("CapabilityBoundingSet"), QString()},
            {QStringLiteral("RestrictAddressFamilies"), QStringLiteral("AF_UNIX AF_INET AF_INET6")},
            {QStringLiteral("SystemCallFilter"), QStringLiteral("@system-service")},
            {QStringLiteral("UMask"), QStringLiteral("0027")},
        };
        for (const auto& [key, value] : expected)
            QTest::addRow("%s", qPrintable(key)) << key << value;
    }

    void serviceHardening()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QVERIFY2(unitEntries().contains({key, value}), qPrintable(key + u'=' + value));
    }

    void iconThemeSizes_data()
    {
        QTest::addColumn<int>("size");
        for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
            QTest::addRow("%dx%d", size, size) << size;
    }

    void iconThemeSizes()
    {
        QFETCH(int, size);
        const QString path =
            sourcePath(QStringLiteral("resources/icons/hicolor/%1x%1/apps/muster.png").arg(size));
        QCOMPARE(pngSize(path), QSize(size, size));
    }

    // Exactly the rendered sizes are installed: a new folder needs a row above and an install rule.
    void iconThemeHasNoOtherSizes()
    {
        const QStringList folders = QDir(sourcePath(QStringLiteral("resources/icons/hicolor")))
                                        .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QCOMPARE(folders,
                 (QStringList{QStringLiteral("128x128"), QStringLiteral("16x16"), QStringLiteral("22x22"),
                              QStringLiteral("24x24"), QStringLiteral("256x256"), QStringLiteral("32x32"),
                              QStringLiteral("48x48"), QStringLiteral("512x512"), QStringLiteral("64x64")}));
    }

    void desktopEntryStartsTheApp()
    {
        QSettings entry(sourcePath(QStringLiteral("resources/" MUSTER_APP_ID ".desktop")),
                        QSettings::IniFormat);
        entry.beginGroup(QStringLiteral("Desktop Entry"));
        QCOMPARE(entry.value(QStringLiteral("Exec")).toString(), QStringLiteral("muster"));
        QCOMPARE(entry.value(QStringLiteral("Icon")).toString(), QStringLiteral("muster"));
        QVERIFY(QFile::exists(sourcePath(QStringLiteral("resources/icons/muster.svg"))));
    }

    // The metainfo is named after its id, which is the app id of packaging/Packaging.cmake, points at the
    // desktop entry named after the same id, and lists this version, released on the day CHANGELOG.md gives.
    void metainfoMatchesTheRelease()
    {
        const QStringList candidates = QDir(sourcePath(QStringLiteral("resources")))
                                           .entryList({QStringLiteral("*.metainfo.xml")}, QDir::Files);
        QCOMPARE(candidates.size(), 1);
        QFile file(sourcePath(QStringLiteral("resources/") + candidates.first()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString id;
        QString launchable;
        QString version;
        QString date;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("id"))
                id = xml.readElementText();
            else if (xml.name() == QLatin1String("launchable"))
                launchable = xml.readElementText();
            else if (xml.name() == QLatin1String("release") && version.isEmpty()) {
                version = xml.attributes().value(QLatin1String("version")).toString();
                date = xml.attributes().value(QLatin1String("date")).toString();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(id, QStringLiteral(MUSTER_APP_ID));
        QCOMPARE(candidates.first(), id + QStringLiteral(".metainfo.xml"));
        QCOMPARE(launchable, id + QStringLiteral(".desktop"));
        QVERIFY(QFile::exists(sourcePath(QStringLiteral("resources/") + launchable)));
        QCOMPARE(version, QStringLiteral(MUSTER_VERSION));
        const auto [changelogVersion, changelogDate] = newestChangelogRelease();
        QCOMPARE(changelogVersion, QStringLiteral(MUSTER_VERSION));
        QCOMPARE(date, changelogDate);
    }

    void licenceIsTheSameEverywhere_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("mentions");
        QTest::addRow("LICENSE") << QStringLiteral("LICENSE")
                                 << QStringList{QStringLiteral("GNU GENERAL PUBLIC LICENSE"),
                                                QStringLiteral("Version 3, 29 June 2007"),
                                                QStringLiteral("END OF TERMS AND CONDITIONS")};
        QTest::addRow("metainfo")
            << QStringLiteral("resources/" MUSTER_APP_ID ".metainfo.xml")
            << QStringList{QStringLiteral("<project_license>GPL-3.0-or-later</project_license>"),
                           QStringLiteral("<metadata_license>CC0-1.0</metadata_license>")};
        QTest::addRow("Debian copyright")
            << QStringLiteral("packaging/linux/deb/copyright")
            << QStringList{
                   QStringLiteral(
                       "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"),
                   QStringLiteral("Files: *\n"), QStringLiteral("License: GPL-3+\n"),
                   QStringLiteral(
                       "either version 3 of the License, or\n (at your option) any later version."),
                   QStringLiteral("/usr/share/common-licenses/GPL-3")};
        QTest::addRow("README") << QStringLiteral("README.md")
                                << QStringList{QStringLiteral("## Licence"),
                                               QStringLiteral("GPL-3.0-or-later")};
        QTest::addRow("packages")
            << QStringLiteral("packaging/Packaging.cmake")
            << QStringList{
                   QStringLiteral("set(MUSTER_LICENSE_SPDX \"GPL-3.0-or-later\")"),
                   QStringLiteral("set(CPACK_RESOURCE_FILE_LICENSE \"${PROJECT_SOURCE_DIR}/LICENSE\")")};
    }

    // Muster links QtHttpServer (GPL-3.0 or commercial only), so it is GPL-3.0-or-later wherever a licence
    // is named: the full text, the AppStream metainfo, the Debian copyright file, the README, the packages.
    void licenceIsTheSameEverywhere()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, mentions);
        const QString text = readText(sourcePath(file));
        for (const QString& mention : mentions)
            QVERIFY2(text.contains(mention), qPrintable(mention));
    }
};

QTEST_GUILESS_MAIN(TestPackageAssets)
#include "tst_packageassets.moc"
