#include "audit/AuditLogModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QScopedValueRollback>
#include <QSet>

namespace muster {

namespace {

// Writes come in bursts (an identity provider's sync): their entries are read together.
constexpr int LiveDelayMs = 100;

// "urn:...:enterprise:2.0:User:department" reads as "department".
QString shortAttributeName(const QString& name)
{
    return name.startsWith(QLatin1String("urn:"), Qt::CaseInsensitive) ? name.mid(name.lastIndexOf(u':') + 1)
                                                                       : name;
}

} // namespace

AuditLogModel::AuditLogModel(std::shared_ptr<Directory> directory, QObject* parent)
    : QAbstractTableModel(parent)
    , m_directory(std::move(directory))
{
    m_liveTimer.setSingleShot(true);
    m_liveTimer.setInterval(LiveDelayMs);
    connect(&m_liveTimer, &QTimer::timeout, this, &AuditLogModel::refresh);
    // Announced on the thread that wrote (an HTTP worker, an import).
    connect(m_directory.get(), &Directory::resourceChanged, this, &AuditLogModel::onResourceChanged,
            Qt::QueuedConnection);
    connect(m_directory.get(), &Directory::restored, this, &AuditLogModel::reload, Qt::QueuedConnection);
    reload();
}

void AuditLogModel::setTenant(const QString& tenant)
{
    if (tenant == m_tenant)
        return;
    m_tenant = tenant;
    reload();
}

void AuditLogModel::setFilter(const AuditLogFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void AuditLogModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_names.clear();
    m_newest = AuditLogReader::newestSequence(*m_directory, m_tenant);
    m_reader.emplace(m_directory, m_tenant, m_filter);
    m_reader->startBelow(m_newest + 1);
    m_reader->readOlder(m_entries, PageSize, ScanBudget);
    endResetModel();
    emit loaded();
}

QDateTime AuditLogModel::searchedBackTo() const
{
    return m_reader ? m_reader->oldestTimeRead() : QDateTime();
}

QStringList AuditLogModel::actors() const
{
    QSet<QString> seen;
    for (const AuditEntry& entry : m_entries)
        seen.insert(entry.actor);
    QStringList sorted(seen.begin(), seen.end());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

QStringList AuditLogModel::actions() const
{
    QSet<QString> seen;
    for (const AuditEntry& entry : m_entries)
        seen.insert(entry.action);
    QStringList sorted(seen.begin(), seen.end());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

void AuditLogModel::onResourceChanged(const ResourceChange& change)
{
    if (change.tenant == m_tenant && !m_liveTimer.isActive())
        m_liveTimer.start();
}

void AuditLogModel::refresh()
{
    m_liveTimer.stop();
    if (!m_reader)
        return;
    // A burst larger than a page (an import) starts the log afresh: newest page, the rest lazily.
    if (!m_directory->auditLog({m_tenant, QString()}, m_newest + PageSize, 1).isEmpty()) {
        reload();
        return;
    }
    qint64 newest = m_newest;
    const QList<AuditEntry> added = m_reader->readNewer(m_newest, newest);
    m_newest = newest;
    if (added.isEmpty())
        return;
    beginInsertRows({}, 0, int(added.size()) - 1);
    m_entries = added + m_entries;
    endInsertRows();
    // Names may have changed with these writes.
    m_names.clear();
    emit dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn));
    emit loaded();
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_reader && !m_reader->atEnd();
}

void AuditLogModel::fetchMore(const QModelIndex& parent)
{
    // Views (and the model tester) may ask for more while rows are being inserted: one fetch at a time.
    if (m_fetching || !canFetchMore(parent))
        return;
    const QScopedValueRollback fetching(m_fetching, true);
    QList<AuditEntry> older;
    m_reader->readOlder(older, PageSize, ScanBudget);
    if (!older.isEmpty()) {
        const int first = int(m_entries.size());
        beginInsertRows({}, first, first + int(older.size()) - 1);
        m_entries += older;
        endInsertRows();
    }
    emit loaded();
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::resourceName(const AuditEntry& entry) const
{
    const QString key = entry.resourceType + u'/' + entry.resourceId;
    if (const auto known = m_names.constFind(key); known != m_names.constEnd())
        return *known;
    QString name;
    if (const Result<Resource> resource =
            m_directory->get({m_tenant, QString()}, entry.resourceType, entry.resourceId)) {
        name = resource->json.value(QStringLiteral("userName")).toString();
        if (name.isEmpty())
            name = resource->json.value(QStringLiteral("displayName")).toString();
    }
    m_names.insert(key, name);
    return name;
}

QString AuditLogModel::changedText(const AuditEntry& entry)
{
    QStringList names;
    for (const QJsonValue& name : entry.changes.value(QStringLiteral("changed")).toArray())
        names.append(shortAttributeName(name.toString()));
    return names.join(QStringLiteral(", "));
}

QString AuditLogModel::versionText(const AuditEntry& entry)
{
    const auto version = [](quint64 value) {
        return value == 0 ? QStringLiteral("–") : QString::number(value);
    };
    return version(entry.versionBefore) + QStringLiteral(" → ") + version(entry.versionAfter);
}

QString AuditLogModel::timeText(const QDateTime& utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry& entry = m_entries.at(index.row());
    if (role == SequenceRole)
        return entry.sequence;
    if (role == TimeRole)
        return entry.time;
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return tr("%1 (UTC: %2)")
                .arg(QLocale().toString(entry.time.toLocalTime(), QLocale::LongFormat),
                     entry.time.toUTC().toString(Qt::ISODate));
        case ChangedColumn: {
            // What changed and the operations asked for; not whatever else an entry keeps (a delete
            // may keep the whole resource).
            QJsonObject shown;
            for (const QString& key : {QStringLiteral("changed"), QStringLiteral("operations")}) {
                if (entry.changes.contains(key))
                    shown.insert(key, entry.changes.value(key));
            }
            return QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Indented));
        }
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return timeText(entry.time);
    case ActorColumn:
        return entry.actor;
    case ActionColumn:
        return entry.action;
    case TypeColumn:
        return entry.resourceType;
    case NameColumn: {
        const QString name = resourceName(entry);
        return name.isEmpty() ? tr("(deleted)") : name;
    }
    case ResourceColumn:
        return entry.resourceId;
    case ChangedColumn:
        return changedText(entry);
    case VersionColumn:
        return versionText(entry);
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("When");
    case ActorColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case TypeColumn:
        return tr("Type");
    case NameColumn:
        return tr("Name now");
    case ResourceColumn:
        return tr("Resource ID");
    case ChangedColumn:
        return tr("Changed");
    case VersionColumn:
        return tr("Versions");
    default:
        return {};
    }
}

} // namespace muster
