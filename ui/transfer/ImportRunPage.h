#pragma once

#include "transfer/ImportWizard.h"

#include <QWizardPage>

QT_BEGIN_NAMESPACE
class QPushButton;
QT_END_NAMESPACE

namespace muster {

class ImportJob;
class ImportReportView;

// The import itself, on a worker thread with progress and Cancel; a cancelled import keeps what it
// did and says how much. The report of every row can be saved.
class ImportRunPage final : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportRunPage(QWidget* parent = nullptr);
    ~ImportRunPage() override;

    ImportReportView* report() const { return m_report; }
    QPushButton* cancelButton() const { return m_cancel; }
    bool isRunning() const;
    bool isFinished() const { return m_done; }
    void cancel();

    void initializePage() override;
    bool isComplete() const override;

signals:
    void importFinished();

private:
    ImportWizard* importWizard() const { return static_cast<ImportWizard*>(wizard()); }
    void finished();

    ImportReportView* m_report;
    QPushButton* m_cancel;
    std::unique_ptr<ImportJob> m_job;
    bool m_done = false;
};

} // namespace muster
