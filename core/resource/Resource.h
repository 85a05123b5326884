#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace muster {

// A value that must be unique among the resources of one type in one tenant, already normalized
// (case-folded unless the attribute is caseExact). Stores enforce uniqueness on these keys.
struct UniqueKey {
    QString attribute; // schema spelling, e.g. "userName"
    QString value;
    friend bool operator==(const UniqueKey&, const UniqueKey&) = default;
};

// One stored resource: its canonical JSON (schemas, id, externalId, attributes, extension objects and
// meta with resourceType, created, lastModified and version; meta.location is added when served) plus
// what stores index it by.
struct Resource {
    QString id;
    QString resourceType; // resource type name, e.g. "User"
    quint64 version = 0;  // 1 on create, +1 on every write that changes something
    QJsonObject json;
    QList<UniqueKey> uniqueKeys;

    // Weak ETag of the version: W/"3"
    QString etag() const;
    static QString etagFor(quint64 version);
    // Accepts W/"3", "3" and 3; nullopt for anything else.
    static std::optional<quint64> versionFromEtag(QStringView etag);
};

} // namespace muster
