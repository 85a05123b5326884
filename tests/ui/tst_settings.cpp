#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "settings/ThemeManager.h"

#include <QApplication>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

using namespace muster;

// Preferences: saved, applied, and the store connection test.
class TestSettings : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("MusterTest"));
        QApplication::setApplicationName(QStringLiteral("tst_settings"));
        QVERIFY(m_dir.isValid());
    }

    void themes_data()
    {
        QTest::addColumn<int>("theme");
        QTest::addColumn<bool>("darkWindow");
        QTest::newRow("dark") << int(AppSettings::Theme::Dark) << true;
        QTest::newRow("light") << int(AppSettings::Theme::Light) << false;
        QTest::newRow("system") << int(AppSettings::Theme::System) << false;
    }

    void themes()
    {
        QFETCH(int, theme);
        QFETCH(bool, darkWindow);
        ThemeManager::apply(AppSettings::Theme(theme));
        QCOMPARE(QApplication::palette().color(QPalette::Window).lightness() < 128, darkWindow);
        if (AppSettings::Theme(theme) != AppSettings::Theme::System)
            QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    }

    void connectionTest_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("message");
        QTest::newRow("a new SQLite file")
            << QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("new/muster.db")) << true
            << QStringLiteral("will be created");
        QTest::newRow("a SQLite folder that cannot be written")
            << QStringLiteral("sqlite:/proc/muster/muster.db") << false
            << QStringLiteral("cannot be written");
        QTest::newRow("PostgreSQL that is not there")
            << QStringLiteral("postgres://muster@127.0.0.1:1/muster") << false
            << QStringLiteral("Cannot connect");
        QTest::newRow("not a location")
            << QStringLiteral("ftp://example.com") << false << QStringLiteral("Cannot connect");
    }

    void connectionTest()
    {
        QFETCH(QString, location);
        QFETCH(bool, ok);
        QFETCH(QString, message);
        SettingsDialog dialog;
        auto* postgres = dialog.findChild<QRadioButton*>();
        QVERIFY(postgres);
        const bool sqlite = location.startsWith(QLatin1String("sqlite:"));
        const auto fields = dialog.findChildren<QLineEdit*>();
        for (QLineEdit* field : fields) {
            if (field->accessibleName() ==
                (sqlite ? QStringLiteral("SQLite file") : QStringLiteral("PostgreSQL URL")))
                field->setText(sqlite ? location.mid(7) : location);
        }
        for (QRadioButton* button : dialog.findChildren<QRadioButton*>()) {
            if (button->text().contains(sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL")))
                button->setChecked(true);
        }
        QCOMPARE(dialog.storeLocation(), location);
        QSignalSpy tested(&dialog, &SettingsDialog::connectionTested);
        dialog.testConnection();
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.first().first().toBool(), ok);
        QVERIFY2(dialog.connectionResult().contains(message), qPrintable(dialog.connectionResult()));
    }

    void acceptSaves()
    {
        SettingsDialog dialog;
        for (QLineEdit* field : dialog.findChildren<QLineEdit*>()) {
            if (field->accessibleName() == QStringLiteral("SQLite file"))
                field->setText(m_dir.filePath(QStringLiteral("chosen.db")));
        }
        dialog.accept();
        QCOMPARE(AppSettings::store(),
                 QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("chosen.db")));
        // A new dialog shows what was saved.
        SettingsDialog again;
        QCOMPARE(again.storeLocation(), AppSettings::store());
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
