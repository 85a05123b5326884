#include "server/TokenSecretDialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace muster {

TokenSecretDialog::TokenSecretDialog(const QString& tokenName, const QString& secret, QWidget* parent)
    : QDialog(parent)
    , m_secret(new QLineEdit(secret, this))
    , m_copy(new QPushButton(tr("&Copy"), this))
{
    setWindowTitle(tr("Token \"%1\"").arg(tokenName));

    auto* explanation =
        new QLabel(tr("Copy the token now and paste it into your identity provider as the bearer token "
                      "(Authorization: Bearer ...). Muster keeps only its hash: it will not be shown again."),
                   this);
    explanation->setWordWrap(true);

    m_secret->setReadOnly(true);
    m_secret->setAccessibleName(tr("Token"));
    m_secret->setMinimumWidth(m_secret->fontMetrics().horizontalAdvance(secret) + 24);
    m_copy->setAccessibleName(tr("Copy the token"));
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_secret->text());
        m_copy->setText(tr("Copied"));
    });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto* secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_copy);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(secretRow);
    layout->addWidget(buttons);

    m_secret->setFocus();
    m_secret->selectAll();
}

QString TokenSecretDialog::secret() const
{
    return m_secret->text();
}

} // namespace muster
