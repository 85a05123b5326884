#pragma once

#include <QString>

namespace muster::urns {

inline const QString User = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User");
inline const QString Group = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group");
inline const QString EnterpriseUser =
    QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
inline const QString ServiceProviderConfig =
    QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig");
inline const QString ResourceTypeSchema =
    QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:ResourceType");
inline const QString SchemaSchema = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Schema");
inline const QString ListResponse = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:ListResponse");
inline const QString SearchRequest = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:SearchRequest");
inline const QString PatchOp = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp");
inline const QString BulkRequest = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:BulkRequest");
inline const QString BulkResponse = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:BulkResponse");
inline const QString Error = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error");

} // namespace muster::urns
