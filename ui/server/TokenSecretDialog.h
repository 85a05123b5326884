#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace muster {

// Shows a new token's secret the one time it exists in clear, with a button that copies it.
class TokenSecretDialog final : public QDialog {
    Q_OBJECT

public:
    TokenSecretDialog(const QString& tokenName, const QString& secret, QWidget* parent = nullptr);

    QString secret() const;
    QLineEdit* secretEdit() const { return m_secret; }
    QPushButton* copyButton() const { return m_copy; }

private:
    QLineEdit* m_secret;
    QPushButton* m_copy;
};

} // namespace muster
