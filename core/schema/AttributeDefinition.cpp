#include "schema/AttributeDefinition.h"

#include "query/CaseFolding.h"

#include <QJsonArray>
#include <QSet>

#include <array>
#include <optional>
#include <utility>

namespace muster {

namespace {

template <typename Enum>
struct Keyword {
    QLatin1String name;
    Enum value;
};

constexpr std::array typeKeywords{
    Keyword<AttributeType>{QLatin1String("string"), AttributeType::String},
    Keyword<AttributeType>{QLatin1String("boolean"), AttributeType::Boolean},
    Keyword<AttributeType>{QLatin1String("decimal"), AttributeType::Decimal},
    Keyword<AttributeType>{QLatin1String("integer"), AttributeType::Integer},
    Keyword<AttributeType>{QLatin1String("dateTime"), AttributeType::DateTime},
    Keyword<AttributeType>{QLatin1String("reference"), AttributeType::Reference},
    Keyword<AttributeType>{QLatin1String("binary"), AttributeType::Binary},
    Keyword<AttributeType>{QLatin1String("complex"), AttributeType::Complex},
};
constexpr std::array mutabilityKeywords{
    Keyword<Mutability>{QLatin1String("readOnly"), Mutability::ReadOnly},
    Keyword<Mutability>{QLatin1String("readWrite"), Mutability::ReadWrite},
    Keyword<Mutability>{QLatin1String("immutable"), Mutability::Immutable},
    Keyword<Mutability>{QLatin1String("writeOnly"), Mutability::WriteOnly},
};
constexpr std::array returnedKeywords{
    Keyword<Returned>{QLatin1String("always"), Returned::Always},
    Keyword<Returned>{QLatin1String("never"), Returned::Never},
    Keyword<Returned>{QLatin1String("default"), Returned::Default},
    Keyword<Returned>{QLatin1String("request"), Returned::Request},
};
constexpr std::array uniquenessKeywords{
    Keyword<Uniqueness>{QLatin1String("none"), Uniqueness::None},
    Keyword<Uniqueness>{QLatin1String("server"), Uniqueness::Server},
    Keyword<Uniqueness>{QLatin1String("global"), Uniqueness::Global},
};

template <typename Enum, std::size_t N>
QString keywordName(const std::array<Keyword<Enum>, N>& keywords, Enum value)
{
    for (const auto& keyword : keywords) {
        if (keyword.value == value)
            return keyword.name;
    }
    return {};
}

// The RFC spells keywords in camelCase; files written by hand often do not, so any case is accepted.
template <typename Enum, std::size_t N>
std::optional<Enum> keywordValue(const std::array<Keyword<Enum>, N>& keywords, QStringView text)
{
    for (const auto& keyword : keywords) {
        if (text.compare(keyword.name, Qt::CaseInsensitive) == 0)
            return keyword.value;
    }
    return std::nullopt;
}

bool isAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// RFC 7643 §2.1: ATTRNAME = ALPHA *(nameChar), nameChar = "-" / "_" / DIGIT / ALPHA; "$ref" is the
// one reserved sub-attribute name outside that grammar.
bool isValidName(const QString& name, bool isSubAttribute)
{
    if (isSubAttribute && name == QLatin1String("$ref"))
        return true;
    if (name.isEmpty() || !isAlpha(name.front()))
        return false;
    for (const QChar c : name) {
        if (!isAlpha(c) && !isDigit(c) && c != u'-' && c != u'_')
            return false;
    }
    return true;
}

const QSet<QString>& knownKeys()
{
    static const QSet<QString> keys{
        QStringLiteral("name"),           QStringLiteral("type"),
        QStringLiteral("multiValued"),    QStringLiteral("description"),
        QStringLiteral("required"),       QStringLiteral("caseExact"),
        QStringLiteral("mutability"),     QStringLiteral("returned"),
        QStringLiteral("uniqueness"),     QStringLiteral("canonicalValues"),
        QStringLiteral("referenceTypes"), QStringLiteral("subAttributes"),
    };
    return keys;
}

QString jsonTypeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

// Parses one definition; `parentPath` is empty for a schema's top-level attributes.
class DefinitionParser final {
public:
    DefinitionParser(QString context, QString parentPath)
        : m_context(std::move(context))
        , m_parentPath(std::move(parentPath))
    {}

    Result<AttributeDefinition> parse(const QJsonObject& json)
    {
        AttributeDefinition def;
        const QJsonValue nameValue = json.value(QLatin1String("name"));
        if (!nameValue.isString())
            return fail(nameValue.isUndefined()
                            ? QStringLiteral("missing \"name\"")
                            : QStringLiteral("\"name\" must be a string, not ") + jsonTypeName(nameValue));
        def.name = nameValue.toString();
        // Never null from here on, even for an empty name, so that errors quote the path as written.
        m_path = m_parentPath.isEmpty() ? def.name : m_parentPath + u'.' + def.name;
        if (m_path.isNull())
            m_path = QLatin1String("");
        if (!isValidName(def.name, !m_parentPath.isEmpty()))
            return fail(QStringLiteral("invalid attribute name"));

        for (auto it = json.begin(); it != json.end(); ++it) {
            if (!knownKeys().contains(it.key()))
                return fail(QStringLiteral("unknown key \"%1\"").arg(it.key()));
        }

        if (auto type = keyword(json, QStringLiteral("type"), typeKeywords, QStringLiteral("type")); !type)
            return type.error();
        else if (*type)
            def.type = **type;
        if (auto mutability =
                keyword(json, QStringLiteral("mutability"), mutabilityKeywords, QStringLiteral("mutability"));
            !mutability)
            return mutability.error();
        else if (*mutability)
            def.mutability = **mutability;
        if (auto returned =
                keyword(json, QStringLiteral("returned"), returnedKeywords, QStringLiteral("returned"));
            !returned)
            return returned.error();
        else if (*returned)
            def.returned = **returned;
        if (auto uniqueness =
                keyword(json, QStringLiteral("uniqueness"), uniquenessKeywords, QStringLiteral("uniqueness"));
            !uniqueness)
            return uniqueness.error();
        else if (*uniqueness)
            def.uniqueness = **uniqueness;

        for (const auto& [key, target] : {std::pair{QStringLiteral("multiValued"), &def.multiValued},
                                          std::pair{QStringLiteral("required"), &def.required},
                                          std::pair{QStringLiteral("caseExact"), &def.caseExact}}) {
            const QJsonValue value = json.value(key);
            if (value.isUndefined())
                continue;
            if (!value.isBool())
                return fail(QStringLiteral("\"%1\" must be a boolean, not %2").arg(key, jsonTypeName(value)));
            *target = value.toBool();
        }

        const QJsonValue description = json.value(QLatin1String("description"));
        if (!description.isUndefined() && !description.isString())
            return fail(QStringLiteral("\"description\" must be a string, not ") + jsonTypeName(description));
        def.description = description.toString();

        if (auto values = stringList(json, QStringLiteral("canonicalValues")); !values)
            return values.error();
        else
            def.canonicalValues = *values;
        if (auto types = stringList(json, QStringLiteral("referenceTypes")); !types)
            return types.error();
        else
            def.referenceTypes = *types;
        if (!def.referenceTypes.isEmpty() && def.type != AttributeType::Reference)
            return fail(QStringLiteral("\"referenceTypes\" given for an attribute of type \"%1\"")
                            .arg(AttributeDefinition::typeName(def.type)));

        const QJsonValue subAttributes = json.value(QLatin1String("subAttributes"));
        if (def.type != AttributeType::Complex) {
            // An empty list is harmless and some exporters always write one.
            if (!subAttributes.isUndefined() &&
                !(subAttributes.isArray() && subAttributes.toArray().isEmpty()))
                return fail(QStringLiteral("\"subAttributes\" given for an attribute of type \"%1\"")
                                .arg(AttributeDefinition::typeName(def.type)));
            return def;
        }
        if (!m_parentPath.isEmpty())
            return fail(QStringLiteral("a complex attribute cannot contain a complex sub-attribute"));
        if (!subAttributes.isArray())
            return fail(subAttributes.isUndefined()
                            ? QStringLiteral("complex attribute without \"subAttributes\"")
                            : QStringLiteral("\"subAttributes\" must be an array, not ") +
                                  jsonTypeName(subAttributes));
        const QJsonArray subs = subAttributes.toArray();
        if (subs.isEmpty())
            return fail(QStringLiteral("complex attribute without sub-attributes"));
        QSet<QString> seen;
        for (qsizetype i = 0; i < subs.size(); ++i) {
            if (!subs.at(i).isObject())
                return fail(QStringLiteral("sub-attribute %1 must be an object, not %2")
                                .arg(i)
                                .arg(jsonTypeName(subs.at(i))));
            auto sub = DefinitionParser(m_context, m_path).parse(subs.at(i).toObject());
            if (!sub)
                return sub.error();
            if (seen.contains(sub->name.toCaseFolded())) {
                m_path += u'.' + sub->name;
                return fail(QStringLiteral("duplicate sub-attribute name"));
            }
            seen.insert(sub->name.toCaseFolded());
            def.subAttributes.append(std::move(*sub));
        }
        return def;
    }

private:
    ScimError fail(const QString& message) const
    {
        const QString where =
            m_path.isNull()
                ? (m_parentPath.isEmpty() ? QStringLiteral("attribute")
                                          : QStringLiteral("sub-attribute of \"") + m_parentPath + u'"')
                : QStringLiteral("attribute \"") + m_path + u'"';
        const QString prefix = m_context.isEmpty() ? QString() : m_context + QStringLiteral(": ");
        return ScimError::badRequest(ScimType::InvalidValue, prefix + where + QStringLiteral(": ") + message);
    }

    template <typename Enum, std::size_t N>
    Result<std::optional<Enum>> keyword(const QJsonObject& json, const QString& key,
                                        const std::array<Keyword<Enum>, N>& keywords,
                                        const QString& what) const
    {
        const QJsonValue value = json.value(key);
        if (value.isUndefined())
            return std::optional<Enum>();
        if (!value.isString())
            return fail(QStringLiteral("\"%1\" must be a string, not %2").arg(key, jsonTypeName(value)));
        const std::optional<Enum> parsed = keywordValue(keywords, value.toString());
        if (!parsed)
            return fail(QStringLiteral("unknown %1 \"%2\"").arg(what, value.toString()));
        return parsed;
    }

    Result<QStringList> stringList(const QJsonObject& json, const QString& key) const
    {
        const QJsonValue value = json.value(key);
        if (value.isUndefined())
            return QStringList();
        if (!value.isArray())
            return fail(
                QStringLiteral("\"%1\" must be an array of strings, not %2").arg(key, jsonTypeName(value)));
        QStringList list;
        for (const QJsonValue item : value.toArray()) {
            if (!item.isString())
                return fail(QStringLiteral("\"%1\" must be an array of strings, but holds %2")
                                .arg(key, jsonTypeName(item)));
            list.append(item.toString());
        }
        return list;
    }

    QString m_context;
    QString m_parentPath;
    QString m_path;
};

} // namespace

const AttributeDefinition* AttributeDefinition::subAttribute(QStringView subName) const
{
    for (const AttributeDefinition& sub : subAttributes) {
        if (equalIgnoringCase(subName, sub.name))
            return &sub;
    }
    return nullptr;
}

QJsonObject AttributeDefinition::toJson() const
{
    QJsonObject json{
        {QStringLiteral("name"), name},
        {QStringLiteral("type"), typeName(type)},
        {QStringLiteral("multiValued"), multiValued},
        {QStringLiteral("description"), description},
        {QStringLiteral("required"), required},
        {QStringLiteral("caseExact"), caseExact},
        {QStringLiteral("mutability"), mutabilityName(mutability)},
        {QStringLiteral("returned"), returnedName(returned)},
        {QStringLiteral("uniqueness"), uniquenessName(uniqueness)},
    };
    if (!canonicalValues.isEmpty())
        json.insert(QStringLiteral("canonicalValues"), QJsonArray::fromStringList(canonicalValues));
    // Written whenever present, so that a definition built in code that breaks the rules fails fromJson().
    if (type == AttributeType::Reference || !referenceTypes.isEmpty())
        json.insert(QStringLiteral("referenceTypes"), QJsonArray::fromStringList(referenceTypes));
    if (type == AttributeType::Complex || !subAttributes.isEmpty()) {
        QJsonArray subs;
        for (const AttributeDefinition& sub : subAttributes)
            subs.append(sub.toJson());
        json.insert(QStringLiteral("subAttributes"), subs);
    }
    return json;
}

Result<AttributeDefinition> AttributeDefinition::fromJson(const QJsonObject& json, const QString& context)
{
    return DefinitionParser(context, QString()).parse(json);
}

QString AttributeDefinition::typeName(AttributeType type)
{
    return keywordName(typeKeywords, type);
}

QString AttributeDefinition::mutabilityName(Mutability mutability)
{
    return keywordName(mutabilityKeywords, mutability);
}

QString AttributeDefinition::returnedName(Returned returned)
{
    return keywordName(returnedKeywords, returned);
}

QString AttributeDefinition::uniquenessName(Uniqueness uniqueness)
{
    return keywordName(uniquenessKeywords, uniqueness);
}

} // namespace muster
