#pragma once

#include "schema/SchemaRegistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <memory>

// Shared fixture of the query suites: the built-in schemas plus a test extension (data/schemas) that
// has every attribute type and returned setting, and canonical users and groups (data/*.json).
namespace muster::queryfixture {

inline const QString ProfileUrn =
    QStringLiteral("urn:example:params:scim:schemas:extension:profile:2.0:User");

// Null if the fixture schemas do not load; the suites QVERIFY that.
inline std::shared_ptr<SchemaRegistry> registry()
{
    auto registry = SchemaRegistry::builtIn();
    if (!registry->loadDirectory(QStringLiteral(MUSTER_TEST_DATA_DIR "/schemas")))
        return nullptr;
    return registry;
}

inline QList<QJsonObject> resources(const QString& fileName)
{
    QFile file(QStringLiteral(MUSTER_TEST_DATA_DIR "/") + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QJsonObject> list;
    for (const QJsonValue& value : QJsonDocument::fromJson(file.readAll()).array())
        list.append(value.toObject());
    return list;
}

inline QStringList ids(const QList<QJsonObject>& resources)
{
    QStringList list;
    for (const QJsonObject& resource : resources)
        list.append(resource.value(QLatin1String("id")).toString());
    return list;
}

// "u1,u3" -> {"u1", "u3"}; "" -> {}
inline QStringList idList(const QString& commaSeparated)
{
    return commaSeparated.isEmpty() ? QStringList() : commaSeparated.split(u',');
}

} // namespace muster::queryfixture
