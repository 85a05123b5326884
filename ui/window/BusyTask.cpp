#include "window/BusyTask.h"

#include <QProgressDialog>

namespace muster {

namespace {

// Quick calls finish without a dialog flashing up.
constexpr int ProgressDelayMs = 300;

} // namespace

BusyTask::BusyTask(Call call, const QString& title, const QString& label, QWidget* window)
    : BackgroundTask(window)
    , m_call(std::move(call))
    , m_progress(new QProgressDialog(label, QString(), 0, 0, window))
{
    m_progress->setWindowTitle(title);
    m_progress->setAccessibleName(title);
    m_progress->setCancelButton(nullptr);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(ProgressDelayMs);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    // finished() is connected first, so the dialog is gone before anyone else hears of the end.
    connect(this, &BackgroundTask::finished, this, [this] {
        if (m_progress)
            m_progress->deleteLater();
        m_progress.clear();
    });
}

BusyTask::~BusyTask()
{
    // The base class waits for the worker first only when it is destroyed, which is after this body:
    // wait here, as run() uses m_call and m_status.
    wait(-1);
    delete m_progress;
}

void BusyTask::run()
{
    m_status = m_call();
}

} // namespace muster
