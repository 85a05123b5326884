#include "transfer/BackgroundTask.h"

#include <QThread>

namespace muster {

BackgroundTask::BackgroundTask(QObject* parent)
    : QObject(parent)
{}

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundTask::start()
{
    Q_ASSERT(!m_thread);
    m_cancelled.store(false);
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("BackgroundTask"));
    connect(m_thread, &QThread::finished, this, [this] { emit finished(); });
    m_thread->start();
}

bool BackgroundTask::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool BackgroundTask::wait(int milliseconds)
{
    return !m_thread || m_thread->wait(QDeadlineTimer(milliseconds));
}

} // namespace muster
