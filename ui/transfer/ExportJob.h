#pragma once

#include "directory/Directory.h"
#include "transfer/BackgroundTask.h"

#include <functional>

namespace muster {

// Writes users or groups to a file on a worker thread: CSV (ResourceCsvRow) or a SCIM ListResponse.
// The resources come a page at a time from Directory::query (or one by one for a selection) and go
// straight to the file, so that 100,000 users cost one page of memory. The file is replaced only when
// the export completes: a cancelled or failed export leaves any earlier file as it was.
class ExportJob final : public BackgroundTask {
    Q_OBJECT

public:
    enum class Format { Csv, ScimJson };
    struct Request {
        OperationContext context;
        QString resourceType; // "User" or "Group"
        FilterPtr filter;     // what the view shows (null: everything); ignored with ids
        QStringList ids;      // a selection; empty: every resource matching the filter
        Format format = Format::Csv;
        QString fileName;
    };

    ExportJob(std::shared_ptr<Directory> directory, Request request, QObject* parent = nullptr);
    ~ExportJob() override;

    const Request& request() const { return m_request; }
    // Valid once finished.
    qint64 exported() const { return m_exported.load(); }
    bool succeeded() const { return m_succeeded.load(); }
    QString errorMessage() const { return m_error; }

protected:
    void run() override;

private:
    // Calls `write` for every resource to export, a page at a time; false when a query fails.
    bool forEachResource(const std::function<bool(const Resource&)>& write);

    std::shared_ptr<Directory> m_directory;
    Request m_request;
    std::atomic<qint64> m_exported = 0;
    std::atomic<bool> m_succeeded = false;
    QString m_error; // written by the worker before it ends, read after finished()
};

} // namespace muster
