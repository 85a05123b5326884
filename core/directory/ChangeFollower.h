#pragma once

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QString>

#include <atomic>
#include <chrono>
#include <memory>

class QThread;
class QTimer;

namespace muster {

class Directory;
class StoreChangeNotifier;

// Reports what other processes write to a shared store (a muster-server on the same SQLite file, other
// servers on the same PostgreSQL database) through the Directory's own signals, so that views follow
// them as they follow local writes. Every tenant's audit log is read after the newest entry seen, on a
// timer in a thread of its own (a slow database never stalls the caller): one index lookup per tenant
// when nothing changed. Every write adds an audit entry, so nothing is missed; entries of this
// process's own writes, already reported, are skipped. An audit log that went back (a backup was
// restored) is reported as Directory::restored(). Stores that announce writes (PostgreSQL's NOTIFY, see
// StoreChangeNotifier) have their log read as soon as another process writes, not at the next tick.
class ChangeFollower final : public QObject {
    Q_OBJECT

public:
    explicit ChangeFollower(Directory& directory,
                            std::chrono::milliseconds interval = std::chrono::seconds(1),
                            QObject* parent = nullptr);
    ~ChangeFollower() override;
    Q_DISABLE_COPY_MOVE(ChangeFollower)

    // Reads new entries now, in the calling thread (tests; the timer calls it in its thread).
    void poll();

private:
    struct Position {
        qint64 sequence = 0; // of the newest entry read; 0: none
        QDateTime time;      // and its time, to notice a log replaced by another
    };
    Position newestPosition(const QString& tenant) const;
    static QString writeKey(const QString& tenant, const QString& resourceType, const QString& id,
                            quint64 version);
    void rememberOwnWrite(const QString& key);
    bool takeOwnWrite(const QString& key);

    Directory& m_directory;
    QThread* m_thread;
    QTimer* m_timer;                                 // lives in m_thread
    std::unique_ptr<StoreChangeNotifier> m_notifier; // made, used and ended in m_thread; may be null
    QMutex m_pollLock;                               // one poll at a time
    QHash<QString, Position> m_seen;                 // by tenant; guarded by m_pollLock
    QMutex m_ownLock;
    QHash<QString, int> m_ownWrites; // writeKey() of local writes not yet met in the log; m_ownLock
    std::atomic<bool> m_announcing{false};
};

} // namespace muster
