#pragma once

#include "http/HttpResponse.h"
#include "scim/ResourceEndpoint.h"
#include "scim/ScimRequestContext.h"
#include "scim/ScimRouter.h"

#include <QJsonArray>
#include <QJsonObject>

#include <atomic>
#include <functional>

namespace muster {

// RFC 7644 §3.7 Bulk: POST, PUT, PATCH and DELETE operations run one by one through ResourceEndpoint,
// each on its own (a failed operation changes nothing, the others stay done), all in one store
// transaction (Directory::inTransaction) with a savepoint per operation; an operation whose commit
// failed is reported with that error (503 when the database went away), and processing stops there.
// "bulkId:<id>" in an operation's data or path stands for the resource another operation of the request
// creates; an operation runs once every resource it refers to exists, so forward references work whatever the
// order. Operations whose references form a cycle, name an unknown bulkId, or wait for an operation
// that failed fail with 409. failOnErrors stops processing after that many failed operations. The
// response lists the operations in the order they ran, each with its status, location and version,
// and the RFC 7644 §3.12 error as its "response" when it failed.
//
// At most ScimServiceOptions::bulkMaxConcurrent Bulk requests run at once: each holds a worker thread
// for long, so more are answered 429 with Retry-After rather than queued behind them.
class BulkProcessor final {
public:
    BulkProcessor(const ScimRouter& router, const ResourceEndpoint& endpoint,
                  const ScimServiceOptions& options);

    // `request` is the parsed body; 413 above bulkMaxOperations, 400 for a malformed BulkRequest,
    // else 200 and the BulkResponse.
    HttpResponse process(const ScimRequestContext& context, const QJsonObject& request) const;

    struct Operation; // one operation of the request, parsed; defined in the .cpp

private:
    // Runs the operations in the order their references allow, appending each one's result, and calls
    // `checkpoint` after each operation that ran; it stops when that returns false.
    void runOperations(const ScimRequestContext& context, const QList<Operation>& operations,
                       const QHash<QString, qsizetype>& byBulkId, qint64 failOnErrors, QJsonArray& results,
                       const std::function<bool()>& checkpoint) const;
    QJsonObject run(const ScimRequestContext& context, const Operation& operation,
                    const QHash<QString, QString>& createdIds, QString& createdId) const;

    const ScimRouter& m_router;
    const ResourceEndpoint& m_endpoint;
    const ScimServiceOptions& m_options;
    mutable std::atomic<int> m_running{0};
};

} // namespace muster
