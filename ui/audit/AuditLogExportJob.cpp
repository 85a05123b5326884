#include "audit/AuditLogExportJob.h"

#include "audit/AuditLogReader.h"
#include "transfer/CsvWriter.h"

#include <QJsonArray>
#include <QSaveFile>

namespace muster {

AuditLogExportJob::AuditLogExportJob(std::shared_ptr<Directory> directory, QString tenant,
                                     AuditLogFilter filter, QString fileName, QObject* parent)
    : BackgroundTask(parent)
    , m_directory(std::move(directory))
    , m_tenant(std::move(tenant))
    , m_filter(std::move(filter))
    , m_fileName(std::move(fileName))
{}

AuditLogExportJob::~AuditLogExportJob()
{
    cancel();
    wait(-1);
}

QStringList AuditLogExportJob::header()
{
    return {QStringLiteral("sequence"),   QStringLiteral("time"),          QStringLiteral("localTime"),
            QStringLiteral("actor"),      QStringLiteral("action"),        QStringLiteral("resourceType"),
            QStringLiteral("resourceId"), QStringLiteral("versionBefore"), QStringLiteral("versionAfter"),
            QStringLiteral("changed")};
}

QStringList AuditLogExportJob::fields(const AuditEntry& entry)
{
    QStringList changed;
    for (const QJsonValue& name : entry.changes.value(QStringLiteral("changed")).toArray())
        changed.append(name.toString());
    return {QString::number(entry.sequence),
            entry.time.toUTC().toString(Qt::ISODateWithMs),
            entry.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            entry.actor,
            entry.action,
            entry.resourceType,
            entry.resourceId,
            QString::number(entry.versionBefore),
            QString::number(entry.versionAfter),
            changed.join(QStringLiteral("; "))};
}

void AuditLogExportJob::run()
{
    QSaveFile file(m_fileName);
    CsvWriter writer(&file);
    if (!file.open(QIODevice::WriteOnly) || !writer.writeByteOrderMark() || !writer.writeRecord(header())) {
        m_error = file.errorString();
        return;
    }
    const qint64 newest = AuditLogReader::newestSequence(*m_directory, m_tenant);
    AuditLogReader reader(m_directory, m_tenant, m_filter);
    reader.startBelow(newest + 1);
    qint64 exported = 0;
    while (!reader.atEnd()) {
        if (isCancelled()) {
            file.cancelWriting();
            return;
        }
        QList<AuditEntry> entries;
        reader.readOlder(entries, AuditLogReader::Window, AuditLogReader::Window);
        for (const AuditEntry& entry : std::as_const(entries)) {
            if (!writer.writeRecord(fields(entry))) {
                m_error = file.errorString();
                file.cancelWriting();
                return;
            }
            m_exported.store(++exported);
        }
        emit progressChanged(newest - reader.nextBelow() + 1, newest);
    }
    if (!file.commit()) {
        m_error = file.errorString();
        return;
    }
    m_succeeded.store(true);
}

} // namespace muster
