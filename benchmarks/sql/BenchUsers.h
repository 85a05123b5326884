#pragma once

#include "BenchmarkData.h"
#include "resource/Resource.h"
#include "resource/ResourceCanonicalizer.h"
#include "schema/SchemaRegistry.h"

#include <QDateTime>
#include <QUuid>

namespace muster::benchusers {

// Bumped whenever the users below change, so that databases seeded from older users are seeded again.
constexpr int DataVersion = 1;

const QString UserType = QStringLiteral("User");

// The id of user `index`: a name-based UUID, so that a database seeded in an earlier run needs no list of
// its ids, while ids are spread over the key space like the random ones the Directory gives.
inline QString userId(int index)
{
    static const QUuid space = QUuid::fromString(QStringLiteral("6d757374-6572-4265-8e63-682055736572"));
    return QUuid::createUuidV5(space, QString::number(index)).toString(QUuid::WithoutBraces);
}

// What a client sends to create user `index`: a typical user (benchdata::typicalUser), one in ten
// inactive and one in five without a title, so that filters on active and title select a part.
inline QJsonObject userInput(int index)
{
    QJsonObject user = benchdata::typicalUser(index);
    if (index % 10 == 9)
        user.insert(QStringLiteral("active"), false);
    if (index % 5 == 4)
        user.remove(QStringLiteral("title"));
    return user;
}

// When user `index` was created and last modified: one second after the previous user.
inline QString lastModified(int index)
{
    static const QDateTime epoch = QDateTime::fromString(QStringLiteral("2024-01-01T00:00:00Z"), Qt::ISODate);
    return epoch.addSecs(index).toString(Qt::ISODateWithMs);
}

// User `index` as the Directory would store it: canonical, with its id, meta and unique keys; created
// one second after the previous user.
inline Resource storedUser(const ResourceCanonicalizer& canonicalizer, int index)
{
    const auto canonical = canonicalizer.canonicalize(userInput(index));
    if (!canonical)
        qFatal("benchmark user %d does not validate: %s", index, qPrintable(canonical.error().detail));
    QJsonObject json = *canonical;
    const QString id = userId(index);
    const QString time = lastModified(index);
    json.insert(QStringLiteral("id"), id);
    json.insert(QStringLiteral("meta"), QJsonObject{{QStringLiteral("resourceType"), UserType},
                                                    {QStringLiteral("created"), time},
                                                    {QStringLiteral("lastModified"), time},
                                                    {QStringLiteral("version"), Resource::etagFor(1)}});
    return Resource{id, UserType, 1, json, canonicalizer.uniqueKeys(json)};
}

} // namespace muster::benchusers
