#include "transfer/ImportJob.h"

#include <QElapsedTimer>

namespace muster {

ImportJob::ImportJob(std::shared_ptr<Directory> directory, OperationContext context, QList<ImportItem> items,
                     DirectoryImporter::Mode mode, DirectoryImporter::Options options, QObject* parent)
    : BackgroundTask(parent)
    , m_directory(std::move(directory))
    , m_context(std::move(context))
    , m_items(std::move(items))
    , m_mode(mode)
    , m_options(options)
{
    qRegisterMetaType<QList<muster::ImportOutcome>>();
}

ImportJob::~ImportJob()
{
    cancel();
    wait(-1);
}

void ImportJob::run()
{
    DirectoryImporter importer(m_directory, m_context, m_mode, m_options);
    importer.expectItems(m_items);
    QList<ImportOutcome> batch;
    QElapsedTimer sinceReport;
    sinceReport.start();
    const qint64 total = m_items.size();
    qint64 done = 0;
    for (const ImportItem& item : std::as_const(m_items)) {
        if (isCancelled())
            break;
        batch.append(importer.process(item));
        m_processed.store(++done);
        if (sinceReport.elapsed() >= m_reportIntervalMs) {
            emit outcomesReady(std::exchange(batch, {}));
            emit progressChanged(done, total);
            sinceReport.restart();
        }
    }
    batch += importer.finish();
    if (!batch.isEmpty())
        emit outcomesReady(batch);
    emit progressChanged(done, total);
}

} // namespace muster
