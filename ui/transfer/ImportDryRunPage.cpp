#include "transfer/ImportDryRunPage.h"

#include "transfer/ImportJob.h"
#include "transfer/ImportReportModel.h"
#include "transfer/ImportReportView.h"

#include <QTableView>
#include <QVBoxLayout>

namespace muster {

ImportDryRunPage::ImportDryRunPage(QWidget* parent)
    : QWizardPage(parent)
    , m_report(new ImportReportView(this))
{
    setTitle(tr("Dry run"));
    setSubTitle(tr("What the import will do with every row. Nothing has been written yet."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_report);
}

ImportDryRunPage::~ImportDryRunPage() = default;

bool ImportDryRunPage::isRunning() const
{
    return m_job && m_job->isRunning();
}

void ImportDryRunPage::cancel()
{
    if (m_job)
        m_job->cancel();
}

void ImportDryRunPage::initializePage()
{
    m_job.reset();
    m_done = false;
    ImportReportModel* model = m_report->model();
    model->clear();
    model->setDryRun(true);
    ImportWizard* wizard = importWizard();
    model->setSourceHeader(wizard->source() == ImportWizard::Source::Csv ? wizard->csvTable().header
                                                                         : QStringList());
    QList<ImportItem> items = wizard->items();
    m_report->setProgress(0, items.size());
    m_report->setStatus(tr("Checking %n row(s)...", nullptr, int(items.size())));
    m_job = std::make_unique<ImportJob>(wizard->directory(), wizard->context(), std::move(items),
                                        DirectoryImporter::Mode::DryRun, wizard->options());
    connect(m_job.get(), &ImportJob::outcomesReady, model, &ImportReportModel::append);
    connect(m_job.get(), &ImportJob::progressChanged, m_report, &ImportReportView::setProgress);
    connect(m_job.get(), &ImportJob::finished, this, &ImportDryRunPage::finished);
    m_job->start();
    emit completeChanged();
}

void ImportDryRunPage::finished()
{
    m_done = true;
    const ImportReportModel* model = m_report->model();
    const ImportReportModel::Counts& counts = model->counts();
    QString status = model->summary() + u'.';
    if (counts.created + counts.updated == 0)
        status += u' ' + tr("There is nothing to import.");
    else
        status += u' ' + tr("Choose Import to write these changes.");
    m_report->setStatus(status);
    m_report->table()->setFocus(Qt::OtherFocusReason);
    emit completeChanged();
}

void ImportDryRunPage::cleanupPage()
{
    m_job.reset(); // cancels and waits
    m_done = false;
    QWizardPage::cleanupPage();
}

bool ImportDryRunPage::isComplete() const
{
    const ImportReportModel::Counts& counts = m_report->model()->counts();
    return m_done && counts.created + counts.updated > 0;
}

} // namespace muster
