#include "transfer/TransferFeature.h"

#include "browser/ResourceBrowser.h"
#include "models/ResourceTableModel.h"
#include "transfer/ExportDialog.h"
#include "transfer/ExportJob.h"
#include "transfer/ImportFilePage.h"
#include "transfer/ImportWizard.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>

#include <limits>

namespace muster {

namespace {

// How long an export may take before its progress dialog shows.
constexpr int ProgressDelayMs = 400;

} // namespace

TransferFeature* TransferFeature::install(MainWindow& window)
{
    return new TransferFeature(window);
}

TransferFeature::TransferFeature(MainWindow& window)
    : QObject(&window)
    , m_window(window)
    , m_importCsv(new QAction(tr("&Import CSV..."), this))
    , m_importJson(new QAction(tr("Import SCIM &JSON..."), this))
    , m_export(new QAction(tr("&Export..."), this))
    , m_template(new QAction(tr("Save CSV &template..."), this))
{
    m_importCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importCsv->setStatusTip(tr("Create and update users from a CSV file, after a dry run"));
    m_importJson->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importJson->setStatusTip(tr("Create and update users and groups from a SCIM ListResponse"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setStatusTip(tr("Save the users or groups of the page in front as CSV or SCIM JSON"));
    m_template->setStatusTip(tr("Save an empty users CSV file with the columns the import knows"));
    connect(m_importCsv, &QAction::triggered, this, [this] { importFile(true); });
    connect(m_importJson, &QAction::triggered, this, [this] { importFile(false); });
    connect(m_export, &QAction::triggered, this, &TransferFeature::exportView);
    connect(m_template, &QAction::triggered, this, &TransferFeature::saveTemplate);

    // Above Quit, which stays last.
    QMenu* file = window.menu(MainWindow::Menu::File);
    QAction* before = file->actions().isEmpty() ? nullptr : file->actions().first();
    file->insertActions(before, {m_importCsv, m_importJson, m_template});
    file->insertSeparator(before);
    file->insertAction(before, m_export);
    file->insertSeparator(before);
}

QString TransferFeature::desktopActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return QStringLiteral("desktop:") + (user.isEmpty() ? QStringLiteral("unknown") : user);
}

OperationContext TransferFeature::context() const
{
    return {m_window.tenant(), desktopActor()};
}

void TransferFeature::importFile(bool csv)
{
    auto* wizard =
        new ImportWizard(m_window.directory(), context(),
                         csv ? ImportWizard::Source::Csv : ImportWizard::Source::ScimJson, &m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    wizard->show();
}

void TransferFeature::saveTemplate()
{
    const QString fileName = QFileDialog::getSaveFileName(&m_window, tr("Save CSV Template"), tr("users.csv"),
                                                          tr("CSV files (*.csv)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!ImportFilePage::writeTemplate(fileName, &error)) {
        QMessageBox::warning(&m_window, tr("Save CSV Template"),
                             tr("The template could not be saved:\n%1").arg(error));
        return;
    }
    m_window.statusBar()->showMessage(tr("Saved the CSV template to %1").arg(fileName), 5000);
}

void TransferFeature::exportView()
{
    if (m_exportJob) {
        if (m_exportProgress)
            m_exportProgress->show();
        return;
    }
    const ResourceBrowser* browser = m_window.currentBrowser();
    ExportDialog dialog(browser->model()->resourceType(), browser->model()->rowCount(),
                        browser->selectedIds().size(), &m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.fileName().isEmpty())
        return;
    if (QFileInfo::exists(dialog.fileName()) &&
        QMessageBox::question(&m_window, dialog.windowTitle(),
                              tr("%1 exists. Replace it?").arg(QFileInfo(dialog.fileName()).fileName())) !=
            QMessageBox::Yes)
        return;
    startExport(dialog.fileName(), dialog.format(), dialog.selectionOnly());
}

ExportJob* TransferFeature::startExport(const QString& fileName, ExportJob::Format format, bool selectionOnly)
{
    if (m_exportJob)
        return nullptr;
    const ResourceBrowser* browser = m_window.currentBrowser();
    ExportJob::Request request;
    request.context = context();
    request.resourceType = browser->model()->resourceType();
    request.filter = browser->model()->filter();
    if (selectionOnly)
        request.ids = browser->selectedIds();
    request.format = format;
    request.fileName = fileName;
    m_exportJob = std::make_unique<ExportJob>(m_window.directory(), request);

    m_exportProgress = new QProgressDialog(tr("Exporting to %1...").arg(QFileInfo(fileName).fileName()),
                                           tr("Cancel"), 0, 0, &m_window);
    m_exportProgress->setWindowTitle(tr("Export"));
    m_exportProgress->setWindowModality(Qt::NonModal);
    m_exportProgress->setMinimumDuration(ProgressDelayMs);
    m_exportProgress->setAutoClose(false);
    m_exportProgress->setAutoReset(false);
    connect(m_exportProgress, &QProgressDialog::canceled, m_exportJob.get(), &ExportJob::cancel);
    connect(m_exportJob.get(), &ExportJob::progressChanged, m_exportProgress,
            [this](qint64 done, qint64 total) {
                if (!m_exportProgress)
                    return;
                m_exportProgress->setMaximum(int(std::min<qint64>(total, std::numeric_limits<int>::max())));
                m_exportProgress->setValue(int(std::min<qint64>(done, std::numeric_limits<int>::max())));
            });
    connect(m_exportJob.get(), &ExportJob::finished, this, &TransferFeature::exportEnded);
    m_exportJob->start();
    return m_exportJob.get();
}

void TransferFeature::exportEnded()
{
    // This runs in the job's own signal: it goes away once control is back in the event loop.
    ExportJob* job = m_exportJob.release();
    job->deleteLater();
    if (m_exportProgress)
        m_exportProgress->deleteLater();
    const QString file = QFileInfo(job->request().fileName).fileName();
    const bool users = job->request().resourceType != QLatin1String("Group");
    QString message;
    if (job->succeeded()) {
        message = users ? tr("Exported %n user(s) to %1", nullptr, int(job->exported())).arg(file)
                        : tr("Exported %n group(s) to %1", nullptr, int(job->exported())).arg(file);
        m_window.statusBar()->showMessage(message, 10000);
    } else if (job->isCancelled()) {
        message = tr("Export cancelled; %1 was not written.").arg(file);
        m_window.statusBar()->showMessage(message, 10000);
    } else {
        message = tr("The export to %1 failed: %2").arg(file, job->errorMessage());
        QMessageBox::warning(&m_window, tr("Export"), message);
    }
    emit exportFinished(job->succeeded(), message);
}

} // namespace muster
