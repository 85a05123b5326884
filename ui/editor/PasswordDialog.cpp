#include "editor/PasswordDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace muster {

PasswordDialog::PasswordDialog(const QString& userLabel, QWidget* parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
    , m_confirmation(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Set password of %1").arg(userLabel));
    for (QLineEdit* edit : {m_password, m_confirmation}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
        connect(edit, &QLineEdit::textChanged, this, &PasswordDialog::check);
    }
    m_password->setAccessibleName(tr("New password"));
    m_confirmation->setAccessibleName(tr("New password again"));
    m_problem->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Set &Password"));
    auto* form = new QFormLayout;
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("&Again:"), m_confirmation);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The directory keeps only a hash of the password."), this));
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

void PasswordDialog::check()
{
    const bool typed = !m_password->text().isEmpty();
    const bool same = m_password->text() == m_confirmation->text();
    m_ok->setEnabled(typed && same);
    m_problem->setText(typed && !m_confirmation->text().isEmpty() && !same ? tr("The two passwords differ.")
                                                                           : QString());
}

} // namespace muster
