#include "search/SearchIndex.h"

#include "query/CaseFolding.h"
#include "search/SearchQuery.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QPromise>
#include <QtConcurrent>

#include <algorithm>
#include <limits>
#include <numeric>

Q_LOGGING_CATEGORY(lcSearchIndex, "muster.ui.search")

namespace muster {

namespace {

// Resources read from the store per query while the index is made.
constexpr int ReadBatch = 2000;
// Reads in a row that may be repeated because writes moved resources between pages.
constexpr int MaxRereads = 3;

// Each value in the text is enclosed in line breaks, which words never hold: a word found in the text lies
// within one value, and a filter's term can be looked for at the start or the end of a value, or as all of
// one (FilterTerms::Term::Place).
constexpr char16_t Separator = u'\n';

// Turns each term's text into what the text of a resource that has it holds: case-folded, after a separator
// when it starts a value, before one when it ends one.
void foldNeedles(FilterTerms::Condition& condition)
{
    using Place = FilterTerms::Term::Place;
    for (FilterTerms::Condition& child : condition.children)
        foldNeedles(child);
    if (condition.kind != FilterTerms::Condition::Kind::Term)
        return;
    FilterTerms::Term& term = condition.term;
    term.text = foldedCase(term.text);
    if (term.place == Place::Start || term.place == Place::Whole)
        term.text.prepend(Separator);
    if (term.place == Place::End || term.place == Place::Whole)
        term.text.append(Separator);
}

// Whether a resource meets a condition whose terms (as foldNeedles made them) `has` tells it has.
template <typename Has>
bool meets(const FilterTerms::Condition& condition, const Has& has)
{
    using Kind = FilterTerms::Condition::Kind;
    switch (condition.kind) {
    case Kind::Term:
        return has(condition.term);
    case Kind::All:
        return std::all_of(condition.children.cbegin(), condition.children.cend(),
                           [&has](const FilterTerms::Condition& child) { return meets(child, has); });
    case Kind::Any:
        return std::any_of(condition.children.cbegin(), condition.children.cend(),
                           [&has](const FilterTerms::Condition& child) { return meets(child, has); });
    }
    return false;
}

void appendValues(QString& text, const QJsonValue& value, const QString& subAttribute)
{
    if (value.isArray()) {
        for (const QJsonValue& element : value.toArray())
            appendValues(text, element, subAttribute);
        return;
    }
    const QJsonValue leaf = subAttribute.isEmpty() ? value : value.toObject().value(subAttribute);
    if (!leaf.isString())
        return;
    text += foldedCase(leaf.toString());
    text += Separator;
}

// What a text of `paths` of `json` holds: each value case-folded, after a separator. An extension's
// attributes are in its object ("urn:...:enterprise:2.0:User": {"department": ...}).
QString foldedText(const QJsonObject& json, const std::vector<AttributePath>& paths)
{
    QString text(1, Separator);
    for (const AttributePath& path : paths) {
        const QJsonObject scope = path.schemaUrn.isEmpty() ? json : json.value(path.schemaUrn).toObject();
        appendValues(text, scope.value(path.attribute), path.subAttribute);
    }
    return text;
}

// The paths of `attributes`, which are spelled as the schema spells them.
std::vector<AttributePath> pathsOf(const QStringList& attributes)
{
    std::vector<AttributePath> paths;
    for (const QString& attribute : attributes) {
        if (auto path = AttributePath::parse(attribute))
            paths.push_back(std::move(path).value());
    }
    return paths;
}

} // namespace

struct SearchIndex::Entries {
    std::vector<QString> ids; // in order
    std::vector<QString> texts;
    // The filter-only attributes (SearchIndex::filterAttributes), null where a resource has none of them.
    std::vector<QString> filterTexts;
    std::vector<std::vector<ResourceComparator::Key>> keys; // per searched attribute, then as ids

    explicit Entries(qsizetype attributes)
        : keys(size_t(attributes))
    {}

    // Appends one resource's text and sort keys.
    void add(const Resource& resource, const std::vector<AttributePath>& searched,
             const std::vector<AttributePath>& filterOnly, const std::vector<ResourceComparator>& keyReaders)
    {
        // String keys differ only in their text: they share one string value instead of a copy each.
        static const QJsonValue stringKey{QStringLiteral("")};
        ids.push_back(resource.id);
        texts.push_back(foldedText(resource.json, searched));
        QString filterText = foldedText(resource.json, filterOnly);
        filterTexts.push_back(filterText.size() > 1 ? std::move(filterText) : QString());
        for (size_t i = 0; i < keyReaders.size(); ++i) {
            ResourceComparator::Key key = keyReaders[i].key(resource.json);
            if (key.value.isString())
                key.value = stringKey;
            keys[i].push_back(std::move(key));
        }
    }

    qsizetype find(const QString& id) const
    {
        return std::lower_bound(ids.begin(), ids.end(), id) - ids.begin();
    }

    void erase(qsizetype at)
    {
        ids.erase(ids.begin() + at);
        texts.erase(texts.begin() + at);
        filterTexts.erase(filterTexts.begin() + at);
        for (auto& attributeKeys : keys)
            attributeKeys.erase(attributeKeys.begin() + at);
    }

    // Puts the entry appended last at its place in id order, replacing one with the same id.
    void placeLast()
    {
        const qsizetype last = qsizetype(ids.size()) - 1;
        const qsizetype at = std::lower_bound(ids.begin(), ids.end() - 1, ids.back()) - ids.begin();
        const bool replaces = at < last && ids[size_t(at)] == ids.back();
        const auto move = [&](auto& values) {
            if (replaces) {
                values[size_t(at)] = std::move(values.back());
                values.pop_back();
            } else {
                std::rotate(values.begin() + at, values.end() - 1, values.end());
            }
        };
        move(ids);
        move(texts);
        move(filterTexts);
        for (auto& attributeKeys : keys)
            move(attributeKeys);
    }

    // Id order (and no id twice) after a read whose pages writes may have shifted.
    void sortById()
    {
        std::vector<size_t> order(ids.size());
        std::iota(order.begin(), order.end(), size_t(0));
        std::stable_sort(order.begin(), order.end(), [this](size_t a, size_t b) { return ids[a] < ids[b]; });
        order.erase(
            std::unique(order.begin(), order.end(), [this](size_t a, size_t b) { return ids[a] == ids[b]; }),
            order.end());
        const auto permute = [&order](auto& values) {
            std::remove_reference_t<decltype(values)> sorted;
            sorted.reserve(order.size());
            for (const size_t from : order)
                sorted.push_back(std::move(values[from]));
            values = std::move(sorted);
        };
        permute(ids);
        permute(texts);
        permute(filterTexts);
        for (auto& attributeKeys : keys)
            permute(attributeKeys);
    }
};

SearchIndex::SearchIndex(std::shared_ptr<Directory> directory, QString resourceType, QObject* parent)
    : QObject(parent)
    , m_directory(std::move(directory))
    , m_resourceType(std::move(resourceType))
    , m_attributes(SearchQuery::plainTextAttributes(m_resourceType))
    , m_filterAttributes(filterAttributes(m_resourceType))
    , m_searchedPaths(pathsOf(m_attributes))
    , m_filterPaths(pathsOf(m_filterAttributes))
{
    const ResourceType* type = m_directory->registry().resourceType(m_resourceType);
    for (const QString& attribute : std::as_const(m_attributes)) {
        const auto path = AttributePath::parse(attribute);
        std::optional<Result<ResourceComparator>> reader;
        if (type && path)
            reader.emplace(ResourceComparator::create(m_directory->registry(), *type, SortSpec{*path}));
        if (!reader || !*reader) {
            // A schema without the attribute: nothing to search, every search matches nothing.
            qCWarning(lcSearchIndex) << "no searched attribute" << attribute << "in" << m_resourceType;
            m_attributes.clear();
            m_searchedPaths.clear();
            m_keyReaders.clear();
            break;
        }
        m_keyReaders.push_back(std::move(*reader).value());
    }
    connect(m_directory.get(), &Directory::resourceChanged, this, &SearchIndex::onResourceChanged,
            Qt::QueuedConnection);
    connect(m_directory.get(), &Directory::restored, this, &SearchIndex::load, Qt::QueuedConnection);
    load();
}

SearchIndex::~SearchIndex() = default;

void SearchIndex::setTenant(const QString& tenant)
{
    if (tenant == m_tenant)
        return;
    m_tenant = tenant;
    load();
}

qsizetype SearchIndex::size() const
{
    return m_entries ? qsizetype(m_entries->ids.size()) : 0;
}

// The read runs on a pool thread with its own copies of what it needs; a newer read (another tenant, a
// restored backup) makes its result stale, which finishLoad drops.
void SearchIndex::load()
{
    const quint64 generation = ++m_generation;
    m_entries.reset();
    m_loading = true;
    m_changedWhileLoading.clear();
    auto* watcher = new QFutureWatcher<std::shared_ptr<Entries>>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, watcher, generation](int value) {
        if (generation == m_generation)
            emit progress(value, watcher->progressMaximum());
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            finishLoad(watcher->future().resultCount() ? watcher->result() : nullptr);
    });
    const auto read = [type = m_resourceType, attributes = m_attributes,
                       projection = m_attributes + m_filterAttributes, searched = m_searchedPaths,
                       filterOnly = m_filterPaths,
                       keyReaders = m_keyReaders](QPromise<std::shared_ptr<Entries>>& promise,
                                                  std::shared_ptr<Directory> directory, QString tenant) {
        const qint64 total = directory->store().count(tenant, type);
        promise.setProgressRange(0, int(std::min<qint64>(total, std::numeric_limits<int>::max())));
        auto entries = std::make_shared<Entries>(attributes.size());
        entries->ids.reserve(size_t(total));
        entries->texts.reserve(size_t(total));
        entries->filterTexts.reserve(size_t(total));
        for (auto& attributeKeys : entries->keys)
            attributeKeys.reserve(size_t(total));
        Query query;
        query.resourceType = type;
        query.count = ReadBatch;
        query.projection.attributes = projection;
        for (;;) {
            if (promise.isCanceled())
                return;
            const Result<QueryResult> page = directory->store().query(tenant, query);
            if (!page) {
                qCWarning(lcSearchIndex) << "reading" << type << "of" << tenant << page.error().detail;
                break;
            }
            for (const Resource& resource : page->resources)
                entries->add(resource, searched, filterOnly, keyReaders);
            promise.setProgressValue(int(std::min<qsizetype>(entries->ids.size(), total)));
            if (page->resources.size() < ReadBatch)
                break;
            query.startIndex += ReadBatch;
        }
        promise.addResult(std::move(entries));
    };
    watcher->setFuture(QtConcurrent::run(read, m_directory, m_tenant));
}

void SearchIndex::finishLoad(std::shared_ptr<Entries> entries)
{
    m_loading = false;
    if (!entries)
        entries = std::make_shared<Entries>(m_attributes.size());
    entries->sortById();
    m_entries = std::move(entries);
    for (const QString& id : std::exchange(m_changedWhileLoading, {}))
        refreshEntry(id);
    // Writes during the read may have moved a resource from a page not yet read to one already read.
    if (qint64(m_entries->ids.size()) != m_directory->store().count(m_tenant, m_resourceType) &&
        m_rereads < MaxRereads) {
        ++m_rereads;
        load();
        return;
    }
    m_rereads = 0;
    emit ready();
}

void SearchIndex::onResourceChanged(const ResourceChange& change)
{
    if (change.tenant != m_tenant || change.resourceType != m_resourceType)
        return;
    if (m_loading)
        m_changedWhileLoading.insert(change.id);
    else if (m_entries)
        refreshEntry(change.id);
}

void SearchIndex::refreshEntry(const QString& id)
{
    const std::optional<Resource> resource =
        m_directory->store().get(m_tenant, m_resourceType, id, ResourceStore::ReadMembers::Omit);
    if (!resource) {
        const qsizetype at = m_entries->find(id);
        if (at < qsizetype(m_entries->ids.size()) && m_entries->ids[size_t(at)] == id)
            m_entries->erase(at);
        return;
    }
    m_entries->add(*resource, m_searchedPaths, m_filterPaths, m_keyReaders);
    m_entries->placeLast();
}

QStringList SearchIndex::filterAttributes(const QString& resourceType)
{
    if (resourceType != QLatin1String("User"))
        return {};
    return {QStringLiteral("name.givenName"), QStringLiteral("name.familyName"), QStringLiteral("nickName"),
            QStringLiteral("title"),
            QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department")};
}

int SearchIndex::attributeIndex(const std::optional<SortSpec>& sort) const
{
    if (!sort)
        return -1;
    const QString path = sort->path.toString();
    for (qsizetype i = 0; i < m_attributes.size(); ++i) {
        if (m_attributes.at(i).compare(path, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

bool SearchIndex::canSort(const std::optional<SortSpec>& sort) const
{
    return !sort || attributeIndex(sort) >= 0;
}

SearchMatches SearchIndex::search(const QStringList& words, const std::optional<SortSpec>& sort) const
{
    QStringList needles;
    for (const QString& word : words)
        needles.append(foldedCase(word));
    const auto hasEveryWord = [&needles](const Entries& entries, size_t i) {
        const QString& text = entries.texts[i];
        return std::all_of(needles.cbegin(), needles.cend(),
                           [&text](const QString& needle) { return text.contains(needle); });
    };
    return find(hasEveryWord, sort, std::numeric_limits<qsizetype>::max()).value_or(SearchMatches());
}

std::optional<SearchMatches>
SearchIndex::candidates(const FilterPtr& filter, const std::optional<SortSpec>& sort, qsizetype limit) const
{
    const ResourceType* type = m_directory->registry().resourceType(m_resourceType);
    if (!filter || !type || m_attributes.isEmpty())
        return std::nullopt;
    std::optional<FilterTerms::Condition> condition =
        FilterTerms::of(m_directory->registry(), *type, *filter, m_attributes + m_filterAttributes);
    if (!condition)
        return std::nullopt;
    foldNeedles(*condition);
    // A term is looked for in both texts, whichever attribute it names: still a superset of the matches.
    return find(
        [&condition](const Entries& entries, size_t i) {
            const QString& text = entries.texts[i];
            const QString& filterText = entries.filterTexts[i];
            return meets(*condition, [&](const FilterTerms::Term& term) {
                return text.contains(term.text) || filterText.contains(term.text);
            });
        },
        sort, limit);
}

std::optional<SearchMatches> SearchIndex::find(const std::function<bool(const Entries&, size_t)>& found,
                                               const std::optional<SortSpec>& sort, qsizetype limit) const
{
    Q_ASSERT(isReady() && canSort(sort));
    if (!m_entries)
        return SearchMatches();
    const int keyIndex = attributeIndex(sort);
    std::optional<ResourceComparator> comparator;
    if (keyIndex >= 0) {
        const ResourceType* type = m_directory->registry().resourceType(m_resourceType);
        auto created = ResourceComparator::create(m_directory->registry(), *type, *sort);
        if (created)
            comparator.emplace(std::move(created).value());
    }
    const Entries& entries = *m_entries;
    std::vector<SearchMatches::Match> matches;
    for (size_t i = 0; i < entries.ids.size(); ++i) {
        if (!found(entries, i))
            continue;
        if (qsizetype(matches.size()) >= limit)
            return std::nullopt;
        matches.push_back(
            {entries.ids[i], comparator ? entries.keys[size_t(keyIndex)][i] : ResourceComparator::Key{}});
    }
    return SearchMatches(std::move(matches), std::move(comparator));
}

} // namespace muster
