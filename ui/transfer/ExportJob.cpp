#include "transfer/ExportJob.h"

#include "schema/SchemaUrns.h"
#include "transfer/CsvWriter.h"
#include "transfer/ResourceCsvRow.h"

#include <QJsonDocument>
#include <QSaveFile>

namespace muster {

ExportJob::ExportJob(std::shared_ptr<Directory> directory, Request request, QObject* parent)
    : BackgroundTask(parent)
    , m_directory(std::move(directory))
    , m_request(std::move(request))
{}

ExportJob::~ExportJob()
{
    cancel();
    wait(-1);
}

bool ExportJob::forEachResource(const std::function<bool(const Resource&)>& write)
{
    const OperationContext& context = m_request.context;
    qint64 done = 0;
    if (!m_request.ids.isEmpty()) {
        const qint64 total = m_request.ids.size();
        for (const QString& id : std::as_const(m_request.ids)) {
            if (isCancelled())
                return true;
            // A resource removed since it was selected is left out.
            if (const Result<Resource> resource = m_directory->get(context, m_request.resourceType, id)) {
                if (!write(*resource))
                    return false;
            }
            if (++done % 100 == 0)
                emit progressChanged(done, total);
        }
        emit progressChanged(done, total);
        return true;
    }

    Query query;
    query.resourceType = m_request.resourceType;
    query.filter = m_request.filter;
    query.count = m_directory->options().maxResults;
    qint64 total = 0;
    for (;;) {
        if (isCancelled())
            return true;
        const Result<QueryResult> page = m_directory->query(context, query);
        if (!page) {
            m_error = page.error().detail;
            return false;
        }
        total = std::max(page->totalResults, done + page->resources.size());
        for (const Resource& resource : page->resources) {
            if (!write(resource))
                return false;
        }
        done += page->resources.size();
        emit progressChanged(done, total);
        if (page->resources.isEmpty() || done >= page->totalResults)
            return true;
        query.startIndex += page->resources.size();
    }
}

void ExportJob::run()
{
    QSaveFile file(m_request.fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = file.errorString();
        return;
    }
    const auto failed = [this, &file] {
        if (m_error.isEmpty())
            m_error = file.errorString();
        file.cancelWriting();
    };

    qint64 exported = 0;
    bool written = false;
    if (m_request.format == Format::Csv) {
        CsvWriter writer(&file);
        written = writer.writeByteOrderMark() &&
                  writer.writeRecord(ResourceCsvRow::header(m_request.resourceType)) &&
                  forEachResource([&](const Resource& resource) {
                      m_exported.store(++exported);
                      return writer.writeRecord(ResourceCsvRow::fields(m_request.resourceType, resource));
                  });
    } else {
        // Written by hand around the resources so that they never sit in one document together.
        const QByteArray head =
            "{\n  \"schemas\": [\"" + urns::ListResponse.toUtf8() + "\"],\n  \"Resources\": [";
        written = file.write(head) == head.size() && forEachResource([&](const Resource& resource) {
                      const QByteArray separator = exported == 0 ? "\n    " : ",\n    ";
                      m_exported.store(++exported);
                      const QByteArray body = QJsonDocument(resource.json).toJson(QJsonDocument::Compact);
                      return file.write(separator) == separator.size() && file.write(body) == body.size();
                  });
        const QByteArray tail = "\n  ],\n  \"totalResults\": " + QByteArray::number(exported) +
                                ",\n  \"itemsPerPage\": " + QByteArray::number(exported) +
                                ",\n  \"startIndex\": 1\n}\n";
        written = written && file.write(tail) == tail.size();
    }
    if (!written) {
        failed();
        return;
    }
    if (isCancelled()) {
        file.cancelWriting();
        return;
    }
    if (!file.commit()) {
        m_error = file.errorString();
        return;
    }
    m_succeeded.store(true);
}

} // namespace muster
