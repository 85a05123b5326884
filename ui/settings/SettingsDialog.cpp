#include "settings/SettingsDialog.h"

#include "settings/AppSettings.h"
#include "settings/StoreConnectionTest.h"
#include "settings/ThemeManager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace muster {

namespace {

// The languages Muster ships, by code; their names are written in their own language.
const QList<std::pair<QString, QString>>& languages()
{
    static const QList<std::pair<QString, QString>> list{
        {QStringLiteral("en"), QStringLiteral("English")},  {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")}, {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
    };
    return list;
}

} // namespace

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_sqlite(new QRadioButton(tr("&SQLite file"), this))
    , m_sqliteFile(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse..."), this))
    , m_postgres(new QRadioButton(tr("&PostgreSQL"), this))
    , m_postgresUrl(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_testResult(new QLabel(this))
    , m_startServer(new QCheckBox(tr("Start the SCIM server when Muster starts"), this))
    , m_theme(new QComboBox(this))
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));

    m_sqliteFile->setPlaceholderText(tr("Default: muster.db in your data folder"));
    m_sqliteFile->setAccessibleName(tr("SQLite file"));
    m_postgresUrl->setPlaceholderText(QStringLiteral("postgres://muster@127.0.0.1:5432/muster"));
    m_postgresUrl->setAccessibleName(tr("PostgreSQL URL"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const QString store = AppSettings::store();
    const bool postgres = store.startsWith(QLatin1String("postgres")) || store.contains(u'=');
    (postgres ? m_postgres : m_sqlite)->setChecked(true);
    if (postgres)
        m_postgresUrl->setText(store);
    else if (store.startsWith(QLatin1String("sqlite:")))
        m_sqliteFile->setText(store.mid(7));

    auto* storeBox = new QGroupBox(tr("Directory"), this);
    auto* storeLayout = new QFormLayout(storeBox);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_sqliteFile, 1);
    fileRow->addWidget(m_browse);
    storeLayout->addRow(m_sqlite, fileRow);
    storeLayout->addRow(m_postgres, m_postgresUrl);
    storeLayout->addRow(m_test, m_testResult);
    storeLayout->addRow(new QLabel(tr("A new location is used when Muster starts again."), storeBox));

    m_startServer->setChecked(AppSettings::startServerOnLaunch());

    m_theme->addItem(tr("System"), QVariant::fromValue(int(AppSettings::Theme::System)));
    m_theme->addItem(tr("Light"), QVariant::fromValue(int(AppSettings::Theme::Light)));
    m_theme->addItem(tr("Dark"), QVariant::fromValue(int(AppSettings::Theme::Dark)));
    m_theme->setCurrentIndex(m_theme->findData(int(AppSettings::theme())));
    m_theme->setAccessibleName(tr("Theme"));
    m_language->addItem(tr("System language"), QString());
    for (const auto& [code, name] : languages())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(AppSettings::language())));
    m_language->setAccessibleName(tr("Language"));

    auto* appearance = new QGroupBox(tr("Application"), this);
    auto* appearanceLayout = new QFormLayout(appearance);
    appearanceLayout->addRow(m_startServer);
    appearanceLayout->addRow(tr("T&heme:"), m_theme);
    appearanceLayout->addRow(tr("&Language:"), m_language);
    appearanceLayout->addRow(new QLabel(tr("A new language is used when Muster starts again."), appearance));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(storeBox);
    layout->addWidget(appearance);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_sqlite, &QRadioButton::toggled, this, &SettingsDialog::updateEnabled);
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getSaveFileName(this, tr("SQLite file"), m_sqliteFile->text(),
                                         tr("SQLite databases (*.db *.sqlite);;All files (*)"), nullptr,
                                         QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            m_sqliteFile->setText(file);
    });
    updateEnabled();
}

QString SettingsDialog::storeLocation() const
{
    if (m_postgres->isChecked())
        return m_postgresUrl->text().trimmed();
    const QString file = m_sqliteFile->text().trimmed();
    return file.isEmpty() ? QString() : QStringLiteral("sqlite:") + file;
}

void SettingsDialog::testConnection()
{
    const QString location = storeLocation();
    if (location.isEmpty()) {
        m_testResult->setText(tr("The default location: nothing to test."));
        emit connectionTested(true);
        return;
    }
    m_test->setEnabled(false);
    m_testResult->setText(tr("Testing..."));
    auto* watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcher<Result<QString>>::finished, this, [this, watcher] {
        const Result<QString> result = watcher->result();
        watcher->deleteLater();
        m_test->setEnabled(true);
        m_testResult->setText(result ? tr("Connected: %1").arg(*result)
                                     : tr("Cannot connect: %1").arg(result.error().detail));
        emit connectionTested(result.ok());
    });
    watcher->setFuture(QtConcurrent::run([location] { return StoreConnectionTest::run(location); }));
}

QString SettingsDialog::connectionResult() const
{
    return m_testResult->text();
}

void SettingsDialog::accept()
{
    AppSettings::setStore(storeLocation());
    AppSettings::setStartServerOnLaunch(m_startServer->isChecked());
    const auto theme = AppSettings::Theme(m_theme->currentData().toInt());
    AppSettings::setTheme(theme);
    ThemeManager::apply(theme);
    AppSettings::setLanguage(m_language->currentData().toString());
    QDialog::accept();
}

void SettingsDialog::updateEnabled()
{
    const bool sqlite = m_sqlite->isChecked();
    m_sqliteFile->setEnabled(sqlite);
    m_browse->setEnabled(sqlite);
    m_postgresUrl->setEnabled(!sqlite);
}

} // namespace muster
