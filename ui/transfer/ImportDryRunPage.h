#pragma once

#include "transfer/ImportWizard.h"

#include <QWizardPage>

namespace muster {

class ImportJob;
class ImportReportView;

// The dry run: what the import would do with every row (create, update, leave unchanged, skip and
// why), computed on a worker thread without writing anything. Its commit button starts the import.
class ImportDryRunPage final : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportDryRunPage(QWidget* parent = nullptr);
    ~ImportDryRunPage() override;

    ImportReportView* report() const { return m_report; }
    bool isRunning() const;
    void cancel();

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    ImportWizard* importWizard() const { return static_cast<ImportWizard*>(wizard()); }
    void finished();

    ImportReportView* m_report;
    std::unique_ptr<ImportJob> m_job;
    bool m_done = false;
};

} // namespace muster
