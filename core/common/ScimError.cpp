#include "common/ScimError.h"

namespace muster {

QString ScimError::scimTypeName() const
{
    switch (scimType) {
    case ScimType::None:
        return {};
    case ScimType::InvalidFilter:
        return QStringLiteral("invalidFilter");
    case ScimType::TooMany:
        return QStringLiteral("tooMany");
    case ScimType::Uniqueness:
        return QStringLiteral("uniqueness");
    case ScimType::Mutability:
        return QStringLiteral("mutability");
    case ScimType::InvalidSyntax:
        return QStringLiteral("invalidSyntax");
    case ScimType::InvalidPath:
        return QStringLiteral("invalidPath");
    case ScimType::NoTarget:
        return QStringLiteral("noTarget");
    case ScimType::InvalidValue:
        return QStringLiteral("invalidValue");
    case ScimType::InvalidVersion:
        return QStringLiteral("invalidVers");
    case ScimType::Sensitive:
        return QStringLiteral("sensitive");
    }
    return {};
}

ScimError ScimError::badRequest(ScimType type, const QString& detail)
{
    return {400, type, detail};
}

ScimError ScimError::notFound(const QString& detail)
{
    return {404, ScimType::None, detail};
}

ScimError ScimError::conflict(ScimType type, const QString& detail)
{
    return {409, type, detail};
}

ScimError ScimError::preconditionFailed(const QString& detail)
{
    return {412, ScimType::None, detail};
}

ScimError ScimError::internal(const QString& detail)
{
    return {500, ScimType::None, detail};
}

} // namespace muster
