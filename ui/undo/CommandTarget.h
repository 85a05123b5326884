#pragma once

#include <QString>

namespace muster {

// A resource an undo command acts on, and the version it has after the command's last step: the
// next step is made only if it still has that version (If-Match), so that undo and redo never
// overwrite a change made by someone else in between.
struct CommandTarget {
    QString resourceType;
    QString id;
    QString label; // how people recognize it, for messages
    quint64 version = 0;
};

} // namespace muster
