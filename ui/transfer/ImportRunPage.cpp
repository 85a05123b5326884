#include "transfer/ImportRunPage.h"

#include "transfer/ImportJob.h"
#include "transfer/ImportReportModel.h"
#include "transfer/ImportReportView.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace muster {

ImportRunPage::ImportRunPage(QWidget* parent)
    : QWizardPage(parent)
    , m_report(new ImportReportView(this))
    , m_cancel(new QPushButton(tr("&Stop import"), this))
{
    setTitle(tr("Import"));
    setSubTitle(tr("The rows are written to the directory. Stopping keeps what was imported so far."));
    m_cancel->setToolTip(tr("Stop after the row being written; what was imported stays (Escape)"));
    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancel);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_report);
    layout->addLayout(buttons);
}

ImportRunPage::~ImportRunPage() = default;

bool ImportRunPage::isRunning() const
{
    return m_job && m_job->isRunning() && !m_done;
}

void ImportRunPage::cancel()
{
    if (!m_job || m_done)
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_report->setStatus(tr("Stopping after the current row..."));
}

void ImportRunPage::initializePage()
{
    m_done = false;
    ImportWizard* wizard = importWizard();
    ImportReportModel* model = m_report->model();
    model->clear();
    model->setDryRun(false);
    model->setSourceHeader(wizard->source() == ImportWizard::Source::Csv ? wizard->csvTable().header
                                                                         : QStringList());
    QList<ImportItem> items = wizard->items();
    m_report->setProgress(0, items.size());
    m_report->setStatus(tr("Importing %n row(s)...", nullptr, int(items.size())));
    m_cancel->setEnabled(true);
    m_job = std::make_unique<ImportJob>(wizard->directory(), wizard->context(), std::move(items),
                                        DirectoryImporter::Mode::Apply, wizard->options());
    connect(m_job.get(), &ImportJob::outcomesReady, model, &ImportReportModel::append);
    connect(m_job.get(), &ImportJob::progressChanged, m_report, &ImportReportView::setProgress);
    connect(m_job.get(), &ImportJob::finished, this, &ImportRunPage::finished);
    m_job->start();
    m_cancel->setFocus(Qt::OtherFocusReason);
    emit completeChanged();
}

void ImportRunPage::finished()
{
    m_done = true;
    m_cancel->setEnabled(false);
    const QString summary = m_report->model()->summary();
    if (m_job->isCancelled() && m_job->processed() < m_job->total()) {
        m_report->setStatus(tr("Stopped after %1 of %2 rows: %3. The rest was not imported.")
                                .arg(m_job->processed())
                                .arg(m_job->total())
                                .arg(summary));
    } else {
        m_report->setStatus(tr("Done: %1.").arg(summary));
    }
    emit completeChanged();
    emit importFinished();
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

} // namespace muster
