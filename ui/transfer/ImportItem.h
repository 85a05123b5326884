#pragma once

#include <QJsonObject>
#include <QStringList>

namespace muster {

// One resource to import, as read from a CSV row or from a SCIM JSON file.
struct ImportItem {
    enum class Mode {
        Merge,   // the attributes given change an existing resource; the others stay (CSV)
        Replace, // the attributes given are the whole resource (SCIM JSON, as a PUT)
    };

    int line = 0;         // the CSV line, or the 1-based position in the JSON file
    QString resourceType; // "User" or "Group"
    Mode mode = Mode::Merge;
    QJsonObject attributes;   // SCIM attributes as given
    QStringList groupNames;   // groups to add a user to (the CSV "groups" column)
    QString sourceId;         // the "id" in a JSON file, which members of groups in the same file refer to
    QStringList errors;       // what made the row unreadable; such an item is skipped
    QStringList sourceFields; // the CSV row as read, for the report
};

} // namespace muster
