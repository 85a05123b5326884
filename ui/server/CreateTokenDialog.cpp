#include "server/CreateTokenDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace muster {

CreateTokenDialog::CreateTokenDialog(const QStringList& tenants, const QString& currentTenant,
                                     QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_tenant(new QComboBox(this))
    , m_expiresCheck(new QCheckBox(tr("E&xpires"), this))
    , m_expires(new QDateTimeEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Create Token"));

    m_name->setPlaceholderText(tr("e.g. Entra ID production"));
    m_name->setAccessibleName(tr("Token name"));
    m_name->setMaxLength(200);

    m_tenant->addItems(tenants);
    m_tenant->setCurrentText(currentTenant);
    m_tenant->setAccessibleName(tr("Tenant"));
    m_tenant->setToolTip(tr("The only tenant the token opens"));

    m_expiresCheck->setAccessibleName(tr("The token expires"));
    m_expires->setCalendarPopup(true);
    m_expires->setDateTime(QDateTime::currentDateTime().addDays(90));
    m_expires->setMinimumDateTime(QDateTime::currentDateTime().addSecs(60));
    m_expires->setEnabled(false);
    m_expires->setAccessibleName(tr("Expiry date and time"));
    connect(m_expiresCheck, &QCheckBox::toggled, m_expires, &QWidget::setEnabled);

    auto* expiryRow = new QHBoxLayout;
    expiryRow->addWidget(m_expiresCheck);
    expiryRow->addWidget(m_expires, 1);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&reate"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &CreateTokenDialog::updateOk);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Tenant:"), m_tenant);
    form->addRow(tr("Expiry:"), expiryRow);
    form->addRow(m_buttons);
    updateOk();
}

QString CreateTokenDialog::name() const
{
    return m_name->text().trimmed();
}

QString CreateTokenDialog::tenant() const
{
    return m_tenant->currentText();
}

std::optional<QDateTime> CreateTokenDialog::expires() const
{
    if (!m_expiresCheck->isChecked())
        return std::nullopt;
    return m_expires->dateTime().toUTC();
}

void CreateTokenDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!name().isEmpty() && m_tenant->count() > 0);
}

} // namespace muster
