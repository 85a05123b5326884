#include "search/SearchIndex.h"

#include "query/CaseFolding.h"
#include "query/OrderedResult.h"
#include "search/SearchQuery.h"
#include "search/TextColumn.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QPromise>
#include <QVarLengthArray>
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

// The value held for an element that lacks the sub-attribute, in a part held element by element
// (SearchIndex::HeldPath::aligned): the k-th value of each of an attribute's sub-attributes is the k-th
// element's. A value that holds it is broken.
constexpr char16_t Missing = u'\uFFFF';

bool isMissing(QStringView value)
{
    return value.size() == 1 && value.front() == Missing;
}

// Appends each string value of `value` (the attribute's) at `held`, case-folded unless case-exact, and
// followed by a separator; element by element if `held` is aligned. `broken`: whether one held a separator or
// stood for none, so that the part may show other values than there are.
void appendValues(QString& text, const QJsonValue& value, const SearchIndex::HeldPath& held, bool& broken)
{
    const QString& subAttribute = held.path.subAttribute;
    if (value.isArray() || (held.aligned && value.isObject())) {
        const QJsonArray elements = value.isArray() ? value.toArray() : QJsonArray{value};
        for (const QJsonValue element : elements) {
            if (!held.aligned) {
                appendValues(text, element, held, broken);
                continue;
            }
            const QJsonValue leaf = element.toObject().value(subAttribute);
            QString kept(1, Missing);
            if (held.boolean && leaf.isBool())
                kept = leaf.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            else if (!held.boolean && leaf.isString())
                kept = held.caseExact ? leaf.toString() : foldedCase(leaf.toString());
            else if (!element.isObject() || !(leaf.isUndefined() || leaf.isNull()))
                broken = true; // a value CompiledFilter would compare otherwise
            broken = broken || kept.contains(Separator) || (kept.contains(Missing) && !isMissing(kept));
            text += kept;
            text += Separator;
        }
        return;
    }
    const QJsonValue leaf = subAttribute.isEmpty() ? value : value.toObject().value(subAttribute);
    if (!leaf.isString())
        return;
    const QString kept = held.caseExact ? leaf.toString() : foldedCase(leaf.toString());
    broken = broken || kept.contains(Separator);
    text += kept;
    text += Separator;
}

// A resource's values of some of the attributes held (the searched ones and SearchIndex::filterAttributes, in
// this order), case-folded unless the attribute is case-exact, in one text with a small table of where each
// attribute's values are, so that a filter's term on one attribute looks at its values only. The text starts
// with the table: its number of rows, then per row an attribute (its position among those held, and in the
// highest bit whether one of its values holds a separator of its own) and the length of its values' part of
// the body (a part longer than a row can say takes several rows). The body follows: a separator, then each
// attribute's values in the order of the attributes, each value followed by a separator. The body of the
// searched attributes' text is the text that plain words have always been looked for in.
class EntryText final {
public:
    // `paths`: attributes held from position `first` on.
    static QString of(const QJsonObject& json, const std::vector<SearchIndex::HeldPath>& paths,
                      size_t first = 0)
    {
        QString body(1, Separator);
        std::vector<char16_t> rows; // attribute, length, ...
        Q_ASSERT(first + paths.size() < BrokenFlag);
        for (size_t attribute = 0; attribute < paths.size();) {
            // A multi-valued attribute's sub-attributes held element by element come one after the other. The
            // values of one that no element has are left out, while another's show how many elements there
            // are: the text stays short, and each part's first value sits near the table.
            size_t end = attribute + 1;
            while (paths[attribute].aligned && end < paths.size() && paths[end].aligned &&
                   paths[end].path.schemaUrn == paths[attribute].path.schemaUrn &&
                   paths[end].path.attribute == paths[attribute].path.attribute)
                ++end;
            struct Part {
                qsizetype start = 0;
                qsizetype length = 0;
                bool broken = false;
                bool none = false; // only the marks of missing values
            };
            QVarLengthArray<Part, 8> group(qsizetype(end - attribute));
            bool anyValue = false;
            for (size_t i = attribute; i < end; ++i) {
                const AttributePath& path = paths[i].path;
                // An extension's attributes are in its object ("urn:...:enterprise:2.0:User": {...}).
                const QJsonObject scope =
                    path.schemaUrn.isEmpty() ? json : json.value(path.schemaUrn).toObject();
                Part& part = group[qsizetype(i - attribute)];
                part.start = body.size();
                appendValues(body, scope.value(path.attribute), paths[i], part.broken);
                part.length = body.size() - part.start;
                const QStringView values = QStringView(body).sliced(part.start, part.length);
                part.none =
                    paths[i].aligned && !part.broken && values.count(Missing) == values.count(Separator);
                anyValue = anyValue || !part.none;
            }
            qsizetype removed = 0;
            for (size_t i = attribute; i < end; ++i) {
                const Part& part = group[qsizetype(i - attribute)];
                if (part.none && anyValue) {
                    body.remove(part.start - removed, part.length);
                    removed += part.length;
                    continue;
                }
                for (qsizetype length = part.length; length > 0; length -= MaxPart) {
                    rows.push_back(char16_t(first + i) | (part.broken ? BrokenFlag : 0));
                    rows.push_back(char16_t(std::min(length, MaxPart)));
                }
            }
            attribute = end;
        }
        QString text;
        text.reserve(1 + qsizetype(rows.size()) + body.size());
        text += QChar(char16_t(rows.size() / 2));
        for (const char16_t row : rows)
            text += QChar(row);
        text += body;
        return text;
    }

    static QStringView body(QStringView text) { return EntryText(text).m_body; }

    struct Part {
        QStringView values;  // from the separator before the first to the one after the last; empty for none
        bool broken = false; // a value holds a separator: the part could show more values than there are
    };

    // The values of one attribute.
    static Part part(QStringView text, int attribute)
    {
        const EntryText entry(text);
        qsizetype start = 0;
        for (qsizetype row = 0; row < entry.m_rows; ++row) {
            if (entry.attribute(row) < attribute) {
                start += entry.length(row);
                continue;
            }
            if (entry.attribute(row) > attribute)
                break;
            const bool broken = entry.isBroken(row);
            qsizetype length = 0;
            for (; row < entry.m_rows && entry.attribute(row) == attribute; ++row)
                length += entry.length(row);
            return {entry.m_body.sliced(start, length + 1), broken};
        }
        return {};
    }

private:
    static constexpr qsizetype MaxPart = 0xFFFF;
    static constexpr char16_t BrokenFlag = 0x8000;

    explicit EntryText(QStringView text)
        : m_table(text.data())
        , m_rows(text.isEmpty() ? 0 : m_table[0].unicode())
        , m_body(text.isEmpty() ? QStringView(u"\n") : text.sliced(1 + 2 * m_rows))
    {}

    int attribute(qsizetype row) const { return m_table[1 + 2 * row].unicode() & ~BrokenFlag; }
    bool isBroken(qsizetype row) const { return m_table[1 + 2 * row].unicode() & BrokenFlag; }
    qsizetype length(qsizetype row) const { return m_table[2 + 2 * row].unicode(); }

    const QChar* m_table;
    qsizetype m_rows;
    QStringView m_body;
};

// A filter's condition (FilterTerms) as entries are tested for it: each term as the part of its attribute's
// values that has it holds the term's text (case-folded unless case-exact, after a separator when it starts a
// value, before one when it ends one), or as one of those values compares to the text, as CompiledFilter
// compares them (case-folded values compare as their originals do case-insensitively: Qt folds one character
// to one). A value path's condition is tested on each element in turn: its terms on the element's value of
// their sub-attribute, the same position in each part.
// What the index holds of one resource, as a TermTest reads it.
struct EntryView {
    QStringView id;
    QStringView searchedText;
    QStringView filterText;
    const ResourceFacts::Values& facts;
};

class TermTest final {
public:
    using Verdict = FilterTerms::Verdict;

    // `searched`: how many of the attributes held are searched, in the first of an entry's two texts.
    static TermTest of(const FilterTerms::Condition& condition, const QHash<QString, int>& attributes,
                       int searched, const ResourceFacts& facts)
    {
        TermTest test;
        test.m_kind = condition.kind;
        for (const FilterTerms::Condition& child : condition.children)
            test.m_children.push_back(of(child, attributes, searched, facts));
        if (condition.kind == FilterTerms::Condition::Kind::Element) {
            test.collectRequiredTerms(test.m_children.front(), true);
            const QString prefix = condition.attribute + u'.';
            for (auto held = attributes.cbegin(); held != attributes.cend(); ++held) {
                if (held.key().startsWith(prefix))
                    test.m_elementParts.emplace_back(held.value() < searched, held.value());
            }
        }
        if (condition.kind == FilterTerms::Condition::Kind::Fact) {
            test.m_fact = condition.fact;
            test.m_attribute = facts.slotOf(condition.fact);
        }
        if (condition.kind != FilterTerms::Condition::Kind::Term)
            return test;
        const FilterTerms::Term& term = condition.term;
        test.m_onId = term.attribute == u"id";
        test.m_attribute = attributes.value(term.attribute, -1);
        test.m_inSearchedText = test.m_attribute < searched;
        test.m_compare = term.compare;
        test.m_caseSensitivity = term.caseExact ? Qt::CaseSensitive : Qt::CaseInsensitive;
        test.m_text = term.caseExact ? term.text : foldedCase(term.text);
        test.m_needle = test.m_text;
        if (term.compare == CompareOperator::Sw || term.compare == CompareOperator::Eq)
            test.m_needle.prepend(Separator);
        if (term.compare == CompareOperator::Ew || term.compare == CompareOperator::Eq)
            test.m_needle.append(Separator);
        // A search of the whole part could find an empty text, or one with the mark of a missing value, at
        // such a mark, and one with a line break across two values.
        test.m_valueByValue = test.isOrdering() || term.compare == CompareOperator::Pr ||
                              test.m_text.isEmpty() || test.m_text.contains(Missing) ||
                              test.m_text.contains(Separator);
        return test;
    }

    // Whether the resource with these entry texts and facts meets the condition; `element`: in a value path,
    // the position of the element tested.
    Verdict verdict(const EntryView& entry, qsizetype element = -1) const
    {
        using Kind = FilterTerms::Condition::Kind;
        switch (m_kind) {
        case Kind::Fact:
            return factVerdict(entry.facts);
        case Kind::Term:
            return termVerdict(entry, element);
        case Kind::All: {
            Verdict all = Verdict::Passes;
            for (const TermTest& child : m_children) {
                all = std::min(all, child.verdict(entry, element));
                if (all == Verdict::Fails)
                    break;
            }
            return all;
        }
        case Kind::Any: {
            Verdict any = Verdict::Fails;
            for (const TermTest& child : m_children) {
                any = std::max(any, child.verdict(entry, element));
                if (any == Verdict::Passes)
                    break;
            }
            return any;
        }
        case Kind::Not:
            switch (m_children.front().verdict(entry, element)) {
            case Verdict::Fails:
                return Verdict::Passes;
            case Verdict::Passes:
                return Verdict::Fails;
            case Verdict::MayPass:
                break;
            }
            return Verdict::MayPass;
        case Kind::Element: {
            // A term that every element must meet and that no value meets fails the path, one search of the
            // part for all elements.
            for (const TermTest& required : m_required) {
                if (required.verdict(entry) == Verdict::Fails)
                    return Verdict::Fails;
            }
            const std::optional<qsizetype> elements = elementCount(entry);
            if (!elements)
                return Verdict::MayPass;
            Verdict any = Verdict::Fails;
            for (qsizetype at = 0; at < *elements && any != Verdict::Passes; ++at)
                any = std::max(any, m_children.front().verdict(entry, at));
            return any;
        }
        case Kind::Unknown:
            break;
        }
        return Verdict::MayPass;
    }

private:
    bool isOrdering() const
    {
        return m_compare == CompareOperator::Gt || m_compare == CompareOperator::Ge ||
               m_compare == CompareOperator::Lt || m_compare == CompareOperator::Le;
    }

    Verdict termVerdict(const EntryView& entry, qsizetype element) const
    {
        if (m_onId)
            return meets(entry.id) ? Verdict::Passes : Verdict::Fails;
        if (m_attribute < 0)
            return Verdict::MayPass; // not held: any resource may have it
        const EntryText::Part part =
            EntryText::part(m_inSearchedText ? entry.searchedText : entry.filterText, m_attribute);
        if (element >= 0) // the element's values line up (elementCount)
            return meets(valueAt(part.values, element)) ? Verdict::Passes : Verdict::Fails;
        if (part.values.isEmpty())
            return Verdict::Fails;
        // A value with a line break of its own could make the part look like more values.
        if (m_valueByValue) {
            if (part.broken)
                return Verdict::MayPass;
            if (!hasValueMeeting(part.values))
                return Verdict::Fails;
        } else if (!part.values.contains(m_needle)) {
            return Verdict::Fails;
        }
        return part.broken ? Verdict::MayPass : Verdict::Passes;
    }

    // Whether one value meets the term, as CompiledFilter compares it.
    bool meets(QStringView value) const
    {
        if (isMissing(value))
            return false;
        switch (m_compare) {
        case CompareOperator::Pr:
            return !value.isEmpty();
        case CompareOperator::Co:
            return value.contains(m_text);
        case CompareOperator::Sw:
            return value.startsWith(m_text);
        case CompareOperator::Ew:
            return value.endsWith(m_text);
        case CompareOperator::Eq:
            return value == m_text;
        default:
            return orderedResult(m_compare, value.compare(m_text, m_caseSensitivity));
        }
    }

    // Whether one of the values (each after a separator, the last one followed by one) meets the term.
    bool hasValueMeeting(QStringView values) const
    {
        for (qsizetype start = 1; start < values.size();) {
            const qsizetype end = values.indexOf(Separator, start);
            if (meets(values.sliced(start, end - start)))
                return true;
            start = end + 1;
        }
        return false;
    }

    // The value at `position` among `values`; missing past the last.
    static QStringView valueAt(QStringView values, qsizetype position)
    {
        qsizetype start = 1;
        for (; position > 0 && start < values.size(); --position)
            start = values.indexOf(Separator, start) + 1;
        if (start >= values.size())
            return QStringView(&Missing, 1);
        return values.sliced(start, values.indexOf(Separator, start) - start);
    }

    // Of a value path's condition: the terms that every element that meets it meets, reached through `and`
    // alone.
    void collectRequiredTerms(const TermTest& test, bool required)
    {
        for (const TermTest& child : test.m_children)
            collectRequiredTerms(child, required && test.m_kind == FilterTerms::Condition::Kind::All);
        if (required && test.m_kind == FilterTerms::Condition::Kind::Term && test.m_attribute >= 0)
            m_required.push_back(test);
    }

    // How many elements the value path's attribute has: as many values as each part of its sub-attributes
    // holds but those left out (EntryText::of: no element has the sub-attribute); nullopt when one is broken
    // or when they differ.
    std::optional<qsizetype> elementCount(const EntryView& entry) const
    {
        qsizetype count = 0;
        for (const auto& [inSearchedText, attribute] : m_elementParts) {
            const EntryText::Part part =
                EntryText::part(inSearchedText ? entry.searchedText : entry.filterText, attribute);
            if (part.values.isEmpty())
                continue;
            const qsizetype values = part.values.count(Separator) - 1;
            if (part.broken || (count && count != values))
                return std::nullopt;
            count = values;
        }
        return count;
    }

    // What a resource holds, as CompiledFilter compares it (its ne being a `not` around an eq).
    Verdict factVerdict(const ResourceFacts::Values& facts) const
    {
        if (m_attribute < 0)
            return Verdict::MayPass; // not held
        if (m_fact.test != FilterTerms::Fact::Test::Instant)
            return facts.bit(m_attribute) ? Verdict::Passes : Verdict::Fails;
        const qint64 instant = facts.instants[size_t(m_attribute)];
        if (instant == ResourceFacts::SeveralInstants)
            return Verdict::MayPass;
        if (instant == ResourceFacts::NoInstant)
            return Verdict::Fails;
        const int order = instant < m_fact.msecs ? -1 : (instant > m_fact.msecs ? 1 : 0);
        const bool met = orderedResult(m_fact.compare, order);
        return met ? Verdict::Passes : Verdict::Fails;
    }

    FilterTerms::Condition::Kind m_kind = FilterTerms::Condition::Kind::Term;
    QString m_text;   // case-folded unless case-exact
    QString m_needle; // m_text with the separators around it that its place asks for
    bool m_valueByValue = false;
    bool m_onId = false; // a term on the resource's id, which every entry holds apart
    CompareOperator m_compare = CompareOperator::Co;
    Qt::CaseSensitivity m_caseSensitivity = Qt::CaseInsensitive;
    FilterTerms::Fact m_fact;
    int m_attribute = -1; // of a term: among those held; of a fact: its slot in ResourceFacts::Values
    bool m_inSearchedText = false;
    std::vector<TermTest> m_children;
    std::vector<std::pair<bool, int>> m_elementParts; // of an Element: its sub-attributes' text and position
    std::vector<TermTest> m_required;                 // of an Element
};

// The paths of `attributes`, which are spelled as the schema spells them, with their caseExact.
std::vector<SearchIndex::HeldPath> heldPaths(const SchemaRegistry& registry, const QString& resourceType,
                                             const QStringList& attributes)
{
    const ResourceType* type = registry.resourceType(resourceType);
    std::vector<SearchIndex::HeldPath> paths;
    for (const QString& attribute : attributes) {
        auto path = AttributePath::parse(attribute);
        if (!path || !type)
            continue;
        const auto resolved = registry.resolve(*type, *path);
        const bool known = resolved && resolved->attribute;
        SearchIndex::HeldPath held{std::move(path).value()};
        held.caseExact = known && resolved->target()->caseExact;
        held.aligned = known && resolved->subAttribute && resolved->attribute->multiValued;
        held.boolean = known && resolved->target()->type == AttributeType::Boolean;
        paths.push_back(std::move(held));
    }
    return paths;
}

} // namespace

struct SearchIndex::Entries {
    std::vector<QString> ids; // in order
    // EntryText of the searched attributes: scanned by every plain-word search, so kept apart from the
    // others, as short as it can be.
    TextColumn texts;
    TextColumn filterTexts; // EntryText of the others (SearchIndex::filterAttributes); empty for none
    std::vector<std::vector<ResourceComparator::Key>> keys; // per searched attribute, then as ids
    std::vector<ResourceFacts::Values> facts;

    explicit Entries(qsizetype attributes)
        : keys(size_t(attributes))
    {}

    // Appends one resource's text and sort keys.
    void add(const Resource& resource, const std::vector<HeldPath>& searched,
             const std::vector<HeldPath>& filterOnly, const std::vector<ResourceComparator>& keyReaders,
             const ResourceFacts& factReader)
    {
        // String keys differ only in their text: they share one string value instead of a copy each.
        static const QJsonValue stringKey{QStringLiteral("")};
        ids.push_back(resource.id);
        texts.append(EntryText::of(resource.json, searched));
        const QString filterText = EntryText::of(resource.json, filterOnly, searched.size());
        filterTexts.append(filterText.size() > 2 ? QStringView(filterText) : QStringView()); // no rows: none
        facts.push_back(factReader.of(resource.json));
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
        for (TextColumn* column : {&texts, &filterTexts}) {
            column->release(size_t(at));
            column->spans().erase(column->spans().begin() + at);
        }
        facts.erase(facts.begin() + at);
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
        for (TextColumn* column : {&texts, &filterTexts}) {
            if (replaces)
                column->release(size_t(at));
            move(column->spans());
        }
        move(facts);
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
        // The texts in id order, the order in which every search reads them.
        for (TextColumn* column : {&texts, &filterTexts}) {
            permute(column->spans());
            column->compact();
        }
        permute(facts);
        for (auto& attributeKeys : keys)
            permute(attributeKeys);
    }
};

SearchIndex::SearchIndex(std::shared_ptr<Directory> directory, QString resourceType, QObject* parent)
    : QObject(parent)
    , m_directory(std::move(directory))
    , m_resourceType(std::move(resourceType))
    , m_attributes(SearchQuery::plainTextAttributes(m_resourceType))
    , m_filterAttributes(filterAttributes(m_directory->registry(), m_resourceType))
    , m_facts(m_directory->registry(), m_resourceType)
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
            m_filterAttributes.clear();
            m_keyReaders.clear();
            break;
        }
        m_keyReaders.push_back(std::move(*reader).value());
    }
    m_heldAttributes = m_attributes + m_filterAttributes;
    // Each term is looked for among the values of its attribute only (FilterTerms names them as held); the
    // id too, which each entry holds (Entries::ids).
    m_termAttributes = m_heldAttributes + QStringList{QStringLiteral("id")};
    for (qsizetype i = 0; i < m_heldAttributes.size(); ++i)
        m_positions.insert(m_heldAttributes.at(i), int(i));
    m_projection = m_heldAttributes + m_facts.projection();
    m_projection.removeDuplicates();
    m_searchedPaths = heldPaths(m_directory->registry(), m_resourceType, m_attributes);
    m_filterPaths = heldPaths(m_directory->registry(), m_resourceType, m_filterAttributes);
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
    const auto read = [type = m_resourceType, attributes = m_attributes, projection = m_projection,
                       searched = m_searchedPaths, filterOnly = m_filterPaths, keyReaders = m_keyReaders,
                       facts = m_facts](QPromise<std::shared_ptr<Entries>>& promise,
                                        std::shared_ptr<Directory> directory, QString tenant) {
        const qint64 total = directory->store().count(tenant, type);
        promise.setProgressRange(0, int(std::min<qint64>(total, std::numeric_limits<int>::max())));
        auto entries = std::make_shared<Entries>(attributes.size());
        entries->ids.reserve(size_t(total));
        entries->texts.reserve(size_t(total), 0);
        entries->filterTexts.reserve(size_t(total), 0);
        entries->facts.reserve(size_t(total));
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
                entries->add(resource, searched, filterOnly, keyReaders, facts);
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
    m_entries->add(*resource, m_searchedPaths, m_filterPaths, m_keyReaders, m_facts);
    m_entries->placeLast();
}

QStringList SearchIndex::filterAttributes(const SchemaRegistry& registry, const QString& resourceType)
{
    const ResourceType* type = registry.resourceType(resourceType);
    if (!type)
        return {};
    const QStringList searched = SearchQuery::plainTextAttributes(resourceType);
    QStringList attributes;
    const auto isText = [](const AttributeDefinition& attribute) {
        return (attribute.type == AttributeType::String || attribute.type == AttributeType::Reference) &&
               attribute.returned != Returned::Never;
    };
    // Left out: the id (each entry holds it apart), a group's members and a user's groups (long lists of ids
    // that the directory maintains), and the schemas' URNs, the same few long texts in every resource, which
    // would double the texts that filters read.
    static const QStringList leftOut{QStringLiteral("id"), QStringLiteral("members"),
                                     QStringLiteral("groups"), QStringLiteral("schemas")};
    // Single values first, then multi-valued attributes' values: an entry's text is read from its start, and
    // the values that most filters name come within its first bytes.
    QStringList multiValued;
    const auto addSchema = [&](const Schema* schema, const QString& prefix) {
        if (!schema)
            return;
        for (const AttributeDefinition& attribute : schema->attributes) {
            if (leftOut.contains(attribute.name, Qt::CaseInsensitive) ||
                attribute.returned == Returned::Never)
                continue;
            if (attribute.type != AttributeType::Complex) {
                if (isText(attribute))
                    (attribute.multiValued ? multiValued : attributes).append(prefix + attribute.name);
                continue;
            }
            for (const AttributeDefinition& subAttribute : attribute.subAttributes) {
                const bool elementBoolean = attribute.multiValued &&
                                            subAttribute.type == AttributeType::Boolean &&
                                            subAttribute.returned != Returned::Never;
                if (isText(subAttribute) || elementBoolean)
                    (attribute.multiValued ? multiValued : attributes)
                        .append(prefix + attribute.name + u'.' + subAttribute.name);
            }
        }
    };
    addSchema(registry.schema(type->schema), QString());
    addSchema(&registry.commonAttributes(), QString());
    for (const SchemaExtension& extension : type->schemaExtensions)
        addSchema(registry.schema(extension.schema), extension.schema + u':');
    attributes += multiValued;
    attributes.removeIf([&searched](const QString& name) {
        return std::any_of(searched.cbegin(), searched.cend(),
                           [&name](const QString& held) { return equalIgnoringCase(held, name); });
    });
    return attributes;
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
        if (needles.isEmpty())
            return FilterTerms::Verdict::Passes; // without reading the text: a sort over everything
        const QStringView text = EntryText::body(entries.texts.at(i));
        return std::all_of(needles.cbegin(), needles.cend(),
                           [&text](const QString& needle) { return text.contains(needle); })
                   ? FilterTerms::Verdict::Passes
                   : FilterTerms::Verdict::Fails;
    };
    return find(hasEveryWord, sort, std::numeric_limits<qsizetype>::max(), needles.isEmpty())
        .value_or(SearchMatches());
}

std::optional<SearchMatches>
SearchIndex::candidates(const FilterPtr& filter, const std::optional<SortSpec>& sort, qsizetype limit) const
{
    const ResourceType* type = m_directory->registry().resourceType(m_resourceType);
    if (!filter || !type || m_attributes.isEmpty())
        return std::nullopt;
    const std::optional<FilterTerms::Condition> condition =
        FilterTerms::of(m_directory->registry(), *type, *filter, m_termAttributes, m_facts.held());
    if (!condition)
        return std::nullopt;
    const TermTest test = TermTest::of(*condition, m_positions, int(m_attributes.size()), m_facts);
    return find(
        [&test](const Entries& entries, size_t i) {
            return test.verdict(
                {entries.ids[i], entries.texts.at(i), entries.filterTexts.at(i), entries.facts[i]});
        },
        sort, limit);
}

std::optional<SearchMatches>
SearchIndex::find(const std::function<FilterTerms::Verdict(const Entries&, size_t)>& test,
                  const std::optional<SortSpec>& sort, qsizetype limit, bool everyOne) const
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
    if (everyOne)
        matches.reserve(entries.ids.size());
    bool exact = true;
    for (size_t i = 0; i < entries.ids.size(); ++i) {
        const FilterTerms::Verdict verdict = test(entries, i);
        if (verdict == FilterTerms::Verdict::Fails)
            continue;
        exact = exact && verdict == FilterTerms::Verdict::Passes;
        if (!exact && qsizetype(matches.size()) >= limit)
            return std::nullopt;
        matches.push_back(
            {entries.ids[i], comparator ? entries.keys[size_t(keyIndex)][i] : ResourceComparator::Key{}});
    }
    return SearchMatches(std::move(matches), std::move(comparator), exact);
}

} // namespace muster
