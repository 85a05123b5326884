#pragma once

#include <QObject>

namespace muster {

// Tells the thread that made it that another process may have written to a shared store, so that its
// audit log is worth reading now rather than at the next poll (PostgreSQL LISTEN/NOTIFY). A hint only:
// the audit log stays what tells what changed, and a notifier may miss nothing but the timing.
class StoreChangeNotifier : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    void changed();
};

} // namespace muster
