#pragma once

#include "common/Result.h"
#include "transfer/BackgroundTask.h"

#include <QPointer>
#include <QProgressDialog>

#include <functional>

namespace muster {

// One slow call that cannot be cancelled halfway (a backup, a restore, removing a tenant), run on a
// thread of its own while a busy dialog over the window says what is happening. The dialog is
// window-modal: nothing in the window can start a write that would wait for the call behind a lock.
// Read status() once finished() has been emitted.
class BusyTask final : public BackgroundTask {
    Q_OBJECT

public:
    using Call = std::function<Status()>;

    // `label`: what the dialog says, e.g. "Restoring from backup.sqlite..."; `window`: the dialog's parent.
    BusyTask(Call call, const QString& title, const QString& label, QWidget* window);
    ~BusyTask() override;

    const Status& status() const { return m_status; }
    // Null once the task has finished.
    QProgressDialog* progressDialog() const { return m_progress; }

protected:
    void run() override;

private:
    Call m_call;
    Status m_status;
    QPointer<QProgressDialog> m_progress;
};

} // namespace muster
