#include "schema/AttributeDefinition.h"
#include "schema/ResourceType.h"
#include "schema/Schema.h"

#include <QJsonArray>
#include <QTest>

using namespace muster;

namespace {

// The error detail of a failed result, empty for a success (QVERIFY2 evaluates its message eagerly).
template <typename T>
QString detailOf(const Result<T>& result)
{
    return result ? QString() : result.error().detail;
}

AttributeDefinition namedAttribute(const QString& name)
{
    AttributeDefinition definition;
    definition.name = name;
    return definition;
}

QJsonObject complexWith(const QJsonObject& sub)
{
    return QJsonObject{{QStringLiteral("name"), QStringLiteral("parent")},
                       {QStringLiteral("type"), QStringLiteral("complex")},
                       {QStringLiteral("subAttributes"), QJsonArray{sub}}};
}

} // namespace

class TestAttributeDefinition final : public QObject {
    Q_OBJECT

private slots:
    void keywordNames_data()
    {
        QTest::addColumn<QString>("actual");
        QTest::addColumn<QString>("expected");
        QTest::addRow("string") << AttributeDefinition::typeName(AttributeType::String)
                                << QStringLiteral("string");
        QTest::addRow("boolean") << AttributeDefinition::typeName(AttributeType::Boolean)
                                 << QStringLiteral("boolean");
        QTest::addRow("decimal") << AttributeDefinition::typeName(AttributeType::Decimal)
                                 << QStringLiteral("decimal");
        QTest::addRow("integer") << AttributeDefinition::typeName(AttributeType::Integer)
                                 << QStringLiteral("integer");
        QTest::addRow("dateTime") << AttributeDefinition::typeName(AttributeType::DateTime)
                                  << QStringLiteral("dateTime");
        QTest::addRow("reference") << AttributeDefinition::typeName(AttributeType::Reference)
                                   << QStringLiteral("reference");
        QTest::addRow("binary") << AttributeDefinition::typeName(AttributeType::Binary)
                                << QStringLiteral("binary");
        QTest::addRow("complex") << AttributeDefinition::typeName(AttributeType::Complex)
                                 << QStringLiteral("complex");
        QTest::addRow("readOnly") << AttributeDefinition::mutabilityName(Mutability::ReadOnly)
                                  << QStringLiteral("readOnly");
        QTest::addRow("readWrite") << AttributeDefinition::mutabilityName(Mutability::ReadWrite)
                                   << QStringLiteral("readWrite");
        QTest::addRow("immutable") << AttributeDefinition::mutabilityName(Mutability::Immutable)
                                   << QStringLiteral("immutable");
        QTest::addRow("writeOnly") << AttributeDefinition::mutabilityName(Mutability::WriteOnly)
                                   << QStringLiteral("writeOnly");
        QTest::addRow("always") << AttributeDefinition::returnedName(Returned::Always)
                                << QStringLiteral("always");
        QTest::addRow("never") << AttributeDefinition::returnedName(Returned::Never)
                               << QStringLiteral("never");
        QTest::addRow("default") << AttributeDefinition::returnedName(Returned::Default)
                                 << QStringLiteral("default");
        QTest::addRow("request") << AttributeDefinition::returnedName(Returned::Request)
                                 << QStringLiteral("request");
        QTest::addRow("none") << AttributeDefinition::uniquenessName(Uniqueness::None)
                              << QStringLiteral("none");
        QTest::addRow("server") << AttributeDefinition::uniquenessName(Uniqueness::Server)
                                << QStringLiteral("server");
        QTest::addRow("global") << AttributeDefinition::uniquenessName(Uniqueness::Global)
                                << QStringLiteral("global");
    }

    void keywordNames()
    {
        QFETCH(QString, actual);
        QFETCH(QString, expected);
        QCOMPARE(actual, expected);
    }

    // Keywords in any case are read, and written back in the RFC's spelling.
    void keywordsAreNormalised_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("normalised");
        QTest::addRow("type upper") << QStringLiteral("type") << QStringLiteral("STRING")
                                    << QStringLiteral("string");
        QTest::addRow("type dateTime lower")
            << QStringLiteral("type") << QStringLiteral("datetime") << QStringLiteral("dateTime");
        QTest::addRow("type DateTime")
            << QStringLiteral("type") << QStringLiteral("DateTime") << QStringLiteral("dateTime");
        QTest::addRow("type Boolean")
            << QStringLiteral("type") << QStringLiteral("Boolean") << QStringLiteral("boolean");
        QTest::addRow("type Binary") << QStringLiteral("type") << QStringLiteral("BINARY")
                                     << QStringLiteral("binary");
        QTest::addRow("type Integer")
            << QStringLiteral("type") << QStringLiteral("Integer") << QStringLiteral("integer");
        QTest::addRow("mutability upper")
            << QStringLiteral("mutability") << QStringLiteral("READONLY") << QStringLiteral("readOnly");
        QTest::addRow("mutability lower")
            << QStringLiteral("mutability") << QStringLiteral("writeonly") << QStringLiteral("writeOnly");
        QTest::addRow("mutability capitalised")
            << QStringLiteral("mutability") << QStringLiteral("Immutable") << QStringLiteral("immutable");
        QTest::addRow("returned upper")
            << QStringLiteral("returned") << QStringLiteral("ALWAYS") << QStringLiteral("always");
        QTest::addRow("returned capitalised")
            << QStringLiteral("returned") << QStringLiteral("Request") << QStringLiteral("request");
        QTest::addRow("uniqueness capitalised")
            << QStringLiteral("uniqueness") << QStringLiteral("Server") << QStringLiteral("server");
        QTest::addRow("uniqueness upper")
            << QStringLiteral("uniqueness") << QStringLiteral("GLOBAL") << QStringLiteral("global");
    }

    void keywordsAreNormalised()
    {
        QFETCH(QString, key);
        QFETCH(QString, written);
        QFETCH(QString, normalised);
        const QJsonObject json{{QStringLiteral("name"), QStringLiteral("field")}, {key, written}};
        auto definition = AttributeDefinition::fromJson(json, QStringLiteral("test.json"));
        QVERIFY2(definition, qPrintable(detailOf(definition)));
        QCOMPARE(definition->toJson().value(key).toString(), normalised);
    }

    void nameSyntax_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("asSubAttribute");
        QTest::addColumn<bool>("valid");
        QTest::addRow("camelCase") << QStringLiteral("userName") << false << true;
        QTest::addRow("one letter") << QStringLiteral("a") << false << true;
        QTest::addRow("dash underscore digit") << QStringLiteral("a-b_c9") << false << true;
        QTest::addRow("digits inside") << QStringLiteral("x509Certificates") << false << true;
        QTest::addRow("leading digit") << QStringLiteral("9lives") << false << false;
        QTest::addRow("leading underscore") << QStringLiteral("_x") << false << false;
        QTest::addRow("leading dash") << QStringLiteral("-x") << false << false;
        QTest::addRow("space") << QStringLiteral("a b") << false << false;
        QTest::addRow("dot") << QStringLiteral("a.b") << false << false;
        QTest::addRow("colon") << QStringLiteral("a:b") << false << false;
        QTest::addRow("non-ASCII letter") << QStringLiteral("caf\u00e9") << false << false;
        QTest::addRow("empty") << QString() << false << false;
        QTest::addRow("$ref sub-attribute") << QStringLiteral("$ref") << true << true;
        QTest::addRow("$ref top level") << QStringLiteral("$ref") << false << false;
        QTest::addRow("$REF sub-attribute") << QStringLiteral("$REF") << true << false;
        QTest::addRow("other $ name") << QStringLiteral("$value") << true << false;
        QTest::addRow("sub-attribute leading digit") << QStringLiteral("1st") << true << false;
    }

    void nameSyntax()
    {
        QFETCH(QString, name);
        QFETCH(bool, asSubAttribute);
        QFETCH(bool, valid);
        QJsonObject json{{QStringLiteral("name"), name}, {QStringLiteral("type"), QStringLiteral("string")}};
        if (asSubAttribute)
            json = complexWith(json);
        const auto definition = AttributeDefinition::fromJson(json, QStringLiteral("names.json"));
        QCOMPARE(definition.ok(), valid);
        if (!valid) {
            QCOMPARE(definition.error().scimType, ScimType::InvalidValue);
            const QString path = asSubAttribute ? QStringLiteral("parent.") + name : name;
            QCOMPARE(definition.error().detail,
                     QStringLiteral("names.json: attribute \"%1\": invalid attribute name").arg(path));
        }
    }

    // RFC 7643 §2.2: what an attribute is when its definition leaves a characteristic out.
    void defaults()
    {
        const auto definition = AttributeDefinition::fromJson(
            QJsonObject{{QStringLiteral("name"), QStringLiteral("note")}}, QString());
        QVERIFY2(definition, qPrintable(detailOf(definition)));
        QCOMPARE(definition->type, AttributeType::String);
        QCOMPARE(definition->multiValued, false);
        QCOMPARE(definition->required, false);
        QCOMPARE(definition->caseExact, false);
        QCOMPARE(definition->mutability, Mutability::ReadWrite);
        QCOMPARE(definition->returned, Returned::Default);
        QCOMPARE(definition->uniqueness, Uniqueness::None);
        QVERIFY(definition->canonicalValues.isEmpty());
        QVERIFY(definition->referenceTypes.isEmpty());
    }

    void toJsonShape_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("hasReferenceTypes");
        QTest::addColumn<bool>("hasSubAttributes");
        QTest::addRow("string") << int(AttributeType::String) << false << false;
        QTest::addRow("reference") << int(AttributeType::Reference) << true << false;
        QTest::addRow("complex") << int(AttributeType::Complex) << false << true;
        QTest::addRow("boolean") << int(AttributeType::Boolean) << false << false;
    }

    void toJsonShape()
    {
        QFETCH(int, type);
        QFETCH(bool, hasReferenceTypes);
        QFETCH(bool, hasSubAttributes);
        AttributeDefinition definition;
        definition.name = QStringLiteral("thing");
        definition.type = AttributeType(type);
        if (definition.type == AttributeType::Complex)
            definition.subAttributes.append(namedAttribute(QStringLiteral("value")));
        if (definition.type == AttributeType::Reference)
            definition.referenceTypes = QStringList{QStringLiteral("User")};
        const QJsonObject json = definition.toJson();
        for (const char* key : {"name", "type", "multiValued", "description", "required", "caseExact",
                                "mutability", "returned", "uniqueness"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.contains(QLatin1String("referenceTypes")), hasReferenceTypes);
        QCOMPARE(json.contains(QLatin1String("subAttributes")), hasSubAttributes);
        QVERIFY(!json.contains(QLatin1String("canonicalValues")));
        auto back = AttributeDefinition::fromJson(json, QString());
        QVERIFY2(back, qPrintable(detailOf(back)));
        QCOMPARE(back->toJson(), json);
    }

    void schemaErrors_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("detail");
        const QJsonArray oneAttribute{QJsonObject{{QStringLiteral("name"), QStringLiteral("a")}}};
        QTest::addRow("no id") << QJsonObject{{QStringLiteral("attributes"), oneAttribute}}
                               << QStringLiteral("s.json: schema without \"id\"");
        QTest::addRow("id not a URN") << QJsonObject{{QStringLiteral("id"), QStringLiteral("Thing")},
                                                     {QStringLiteral("attributes"), oneAttribute}}
                                      << QStringLiteral("s.json: schema id \"Thing\" is not a URN");
        QTest::addRow("no attributes")
            << QJsonObject{{QStringLiteral("id"), QStringLiteral("urn:x:Thing")}}
            << QStringLiteral("s.json: schema \"urn:x:Thing\": missing \"attributes\"");
        QTest::addRow("attributes not array")
            << QJsonObject{{QStringLiteral("id"), QStringLiteral("urn:x:Thing")},
                           {QStringLiteral("attributes"), QJsonObject{}}}
            << QStringLiteral("s.json: schema \"urn:x:Thing\": \"attributes\" must be an array");
        QTest::addRow("attribute not object")
            << QJsonObject{{QStringLiteral("id"), QStringLiteral("urn:x:Thing")},
                           {QStringLiteral("attributes"), QJsonArray{QStringLiteral("a")}}}
            << QStringLiteral("s.json: schema \"urn:x:Thing\": attribute 0 must be an object");
        QTest::addRow("attribute without name")
            << QJsonObject{{QStringLiteral("id"), QStringLiteral("urn:x:Thing")},
                           {QStringLiteral("attributes"),
                            QJsonArray{oneAttribute.first(),
                                       QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}}
            << QStringLiteral("s.json: schema \"urn:x:Thing\": attribute 1 has no \"name\" string");
        QTest::addRow("name not string")
            << QJsonObject{{QStringLiteral("id"), QStringLiteral("urn:x:Thing")},
                           {QStringLiteral("name"), 3},
                           {QStringLiteral("attributes"), oneAttribute}}
            << QStringLiteral("s.json: schema \"urn:x:Thing\": \"name\" must be a string");
        QTest::addRow("description not a string")
            << QJsonObject{{QStringLiteral("id"), QStringLiteral("urn:x:Thing")},
                           {QStringLiteral("attributes"),
                            QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("a")},
                                                   {QStringLiteral("description"), true}}}}}
            << QStringLiteral("s.json: attribute \"a\": \"description\" must be a string, not a boolean");
        QTest::addRow("sub-attribute not an object")
            << QJsonObject{{QStringLiteral("id"), QStringLiteral("urn:x:Thing")},
                           {QStringLiteral("attributes"),
                            QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("a")},
                                                   {QStringLiteral("type"), QStringLiteral("complex")},
                                                   {QStringLiteral("subAttributes"), QJsonArray{1}}}}}}
            << QStringLiteral("s.json: attribute \"a\": sub-attribute 0 must be an object, not a number");
    }

    void schemaErrors()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, detail);
        const auto schema = Schema::fromJson(json, QStringLiteral("s.json"));
        QVERIFY(!schema);
        QCOMPARE(schema.error().status, 400);
        QCOMPARE(schema.error().scimType, ScimType::InvalidValue);
        QCOMPARE(schema.error().detail, detail);
    }

    void resourceTypeErrors_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("detail");
        const QJsonObject good{{QStringLiteral("name"), QStringLiteral("Thing")},
                               {QStringLiteral("endpoint"), QStringLiteral("/Things")},
                               {QStringLiteral("schema"), QStringLiteral("urn:x:Thing")}};
        const auto without = [&good](const char* key) {
            QJsonObject json = good;
            json.remove(QLatin1String(key));
            return json;
        };
        const auto with = [&good](const char* key, const QJsonValue& value) {
            QJsonObject json = good;
            json.insert(QLatin1String(key), value);
            return json;
        };
        QTest::addRow("no name") << without("name")
                                 << QStringLiteral("r.json: resource type without a \"name\" string");
        QTest::addRow("no endpoint") << without("endpoint")
                                     << QStringLiteral(
                                            "r.json: resource type \"Thing\": missing \"endpoint\"");
        QTest::addRow("no schema") << without("schema")
                                   << QStringLiteral("r.json: resource type \"Thing\": missing \"schema\"");
        QTest::addRow("endpoint without slash")
            << with("endpoint", QStringLiteral("Things"))
            << QStringLiteral(
                   "r.json: resource type \"Thing\": endpoint \"Things\" is not of the form \"/Name\"");
        QTest::addRow("endpoint with two segments")
            << with("endpoint", QStringLiteral("/Things/More"))
            << QStringLiteral(
                   "r.json: resource type \"Thing\": endpoint \"/Things/More\" is not of the form \"/Name\"");
        QTest::addRow("extensions not array")
            << with("schemaExtensions", QStringLiteral("urn:x:Ext"))
            << QStringLiteral("r.json: resource type \"Thing\": \"schemaExtensions\" must be an array");
        QTest::addRow("extension without schema")
            << with("schemaExtensions", QJsonArray{QJsonObject{{QStringLiteral("required"), true}}})
            << QStringLiteral("r.json: resource type \"Thing\": schema extension 0 has no \"schema\" string");
        QTest::addRow("extension twice")
            << with("schemaExtensions",
                    QJsonArray{QJsonObject{{QStringLiteral("schema"), QStringLiteral("urn:x:Ext")}},
                               QJsonObject{{QStringLiteral("schema"), QStringLiteral("URN:X:EXT")}}})
            << QStringLiteral("r.json: resource type \"Thing\": schema \"URN:X:EXT\" is listed twice");
        QTest::addRow("core schema as extension")
            << with("schemaExtensions",
                    QJsonArray{QJsonObject{{QStringLiteral("schema"), QStringLiteral("urn:x:Thing")}}})
            << QStringLiteral("r.json: resource type \"Thing\": schema \"urn:x:Thing\" is listed twice");
    }

    void resourceTypeErrors()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, detail);
        const auto type = ResourceType::fromJson(json, QStringLiteral("r.json"));
        QVERIFY(!type);
        QCOMPARE(type.error().scimType, ScimType::InvalidValue);
        QCOMPARE(type.error().detail, detail);
    }

    void resourceTypeDefaults()
    {
        const auto type =
            ResourceType::fromJson(QJsonObject{{QStringLiteral("name"), QStringLiteral("Thing")},
                                               {QStringLiteral("endpoint"), QStringLiteral("/Things")},
                                               {QStringLiteral("schema"), QStringLiteral("urn:x:Thing")}},
                                   QString());
        QVERIFY2(type, qPrintable(detailOf(type)));
        QCOMPARE(type->id, QStringLiteral("Thing"));
        QVERIFY(type->schemaExtensions.isEmpty());
        QVERIFY(!type->toJson().contains(QLatin1String("schemaExtensions")));
    }
};

QTEST_GUILESS_MAIN(TestAttributeDefinition)
#include "tst_attributedefinition.moc"
