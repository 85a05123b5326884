#include "inspector/HarExport.h"
#include "models/ResourceColumn.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "settings/StoreConnectionTest.h"
#include "store/MemoryStore.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace muster;

namespace {

// One <message> of a Qt Linguist .ts file.
struct TsMessage {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // of <translation>: "", "unfinished", "obsolete" or "vanished"
    QStringList forms;

    // What tells messages apart for lupdate and QTranslator.
    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    bool retired() const { return type == u"obsolete" || type == u"vanished"; }
};

struct TsFile {
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTsFile(const QString& path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == u"context") {
            context.clear();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = TsMessage{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes",
                                {},      {}};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        message.forms.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.forms.append(xml.readElementText());
            }
            ts.messages.append(message);
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

// %1..%9 and %n (also as %L1, %Ln), each once: what a translation must keep of its source.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?([1-9]|n)(?![0-9])"));
    QStringList found;
    for (const auto& match : pattern.globalMatch(text))
        found.append(match.captured(1));
    found.sort();
    found.removeDuplicates();
    return found;
}

// Whether a menu or label text has a keyboard accelerator ("&File"; not "&&" nor an entity "&lt;").
bool hasAccelerator(QString text)
{
    static const QRegularExpression entity(QStringLiteral("&(#[0-9]+|[A-Za-z]+);"));
    static const QRegularExpression accelerator(QStringLiteral("&[^\\s&]"));
    text.remove(entity).remove(QStringLiteral("&&"));
    return accelerator.match(text).hasMatch();
}

QStringList shippedLanguages()
{
    return QString::fromLatin1(MUSTER_TRANSLATION_LANGUAGES).split(u',');
}

// The number of plural forms Qt uses for a language (QTranslator's numerus rules).
int pluralForms(const QString& language)
{
    return language == u"ja" ? 1 : 2;
}

QString shippedFile(const QString& language)
{
    return QStringLiteral(MUSTER_SOURCE_DIR "/translations/muster_%1.ts").arg(language);
}

} // namespace

// The translations as IT staff meet them: complete, current with the code, and loaded by the app.
class TestTranslations : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTranslator> m_translator;

    void addLanguageRows()
    {
        QTest::addColumn<QString>("language");
        for (const QString& language : shippedLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }

    // Installs Muster's translation for `language` the way app/muster_main.cpp does.
    bool install(const QString& language)
    {
        m_translator = std::make_unique<QTranslator>();
        if (!m_translator->load(QLocale(language), QStringLiteral("muster"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")))
            return false;
        return QCoreApplication::installTranslator(m_translator.get());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("MusterTest"));
        QApplication::setApplicationName(QStringLiteral("tst_translations"));
    }

    void cleanup()
    {
        if (m_translator)
            QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }

    void everyMessageIsTranslated_data() { addLanguageRows(); }

    // No unfinished, retired or empty entry; placeholders, plural forms and accelerators as in the source.
    void everyMessageIsTranslated()
    {
        QFETCH(QString, language);
        const TsFile ts = readTsFile(shippedFile(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QCOMPARE(ts.language, language);
        QVERIFY(ts.messages.size() > 100);
        QStringList problems;
        for (const TsMessage& message : ts.messages) {
            const QString where = message.context + u": \"" + message.source + u'"';
            if (!message.type.isEmpty())
                problems.append(where + u" is " + message.type);
            const qsizetype expectedForms = message.numerus ? pluralForms(language) : 1;
            if (message.forms.size() != expectedForms)
                problems.append(
                    where +
                    QStringLiteral(" has %1 forms, not %2").arg(message.forms.size()).arg(expectedForms));
            for (const QString& form : message.forms) {
                if (form.trimmed().isEmpty())
                    problems.append(where + u" has an empty translation");
                else if (placeholders(form) != placeholders(message.source))
                    problems.append(where + u" -> \"" + form + u"\" changes the placeholders");
                else if (hasAccelerator(form) != hasAccelerator(message.source))
                    problems.append(where + u" -> \"" + form + u"\" changes the keyboard accelerator");
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
    }

    void translationsAreCurrent_data() { addLanguageRows(); }

    // lupdate, run again into a copy, finds exactly the shipped messages: none missing, none stale, none
    // marked obsolete that the code still uses, and no tr() call it cannot attribute to a context.
    void translationsAreCurrent()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("muster_%1.ts").arg(language));
        QVERIFY(QFile::copy(shippedFile(language), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        QStringList arguments = QString::fromLatin1(MUSTER_LUPDATE_OPTIONS).split(u',', Qt::SkipEmptyParts);
        arguments << QStringLiteral(MUSTER_SOURCE_DIR "/ui") << QStringLiteral(MUSTER_SOURCE_DIR "/app")
                  << QStringLiteral(MUSTER_SOURCE_DIR "/server/config/ServerConfigLoader.cpp")
                  << QStringLiteral("-ts") << copy;
        lupdate.start(QStringLiteral(MUSTER_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
        const QString output = QString::fromLocal8Bit(lupdate.readAll());
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));
        // lupdate's warnings name a file and a line ("ResourceColumn.cpp:27: Class ... lacks Q_OBJECT").
        static const QRegularExpression warning(QStringLiteral("^.+:[0-9]+: .*$"),
                                                QRegularExpression::MultilineOption);
        const auto warned = warning.match(output);
        QVERIFY2(!warned.hasMatch(), qPrintable(warned.captured(0)));

        const TsFile shipped = readTsFile(shippedFile(language));
        const TsFile fresh = readTsFile(copy);
        QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
        QHash<QString, TsMessage> shippedByKey;
        for (const TsMessage& message : shipped.messages)
            shippedByKey.insert(message.key(), message);
        QSet<QString> inCode;
        QStringList problems;
        for (const TsMessage& message : fresh.messages) {
            if (message.retired())
                continue;
            inCode.insert(message.key());
            const auto old = shippedByKey.constFind(message.key());
            if (old == shippedByKey.cend())
                problems.append(message.context + u": \"" + message.source + u"\" is not in the file");
            else if (old->retired())
                problems.append(message.context + u": \"" + message.source + u"\" is marked " + old->type +
                                u" but the code uses it");
        }
        for (const TsMessage& message : shipped.messages) {
            if (!message.retired() && !inCode.contains(message.key()))
                problems.append(message.context + u": \"" + message.source + u"\" is no longer in the code");
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(problems.mid(0, 20).join(u'\n') +
                            u"\nRun: cmake --build <build> --target update-translations, then translate."));
    }

    void embeddedTranslationsLoad_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* name, const char* language, const char* context, const char* source,
                            int count, const QString& expected) {
            QTest::addRow("%s", name) << QString::fromLatin1(language) << QString::fromLatin1(context)
                                      << QString::fromLatin1(source) << count << expected;
        };
        row("de menu", "de", "muster::MainWindow", "&Refresh", -1, QStringLiteral("&Aktualisieren"));
        row("de one user", "de", "muster::MainWindow", "%n user(s)", 1, QStringLiteral("1 Benutzer"));
        row("de groups", "de", "muster::MainWindow", "%n group(s)", 3, QStringLiteral("3 Gruppen"));
        row("fr menu", "fr", "muster::MainWindow", "&Refresh", -1, QStringLiteral("&Actualiser"));
        row("fr no group", "fr", "muster::MainWindow", "%n group(s)", 0, QStringLiteral("0 groupe"));
        row("fr groups", "fr", "muster::MainWindow", "%n group(s)", 2, QStringLiteral("2 groupes"));
        row("es menu", "es", "muster::MainWindow", "&Refresh", -1, QStringLiteral("&Actualizar"));
        row("es one group", "es", "muster::MainWindow", "%n group(s)", 1, QStringLiteral("1 grupo"));
        row("es groups", "es", "muster::MainWindow", "%n group(s)", 0, QStringLiteral("0 grupos"));
        row("ja menu", "ja", "muster::MainWindow", "&Refresh", -1, QStringLiteral("再読み込み(&R)"));
        row("ja users", "ja", "muster::MainWindow", "%n user(s)", 5, QStringLiteral("5 人のユーザー"));
        row("de command line", "de", "main", "Cannot start the server: %1", -1,
            QStringLiteral("Der Server kann nicht gestartet werden: %1"));
    }

    // The .qm files are embedded where the app looks (":/i18n/muster_<lang>.qm") and hold the translations.
    void embeddedTranslationsLoad()
    {
        QFETCH(QString, language);
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(int, count);
        QFETCH(QString, expected);
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/muster_%1.qm").arg(language)));
        QVERIFY(install(language));
        QCOMPARE(m_translator->language(), language);
        QString translated = QCoreApplication::translate(context.toUtf8().constData(),
                                                         source.toUtf8().constData(), nullptr, count);
        QCOMPARE(translated, expected);
    }

    void serverSpeaksTheSystemLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        const QStringList help{QStringLiteral("--help")};
        const QStringList unknown{QStringLiteral("--store"), QStringLiteral("memory"),
                                  QStringLiteral("frobnicate")};
        QTest::newRow("en help") << QStringLiteral("C") << help
                                 << QStringLiteral("Check that the directory works, then exit.");
        QTest::newRow("de help") << QStringLiteral("de_DE.UTF-8") << help
                                 << QStringLiteral("Prüfen, ob das Verzeichnis funktioniert, dann beenden.");
        QTest::newRow("de setting")
            << QStringLiteral("de_DE.UTF-8") << help
            << QStringLiteral("Port, auf dem gelauscht wird (Standard 8080; 0 wählt einen freien).");
        QTest::newRow("fr setting") << QStringLiteral("fr_FR.UTF-8") << help
                                    << QStringLiteral(
                                           "Port d'écoute (8080 par défaut\u00a0; 0 en choisit un libre).");
        QTest::newRow("es error") << QStringLiteral("es_ES.UTF-8") << unknown
                                  << QStringLiteral("Orden desconocida «frobnicate»; vea --help.");
        QTest::newRow("ja self-check")
            << QStringLiteral("ja_JP.UTF-8") << QStringList{QStringLiteral("--self-check")}
            << QStringLiteral("OK ユーザーの作成");
        QTest::newRow("ja error") << QStringLiteral("ja_JP.UTF-8") << unknown
                                  << QStringLiteral(
                                         "不明なコマンド「frobnicate」です。--help を参照してください。");
    }

    // muster-server's help and messages follow the system's language (LANG), with its own translations
    // embedded like the app's; the settings' descriptions come from server/config.
    void serverSpeaksTheSystemLanguage()
    {
#if !defined(Q_OS_UNIX) || defined(Q_OS_MACOS)
        QSKIP("Only Linux and other Unix systems take the language from LANG; Windows and macOS take it from "
              "the user's settings");
#endif
        QFETCH(QString, locale);
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
            environment.remove(QString::fromLatin1(name));
        environment.insert(QStringLiteral("LANG"), locale);
        QProcess server;
        server.setProcessEnvironment(environment);
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(QStringLiteral(MUSTER_SERVER_EXECUTABLE), arguments);
        QVERIFY2(server.waitForFinished(30000), qPrintable(server.errorString()));
        // The help wraps its lines: compare the words.
        const QString output = QString::fromUtf8(server.readAll()).simplified();
        QVERIFY2(output.contains(expected.simplified()), qPrintable(output));
    }

    void codeFindsItsTranslations_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("userNameColumn");
        QTest::addColumn<QString>("memoryStore");
        QTest::addColumn<QString>("harWriteError");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Benutzername")
                            << QStringLiteral("im Speicher gehalten: nichts wird gespeichert")
                            << QStringLiteral("kann nicht geschrieben werden");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Nom d'utilisateur")
                            << QStringLiteral("conservé en mémoire\u00a0: rien n'est enregistré")
                            << QStringLiteral("Impossible d'écrire");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Nombre de usuario")
                            << QStringLiteral("se guarda en memoria: no se conserva nada")
                            << QStringLiteral("No se puede escribir");
        QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("ユーザー名")
                            << QStringLiteral("メモリ内に保持: 何も保存されません")
                            << QStringLiteral("に書き込めません");
    }

    // Classes without Q_OBJECT translate under the context lupdate files them in.
    void codeFindsItsTranslations()
    {
        QFETCH(QString, language);
        QFETCH(QString, userNameColumn);
        QFETCH(QString, memoryStore);
        QFETCH(QString, harWriteError);
        QVERIFY(install(language));
        QCOMPARE(ResourceColumn::userColumns().constFirst().title, userNameColumn);
        const auto tested = StoreConnectionTest::run(QStringLiteral("memory"));
        QVERIFY(tested);
        QCOMPARE(*tested, memoryStore);
        QTemporaryDir dir;
        const Status saved = HarExport::save(dir.filePath(QStringLiteral("missing/requests.har")), {});
        QVERIFY(!saved);
        QVERIFY2(saved.error().detail.contains(harWriteError), qPrintable(saved.error().detail));
    }

    void settingsChooseAShippedLanguage_data()
    {
        addLanguageRows();
    }

    // The settings offer every shipped language; choosing one stores the code that start-up loads.
    void settingsChooseAShippedLanguage()
    {
        QFETCH(QString, language);
        AppSettings::setLanguage(QString());
        {
            SettingsDialog dialog;
            QComboBox* languages = nullptr;
            for (auto* combo : dialog.findChildren<QComboBox*>()) {
                if (combo->accessibleName() == u"Language")
                    languages = combo;
            }
            QVERIFY(languages);
            QCOMPARE(languages->currentData().toString(), QString()); // the system's language
            for (int index = 0; index < languages->count(); ++index) {
                const QString code = languages->itemData(index).toString();
                if (!code.isEmpty() && code != u"en")
                    QVERIFY2(shippedLanguages().contains(code),
                             qPrintable(code + u" is offered but not shipped"));
            }
            const int index = languages->findData(language);
            QVERIFY2(index > 0, qPrintable(language + u" is shipped but not offered"));
            languages->setCurrentIndex(index);
            dialog.accept();
        }
        QCOMPARE(AppSettings::language(), language);
        QVERIFY(install(AppSettings::language()));
        QCOMPARE(m_translator->language(), language);
        AppSettings::setLanguage(QString());
    }

    void aboutShowsTheLicence_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("licence");
        QTest::newRow("en") << QString() << QStringLiteral("GNU General Public License</a>, version 3 or");
        QTest::newRow("de") << QStringLiteral("de")
                            << QStringLiteral("GNU General Public License</a>, Version 3");
        QTest::newRow("fr") << QStringLiteral("fr")
                            << QStringLiteral("Licence publique générale GNU</a>, version 3");
        QTest::newRow("es") << QStringLiteral("es")
                            << QStringLiteral("Licencia Pública General de GNU</a>, versión 3");
        QTest::newRow("ja") << QStringLiteral("ja")
                            << QStringLiteral("GNU 一般公衆利用許諾書</a>のバージョン 3");
    }

    // Help > About names Muster's licence, GPL-3.0-or-later, in the user's language.
    void aboutShowsTheLicence()
    {
        QFETCH(QString, language);
        QFETCH(QString, licence);
        if (!language.isEmpty())
            QVERIFY(install(language));
        const auto registry = SchemaRegistry::builtIn();
        DirectoryOptions options;
        options.passwordStrength = PasswordHasher::Strength::Fast;
        MainWindow window(
            std::make_shared<Directory>(registry, std::make_shared<MemoryStore>(registry), options),
            QStringLiteral("memory"));
        QAction* about = nullptr;
        for (QAction* menu : window.menuBar()->actions()) {
            for (QAction* action : menu->menu() ? menu->menu()->actions() : QList<QAction*>()) {
                if (action->menuRole() == QAction::AboutRole)
                    about = action;
            }
        }
        QVERIFY(about);
        QString shown;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&shown] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        poll.start(10);
        about->trigger();
        QVERIFY2(shown.contains(licence), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html")));
    }

    void qtTranslationsLoad_data()
    {
        addLanguageRows();
    }

    // Qt's own strings (standard buttons, context menus) follow the language too, when the system has them.
    void qtTranslationsLoad()
    {
        QFETCH(QString, language);
        const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        QTranslator qt;
        if (!qt.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"), folder))
            QSKIP(qPrintable(u"No qtbase_" + language + u".qm in " + folder +
                             u": install qt6-translations-l10n"));
        const QString cancel = qt.translate("QPlatformTheme", "Cancel");
        QVERIFY(!cancel.isEmpty());
        QVERIFY(cancel != u"Cancel");
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
