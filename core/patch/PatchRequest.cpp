#include "patch/PatchRequest.h"

#include "query/FilterParser.h"
#include "schema/SchemaUrns.h"

#include <QJsonArray>

namespace muster {

namespace {

ScimError invalidSyntax(const QString& detail)
{
    return ScimError::badRequest(ScimType::InvalidSyntax, detail);
}

// A member of a JSON object; any case unless strict (some clients send "Operations" as "operations").
QJsonValue member(const QJsonObject& object, const QString& name, bool strict)
{
    const auto exact = object.constFind(name);
    if (exact != object.constEnd() || strict)
        return exact != object.constEnd() ? *exact : QJsonValue(QJsonValue::Undefined);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

std::optional<PatchOperation::Op> opFrom(const QString& text, bool strict)
{
    for (const PatchOperation::Op op :
         {PatchOperation::Op::Add, PatchOperation::Op::Remove, PatchOperation::Op::Replace}) {
        if (text.compare(PatchOperation::opName(op), strict ? Qt::CaseSensitive : Qt::CaseInsensitive) == 0)
            return op;
    }
    return std::nullopt;
}

Result<PatchOperation> parseOperation(const QJsonValue& entry, int index, const PatchOptions& options)
{
    const QString where = QStringLiteral("Operations[%1]").arg(index);
    if (!entry.isObject())
        return invalidSyntax(
            QStringLiteral("%1 must be an object with \"op\", \"path\" and \"value\"").arg(where));
    const QJsonObject object = entry.toObject();

    PatchOperation operation;
    operation.index = index;
    const QJsonValue op = member(object, QStringLiteral("op"), options.strict);
    if (!op.isString()) {
        return invalidSyntax(
            QStringLiteral("%1 needs an \"op\": \"add\", \"remove\" or \"replace\"").arg(where));
    }
    const std::optional<PatchOperation::Op> kind = opFrom(op.toString(), options.strict);
    if (!kind) {
        const QString expected = options.strict
                                     ? QStringLiteral("\"add\", \"remove\" or \"replace\" (lower case)")
                                     : QStringLiteral("\"add\", \"remove\" or \"replace\"");
        return invalidSyntax(
            QStringLiteral("%1: unknown op \"%2\"; expected %3").arg(where, op.toString(), expected));
    }
    operation.op = *kind;

    const QJsonValue path = member(object, QStringLiteral("path"), options.strict);
    if (!path.isUndefined() && !path.isNull()) {
        if (!path.isString())
            return invalidSyntax(QStringLiteral("%1: \"path\" must be a string").arg(where));
        operation.pathText = path.toString().trimmed();
        if (operation.pathText.isEmpty() && options.strict)
            return ScimError::badRequest(ScimType::InvalidPath,
                                         QStringLiteral("%1: \"path\" is empty").arg(where));
        if (!operation.pathText.isEmpty()) {
            auto parsed = FilterParser::parsePatchPath(operation.pathText);
            if (!parsed) {
                return ScimError::badRequest(ScimType::InvalidPath,
                                             QStringLiteral("%1: %2").arg(where, parsed.error().detail));
            }
            operation.path = std::move(parsed).value();
        }
    }

    operation.value = member(object, QStringLiteral("value"), options.strict);
    if (operation.op != PatchOperation::Op::Remove && operation.value.isUndefined()) {
        return invalidSyntax(
            QStringLiteral("%1: \"%2\" needs a \"value\"").arg(where, PatchOperation::opName(operation.op)));
    }
    if (operation.op == PatchOperation::Op::Remove && options.strict && !operation.value.isUndefined()) {
        return invalidSyntax(QStringLiteral("%1: \"remove\" takes no \"value\"; select what to remove with a "
                                            "filter in \"path\"")
                                 .arg(where));
    }
    return operation;
}

} // namespace

Result<PatchRequest> PatchRequest::parse(const QJsonObject& body, const PatchOptions& options)
{
    const QJsonValue schemas = member(body, QStringLiteral("schemas"), options.strict);
    if (options.strict || !schemas.isUndefined()) {
        bool named = false;
        for (const QJsonValue schema : schemas.toArray())
            named = named || schema.toString().compare(urns::PatchOp, Qt::CaseInsensitive) == 0;
        if (!named && (options.strict || schemas.isArray())) {
            return invalidSyntax(
                QStringLiteral("A PATCH request's \"schemas\" must be [\"%1\"]").arg(urns::PatchOp));
        }
    }

    const QJsonValue operations = member(body, QStringLiteral("Operations"), options.strict);
    if (!operations.isArray() || operations.toArray().isEmpty())
        return invalidSyntax(QStringLiteral("A PATCH request needs a non-empty \"Operations\" array"));
    const QJsonArray list = operations.toArray();
    if (list.size() > options.maxOperations) {
        return ScimError::badRequest(
            ScimType::InvalidValue,
            QStringLiteral("A PATCH request may carry at most %1 operations, this one has %2")
                .arg(options.maxOperations)
                .arg(list.size()));
    }

    PatchRequest request;
    request.operations.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto operation = parseOperation(list.at(i), int(i), options);
        if (!operation)
            return operation.error();
        request.operations.append(std::move(operation).value());
    }
    return request;
}

} // namespace muster
