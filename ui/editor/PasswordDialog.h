#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace muster {

// Asks for a new password twice. The directory hashes it; nothing here keeps it once the dialog is gone.
class PasswordDialog final : public QDialog {
    Q_OBJECT

public:
    explicit PasswordDialog(const QString& userLabel, QWidget* parent = nullptr);

    QString password() const;
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* confirmationEdit() const { return m_confirmation; }
    QPushButton* okButton() const { return m_ok; }

private:
    void check();

    QLineEdit* m_password;
    QLineEdit* m_confirmation;
    QLabel* m_problem;
    QPushButton* m_ok;
};

} // namespace muster
