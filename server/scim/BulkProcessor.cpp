#include "scim/BulkProcessor.h"

#include "schema/SchemaUrns.h"
#include "scim/ScimErrorResponse.h"
#include "scim/ScimResponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>

#include <cmath>

namespace muster {

struct BulkProcessor::Operation {
    QString method; // upper case
    QString bulkId;
    QString path;
    QJsonValue data;
    QString version;
    QSet<QString> references;         // bulkIds this operation needs
    std::optional<ScimError> invalid; // set when the operation itself is malformed
};

namespace {

const QLatin1String BulkIdPrefix("bulkId:");

// "bulkId:x" as a whole value, or quoted inside a PATCH path filter: members[value eq "bulkId:x"].
const QRegularExpression& quotedReference()
{
    static const QRegularExpression pattern(QStringLiteral("\"bulkId:([^\"]+)\""));
    return pattern;
}

const QRegularExpression& pathReference()
{
    static const QRegularExpression pattern(QStringLiteral("bulkId:([^/]+)"));
    return pattern;
}

void collectReferences(const QJsonValue& value, QSet<QString>& references)
{
    if (value.isString()) {
        const QString text = value.toString();
        if (text.startsWith(BulkIdPrefix)) {
            references.insert(text.mid(BulkIdPrefix.size()));
            return;
        }
        auto matches = quotedReference().globalMatch(text);
        while (matches.hasNext())
            references.insert(matches.next().captured(1));
    } else if (value.isArray()) {
        for (const QJsonValue element : value.toArray())
            collectReferences(element, references);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectReferences(it.value(), references);
    }
}

QString substituted(QString text, const QRegularExpression& pattern, const QHash<QString, QString>& ids)
{
    QString result;
    qsizetype last = 0;
    auto matches = pattern.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const auto id = ids.constFind(match.captured(1));
        if (id == ids.constEnd())
            continue;
        result += QStringView(text).mid(last, match.capturedStart(1) - BulkIdPrefix.size() - last);
        result += *id;
        last = match.capturedEnd(1);
    }
    if (last == 0)
        return text;
    result += QStringView(text).mid(last);
    return result;
}

QJsonValue resolveReferences(const QJsonValue& value, const QHash<QString, QString>& ids)
{
    if (value.isString()) {
        const QString text = value.toString();
        if (text.startsWith(BulkIdPrefix))
            return ids.value(text.mid(BulkIdPrefix.size()), text);
        return text.contains(BulkIdPrefix) ? substituted(text, quotedReference(), ids) : text;
    }
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue element : value.toArray())
            array.append(resolveReferences(element, ids));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = resolveReferences(it.value(), ids);
        return object;
    }
    return value;
}

QJsonValue member(const QJsonObject& object, QLatin1StringView name)
{
    QJsonValue exact = object.value(name); // not const: returned by move
    if (!exact.isUndefined())
        return exact;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

ScimError invalidSyntax(const QString& detail)
{
    return ScimError::badRequest(ScimType::InvalidSyntax, detail);
}

ScimError invalidValue(const QString& detail)
{
    return ScimError::badRequest(ScimType::InvalidValue, detail);
}

ScimError unresolvable(const QString& detail)
{
    return ScimError::conflict(ScimType::InvalidValue, detail);
}

BulkProcessor::Operation parseOperation(const QJsonValue& value, qsizetype index)
{
    BulkProcessor::Operation operation;
    const QString where = QStringLiteral("Operation %1").arg(index + 1);
    if (!value.isObject()) {
        operation.invalid = invalidSyntax(where + QStringLiteral(" is not a JSON object"));
        return operation;
    }
    const QJsonObject object = value.toObject();
    const QJsonValue method = member(object, QLatin1StringView("method"));
    const QJsonValue bulkId = member(object, QLatin1StringView("bulkId"));
    const QJsonValue path = member(object, QLatin1StringView("path"));
    const QJsonValue version = member(object, QLatin1StringView("version"));
    operation.method = method.toString().toUpper();
    operation.bulkId = bulkId.toString();
    operation.path = path.toString();
    operation.data = member(object, QLatin1StringView("data"));
    operation.version = version.toString();

    static const QStringList methods{QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH"),
                                     QStringLiteral("DELETE")};
    if (!methods.contains(operation.method)) {
        operation.invalid =
            invalidValue(where + QStringLiteral(": \"method\" must be POST, PUT, PATCH or DELETE"));
    } else if (!bulkId.isUndefined() && !bulkId.isNull() &&
               (!bulkId.isString() || operation.bulkId.isEmpty())) {
        operation.invalid = invalidSyntax(where + QStringLiteral(": \"bulkId\" must be a non-empty string"));
    } else if (operation.method == QLatin1String("POST") && operation.bulkId.isEmpty()) {
        operation.invalid = invalidSyntax(where + QStringLiteral(": a POST operation needs a \"bulkId\""));
    } else if (!path.isString() || operation.path.isEmpty()) {
        operation.invalid = invalidSyntax(where + QStringLiteral(" has no \"path\""));
    } else if (operation.method != QLatin1String("DELETE") && !operation.data.isObject()) {
        operation.invalid = invalidSyntax(where + QStringLiteral(": \"data\" must be a JSON object"));
    } else if (!version.isUndefined() && !version.isNull() && !version.isString()) {
        operation.invalid = invalidSyntax(where + QStringLiteral(": \"version\" must be a string"));
    }
    if (operation.invalid)
        return operation;

    collectReferences(operation.data, operation.references);
    auto matches = pathReference().globalMatch(operation.path);
    while (matches.hasNext())
        operation.references.insert(matches.next().captured(1));
    return operation;
}

} // namespace

BulkProcessor::BulkProcessor(const ScimRouter& router, const ResourceEndpoint& endpoint,
                             const ScimServiceOptions& options)
    : m_router(router)
    , m_endpoint(endpoint)
    , m_options(options)
{}

HttpResponse BulkProcessor::process(const ScimRequestContext& context, const QJsonObject& request) const
{
    const int running = m_running.fetch_add(1, std::memory_order_acq_rel);
    const auto release = qScopeGuard([this] { m_running.fetch_sub(1, std::memory_order_acq_rel); });
    if (running >= m_options.bulkMaxConcurrent) {
        HttpResponse busy = ScimErrorResponse::response(
            ScimError{429, ScimType::None,
                      QStringLiteral("%1 Bulk requests are running, the most at once; retry shortly")
                          .arg(m_options.bulkMaxConcurrent)});
        busy.setHeader(QByteArrayLiteral("retry-after"), QByteArrayLiteral("1"));
        return busy;
    }
    const QJsonArray schemas = member(request, QLatin1StringView("schemas")).toArray();
    const bool named = std::any_of(schemas.begin(), schemas.end(), [](const QJsonValue& urn) {
        return urn.toString().compare(urns::BulkRequest, Qt::CaseInsensitive) == 0;
    });
    if (!named)
        return ScimErrorResponse::response(
            invalidSyntax(QStringLiteral("\"schemas\" must contain %1").arg(urns::BulkRequest)));
    const QJsonValue operationsValue = member(request, QLatin1StringView("Operations"));
    if (!operationsValue.isArray())
        return ScimErrorResponse::response(
            invalidSyntax(QStringLiteral("A BulkRequest needs \"Operations\", an array")));
    const QJsonArray operationList = operationsValue.toArray();
    if (operationList.size() > m_options.bulkMaxOperations) {
        return ScimErrorResponse::response(
            ScimError{413, ScimType::None,
                      QStringLiteral("The request has %1 operations; the most accepted is %2 (maxOperations)")
                          .arg(operationList.size())
                          .arg(m_options.bulkMaxOperations)});
    }
    qint64 failOnErrors = 0; // 0: never stop
    const QJsonValue failValue = member(request, QLatin1StringView("failOnErrors"));
    if (!failValue.isUndefined() && !failValue.isNull()) {
        const double number = failValue.toDouble(-1);
        if (!failValue.isDouble() || number < 1 || std::floor(number) != number)
            return ScimErrorResponse::response(
                invalidValue(QStringLiteral("\"failOnErrors\" must be an integer of at least 1")));
        failOnErrors = qint64(std::min(number, 1.0e9));
    }

    QList<Operation> operations;
    operations.reserve(operationList.size());
    QHash<QString, qsizetype> byBulkId;
    for (qsizetype i = 0; i < operationList.size(); ++i) {
        operations.append(parseOperation(operationList.at(i), i));
        const QString& bulkId = operations.last().bulkId;
        if (bulkId.isEmpty() || operations.last().invalid)
            continue;
        if (byBulkId.contains(bulkId))
            return ScimErrorResponse::response(
                invalidValue(QStringLiteral("bulkId \"%1\" is used by more than one operation").arg(bulkId)));
        byBulkId.insert(bulkId, i);
    }

    QJsonArray results;
    // The operations' writes go to the store in one transaction, each a savepoint of it, committed at
    // the end (PostgreSQL: also every 50 operations): far fewer commits, with the same outcome per
    // operation. Operations whose commit failed are reported with its error.
    qsizetype committedResults = 0; // results before this index are stored, or failed on their own
    const auto uncommitted = [&](const ScimError& error) {
        ScimError lost = error;
        lost.detail = QStringLiteral("Not stored, the database could not commit it: %1").arg(error.detail);
        for (qsizetype i = committedResults; i < results.size(); ++i) {
            QJsonObject result = results.at(i).toObject();
            if (result.value(QStringLiteral("status")).toString().toInt() >= 400)
                continue;
            result.remove(QStringLiteral("location"));
            result.remove(QStringLiteral("version"));
            result.insert(QStringLiteral("status"), QString::number(lost.status));
            result.insert(QStringLiteral("response"), ScimErrorResponse::body(lost));
            results.replace(i, result);
        }
        // Answers cached meanwhile may carry versions that never reached the store.
        m_endpoint.forgetCachedRepresentations();
    };
    const Status committed =
        m_endpoint.directory().inTransaction(context.operation, [&](const Directory::Checkpoint& checkpoint) {
            runOperations(context, operations, byBulkId, failOnErrors, results, [&] {
                const Status stored = checkpoint();
                if (!stored)
                    uncommitted(stored.error());
                committedResults = results.size();
                return stored.ok();
            });
        });
    if (!committed)
        uncommitted(committed.error());

    return ScimResponse::json(200, QJsonObject{{QStringLiteral("schemas"), QJsonArray{urns::BulkResponse}},
                                               {QStringLiteral("Operations"), results}});
}

void BulkProcessor::runOperations(const ScimRequestContext& context, const QList<Operation>& operations,
                                  const QHash<QString, qsizetype>& byBulkId, qint64 failOnErrors,
                                  QJsonArray& results, const std::function<bool()>& checkpoint) const
{
    QHash<QString, QString> createdIds; // bulkId -> id of the resource its operation created
    QSet<QString> failedBulkIds;
    QList<qsizetype> pending;
    for (qsizetype i = 0; i < operations.size(); ++i)
        pending.append(i);
    qint64 errors = 0;

    const auto record = [&](const Operation& operation, const QJsonObject& result, const QString& createdId) {
        const bool failed = result.value(QStringLiteral("status")).toString().toInt() >= 400;
        if (failed) {
            ++errors;
            if (!operation.bulkId.isEmpty())
                failedBulkIds.insert(operation.bulkId);
        } else if (!operation.bulkId.isEmpty() && !createdId.isEmpty()) {
            createdIds.insert(operation.bulkId, createdId);
        }
        results.append(result);
        return failOnErrors > 0 && errors >= failOnErrors;
    };
    const auto failedResult = [](const Operation& operation, const ScimError& error) {
        QJsonObject result{{QStringLiteral("status"), QString::number(error.status)},
                           {QStringLiteral("response"), ScimErrorResponse::body(error)}};
        if (!operation.method.isEmpty())
            result.insert(QStringLiteral("method"), operation.method);
        if (!operation.bulkId.isEmpty())
            result.insert(QStringLiteral("bulkId"), operation.bulkId);
        return result;
    };

    // Run, in request order, the first operation whose references are all settled; repeat.
    bool stopped = false;
    while (!pending.isEmpty() && !stopped) {
        bool progressed = false;
        for (qsizetype p = 0; p < pending.size(); ++p) {
            const Operation& operation = operations.at(pending.at(p));
            std::optional<ScimError> error = operation.invalid;
            bool ready = true;
            for (const QString& reference : operation.references) {
                if (error)
                    break;
                if (!byBulkId.contains(reference))
                    error = unresolvable(
                        QStringLiteral("bulkId \"%1\" names no operation of this request").arg(reference));
                else if (failedBulkIds.contains(reference))
                    error = unresolvable(
                        QStringLiteral("bulkId \"%1\" refers to an operation that failed").arg(reference));
                else if (!createdIds.contains(reference))
                    ready = false;
            }
            if (!error && !ready)
                continue;
            pending.removeAt(p);
            progressed = true;
            QString createdId;
            const QJsonObject result =
                error ? failedResult(operation, *error) : run(context, operation, createdIds, createdId);
            stopped = record(operation, result, createdId);
            // A failed commit loses the operations since the last one: what refers to them cannot run.
            if (!error && !checkpoint())
                stopped = true;
            break;
        }
        if (progressed)
            continue;

        // Everything left waits for something else that is left: cycles, and what depends on them.
        const auto waitsFor = [&](qsizetype from, qsizetype target) {
            QList<qsizetype> stack{from};
            QSet<qsizetype> seen;
            while (!stack.isEmpty()) {
                const qsizetype current = stack.takeLast();
                for (const QString& reference : operations.at(current).references) {
                    const qsizetype next = byBulkId.value(reference, -1);
                    if (next == target)
                        return true;
                    if (next >= 0 && !seen.contains(next)) {
                        seen.insert(next);
                        stack.append(next);
                    }
                }
            }
            return false;
        };
        for (const qsizetype index : std::as_const(pending)) {
            const Operation& operation = operations.at(index);
            const bool inCycle = waitsFor(index, index);
            const ScimError error = unresolvable(
                inCycle ? QStringLiteral("Circular bulkId reference: this operation refers, directly or "
                                         "through others, to its own bulkId")
                        : QStringLiteral("This operation waits for a bulkId that is part of a circular "
                                         "reference"));
            if (record(operation, failedResult(operation, error), QString()))
                break;
        }
        pending.clear();
    }
}

QJsonObject BulkProcessor::run(const ScimRequestContext& context, const Operation& operation,
                               const QHash<QString, QString>& createdIds, QString& createdId) const
{
    const QString path = substituted(operation.path, pathReference(), createdIds);
    const QJsonObject data = resolveReferences(operation.data, createdIds).toObject();
    const ScimRoute route = m_router.routeBelowBase(context.operation.tenant, path);
    const EntityTagCondition ifMatch = EntityTagCondition::parse(operation.version.toUtf8());

    HttpResponse response;
    QString location;
    const bool onCollection = route.kind == ScimRoute::Kind::Collection;
    const bool onResource = route.kind == ScimRoute::Kind::Resource;
    if (route.kind == ScimRoute::Kind::NotFound) {
        response = ScimErrorResponse::response(
            ScimError::notFound(QStringLiteral("No endpoint at \"%1\"").arg(operation.path)));
    } else if (operation.method == QLatin1String("POST") ? !onCollection : !onResource) {
        response = ScimErrorResponse::response(invalidValue(
            operation.method == QLatin1String("POST")
                ? QStringLiteral("A POST operation's path is a resource type endpoint, e.g. \"/Users\"")
                : QStringLiteral("A %1 operation's path names one resource, e.g. \"/Users/<id>\"")
                      .arg(operation.method)));
    } else if (operation.method == QLatin1String("POST")) {
        response = m_endpoint.create(context, *route.type, data, {});
    } else {
        location = context.locator.resource(*route.type, route.name);
        if (operation.method == QLatin1String("PUT"))
            response = m_endpoint.replace(context, *route.type, route.name, data, ifMatch, {});
        else if (operation.method == QLatin1String("PATCH"))
            response = m_endpoint.patch(context, *route.type, route.name, data, ifMatch, false, {});
        else
            response = m_endpoint.remove(context, *route.type, route.name, ifMatch);
    }

    QJsonObject result{{QStringLiteral("method"), operation.method}};
    if (!operation.bulkId.isEmpty())
        result.insert(QStringLiteral("bulkId"), operation.bulkId);
    if (response.status == 201) {
        location = QString::fromUtf8(response.header("location"));
        createdId = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("id")).toString();
    }
    if (!location.isEmpty())
        result.insert(QStringLiteral("location"), location);
    if (const QByteArray etag = response.header("etag"); !etag.isEmpty())
        result.insert(QStringLiteral("version"), QString::fromLatin1(etag));
    result.insert(QStringLiteral("status"), QString::number(response.status));
    if (response.status >= 400)
        result.insert(QStringLiteral("response"), QJsonDocument::fromJson(response.body).object());
    return result;
}

} // namespace muster
