#include "transfer/ImportFilePage.h"

#include "transfer/CsvWriter.h"
#include "transfer/ScimJsonReader.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace muster {

ImportFilePage::ImportFilePage(ImportWizard::Source source, QWidget* parent)
    : QWizardPage(parent)
    , m_source(source)
    , m_path(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    const bool csv = source == ImportWizard::Source::Csv;
    setTitle(tr("Choose the file"));
    setSubTitle(
        csv ? tr("A CSV file with a header line, in UTF-8, separated by commas or semicolons. Rows "
                 "match existing users by externalId or userName; matched users get the values of "
                 "the non-empty cells, others are created.")
            : tr("A SCIM ListResponse, or an array of Users and Groups. Resources match existing ones "
                 "by externalId, userName or displayName and replace them; others are created."));
    auto* explanation = new QLabel(this);
    explanation->setWordWrap(true);
    explanation->setText(csv ? tr("Nothing is written before the next steps show what the import will do.")
                             : tr("Members of groups may refer to users and groups of the same file by their "
                                  "\"id\" there. Nothing is written before the next steps show what the "
                                  "import will do."));

    auto* label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);
    m_path->setAccessibleName(tr("File to import"));
    m_path->setClearButtonEnabled(true);
    auto* browse = new QPushButton(tr("&Browse..."), this);
    browse->setAccessibleName(tr("Browse for the file to import"));
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_error->clear();
        emit completeChanged();
    });

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(label);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->setAccessibleName(tr("Problem with the file"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(pathRow);
    layout->addWidget(m_error);
    if (csv) {
        auto* templateButton = new QPushButton(tr("Save &template..."), this);
        templateButton->setToolTip(tr("Save a CSV file with the columns the import knows, to fill in"));
        connect(templateButton, &QPushButton::clicked, this, &ImportFilePage::saveTemplate);
        auto* templateRow = new QHBoxLayout;
        templateRow->addWidget(new QLabel(tr("Starting from scratch?"), this));
        templateRow->addWidget(templateButton);
        templateRow->addStretch();
        layout->addLayout(templateRow);
    }
    layout->addStretch();
}

QString ImportFilePage::errorText() const
{
    return m_error->text();
}

bool ImportFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty();
}

bool ImportFilePage::validatePage()
{
    const QString path = m_path->text().trimmed();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error->setText(tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    const QByteArray data = file.readAll();
    if (m_source == ImportWizard::Source::Csv) {
        Result<CsvTable> table = CsvReader::read(data);
        if (!table) {
            m_error->setText(table.error().detail);
            return false;
        }
        if (table->records.isEmpty()) {
            m_error->setText(tr("The file has a header but no rows to import."));
            return false;
        }
        importWizard()->setCsvTable(std::move(table).value());
    } else {
        Result<QList<ImportItem>> items = ScimJsonReader::read(data);
        if (!items) {
            m_error->setText(items.error().detail);
            return false;
        }
        if (items->isEmpty()) {
            m_error->setText(tr("The file holds no resources to import."));
            return false;
        }
        importWizard()->setJsonItems(std::move(items).value());
    }
    m_error->clear();
    return true;
}

void ImportFilePage::browse()
{
    const bool csv = m_source == ImportWizard::Source::Csv;
    const QString fileName = QFileDialog::getOpenFileName(
        this, tr("Choose the File to Import"), m_path->text(),
        csv ? tr("CSV files (*.csv *.txt);;All files (*)") : tr("JSON files (*.json);;All files (*)"));
    if (!fileName.isEmpty())
        m_path->setText(fileName);
}

bool ImportFilePage::writeTemplate(const QString& fileName, QString* error)
{
    QSaveFile file(fileName);
    CsvWriter writer(&file);
    if (!file.open(QIODevice::WriteOnly) || !writer.writeByteOrderMark() ||
        !writer.writeRecord(CsvUserFields::templateHeader()) || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void ImportFilePage::saveTemplate()
{
    const QString fileName =
        QFileDialog::getSaveFileName(this, tr("Save CSV Template"), tr("users.csv"), tr("CSV files (*.csv)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!writeTemplate(fileName, &error)) {
        QMessageBox::warning(this, tr("Save CSV Template"),
                             tr("The template could not be saved:\n%1").arg(error));
    }
}

} // namespace muster
