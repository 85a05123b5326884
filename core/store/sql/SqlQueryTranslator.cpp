// What maps to what. `v` is a value the filter reads (on the resource, an element of an array, or a
// member row), `?` a bound value, fold() = muster_fold(), s = v or fold(v) as caseExact says.
//
//   filter                     SQLite (JSON1 over TEXT)                  PostgreSQL (jsonb)
//   ----------------------------------------------------------------------------------------------------
//   path                       json_extract(r.json, ?), ? = $."urn"."a"   jsonb_extract_path(r.json, ?, ?)
//   multi-valued a             EXISTS (SELECT 1 FROM json_each(r.json,   EXISTS (SELECT 1 FROM
//                                ?) AS e WHERE <on e>)                     jsonb_array_elements(<a if an
//                                                                          array>) AS e(value) WHERE ...)
//   a.b, a multi-valued        json_extract(<e if an object>, ?) per e   jsonb_extract_path(e.value, ?)
//   a[filter]                  EXISTS over the elements that are objects, the whole filter on one element
//   members, members.x         EXISTS (SELECT 1 FROM members AS m WHERE m.tenant = r.tenant AND
//                                m.group_id = r.id AND ...), members.value read from m.member_id
//   string eq                  json_type IS 'text' AND s = ?             jsonb_typeof IS NOT DISTINCT FROM
//                                (? folded by Qt unless caseExact)         'string' AND s = ?
//   co / sw / ew               instr(s, ?) > 0 / substr(s, 1, ?) = ? /   strpos(s, ?) > 0 /
//                                substr(s, -n) = ? (n bound)               starts_with(s, ?) / right(s, ?) =
//                                ?
//   string gt ge lt le         s COLLATE muster_utf16 > ?                muster_utf16_key(s) COLLATE "C" > ?
//   number op                  json_type integer or real AND v op ?      CAST(v AS numeric) op ? (numbers)
//   boolean eq                 json_type(...) IS 'true' / 'false'        v = CAST(? AS jsonb)
//   dateTime op                COALESCE(muster_instant(v) op ?, FALSE), ? in milliseconds
//   pr, eq null, ne null       CompiledFilter's isPresent: CASE on the   jsonb_path_exists(v, 'strict
//                                JSON type, json_each into arrays and      $.**{0 to 4} ? (a non-empty
//                                objects as deep as the schema nests       leaf)')
//   ne, not                    NOT, moved down to the comparisons (De Morgan; two of them cancel)
//   and / or                   AND / (OR), deepest operand first, long chains as balanced groups
//   sortBy                     key ASC|DESC NULLS LAST, then id: strings folded unless caseExact and in
//                                UTF-16 order, a multi-valued attribute by its primary element else its
//                                first, dateTimes by muster_instant, members by m.position
//
// Every predicate is true or false, never NULL: a type check that is false, or COALESCE(..., FALSE),
// stands before every comparison, so that NOT and ne mean exactly "does not match".
#include "store/sql/SqlQueryTranslator.h"

#include "query/CompiledFilter.h"
#include "query/DateTimeInstant.h"
#include "query/ResourceComparator.h"
#include "query/ValueKind.h"
#include "schema/SchemaUrns.h"
#include "store/sql/SqlQueryPostgresFunctions.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace muster {

namespace {

// CompiledFilter's isPresent looks into nested arrays and objects this deep.
constexpr int PresenceDepth = 4;

const QString Value = QStringLiteral("value");
const QString Primary = QStringLiteral("primary");

// A piece of SQL in the making: text from this file, identifiers from Columns, and "?" with their values.
class Sql {
public:
    Sql() = default;
    Sql(const SqlFragment& fragment)
        : m_fragment(fragment)
    {}

    Sql& operator<<(const char* text)
    {
        m_fragment.sql += QLatin1String(text);
        return *this;
    }
    Sql& operator<<(const SqlFragment& part)
    {
        m_fragment.sql += part.sql;
        m_fragment.bindings += part.bindings;
        return *this;
    }
    Sql& operator<<(const Sql& part) { return *this << part.m_fragment; }
    // Identifiers and aliases chosen by Muster, never values.
    Sql& name(const QString& identifier)
    {
        m_fragment.sql += identifier;
        return *this;
    }
    Sql& bind(const QVariant& value)
    {
        m_fragment.sql += u'?';
        m_fragment.bindings.append(value);
        return *this;
    }

    bool isEmpty() const { return m_fragment.sql.isEmpty(); }
    // How deeply parentheses nest in the text (which holds no literal with a parenthesis).
    int nesting() const
    {
        int depth = 0;
        int deepest = 0;
        for (const QChar c : m_fragment.sql) {
            if (c == u'(')
                deepest = std::max(deepest, ++depth);
            else if (c == u')')
                --depth;
        }
        return deepest;
    }
    const SqlFragment& fragment() const { return m_fragment; }
    operator SqlFragment() const { return m_fragment; }

private:
    SqlFragment m_fragment;
};

// One value a filter reads.
struct ValueRef {
    Sql json; // SQLite: the value as json_extract or json_each give it; PostgreSQL: a jsonb expression
    Sql text; // SQLite: the same; PostgreSQL: the text of a scalar
    Sql type; // json_type / jsonb_typeof; empty when the value is known to be a non-null string
};

// Where a filter's paths are read from.
struct Scope {
    Sql document;        // the JSON object (the resource, or an element inside "attr[...]")
    QString memberAlias; // inside "members[...]": the membership row
    bool resource = true;
};

// What a path names.
struct Target {
    const AttributeDefinition* attribute = nullptr; // nullptr: a whole extension
    const AttributeDefinition* subAttribute = nullptr;
    QString extension; // the URN key of an extension's attributes
    const Schema* extensionSchema = nullptr;
    bool members = false;

    const AttributeDefinition* leaf() const { return subAttribute ? subAttribute : attribute; }
};

// A comparison's operator and literal, converted as CompiledFilter converts them.
struct Comparison {
    CompareOperator op = CompareOperator::Eq; // Eq Co Sw Ew Gt Ge Lt Le
    ValueKind kind = ValueKind::String;
    bool caseExact = false;
    QString text;
    bool boolean = false;
    double number = 0;
    qint64 integer = 0;
    bool integral = false;
    qint64 msecs = 0;
};

const char* sqlOperator(CompareOperator op)
{
    switch (op) {
    case CompareOperator::Gt:
        return " > ";
    case CompareOperator::Ge:
        return " >= ";
    case CompareOperator::Lt:
        return " < ";
    case CompareOperator::Le:
        return " <= ";
    default:
        break;
    }
    return " = ";
}

ScimError invalidFilter(const QString& detail)
{
    return ScimError::badRequest(ScimType::InvalidFilter, detail);
}

// Code points in a string, which is what SQL's length() and substr() count.
qsizetype codePoints(const QString& text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++count;
    }
    return count;
}

// Builds the SQL of one where() or orderBy() call; aliases are numbered per call.
class Translation {
public:
    Translation(const SchemaRegistry& registry, const ResourceType& type, SqlDialect dialect,
                const SqlQueryTranslator::Columns& columns)
        : m_registry(registry)
        , m_type(type)
        , m_sqlite(dialect == SqlDialect::Sqlite)
        , m_columns(columns)
    {
        if (type.schema.compare(urns::Group, Qt::CaseInsensitive) == 0) {
            const auto members = registry.resolve(type, QStringLiteral("members"));
            if (members && !members->inExtension)
                m_members = members->attribute;
        }
    }

    Scope resourceScope() const
    {
        Scope scope;
        scope.document.name(m_columns.json);
        return scope;
    }

    // `negated`: the SQL for "not (filter)". Every predicate here is true or false, never NULL, so "not"
    // moves down to the comparisons by De Morgan's laws and two of them cancel: the SQL nests no deeper
    // than the filter's and/or structure (SQLite's parser gives up beyond about a hundred levels).
    Result<Sql> filter(const Filter& filter, const Scope& scope, const AttributeDefinition* element,
                       bool negated = false)
    {
        switch (filter.kind) {
        case Filter::Kind::Logical:
            return logical(filter, scope, element, negated);
        case Filter::Kind::Not:
            if (!filter.operand)
                return invalidFilter(QStringLiteral("\"not\" without an operand"));
            return this->filter(*filter.operand, scope, element, !negated);
        case Filter::Kind::ValuePath: {
            auto matched = valuePath(filter, scope);
            if (!matched || !negated)
                return matched;
            return Sql() << "NOT " << *matched;
        }
        case Filter::Kind::Comparison:
            break;
        }
        auto matched = comparison(filter, scope, element);
        if (!matched)
            return matched.error();
        if (matched->negate != negated)
            return Sql() << "NOT " << matched->sql;
        return matched->sql;
    }

    Result<Sql> orderBy(const SortSpec& sort)
    {
        auto resolved = m_registry.resolve(m_type, sort.path);
        if (!resolved || !resolved->attribute)
            return ScimError::badRequest(ScimType::InvalidPath,
                                         QStringLiteral("sortBy \"%1\"").arg(sort.path.toString()));
        Target target;
        target.attribute = resolved->attribute;
        target.subAttribute = resolved->subAttribute;
        if (resolved->inExtension)
            target.extension = resolved->schema->id;
        target.members = m_members && !resolved->inExtension && resolved->attribute == m_members;
        if (target.leaf()->type == AttributeType::Complex)
            target.subAttribute = target.attribute->subAttribute(Value); // ResourceComparator checked it
        auto key = sortKey(target);
        if (!key)
            return key.error();

        const ValueKind kind = kindOf(target.leaf()->type);
        const bool text = kind == ValueKind::String || kind == ValueKind::Binary;
        Sql order;
        order << *key;
        if (text)
            order << (m_sqlite ? " COLLATE muster_utf16" : " COLLATE \"C\"");
        order << (sort.order == SortOrder::Descending ? " DESC" : " ASC") << " NULLS LAST, ";
        if (m_sqlite)
            order.name(m_columns.id) << " COLLATE muster_utf16 ASC";
        else
            (order << "muster_utf16_key(").name(m_columns.id) << ") COLLATE \"C\" ASC";
        return order;
    }

private:
    QString alias(QLatin1String prefix) { return prefix + QString::number(++m_aliases); }

    // --- Reading JSON ---------------------------------------------------------------------------------

    // "$."a"."b"" for SQLite; the keys are names from the schemas, which cannot hold a double quote.
    static QString jsonPath(const QStringList& keys)
    {
        QString path = QStringLiteral("$");
        for (const QString& key : keys)
            path += QStringLiteral(".\"") + key + u'"';
        return path;
    }

    Sql pathArguments(const QStringList& keys) const
    {
        Sql arguments;
        if (m_sqlite)
            return arguments.bind(jsonPath(keys));
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i > 0)
                arguments << ", ";
            arguments.bind(keys.at(i));
        }
        return arguments;
    }

    Sql jsonbAt(const Sql& document, const QStringList& keys) const
    {
        return Sql() << "jsonb_extract_path(" << document << ", " << pathArguments(keys) << ")";
    }

    // The value at `keys` under `document`, which is a JSON object (or NULL).
    ValueRef at(const Sql& document, const QStringList& keys) const
    {
        ValueRef value;
        if (m_sqlite) {
            value.json << "json_extract(" << document << ", " << pathArguments(keys) << ")";
            value.text = value.json;
            value.type << "json_type(" << document << ", " << pathArguments(keys) << ")";
        } else {
            value.json = jsonbAt(document, keys);
            value.text << "jsonb_extract_path_text(" << document << ", " << pathArguments(keys) << ")";
            value.type << "jsonb_typeof(" << value.json << ")";
        }
        return value;
    }

    // A FROM item: the elements of the array at `keys` as rows named `rowAlias`; none if it is no array.
    Sql elementRows(const Sql& document, const QStringList& keys, const QString& rowAlias,
                    bool withPosition = false) const
    {
        Sql rows;
        if (m_sqlite) {
            (rows << "json_each(" << document << ", " << pathArguments(keys) << ") AS ").name(rowAlias);
            return rows;
        }
        const Sql array = jsonbAt(document, keys);
        rows << "jsonb_array_elements(CASE WHEN jsonb_typeof(" << array << ") = 'array' THEN " << array
             << " END)" << (withPosition ? " WITH ORDINALITY" : "") << " AS ";
        rows.name(rowAlias) << (withPosition ? "(value, position)" : "(value)");
        return rows;
    }

    ValueRef element(const QString& rowAlias) const
    {
        ValueRef value;
        value.json.name(rowAlias + QStringLiteral(".value"));
        if (m_sqlite) {
            value.text = value.json;
            value.type.name(rowAlias + QStringLiteral(".type"));
        } else {
            value.text << "(" << value.json << " #>> '{}')";
            value.type << "jsonb_typeof(" << value.json << ")";
        }
        return value;
    }

    // An element as a document to read sub-attributes from: NULL unless it is an object (SQLite's
    // json_extract fails on text that is not JSON, and json_each gives strings unquoted).
    Sql elementObject(const QString& rowAlias) const
    {
        Sql object;
        if (m_sqlite)
            object.name(QStringLiteral("CASE %1.type WHEN 'object' THEN %1.value END").arg(rowAlias));
        else
            object.name(rowAlias + QStringLiteral(".value"));
        return object;
    }

    Sql elementIsObject(const QString& rowAlias) const
    {
        Sql test;
        if (m_sqlite)
            test.name(rowAlias + QStringLiteral(".type = 'object'"));
        else
            (test << "jsonb_typeof(").name(rowAlias) << ".value) = 'object'";
        return test;
    }

    Sql elementPosition(const QString& rowAlias) const
    {
        return Sql().name(rowAlias + (m_sqlite ? QStringLiteral(".key") : QStringLiteral(".position")));
    }

    // "primary": true in an element
    Sql isPrimary(const Sql& object) const
    {
        if (m_sqlite)
            return Sql() << "(json_type(" << object << ", " << pathArguments({Primary}) << ") IS 'true')";
        return Sql() << "COALESCE(" << jsonbAt(object, {Primary}) << " = CAST('true' AS jsonb), FALSE)";
    }

    // The group's membership rows, as "FROM ... WHERE <joined>" without the closing condition.
    Sql membersFrom(const QString& rowAlias) const
    {
        Sql from;
        from << " FROM ";
        from.name(m_columns.membersTable) << " AS ";
        from.name(rowAlias) << " WHERE ";
        from.name(rowAlias + QStringLiteral(".tenant = ") + m_columns.tenant) << " AND ";
        from.name(rowAlias + QStringLiteral(".group_id = ") + m_columns.id);
        return from;
    }

    Sql memberDocument(const QString& rowAlias) const
    {
        return Sql().name(rowAlias + QStringLiteral(".json"));
    }

    // A member's "value": the member_id column, equal to it and always a non-empty string.
    ValueRef memberId(const QString& rowAlias) const
    {
        ValueRef value;
        value.json.name(rowAlias + QStringLiteral(".member_id"));
        value.text = value.json;
        return value;
    }

    // A member element as a whole (for "members pr").
    ValueRef memberElement(const QString& rowAlias) const
    {
        ValueRef value;
        value.json = memberDocument(rowAlias);
        if (m_sqlite) {
            value.text = value.json;
            value.type << "json_type(" << value.json << ")";
        } else {
            value.text << "(" << value.json << " #>> '{}')";
            value.type << "jsonb_typeof(" << value.json << ")";
        }
        return value;
    }

    // --- Paths ----------------------------------------------------------------------------------------

    // As CompiledFilter's binder resolves (it has already accepted the filter).
    Result<Target> resolve(const AttributePath& path, const AttributeDefinition* element) const
    {
        Target target;
        if (element) {
            AttributePath relative = path;
            if (relative.schemaUrn.isEmpty() && !relative.subAttribute.isEmpty() &&
                relative.attribute.compare(element->name, Qt::CaseInsensitive) == 0) {
                relative.attribute = relative.subAttribute;
                relative.subAttribute.clear();
            }
            target.attribute = element->subAttribute(relative.attribute);
            if (!target.attribute)
                return invalidFilter(QStringLiteral("\"%1\" names no sub-attribute of \"%2\"")
                                         .arg(path.toString(), element->name));
            return target;
        }
        auto resolved = m_registry.resolve(m_type, path);
        if (!resolved)
            return invalidFilter(resolved.error().detail);
        if (resolved->inExtension)
            target.extension = resolved->schema->id;
        if (resolved->inExtension && !resolved->attribute)
            target.extensionSchema = resolved->schema;
        target.attribute = resolved->attribute;
        target.subAttribute = resolved->subAttribute;
        target.members = m_members && !resolved->inExtension && resolved->attribute == m_members;
        return target;
    }

    QStringList keysOf(const Target& target) const
    {
        QStringList keys;
        if (!target.extension.isEmpty())
            keys.append(target.extension);
        if (target.attribute)
            keys.append(target.attribute->name);
        return keys;
    }

    // CompiledFilter's anyValue: `visit` holds for one value the path reaches, any element of a
    // multi-valued attribute counting. `visit` also learns what the value is (an element of or the value
    // of that definition; nullptr: a whole extension).
    template <typename Visit>
    Sql anyValue(const Scope& scope, const Target& target, const Visit& visit)
    {
        if (!scope.resource) {
            const AttributeDefinition* sub = target.attribute;
            if (!scope.memberAlias.isEmpty() && sub->name == Value)
                return visit(memberId(scope.memberAlias), sub);
            return valuesAt(scope.document, {sub->name}, *sub, visit);
        }
        if (target.members) {
            const QString row = alias(QLatin1String("m"));
            const AttributeDefinition* sub = target.subAttribute;
            Sql inner;
            if (!sub)
                inner = visit(memberElement(row), target.attribute);
            else if (sub->name == Value)
                inner = visit(memberId(row), sub);
            else
                inner = valuesAt(memberDocument(row), {sub->name}, *sub, visit);
            return Sql() << "EXISTS (SELECT 1" << membersFrom(row) << " AND " << inner << ")";
        }
        const QStringList keys = keysOf(target);
        if (!target.attribute)
            return visit(at(scope.document, keys), nullptr);
        if (!target.subAttribute)
            return valuesAt(scope.document, keys, *target.attribute, visit);
        if (!target.attribute->multiValued)
            return valuesAt(scope.document, keys + QStringList{target.subAttribute->name},
                            *target.subAttribute, visit);
        const QString row = alias(QLatin1String("e"));
        const Sql inner =
            valuesAt(elementObject(row), {target.subAttribute->name}, *target.subAttribute, visit);
        return Sql() << "EXISTS (SELECT 1 FROM " << elementRows(scope.document, keys, row) << " WHERE "
                     << inner << ")";
    }

    // The value of `definition` at `keys`, or each of its elements if it is multi-valued.
    template <typename Visit>
    Sql valuesAt(const Sql& document, const QStringList& keys, const AttributeDefinition& definition,
                 const Visit& visit)
    {
        if (!definition.multiValued)
            return visit(at(document, keys), &definition);
        const QString row = alias(QLatin1String("e"));
        return Sql() << "EXISTS (SELECT 1 FROM " << elementRows(document, keys, row) << " WHERE "
                     << visit(element(row), &definition) << ")";
    }

    // How deep CompiledFilter's isPresent must look into a value of `definition` (an element, if it is
    // multi-valued; nullptr: a whole extension) in the canonical shape: a simple value is a scalar, a
    // complex one an object of scalars and arrays of scalars.
    int presenceDepth(const AttributeDefinition* definition, const Schema* extension) const
    {
        const auto complexDepth = [](const AttributeDefinition& complex) {
            const bool arrays = std::any_of(complex.subAttributes.cbegin(), complex.subAttributes.cend(),
                                            [](const AttributeDefinition& sub) { return sub.multiValued; });
            return arrays ? 2 : 1;
        };
        if (definition)
            return definition->type == AttributeType::Complex ? complexDepth(*definition) : 0;
        int depth = 1;
        if (extension) {
            for (const AttributeDefinition& attribute : extension->attributes) {
                const int value = attribute.type == AttributeType::Complex ? complexDepth(attribute) : 0;
                depth = std::max(depth, 1 + value + (attribute.multiValued ? 1 : 0));
            }
        } else {
            depth = PresenceDepth;
        }
        return std::min(depth, PresenceDepth);
    }

    // --- Filters --------------------------------------------------------------------------------------

    Result<Sql> logical(const Filter& filter, const Scope& scope, const AttributeDefinition* element,
                        bool negated)
    {
        // Chains of one operator are flattened without recursion. SQLite refuses expression trees more than
        // 1000 deep, and "a or b or ..." is as deep as it is long: long chains become balanced trees.
        std::vector<Sql> operands;
        std::vector<const Filter*> pending{&filter};
        while (!pending.empty()) {
            const Filter* current = pending.back();
            pending.pop_back();
            if (current->kind == Filter::Kind::Logical && current->logical == filter.logical) {
                if (!current->left || !current->right)
                    return invalidFilter(QStringLiteral("incomplete logical expression"));
                pending.push_back(current->right.get());
                pending.push_back(current->left.get());
                continue;
            }
            auto operand = this->filter(*current, scope, element, negated);
            if (!operand)
                return operand.error();
            operands.push_back(std::move(*operand));
        }
        // The most nested operand first: SQLite's parser then holds one open parenthesis per level, not
        // the operands and operators before it. AND binds tighter than OR, so only OR needs parentheses
        // (operands are comparisons, EXISTS, NOT of those, or parenthesized OR).
        std::stable_sort(operands.begin(), operands.end(),
                         [](const Sql& a, const Sql& b) { return a.nesting() > b.nesting(); });
        if ((filter.logical == LogicalOperator::And) != negated)
            return joined(operands, 0, operands.size(), " AND ");
        return Sql() << "(" << joined(operands, 0, operands.size(), " OR ") << ")";
    }

    // Runs of up to ChainRun operands as they are, longer chains halved into parenthesized groups.
    static Sql joined(const std::vector<Sql>& operands, size_t begin, size_t end, const char* op)
    {
        constexpr size_t ChainRun = 32;
        Sql sql;
        if (end - begin <= ChainRun) {
            for (size_t i = begin; i < end; ++i)
                (i > begin ? sql << op : sql) << operands[i];
            return sql;
        }
        const size_t middle = begin + (end - begin) / 2;
        return sql << "(" << joined(operands, begin, middle, op) << ")" << op << "("
                   << joined(operands, middle, end, op) << ")";
    }

    Result<Sql> valuePath(const Filter& filter, const Scope& scope)
    {
        if (!filter.operand)
            return invalidFilter(QStringLiteral("\"%1[...]\" without a filter").arg(filter.path.toString()));
        auto target = resolve(filter.path, nullptr);
        if (!target)
            return target.error();
        const AttributeDefinition* definition = target->attribute;
        if (!definition || target->subAttribute || definition->type != AttributeType::Complex ||
            !definition->multiValued)
            return invalidFilter(QStringLiteral("\"%1[...]\": a value filter needs a multi-valued complex "
                                                "attribute")
                                     .arg(filter.path.toString()));
        if (target->members) {
            const QString row = alias(QLatin1String("m"));
            Scope memberScope;
            memberScope.document = memberDocument(row);
            memberScope.memberAlias = row;
            memberScope.resource = false;
            auto inner = this->filter(*filter.operand, memberScope, definition);
            if (!inner)
                return inner.error();
            return Sql() << "EXISTS (SELECT 1" << membersFrom(row) << " AND " << *inner << ")";
        }
        const QString row = alias(QLatin1String("e"));
        Scope elementScope;
        elementScope.document = elementObject(row);
        elementScope.resource = false;
        const Sql rows = elementRows(scope.document, keysOf(*target), row);
        auto inner = this->filter(*filter.operand, elementScope, definition);
        if (!inner)
            return inner.error();
        return Sql() << "EXISTS (SELECT 1 FROM " << rows << " WHERE " << elementIsObject(row) << " AND "
                     << *inner << ")";
    }

    struct Matched {
        Sql sql;
        bool negate = false; // the filter asks for the opposite: "ne", "eq null"
    };

    Result<Matched> comparison(const Filter& filter, const Scope& scope, const AttributeDefinition* element)
    {
        auto resolved = resolve(filter.path, element);
        if (!resolved)
            return resolved.error();
        Target target = *resolved;

        if (filter.compare == CompareOperator::Pr ||
            (filter.value.isNull() &&
             (filter.compare == CompareOperator::Eq || filter.compare == CompareOperator::Ne))) {
            const Sql present =
                anyValue(scope, target, [&](const ValueRef& value, const AttributeDefinition* visited) {
                    return isPresent(value, 0, presenceDepth(visited, target.extensionSchema));
                });
            return Matched{present, filter.compare == CompareOperator::Eq};
        }

        const AttributeDefinition* definition = target.leaf();
        if (!definition)
            return invalidFilter(QStringLiteral("\"%1\" is a whole extension: only \"pr\" applies to it")
                                     .arg(filter.path.toString()));
        if (definition->type == AttributeType::Complex) {
            definition = definition->subAttribute(Value);
            if (!definition)
                return invalidFilter(QStringLiteral("\"%1\" is complex").arg(filter.path.toString()));
            target.subAttribute = definition;
        }

        auto converted = literal(filter, *definition);
        if (!converted)
            return converted.error();
        const Comparison& comparison = *converted;
        const Sql matched = anyValue(scope, target, [&](const ValueRef& value, const AttributeDefinition*) {
            return compare(value, comparison);
        });
        return Matched{matched, filter.compare == CompareOperator::Ne};
    }

    // The literal as CompiledFilter's binder converts it (which has accepted it already).
    static Result<Comparison> literal(const Filter& filter, const AttributeDefinition& definition)
    {
        Comparison comparison;
        comparison.op = filter.compare == CompareOperator::Ne ? CompareOperator::Eq : filter.compare;
        comparison.kind = kindOf(definition.type);
        comparison.caseExact = definition.caseExact || comparison.kind == ValueKind::Binary;
        const QJsonValue& value = filter.value;
        const auto wrong = [&]() {
            return invalidFilter(QStringLiteral("\"%1 %2\": the value does not fit the attribute")
                                     .arg(filter.path.toString(), Filter::operatorName(filter.compare)));
        };
        switch (comparison.kind) {
        case ValueKind::String:
        case ValueKind::Binary:
            if (!value.isString())
                return wrong();
            comparison.text = value.toString();
            break;
        case ValueKind::Boolean:
            if (value.isBool())
                comparison.boolean = value.toBool();
            else if (value.isString() && (value.toString().compare(u"true", Qt::CaseInsensitive) == 0 ||
                                          value.toString().compare(u"false", Qt::CaseInsensitive) == 0))
                comparison.boolean = value.toString().compare(u"true", Qt::CaseInsensitive) == 0;
            else
                return wrong();
            break;
        case ValueKind::Number: {
            if (!value.isDouble())
                return wrong();
            comparison.number = value.toDouble();
            const qint64 none = std::numeric_limits<qint64>::min();
            comparison.integer = value.toInteger(none);
            comparison.integral = comparison.integer != none || comparison.number == double(none);
            break;
        }
        case ValueKind::DateTime: {
            const std::optional<qint64> instant =
                value.isString() ? DateTimeInstant::toMsecs(QStringView(value.toString())) : std::nullopt;
            if (!instant)
                return wrong();
            comparison.msecs = *instant;
            break;
        }
        case ValueKind::Complex:
            return wrong();
        }
        return comparison;
    }

    // --- Predicates on one value ----------------------------------------------------------------------

    // CompiledFilter's isPresent: not null, not an empty string, not a container of nothing present.
    // In SQLite, arrays and objects are looked into down to `limit` (at most PresenceDepth).
    Sql isPresent(const ValueRef& value, int depth, int limit)
    {
        if (value.type.isEmpty())
            return Sql() << "(" << value.text << " <> '')";
        if (!m_sqlite) {
            // A leaf that counts, at most PresenceDepth - depth levels down (level 0 is the value).
            const QString path =
                QStringLiteral("strict $.**{0 to %1} ? (@.type() == \"number\" || @.type() == \"boolean\" || "
                               "(@.type() == \"string\" && @ != \"\"))")
                    .arg(PresenceDepth - depth);
            return Sql() << "COALESCE(jsonb_path_exists(" << value.json << ", CAST(" << Sql().bind(path)
                         << " AS jsonpath)), FALSE)";
        }
        Sql present;
        present << "(CASE WHEN " << value.type << " = 'text' THEN " << value.text << " <> '' WHEN "
                << value.type << " IN ('integer', 'real', 'true', 'false') THEN TRUE";
        if (depth < std::min(limit, PresenceDepth)) {
            const QString row = alias(QLatin1String("c"));
            (present << " WHEN " << value.type
                     << " IN ('array', 'object') THEN EXISTS (SELECT 1 FROM json_each(" << value.json
                     << ") AS ")
                    .name(row)
                << " WHERE " << isPresent(element(row), depth + 1, limit) << ")";
        }
        present << " ELSE FALSE END)";
        return present;
    }

    // "type is X", never NULL.
    Sql typeIs(const ValueRef& value, const char* sqliteType, const char* postgresType) const
    {
        if (m_sqlite)
            return Sql() << "(" << value.type << " IS '" << sqliteType << "')";
        return Sql() << "(" << value.type << " IS NOT DISTINCT FROM '" << postgresType << "')";
    }

    Sql fold(const Sql& text) const { return Sql() << "muster_fold(" << text << ")"; }

    Sql compare(const ValueRef& value, const Comparison& comparison) const
    {
        switch (comparison.kind) {
        case ValueKind::String:
        case ValueKind::Binary:
            return compareText(value, comparison);
        case ValueKind::Boolean:
            if (value.type.isEmpty())
                return Sql() << "FALSE";
            if (m_sqlite)
                return typeIs(value, comparison.boolean ? "true" : "false", "");
            return Sql() << "COALESCE(" << value.json << " = CAST("
                         << Sql().bind(comparison.boolean ? QStringLiteral("true") : QStringLiteral("false"))
                         << " AS jsonb), FALSE)";
        case ValueKind::Number:
            return compareNumber(value, comparison);
        case ValueKind::DateTime:
            return Sql() << "COALESCE(muster_instant(" << value.text << ")" << sqlOperator(comparison.op)
                         << (m_sqlite ? Sql().bind(comparison.msecs)
                                      : Sql() << "CAST(" << Sql().bind(comparison.msecs) << " AS bigint)")
                         << ", FALSE)";
        case ValueKind::Complex:
            break;
        }
        return Sql() << "FALSE";
    }

    Sql compareNumber(const ValueRef& value, const Comparison& comparison) const
    {
        if (value.type.isEmpty())
            return Sql() << "FALSE";
        const char* op = sqlOperator(comparison.op);
        if (m_sqlite) {
            // SQLite compares integers and reals exactly; integers beyond 2^53 stay integers on both sides.
            const QVariant bound =
                comparison.integral ? QVariant(comparison.integer) : QVariant(comparison.number);
            return Sql() << "(COALESCE(" << value.type << " IN ('integer', 'real'), FALSE) AND " << value.json
                         << op << Sql().bind(bound) << ")";
        }
        // jsonb numbers are exact decimals; the literal travels as its shortest exact text.
        const QString text = comparison.integral
                                 ? QString::number(comparison.integer)
                                 : QString::number(comparison.number, 'g', QLocale::FloatingPointShortest);
        return Sql() << "COALESCE((CASE WHEN " << value.type << " = 'number' THEN CAST(" << value.json
                     << " AS numeric) END)" << op << "CAST(" << Sql().bind(text) << " AS numeric), FALSE)";
    }

    Sql compareText(const ValueRef& value, const Comparison& comparison) const
    {
        const Sql subject = comparison.caseExact ? value.text : fold(value.text);
        const QString literal = comparison.caseExact ? comparison.text : comparison.text.toCaseFolded();
        const qsizetype length = codePoints(literal);
        Sql test;
        switch (comparison.op) {
        case CompareOperator::Eq:
            test << subject << " = " << Sql().bind(literal);
            break;
        case CompareOperator::Co:
            if (literal.isEmpty())
                test << "TRUE";
            else if (m_sqlite)
                test << "instr(" << subject << ", " << Sql().bind(literal) << ") > 0";
            else
                test << "strpos(" << subject << ", " << Sql().bind(literal) << ") > 0";
            break;
        case CompareOperator::Sw:
            if (literal.isEmpty())
                test << "TRUE";
            else if (m_sqlite)
                test << "substr(" << subject << ", 1, " << Sql().bind(length)
                     << ") = " << Sql().bind(literal);
            else
                test << "starts_with(" << subject << ", " << Sql().bind(literal) << ")";
            break;
        case CompareOperator::Ew:
            if (literal.isEmpty())
                test << "TRUE";
            else if (m_sqlite)
                test << "substr(" << subject << ", " << Sql().bind(-length) << ") = " << Sql().bind(literal);
            else
                test << "right(" << subject << ", " << Sql().bind(length) << ") = " << Sql().bind(literal);
            break;
        default:
            // QString::compare orders by UTF-16 code units, folded or not.
            if (m_sqlite)
                test << subject << " COLLATE muster_utf16" << sqlOperator(comparison.op)
                     << Sql().bind(literal);
            else
                test << "muster_utf16_key(" << subject << ") COLLATE \"C\"" << sqlOperator(comparison.op)
                     << Sql().bind(SqlQueryPostgresFunctions::utf16Key(literal));
            break;
        }
        if (value.type.isEmpty())
            return Sql() << "(" << test << ")";
        return Sql() << "(" << typeIs(value, "text", "string") << " AND " << test << ")";
    }

    // --- Sorting --------------------------------------------------------------------------------------

    // ResourceComparator's hasValue: there, not null, not an empty string.
    Sql hasValue(const ValueRef& value) const
    {
        if (value.type.isEmpty())
            return Sql() << "(" << value.text << " <> '')";
        return Sql() << "(" << value.type << " IS NOT NULL AND " << value.type << " <> 'null' AND ("
                     << value.type << (m_sqlite ? " <> 'text' OR " : " <> 'string' OR ") << value.text
                     << " <> ''))";
    }

    // ResourceComparator's sortKey, normalized for ORDER BY; NULL when the resource has none.
    Sql keyOf(const ValueRef& value, const AttributeDefinition& definition) const
    {
        const ValueKind kind = kindOf(definition.type);
        const char* string = m_sqlite ? "'text'" : "'string'";
        switch (kind) {
        case ValueKind::String:
        case ValueKind::Binary: {
            Sql key = kind == ValueKind::String && !definition.caseExact ? fold(value.text) : value.text;
            if (!m_sqlite)
                key = Sql() << "muster_utf16_key(" << key << ")";
            Sql when;
            if (!value.type.isEmpty())
                when << value.type << " = " << string << " AND ";
            return Sql() << "(CASE WHEN " << when << value.text << " <> '' THEN " << key << " END)";
        }
        case ValueKind::Boolean:
            if (value.type.isEmpty())
                return Sql() << "NULL";
            if (m_sqlite)
                return Sql() << "(CASE " << value.type << " WHEN 'true' THEN 1 WHEN 'false' THEN 0 END)";
            return Sql() << "(CASE WHEN " << value.type << " = 'boolean' THEN CAST(" << value.json
                         << " AS boolean) END)";
        case ValueKind::Number:
            if (value.type.isEmpty())
                return Sql() << "NULL";
            if (m_sqlite)
                return Sql() << "(CASE WHEN " << value.type << " IN ('integer', 'real') THEN " << value.json
                             << " END)";
            return Sql() << "(CASE WHEN " << value.type << " = 'number' THEN CAST(" << value.json
                         << " AS numeric) END)";
        case ValueKind::DateTime:
            return Sql() << "muster_instant(" << value.text << ")";
        case ValueKind::Complex:
            break;
        }
        return Sql() << "NULL";
    }

    Result<Sql> sortKey(const Target& target)
    {
        const AttributeDefinition* attribute = target.attribute;
        const AttributeDefinition* sub = target.subAttribute;
        const AttributeDefinition& leaf = *target.leaf();
        // ResourceComparator finds an array where a multi-valued sub-attribute is: never a key.
        if (sub && sub->multiValued)
            return Sql() << "NULL";
        if (target.members) {
            if (m_columns.memberPosition.isEmpty())
                return ScimError::badRequest(
                    ScimType::InvalidPath,
                    QStringLiteral(
                        "sortBy \"members\" needs the members' order, which this store does not keep"));
            const QString row = alias(QLatin1String("m"));
            const ValueRef value = sub->name == Value ? memberId(row) : at(memberDocument(row), {sub->name});
            Sql key;
            (key << "(SELECT " << keyOf(value, leaf) << membersFrom(row) << " AND " << hasValue(value)
                 << " ORDER BY " << isPrimary(memberDocument(row)) << " DESC, ")
                    .name(row + u'.' + m_columns.memberPosition)
                << " LIMIT 1)";
            return key;
        }
        const Sql document = resourceScope().document;
        const QStringList keys = keysOf(target);
        if (!sub) {
            if (!attribute->multiValued)
                return keyOf(at(document, keys), leaf);
            // A multi-valued simple attribute sorts by its first value.
            const QString row = alias(QLatin1String("e"));
            const ValueRef value = element(row);
            return Sql() << "(SELECT " << keyOf(value, leaf) << " FROM "
                         << elementRows(document, keys, row, true) << " WHERE " << hasValue(value)
                         << " ORDER BY " << elementPosition(row) << " LIMIT 1)";
        }
        if (!attribute->multiValued)
            return keyOf(at(document, keys + QStringList{sub->name}), leaf);
        // The primary element that has the sub-attribute, else the first that has it.
        const QString row = alias(QLatin1String("e"));
        const ValueRef value = at(elementObject(row), {sub->name});
        return Sql() << "(SELECT " << keyOf(value, leaf) << " FROM " << elementRows(document, keys, row, true)
                     << " WHERE " << hasValue(value) << " ORDER BY " << isPrimary(elementObject(row))
                     << " DESC, " << elementPosition(row) << " LIMIT 1)";
    }

    const SchemaRegistry& m_registry;
    const ResourceType& m_type;
    bool m_sqlite = true;
    const SqlQueryTranslator::Columns& m_columns;
    const AttributeDefinition* m_members = nullptr; // a group's members, kept in the membership table
    int m_aliases = 0;
};

} // namespace

SqlQueryTranslator::SqlQueryTranslator(const SchemaRegistry& registry, const ResourceType& type,
                                       SqlDialect dialect)
    : SqlQueryTranslator(registry, type, dialect, Columns())
{}

SqlQueryTranslator::SqlQueryTranslator(const SchemaRegistry& registry, const ResourceType& type,
                                       SqlDialect dialect, Columns columns)
    : m_registry(registry)
    , m_type(type)
    , m_dialect(dialect)
    , m_columns(std::move(columns))
{}

Result<SqlFragment> SqlQueryTranslator::where(const FilterPtr& filter) const
{
    // CompiledFilter decides what is valid, so that both give the same errors.
    const auto compiled = CompiledFilter::compile(m_registry, m_type, filter);
    if (!compiled)
        return compiled.error();
    Translation translation(m_registry, m_type, m_dialect, m_columns);
    auto sql = translation.filter(*filter, translation.resourceScope(), nullptr);
    if (!sql)
        return sql.error();
    return (Sql() << "(" << *sql << ")").fragment();
}

Result<SqlFragment> SqlQueryTranslator::orderBy(const SortSpec& sort) const
{
    const auto comparator = ResourceComparator::create(m_registry, m_type, sort);
    if (!comparator)
        return comparator.error();
    Translation translation(m_registry, m_type, m_dialect, m_columns);
    auto sql = translation.orderBy(sort);
    if (!sql)
        return sql.error();
    return sql->fragment();
}

} // namespace muster
