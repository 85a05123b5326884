#include "models/ResourceTableModel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace muster {

namespace {

// How long writes are gathered before the rows are refreshed: a burst from an identity provider costs
// one refresh, and a change still shows well within a second.
constexpr int ChangeDelayMs = 150;

// The value at an attribute path of a resource as stored: "userName", "name.givenName",
// "urn:...:enterprise:2.0:User:department".
QJsonValue valueAt(const QJsonObject& json, const QString& path)
{
    QJsonObject scope = json;
    QString rest = path;
    if (path.startsWith(QLatin1String("urn:"), Qt::CaseInsensitive)) {
        const qsizetype colon = path.lastIndexOf(u':');
        scope = json.value(path.left(colon)).toObject();
        rest = path.mid(colon + 1);
    }
    const qsizetype dot = rest.indexOf(u'.');
    if (dot < 0)
        return scope.value(rest);
    return scope.value(rest.left(dot)).toObject().value(rest.mid(dot + 1));
}

QJsonValue primaryValue(const QJsonValue& elements)
{
    const QJsonArray array = elements.toArray();
    for (const QJsonValue& element : array) {
        if (element.toObject().value(QStringLiteral("primary")).toBool())
            return element.toObject().value(QStringLiteral("value"));
    }
    return array.isEmpty() ? QJsonValue() : array.first().toObject().value(QStringLiteral("value"));
}

} // namespace

ResourceTableModel::ResourceTableModel(std::shared_ptr<Directory> directory, QString resourceType,
                                       QList<ResourceColumn> columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_directory(std::move(directory))
    , m_resourceType(std::move(resourceType))
    , m_columns(std::move(columns))
{
    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(ChangeDelayMs);
    connect(&m_changeTimer, &QTimer::timeout, this, &ResourceTableModel::applyChanges);
    // Writes are announced on the thread that made them (an HTTP worker, a bulk import).
    connect(m_directory.get(), &Directory::resourceChanged, this, &ResourceTableModel::onResourceChanged,
            Qt::QueuedConnection);
    connect(
        m_directory.get(), &Directory::restored, this, [this] { resetWith([] {}); }, Qt::QueuedConnection);
    m_showsMemberCounts = std::any_of(m_columns.begin(), m_columns.end(), [](const ResourceColumn& column) {
        return column.kind == ResourceColumn::Kind::MemberCount;
    });
    if (const std::optional<QueryResult> first = readFirstPage())
        keepFirstPage(*first);
}

// Everything read from the store is forgotten and counted again, after `change` (another tenant, another
// filter, a restored directory).
void ResourceTableModel::resetWith(const std::function<void()>& change)
{
    beginResetModel();
    change();
    m_pendingChanges.clear();
    dropLoadedRows();
    m_total = 0;
    if (const std::optional<QueryResult> first = readFirstPage())
        keepFirstPage(*first);
    endResetModel();
}

void ResourceTableModel::dropLoadedRows()
{
    m_pages.clear();
    m_pageUse.clear();
    m_memberCounts.clear();
}

int ResourceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_total;
}

int ResourceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ResourceTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QList<Resource>* rows = page(index.row() / PageSize);
    const int offset = index.row() % PageSize;
    if (!rows || offset >= rows->size())
        return {};
    const Resource& resource = rows->at(offset);
    switch (role) {
    case IdRole:
        return resource.id;
    case VersionRole:
        return qulonglong(resource.version);
    default:
        return display(resource, m_columns.at(index.column()), role);
    }
}

QVariant ResourceTableModel::display(const Resource& resource, const ResourceColumn& column, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    QJsonValue value;
    switch (column.kind) {
    case ResourceColumn::Kind::PrimaryValue:
        value = primaryValue(valueAt(resource.json, column.path));
        break;
    case ResourceColumn::Kind::MemberCount: {
        auto cached = m_memberCounts.constFind(resource.id);
        if (cached == m_memberCounts.constEnd()) {
            cached = m_memberCounts.insert(resource.id,
                                           m_directory->memberCount({m_tenant, QString()}, resource.id));
        }
        return role == Qt::DisplayRole ? QVariant(QLocale().toString(*cached)) : QVariant(*cached);
    }
    default:
        value = valueAt(resource.json, column.path);
        break;
    }
    if (role == SortRole)
        return value.toVariant();
    if (value.isUndefined() || value.isNull())
        return {};
    switch (column.kind) {
    case ResourceColumn::Kind::Boolean:
        return value.toBool() ? tr("Yes") : tr("No");
    case ResourceColumn::Kind::DateTime: {
        const QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                              : value.toString();
    }
    default:
        return value.isString() ? value.toString() : value.toVariant().toString();
    }
}

QVariant ResourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return m_columns.at(section).title;
    return {};
}

void ResourceTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size() || !m_columns.at(column).sortable())
        return;
    const auto path = AttributePath::parse(m_columns.at(column).sortPath());
    if (!path)
        return;
    m_sort = SortSpec{*path, order == Qt::AscendingOrder ? SortOrder::Ascending : SortOrder::Descending};
    reloadKeepingPositions();
}

void ResourceTableModel::setTenant(const QString& tenant)
{
    resetWith([this, &tenant] { m_tenant = tenant; });
}

void ResourceTableModel::setFilter(FilterPtr filter)
{
    resetWith([this, &filter] { m_filter = std::move(filter); });
}

std::optional<Resource> ResourceTableModel::resourceAt(int row) const
{
    if (row < 0 || row >= m_total)
        return std::nullopt;
    const QList<Resource>* rows = page(row / PageSize);
    if (!rows || row % PageSize >= rows->size())
        return std::nullopt;
    return rows->at(row % PageSize);
}

QString ResourceTableModel::idAt(int row) const
{
    const std::optional<Resource> resource = resourceAt(row);
    return resource ? resource->id : QString();
}

int ResourceTableModel::rowOf(const QString& id) const
{
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).id == id)
                return it.key() * PageSize + int(i);
        }
    }
    return -1;
}

void ResourceTableModel::refresh()
{
    m_changeTimer.stop();
    applyChanges();
}

// Reads happen while views paint: the failure is reported once control is back in the event loop.
void ResourceTableModel::reportFailure(const QString& detail) const
{
    auto* self = const_cast<ResourceTableModel*>(this);
    QMetaObject::invokeMethod(
        self, [self, detail] { emit self->queryFailed(detail); }, Qt::QueuedConnection);
}

Query ResourceTableModel::baseQuery() const
{
    Query query;
    query.resourceType = m_resourceType;
    query.filter = m_filter;
    query.sort = m_sort;
    return query;
}

// The number of matches comes with the first page: the store filters and sorts once for both, where a
// count and then a page would make it scan every resource twice (at 100,000 users the scan is most of
// the wait).
std::optional<QueryResult> ResourceTableModel::readFirstPage() const
{
    Query query = baseQuery();
    query.startIndex = 1;
    query.count = PageSize;
    auto result = m_directory->query({m_tenant, QString()}, query);
    if (!result) {
        const QString detail = result.error().detail;
        reportFailure(detail);
        return std::nullopt;
    }
    return std::move(*result);
}

void ResourceTableModel::keepFirstPage(const QueryResult& first)
{
    m_total = int(std::min<qint64>(first.totalResults, std::numeric_limits<int>::max()));
    keepPage(0, first.resources);
}

const QList<Resource>* ResourceTableModel::keepPage(int pageIndex, const QList<Resource>& rows) const
{
    m_pageUse.removeOne(pageIndex);
    while (m_pageUse.size() >= MaxCachedPages)
        m_pages.remove(m_pageUse.takeFirst());
    m_pageUse.append(pageIndex);
    return &*m_pages.insert(pageIndex, rows);
}

const QList<Resource>* ResourceTableModel::page(int pageIndex) const
{
    if (const auto cached = m_pages.constFind(pageIndex); cached != m_pages.constEnd()) {
        if (m_pageUse.last() != pageIndex) {
            m_pageUse.removeOne(pageIndex);
            m_pageUse.append(pageIndex);
        }
        return &*cached;
    }
    Query query = baseQuery();
    query.startIndex = qint64(pageIndex) * PageSize + 1;
    query.count = PageSize;
    const auto result = m_directory->query({m_tenant, QString()}, query);
    if (!result) {
        const QString detail = result.error().detail;
        reportFailure(detail);
        return nullptr;
    }
    return keepPage(pageIndex, result->resources);
}

void ResourceTableModel::onResourceChanged(const ResourceChange& change)
{
    // Group member counts change with users too (a removed user leaves its groups).
    if (change.tenant != m_tenant)
        return;
    if (change.resourceType == m_resourceType)
        m_pendingChanges.insert(change.id, change);
    else if (m_showsMemberCounts)
        m_pendingChanges.insert(QString(), change);
    else
        return;
    if (!m_changeTimer.isActive())
        m_changeTimer.start();
}

void ResourceTableModel::applyChanges()
{
    if (m_pendingChanges.isEmpty())
        return;
    reloadKeepingPositions();
}

// The rows are read again; every persistent index (the selection, the current row) moves to where
// its resource now is, looked for near where it was; a removed resource's indexes become invalid.
// The row count changes by inserting or removing rows at the end, so that views keep their scroll
// position.
void ResourceTableModel::reloadKeepingPositions()
{
    const QHash<QString, ResourceChange> changes = std::exchange(m_pendingChanges, {});
    const std::optional<QueryResult> first = readFirstPage();
    if (!first)
        return;
    const int oldTotal = m_total;
    const int newTotal = int(std::min<qint64>(first->totalResults, std::numeric_limits<int>::max()));
    if (newTotal > oldTotal) {
        beginInsertRows({}, oldTotal, newTotal - 1);
        m_total = newTotal;
        endInsertRows();
    }

    emit layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    const QModelIndexList before = persistentIndexList();
    QList<QString> idsBefore;
    idsBefore.reserve(before.size());
    for (const QModelIndex& index : before) {
        const auto loaded = m_pages.constFind(index.row() / PageSize);
        const int offset = index.row() % PageSize;
        idsBefore.append(loaded != m_pages.constEnd() && offset < loaded->size() ? loaded->at(offset).id
                                                                                 : QString());
    }
    dropLoadedRows();
    keepPage(0, first->resources);

    QHash<QString, int> located;
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const QModelIndex& index = before.at(i);
        const QString& id = idsBefore.at(i);
        int row = index.row();
        if (!id.isEmpty()) {
            if (changes.contains(id) && changes.value(id).kind == ResourceChange::Kind::Removed) {
                after.append(QModelIndex());
                continue;
            }
            auto found = located.constFind(id);
            if (found == located.constEnd()) {
                int newRow = -1;
                const int pageIndex = index.row() / PageSize;
                for (const int candidate : {pageIndex, pageIndex - 1, pageIndex + 1}) {
                    if (candidate < 0 || qint64(candidate) * PageSize >= newTotal)
                        continue;
                    if (const QList<Resource>* rows = page(candidate)) {
                        for (qsizetype k = 0; k < rows->size() && newRow < 0; ++k) {
                            if (rows->at(k).id == id)
                                newRow = candidate * PageSize + int(k);
                        }
                    }
                    if (newRow >= 0)
                        break;
                }
                found = located.insert(id, newRow);
            }
            if (*found >= 0)
                row = *found;
        }
        after.append(row < newTotal ? createIndex(row, index.column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);

    if (newTotal < oldTotal) {
        beginRemoveRows({}, newTotal, oldTotal - 1);
        m_total = newTotal;
        endRemoveRows();
    }
}

} // namespace muster
