#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
QT_END_NAMESPACE

namespace muster {

// Preferences: where the directory is kept (a SQLite file, or a PostgreSQL URL with a connection test
// that changes nothing), whether the server starts with the app, the theme and the language.
// Accepting saves them (AppSettings) and applies the theme at once; the store and the language apply
// at the next start, which the dialog says.
class SettingsDialog final : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    // What the store fields describe: "sqlite:<file>", the PostgreSQL URL, or empty for the default.
    QString storeLocation() const;
    // Runs the connection test in the background; the result shows under the fields.
    void testConnection();
    QString connectionResult() const;

    void accept() override;

signals:
    void connectionTested(bool ok);

private:
    void updateEnabled();

    QRadioButton* m_sqlite;
    QLineEdit* m_sqliteFile;
    QPushButton* m_browse;
    QRadioButton* m_postgres;
    QLineEdit* m_postgresUrl;
    QPushButton* m_test;
    QLabel* m_testResult;
    QCheckBox* m_startServer;
    QComboBox* m_theme;
    QComboBox* m_language;
};

} // namespace muster
