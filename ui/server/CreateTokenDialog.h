#pragma once

#include <QDateTime>
#include <QDialog>

#include <optional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLineEdit;
QT_END_NAMESPACE

namespace muster {

// Asks for a new token's name, tenant and optional expiry. Creating it is the caller's business.
class CreateTokenDialog final : public QDialog {
    Q_OBJECT

public:
    CreateTokenDialog(const QStringList& tenants, const QString& currentTenant, QWidget* parent = nullptr);

    QString name() const;
    QString tenant() const;
    // UTC; nullopt when the token never expires.
    std::optional<QDateTime> expires() const;

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* tenantBox() const { return m_tenant; }
    QCheckBox* expiresCheck() const { return m_expiresCheck; }
    QDateTimeEdit* expiresEdit() const { return m_expires; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void updateOk();

    QLineEdit* m_name;
    QComboBox* m_tenant;
    QCheckBox* m_expiresCheck;
    QDateTimeEdit* m_expires;
    QDialogButtonBox* m_buttons;
};

} // namespace muster
