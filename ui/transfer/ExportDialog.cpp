#include "transfer/ExportDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace muster {

ExportDialog::ExportDialog(const QString& resourceType, qint64 shown, qint64 selected, QWidget* parent)
    : QDialog(parent)
    , m_resourceType(resourceType)
    , m_csv(new QRadioButton(tr("&CSV (opens in spreadsheets; imports again)"), this))
    , m_json(new QRadioButton(tr("SCIM &JSON (a ListResponse of the resources)"), this))
    , m_view(new QRadioButton(this))
    , m_selection(new QRadioButton(this))
    , m_file(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool users = resourceType != QLatin1String("Group");
    setWindowTitle(users ? tr("Export Users") : tr("Export Groups"));

    auto* format = new QGroupBox(tr("Format"), this);
    auto* formatLayout = new QVBoxLayout(format);
    formatLayout->addWidget(m_csv);
    formatLayout->addWidget(m_json);
    m_csv->setChecked(true);

    auto* scope = new QGroupBox(tr("Scope"), this);
    auto* scopeLayout = new QVBoxLayout(scope);
    m_view->setText(users ? tr("&Every user the page shows (%L1)").arg(shown)
                          : tr("&Every group the page shows (%L1)").arg(shown));
    m_selection->setText(users ? tr("Only the &selected users (%L1)").arg(selected)
                               : tr("Only the &selected groups (%L1)").arg(selected));
    m_selection->setEnabled(selected > 0);
    (selected > 1 ? m_selection : m_view)->setChecked(true);
    scopeLayout->addWidget(m_view);
    scopeLayout->addWidget(m_selection);

    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    m_file->setAccessibleName(tr("File to export to"));
    m_file->setText(QDir::home().filePath(users ? tr("users.csv") : tr("groups.csv")));
    auto* browse = new QPushButton(tr("&Browse..."), this);
    browse->setAccessibleName(tr("Browse for the file to export to"));
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("E&xport"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_file, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(m_json, &QRadioButton::toggled, this, &ExportDialog::updateSuffix);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(format);
    layout->addWidget(scope);
    layout->addLayout(fileRow);
    layout->addWidget(m_buttons);
}

ExportJob::Format ExportDialog::format() const
{
    return m_json->isChecked() ? ExportJob::Format::ScimJson : ExportJob::Format::Csv;
}

bool ExportDialog::selectionOnly() const
{
    return m_selection->isChecked();
}

QString ExportDialog::fileName() const
{
    return m_file->text().trimmed();
}

void ExportDialog::updateSuffix()
{
    const QString wanted =
        format() == ExportJob::Format::ScimJson ? QStringLiteral("json") : QStringLiteral("csv");
    const QFileInfo info(fileName());
    if (info.suffix().compare(wanted, Qt::CaseInsensitive) == 0 || info.fileName().isEmpty())
        return;
    const QString other = wanted == QLatin1String("json") ? QStringLiteral("csv") : QStringLiteral("json");
    if (info.suffix().compare(other, Qt::CaseInsensitive) == 0)
        m_file->setText(info.dir().filePath(info.completeBaseName() + u'.' + wanted));
}

void ExportDialog::browse()
{
    const bool json = format() == ExportJob::Format::ScimJson;
    const QString chosen = QFileDialog::getSaveFileName(
        this, windowTitle(), fileName(), json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    if (!chosen.isEmpty())
        m_file->setText(chosen);
}

} // namespace muster
