#include "tenants/NewTenantDialog.h"

#include "directory/Directory.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace muster {

NewTenantDialog::NewTenantDialog(QStringList existingTenants, QWidget* parent)
    : QDialog(parent)
    , m_existing(std::move(existingTenants))
    , m_name(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_create(m_buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("New Tenant"));
    m_name->setAccessibleName(tr("Tenant name"));
    m_name->setPlaceholderText(tr("e.g. acme or eu.acme-2"));
    m_name->setMaxLength(64);
    m_name->setToolTip(
        tr("1-64 letters, digits, '.', '_' or '-': the name is part of the tenant's SCIM URL"));
    m_problem->setObjectName(QStringLiteral("tenantNameProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_problem->setAccessibleName(tr("Problem with the name"));
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_problem->setPalette(warning);
    m_create->setDefault(true);

    auto* hint = new QLabel(
        tr("A tenant is a separate directory with its own users, groups, tokens and audit log, served by "
           "the SCIM server below <tt>/tenants/&lt;name&gt;/</tt>."),
        this);
    hint->setWordWrap(true);
    auto* form = new QFormLayout;
    auto* nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &NewTenantDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
    setMinimumWidth(420);
    m_name->setFocus();
}

QString NewTenantDialog::name() const
{
    return m_name->text().trimmed();
}

QString NewTenantDialog::problem() const
{
    const QString typed = name();
    if (typed.isEmpty())
        return {};
    if (const Status valid = Directory::checkTenantName(typed); !valid)
        return valid.error().detail;
    if (m_existing.contains(typed))
        return tr("A tenant named \"%1\" exists already.").arg(typed);
    return {};
}

void NewTenantDialog::check()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_create->setEnabled(!name().isEmpty() && why.isEmpty());
}

} // namespace muster
