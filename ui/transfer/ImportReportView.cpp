#include "transfer/ImportReportView.h"

#include "transfer/ImportReportModel.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>

namespace muster {

ImportReportView::ImportReportView(QWidget* parent)
    : QWidget(parent)
    , m_model(new ImportReportModel(this))
    , m_problemsFilter(new QSortFilterProxyModel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_table(new QTableView(this))
    , m_problemsOnly(new QCheckBox(tr("Show only &problems"), this))
    , m_save(new QPushButton(tr("&Save report..."), this))
{
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setFormat(tr("%v of %m"));

    m_problemsFilter->setSourceModel(m_model);
    m_problemsFilter->setFilterRole(ImportReportModel::ProblemRole);
    m_table->setModel(m_problemsFilter);
    m_table->setAccessibleName(tr("Outcome of every row"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(ImportReportModel::LineColumn,
                                                      QHeaderView::ResizeToContents);

    m_problemsOnly->setToolTip(tr("Rows that are skipped, failed or have warnings; the saved report follows "
                                  "this choice"));
    connect(m_problemsOnly, &QCheckBox::toggled, this, [this](bool only) {
        m_problemsFilter->setFilterFixedString(only ? QStringLiteral("true") : QString());
    });
    m_save->setToolTip(tr("Save the outcome of every row (or only the problems) as a CSV file"));
    m_save->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, &ImportReportView::askAndSave);
    connect(m_model, &ImportReportModel::countsChanged, this,
            [this] { m_save->setEnabled(m_model->rowCount() > 0); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_problemsOnly);
    buttons->addStretch();
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void ImportReportView::setProgress(qint64 done, qint64 total)
{
    // QProgressBar counts in int; a file never has more rows than that.
    const int maximum = int(std::min<qint64>(total, std::numeric_limits<int>::max()));
    m_progress->setMaximum(std::max(1, maximum));
    m_progress->setValue(int(std::min<qint64>(done, maximum)));
}

void ImportReportView::setStatus(const QString& text)
{
    m_status->setText(text);
}

QString ImportReportView::status() const
{
    return m_status->text();
}

bool ImportReportView::saveReport(const QString& fileName, QString* error) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || !m_model->writeCsv(&file, m_problemsOnly->isChecked()) ||
        !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void ImportReportView::askAndSave()
{
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Save Report"), tr("import-report.csv"),
                                                          tr("CSV files (*.csv)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!saveReport(fileName, &error))
        QMessageBox::warning(this, tr("Save Report"), tr("The report could not be saved:\n%1").arg(error));
}

} // namespace muster
