#pragma once

#include "audit/AuditLogFilter.h"
#include "directory/Directory.h"
#include "transfer/BackgroundTask.h"

#include <memory>

namespace muster {

// Writes the audit entries a filter matches, newest first, to a CSV file on a worker thread, reading
// the log a window at a time. The file is replaced only when the export completes.
class AuditLogExportJob final : public BackgroundTask {
    Q_OBJECT

public:
    AuditLogExportJob(std::shared_ptr<Directory> directory, QString tenant, AuditLogFilter filter,
                      QString fileName, QObject* parent = nullptr);
    ~AuditLogExportJob() override;

    static QStringList header();
    static QStringList fields(const AuditEntry& entry);

    const QString& fileName() const { return m_fileName; }
    // Valid once finished.
    qint64 exported() const { return m_exported.load(); }
    bool succeeded() const { return m_succeeded.load(); }
    QString errorMessage() const { return m_error; }

protected:
    void run() override;

private:
    std::shared_ptr<Directory> m_directory;
    QString m_tenant;
    AuditLogFilter m_filter;
    QString m_fileName;
    std::atomic<qint64> m_exported = 0;
    std::atomic<bool> m_succeeded = false;
    QString m_error;
};

} // namespace muster
