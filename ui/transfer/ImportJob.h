#pragma once

#include "transfer/BackgroundTask.h"
#include "transfer/DirectoryImporter.h"

namespace muster {

// Runs a DirectoryImporter over every item on a worker thread, reporting outcomes in batches.
// Cancelled, it stops between items: what was imported stays, and processed() says how much.
class ImportJob final : public BackgroundTask {
    Q_OBJECT

public:
    ImportJob(std::shared_ptr<Directory> directory, OperationContext context, QList<ImportItem> items,
              DirectoryImporter::Mode mode, DirectoryImporter::Options options = {},
              QObject* parent = nullptr);
    ~ImportJob() override;

    DirectoryImporter::Mode mode() const { return m_mode; }
    // How often outcomes and progress are reported while running (default 100 ms; 0: after every item).
    void setReportInterval(int milliseconds) { m_reportIntervalMs = milliseconds; }
    qint64 total() const { return m_items.size(); }
    // Items processed so far (all of them unless cancelled); valid once finished.
    qint64 processed() const { return m_processed.load(); }

signals:
    // From the worker thread, in order; every item has one outcome, and finish() may add some.
    void outcomesReady(const QList<muster::ImportOutcome>& outcomes);

protected:
    void run() override;

private:
    std::shared_ptr<Directory> m_directory;
    OperationContext m_context;
    QList<ImportItem> m_items;
    DirectoryImporter::Mode m_mode;
    DirectoryImporter::Options m_options;
    int m_reportIntervalMs = 100;
    std::atomic<qint64> m_processed = 0;
};

} // namespace muster
