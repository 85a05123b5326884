#include "models/ResourceTableModel.h"

#include "models/MatchCounter.h"
#include "search/SearchIndex.h"
#include "search/SearchQuery.h"

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

// Candidates of a SCIM filter that the search index narrows (SearchIndex::candidates) tested one by one at
// most. Reading and testing one costs about 2 µs in memory and 10 µs in SQLite (benchmarks/ui), so that
// 2,000 take at most 4 and 20 ms beside the pass over the index (9 ms at 100,000 users): under the 100 ms
// that a search may take even on a busy machine. More candidates mean a term that one user in fifty has or
// more: they are walked in the order of the sort (SortedFilterWalk) until a page is full, which takes a few
// hundred tests unless the filter's other clauses leave few of them; the walk gives up after as many tests
// as the limit here, and the store's scan answers. PostgreSQL reads a resource in about 0.15 ms, a round
// trip: there 2,000 candidates take about as long as a filter's scan of 100,000 users.
constexpr qsizetype MaxCandidates = 2000;
// Unsorted, more candidates than one resource in this many are left to the store's scan.
constexpr qsizetype MaxWalkedShare = 10;

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
    , m_index(new SearchIndex(m_directory, m_resourceType, this))
    , m_counter(new MatchCounter(m_directory, this))
{
    connect(m_counter, &MatchCounter::counted, this, &ResourceTableModel::onCounted);
    connect(m_counter, &MatchCounter::failed, this, [this](quint64 ticket, const QString& message) {
        if (ticket != m_countTicket)
            return;
        setCounting(false);
        emit queryFailed(message);
    });
    // Plain words were answered by the store until now.
    connect(m_index, &SearchIndex::ready, this, [this] {
        if (usesIndex())
            reloadKeepingPositions();
    });
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
    if (std::optional<FirstPage> first = readFirstPage()) {
        const bool moreFollow = first->moreFollow;
        keepFirstPage(std::move(*first));
        if (moreFollow)
            startCounting();
    }
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
    std::optional<FirstPage> first = readFirstPage();
    const bool moreFollow = first && first->moreFollow;
    if (first)
        keepFirstPage(std::move(*first));
    endResetModel();
    if (moreFollow)
        startCounting();
    else
        setCounting(false);
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
    resetWith([this, &tenant] {
        m_tenant = tenant;
        m_index->setTenant(tenant);
    });
}

void ResourceTableModel::setFilter(FilterPtr filter)
{
    resetWith([this, &filter] {
        m_filter = std::move(filter);
        m_words.clear();
    });
}

void ResourceTableModel::setPlainWords(const QStringList& words)
{
    resetWith([this, &words] {
        m_words = words;
        m_filter = SearchQuery::plainWordsFilter(words, m_resourceType);
    });
}

bool ResourceTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_counting && m_moreRows;
}

// While the count is on its way, a view scrolled to the end gets the next page, once control is back in
// the event loop: views ask from inside their handling of other changes.
void ResourceTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || m_fetchQueued)
        return;
    m_fetchQueued = true;
    QMetaObject::invokeMethod(this, &ResourceTableModel::readNextPage, Qt::QueuedConnection);
}

void ResourceTableModel::readNextPage()
{
    m_fetchQueued = false;
    if (!canFetchMore({}))
        return;
    std::optional<QList<Resource>> resources;
    if (m_walk) {
        resources = m_walk->page(m_total, PageSize);
        if (resources)
            m_moreRows = m_walk->matchesPast(qsizetype(m_total) + PageSize);
        else
            m_walk.reset();
    }
    if (!resources) {
        Query query = baseQuery();
        query.startIndex = qint64(m_total) + 1;
        query.count = PageSize;
        query.countTotal = false;
        auto result = m_directory->query({m_tenant, QString()}, query);
        if (!result) {
            m_moreRows = false;
            reportFailure(result.error().detail);
            return;
        }
        resources = std::move(result->resources);
        m_moreRows = resources->size() == PageSize && result->totalResults > qint64(m_total) + PageSize;
    }
    const qsizetype rows = resources->size();
    if (rows == 0)
        return;
    beginInsertRows({}, m_total, m_total + int(rows) - 1);
    keepPage(m_total / PageSize, *resources);
    m_total += int(rows);
    endInsertRows();
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

bool ResourceTableModel::usesIndex() const
{
    // Without words or a sort, the store's own order of everything is as fast.
    return m_index->isReady() && m_index->canSort(m_sort) && (!m_words.isEmpty() || (!m_filter && m_sort));
}

// The first page comes without the number of matches: the store stops once the page is full, where an
// exact count makes it filter every resource (at 100,000 users the scan is most of the wait). The
// index knows its number of matches at once.
std::optional<ResourceTableModel::FirstPage> ResourceTableModel::readFirstPage() const
{
    if (usesIndex())
        return matchesFirstPage(m_index->search(m_words, m_sort));
    m_matches.reset();
    m_walk.reset();
    if (std::optional<FirstPage> narrowed = indexedFirstPage())
        return narrowed;
    FirstPage first;
    Query query = baseQuery();
    query.startIndex = 1;
    query.count = PageSize;
    query.countTotal = false;
    auto result = m_directory->query({m_tenant, QString()}, query);
    if (!result) {
        const QString detail = result.error().detail;
        reportFailure(detail);
        return std::nullopt;
    }
    first.resources = std::move(result->resources);
    const qsizetype rows = first.resources.size();
    // A store that stopped after the page says one more than it read; a larger total is exact.
    first.moreFollow = result->totalResults == rows + 1;
    first.total = int(
        std::min<qint64>(first.moreFollow ? rows : result->totalResults, std::numeric_limits<int>::max()));
    return first;
}

// nullopt for a filter that does not fit the schema: the store explains.
std::optional<CompiledFilter> ResourceTableModel::compiledFilter() const
{
    const ResourceType* type = m_directory->registry().resourceType(m_resourceType);
    if (!m_filter || !type)
        return std::nullopt;
    auto filter = CompiledFilter::compile(m_directory->registry(), *type, m_filter);
    if (!filter)
        return std::nullopt;
    return std::move(filter).value();
}

// A SCIM filter that the index narrows: a few candidates are each tested (narrowedFirstPage), more are
// walked in the order of the sort until a page is full; one that it does not narrow, in a sort that the
// index holds, walks the index's whole order. nullopt leaves the filter to the store, which also explains
// one that does not fit the schema.
std::optional<ResourceTableModel::FirstPage> ResourceTableModel::indexedFirstPage() const
{
    if (!m_filter || !m_index->isReady() || !m_index->canSort(m_sort))
        return std::nullopt;
    std::optional<CompiledFilter> filter = compiledFilter();
    if (!filter)
        return std::nullopt;
    // Unsorted, the store's scan stops once a page is full too, and reads at most ten times as many
    // resources as the walk for a tenth of the resources as candidates; each costs it less than a read and
    // test costs the walk, and the walk pays the pass over the index besides.
    const qsizetype limit = m_sort ? std::numeric_limits<qsizetype>::max()
                                   : std::max(MaxCandidates, m_index->size() / MaxWalkedShare);
    std::optional<SearchMatches> candidates = m_index->candidates(m_filter, m_sort, limit);
    if (!candidates) {
        // No terms, or too many of them unsorted.
        return m_sort ? walkedFirstPage(m_index->search({}, m_sort), std::move(*filter)) : std::nullopt;
    }
    if (candidates->isExact())
        return matchesFirstPage(std::move(*candidates)); // the index decided the filter
    if (candidates->size() <= MaxCandidates)
        return narrowedFirstPage(std::move(*candidates), *filter);
    // A walk through every resource would find still fewer matches per resource examined than this one.
    return walkedFirstPage(std::move(*candidates), std::move(*filter));
}

// Each candidate is tested as the store's own filter tests it (CompiledFilter on the resource as stored, a
// group with its members), in the order of the sort: the rows and their number are the store's answer,
// without the store's pass over every resource.
std::optional<ResourceTableModel::FirstPage>
ResourceTableModel::narrowedFirstPage(SearchMatches candidates, const CompiledFilter& filter) const
{
    std::vector<SearchMatches::Match> matches;
    for (const QString& id : candidates.ids(0, candidates.size())) {
        const Result<std::optional<Resource>> stored =
            m_directory->store().find(m_tenant, m_resourceType, id);
        if (!stored)
            return std::nullopt; // the store's query reports the failure
        if (*stored && filter.matches((*stored)->json))
            matches.push_back({id, {}});
    }
    return matchesFirstPage(SearchMatches(std::move(matches), std::nullopt));
}

// What the index found, or the matches of its candidates: counted, their pages read by id.
ResourceTableModel::FirstPage ResourceTableModel::matchesFirstPage(SearchMatches matches) const
{
    m_matches = std::move(matches);
    FirstPage first;
    first.total = int(std::min<qsizetype>(m_matches->size(), std::numeric_limits<int>::max()));
    first.resources = readIndexedPage(0);
    return first;
}

// `order`: the resources to test, in the order of the sort; the first page is theirs once the walk has
// found one match more than a page (the count follows from the store, off the GUI thread), or has been
// through all of them (the count is known).
std::optional<ResourceTableModel::FirstPage> ResourceTableModel::walkedFirstPage(SearchMatches order,
                                                                                 CompiledFilter filter) const
{
    m_walk.emplace(m_directory, m_tenant, m_resourceType, std::move(filter), std::move(order));
    std::optional<QList<Resource>> rows = m_walk->page(0, PageSize);
    if (!rows) {
        m_walk.reset();
        return std::nullopt;
    }
    FirstPage first;
    first.resources = std::move(*rows);
    const std::optional<qsizetype> total = m_walk->total();
    first.moreFollow = !total && m_walk->matchesPast(PageSize);
    first.total =
        int(std::min<qsizetype>(total ? *total : first.resources.size(), std::numeric_limits<int>::max()));
    return first;
}

void ResourceTableModel::keepFirstPage(FirstPage first)
{
    m_total = first.total;
    m_moreRows = first.moreFollow;
    keepPage(0, first.resources);
}

QList<Resource> ResourceTableModel::readIndexedPage(int pageIndex) const
{
    QList<Resource> rows;
    const QStringList ids = m_matches->ids(qsizetype(pageIndex) * PageSize, PageSize);
    rows.reserve(ids.size());
    for (const QString& id : ids) {
        // One removed since the search is left out until the changes are applied.
        auto resource = m_directory->get({m_tenant, QString()}, m_resourceType, id);
        if (resource)
            rows.append(std::move(*resource));
    }
    return rows;
}

void ResourceTableModel::startCounting()
{
    m_countTicket = m_counter->count(m_tenant, baseQuery());
    setCounting(true);
}

void ResourceTableModel::setCounting(bool counting)
{
    if (!counting) {
        m_counter->cancel();
        m_countTicket = 0;
        m_moreRows = false;
    }
    if (counting == m_counting)
        return;
    m_counting = counting;
    emit countingChanged(counting);
}

void ResourceTableModel::onCounted(quint64 ticket, qint64 total)
{
    if (ticket != m_countTicket)
        return;
    m_moreRows = false;
    resizeTo(int(std::min<qint64>(total, std::numeric_limits<int>::max())));
    setCounting(false);
}

// Rows come and go at the end, so that views keep their scroll position and selection.
void ResourceTableModel::resizeTo(int total)
{
    if (total > m_total) {
        beginInsertRows({}, m_total, total - 1);
        m_total = total;
        endInsertRows();
    } else if (total < m_total) {
        beginRemoveRows({}, total, m_total - 1);
        m_total = total;
        endRemoveRows();
    }
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
    if (m_matches)
        return keepPage(pageIndex, readIndexedPage(pageIndex));
    if (m_walk) {
        if (std::optional<QList<Resource>> rows = m_walk->page(qsizetype(pageIndex) * PageSize, PageSize))
            return keepPage(pageIndex, *rows);
        m_walk.reset(); // the store from here on, in the same order
    }
    Query query = baseQuery();
    query.startIndex = qint64(pageIndex) * PageSize + 1;
    query.count = PageSize;
    query.countTotal = false;
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
    const std::optional<FirstPage> first = readFirstPage();
    if (!first)
        return;
    const int oldTotal = m_total;
    // Until the count arrives, the rows shown stay (the first page is there; the others are read again).
    const int newTotal = first->moreFollow ? std::max(first->total, oldTotal) : first->total;
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
    m_moreRows = first->moreFollow;

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

    resizeTo(newTotal);
    if (first->moreFollow)
        startCounting();
    else
        setCounting(false);
}

} // namespace muster
