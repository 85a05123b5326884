#pragma once

#include <QObject>

#include <atomic>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace muster {

// Work that runs on a thread of its own so that the window stays responsive: imports and exports of
// many resources. run() checks isCancelled() between steps; a cancelled task keeps what it has done.
// Signals are emitted from the worker thread (progressChanged) or the owner's thread (finished);
// receivers in the GUI thread get them queued.
class BackgroundTask : public QObject {
    Q_OBJECT

public:
    explicit BackgroundTask(QObject* parent = nullptr);
    // Cancels and waits for the worker.
    ~BackgroundTask() override;

    void start();
    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }
    bool isRunning() const;
    // Blocks until the worker ends (tests, shutdown); true when it has ended.
    bool wait(int milliseconds);

signals:
    // From the worker thread.
    void progressChanged(qint64 done, qint64 total);
    // In the thread that owns the task, once run() has returned.
    void finished();

protected:
    // Called on the worker thread.
    virtual void run() = 0;

private:
    std::atomic<bool> m_cancelled = false;
    QThread* m_thread = nullptr;
};

} // namespace muster
