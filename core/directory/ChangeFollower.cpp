#include "directory/ChangeFollower.h"

#include "common/ThreadHandOff.h"
#include "directory/AuditLogTail.h"
#include "directory/Directory.h"

#include <QThread>
#include <QTimer>

namespace muster {

namespace {

// Local writes remembered until their audit entries are read; beyond this many (entries that are never
// read, e.g. of a tenant removed meanwhile) the memory is dropped and a few changes are reported twice.
constexpr qsizetype MaxOwnWrites = 100'000;
constexpr int EntriesPerRead = 500;

ResourceChange::Kind kindOf(const AuditEntry& entry)
{
    if (entry.versionBefore == 0)
        return ResourceChange::Kind::Created;
    if (entry.versionAfter == 0)
        return ResourceChange::Kind::Removed;
    return ResourceChange::Kind::Updated;
}

} // namespace

ChangeFollower::ChangeFollower(Directory& directory, std::chrono::milliseconds interval, QObject* parent)
    : QObject(parent)
    , m_directory(directory)
    , m_thread(new QThread(this))
    , m_timer(new QTimer)
{
    // Where the log ends now: only what comes after is news.
    for (const QString& tenant : m_directory.store().tenants())
        m_seen.insert(tenant, newestPosition(tenant));
    connect(
        &m_directory, &Directory::resourceChanged, this,
        [this](const ResourceChange& change) {
            if (!m_announcing.load(std::memory_order_relaxed))
                rememberOwnWrite(writeKey(change.tenant, change.resourceType, change.id, change.version));
        },
        Qt::DirectConnection);

    m_thread->setObjectName(QStringLiteral("muster-change-follower"));
    m_timer->setInterval(interval);
    m_timer->moveToThread(m_thread);
    connect(
        m_timer, &QTimer::timeout, m_timer, [this] { poll(); }, Qt::DirectConnection);
    connect(m_thread, &QThread::started, m_timer, qOverload<>(&QTimer::start));
    // Where the store can tell of other processes' writes (PostgreSQL NOTIFY), the log is read at once;
    // the timer stays for what a lost notification (a dropped connection) would leave unread. The
    // notifier belongs to the thread: made and ended there.
    connect(
        m_thread, &QThread::started, m_timer,
        [this] {
            m_notifier = m_directory.store().changeNotifier();
            if (m_notifier) {
                connect(
                    m_notifier.get(), &StoreChangeNotifier::changed, m_timer, [this] { poll(); },
                    Qt::DirectConnection);
            }
        },
        Qt::DirectConnection);
    connect(
        m_thread, &QThread::finished, m_timer, [this] { m_notifier.reset(); }, Qt::DirectConnection);
    connect(m_thread, &QThread::finished, m_timer, &QObject::deleteLater);
    announceFinish(m_thread);
    m_thread->start();
}

ChangeFollower::~ChangeFollower()
{
    joinThread(m_thread);
}

ChangeFollower::Position ChangeFollower::newestPosition(const QString& tenant) const
{
    const QList<AuditEntry> newest = AuditLogTail(m_directory.store(), tenant).older(1);
    return newest.isEmpty() ? Position{} : Position{newest.first().sequence, newest.first().time};
}

QString ChangeFollower::writeKey(const QString& tenant, const QString& resourceType, const QString& id,
                                 quint64 version)
{
    return tenant + u'/' + resourceType + u'/' + id + u'/' + QString::number(version);
}

void ChangeFollower::rememberOwnWrite(const QString& key)
{
    QMutexLocker locker(&m_ownLock);
    if (m_ownWrites.size() >= MaxOwnWrites)
        m_ownWrites.clear();
    ++m_ownWrites[key];
}

bool ChangeFollower::takeOwnWrite(const QString& key)
{
    QMutexLocker locker(&m_ownLock);
    const auto found = m_ownWrites.find(key);
    if (found == m_ownWrites.end())
        return false;
    if (--found.value() == 0)
        m_ownWrites.erase(found);
    return true;
}

void ChangeFollower::poll()
{
    QMutexLocker locker(&m_pollLock);
    const ResourceStore& store = m_directory.store();
    bool reload = false;
    QList<ResourceChange> changes;
    const QStringList tenants = store.tenants();
    for (const QString& tenant : tenants) {
        Position& seen = m_seen[tenant]; // a tenant new since the last poll is read from its start
        for (;;) {
            // From the newest entry already seen, which must still be there as it was: else the log was
            // replaced (a backup restored) and everything may have changed.
            const QList<AuditEntry> entries =
                store.auditLog(tenant, std::max<qint64>(0, seen.sequence - 1), EntriesPerRead);
            qsizetype first = 0;
            if (seen.sequence > 0) {
                if (entries.isEmpty() || entries.first().sequence != seen.sequence ||
                    entries.first().time != seen.time) {
                    reload = true;
                    seen = newestPosition(tenant);
                    break;
                }
                first = 1;
            }
            for (qsizetype i = first; i < entries.size(); ++i) {
                const AuditEntry& entry = entries.at(i);
                seen = Position{entry.sequence, entry.time};
                const quint64 version = entry.versionAfter ? entry.versionAfter : entry.versionBefore;
                if (takeOwnWrite(writeKey(tenant, entry.resourceType, entry.resourceId, version)))
                    continue;
                changes.append({kindOf(entry), tenant, entry.resourceType, entry.resourceId, version});
            }
            if (entries.size() < EntriesPerRead)
                break;
        }
    }
    for (auto it = m_seen.begin(); it != m_seen.end();) {
        if (tenants.contains(it.key())) {
            ++it;
        } else {
            it = m_seen.erase(it);
            reload = true; // a tenant went away
        }
    }
    locker.unlock();

    m_announcing.store(true, std::memory_order_relaxed);
    if (reload) {
        m_directory.reportExternalReload();
    } else {
        for (const ResourceChange& change : std::as_const(changes))
            m_directory.reportExternalChange(change);
    }
    m_announcing.store(false, std::memory_order_relaxed);
}

} // namespace muster
