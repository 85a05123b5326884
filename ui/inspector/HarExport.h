#pragma once

#include "common/Result.h"
#include "http/RequestRecord.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace muster {

// Request records as an HTTP Archive (HAR 1.2), which browsers' developer tools and HAR viewers open.
// Records are written as the inspector holds them, that is redacted. Each entry also carries the
// client's address as "_clientAddress" (HAR allows custom fields that start with "_").
class HarExport final {
    Q_DECLARE_TR_FUNCTIONS(HarExport)

public:
    static QJsonObject document(const QList<RequestRecord>& records);
    // Writes the document to `path` (atomically). The error names the file and the reason.
    static Status save(const QString& path, const QList<RequestRecord>& records);

    static QJsonObject entry(const RequestRecord& record);
};

} // namespace muster
