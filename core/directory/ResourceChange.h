#pragma once

#include <QMetaType>
#include <QString>

namespace muster {

// What Directory::resourceChanged reports after a write was stored.
struct ResourceChange {
    enum class Kind { Created, Updated, Removed };
    Kind kind = Kind::Created;
    QString tenant;
    QString resourceType;
    QString id;
    quint64 version = 0; // the new version; the last one for Removed
};

} // namespace muster

Q_DECLARE_METATYPE(muster::ResourceChange)
