#include "schema/AttributePath.h"

#include <QTest>

using namespace muster;

class TestAttributePath : public QObject {
    Q_OBJECT

private:
    static void valid(const char* text, const char* urn, const char* attribute, const char* sub)
    {
        QTest::newRow(text) << QString::fromUtf8(text) << QString::fromUtf8(urn)
                            << QString::fromUtf8(attribute) << QString::fromUtf8(sub);
    }

    static void invalid(const char* text, const char* reason)
    {
        QTest::newRow(text) << QString::fromUtf8(text) << QString::fromUtf8(reason);
    }

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("urn");
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<QString>("sub");
        valid("userName", "", "userName", "");
        valid("a", "", "a", "");
        valid("USERNAME", "", "USERNAME", "");
        valid("name.givenName", "", "name", "givenName");
        valid("members.$ref", "", "members", "$ref");
        valid("manager.$REF", "", "manager", "$REF");
        valid("$ref", "", "$ref", "");
        valid("x-custom_attr1", "", "x-custom_attr1", "");
        valid("A1-b_c.d2-e_F", "", "A1-b_c", "d2-e_F");
        valid("urn:ietf:params:scim:schemas:core:2.0:User:userName",
              "urn:ietf:params:scim:schemas:core:2.0:User", "userName", "");
        valid("urn:ietf:params:scim:schemas:core:2.0:User:name.givenName",
              "urn:ietf:params:scim:schemas:core:2.0:User", "name", "givenName");
        valid("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value",
              "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", "manager", "value");
        valid("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.$ref",
              "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", "manager", "$ref");
        // A bare extension URN splits at its last ':'; the registry recognizes the whole URN later.
        valid("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
              "urn:ietf:params:scim:schemas:extension:enterprise:2.0", "User", "");
        valid("URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:USER:USERNAME",
              "URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:USER", "USERNAME", "");
        valid("Urn:example:badge:2.1:level", "Urn:example:badge:2.1", "level", "");
        valid("urn:x:y:a", "urn:x:y", "a", "");
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, urn);
        QFETCH(QString, attribute);
        QFETCH(QString, sub);
        const auto parsed = AttributePath::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().detail));
        QCOMPARE(parsed->schemaUrn, urn);
        QCOMPARE(parsed->attribute, attribute);
        QCOMPARE(parsed->subAttribute, sub);
        QVERIFY(!parsed->isEmpty());
        QCOMPARE(parsed->toString(), text);
        QCOMPARE(*AttributePath::parse(parsed->toString()), *parsed);
    }

    void invalidPaths_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        invalid("", "the path is empty");
        invalid("1abc", "\"1abc\" is not an attribute name");
        invalid("-abc", "\"-abc\" is not an attribute name");
        invalid("_abc", "\"_abc\" is not an attribute name");
        invalid("na$me", "\"na$me\" is not an attribute name");
        invalid("$reff", "\"$reff\" is not an attribute name");
        invalid("user name", "\"user name\" is not an attribute name");
        invalid("userName ", "\"userName \" is not an attribute name");
        invalid("emails[type", "\"emails[type\" is not an attribute name");
        invalid("name.", "a sub-attribute name is missing after \".\"");
        invalid(".name", "an attribute name is missing");
        invalid("name..x", "\".x\" is not a sub-attribute name");
        invalid("name.given.x", "\"given.x\" is not a sub-attribute name");
        invalid("name.1x", "\"1x\" is not a sub-attribute name");
        invalid("name.$ref1", "\"$ref1\" is not a sub-attribute name");
        invalid("urn:", "\"urn\" is not a schema URN");
        invalid("urn:foo", "\"urn\" is not a schema URN");
        invalid("urn:x:attr", "\"urn:x\" is not a schema URN");
        invalid("urn::x:attr", "\"urn::x\" is not a schema URN");
        invalid("urn:x::attr", "\"urn:x:\" is not a schema URN");
        invalid("urn:x y:z:attr", "\"urn:x y:z\" is not a schema URN");
        invalid("urn:x:y:", "an attribute name is missing");
        invalid("urn:x:y:1a", "\"1a\" is not an attribute name");
        invalid("urn:x:y:a.", "a sub-attribute name is missing after \".\"");
        invalid("urn:x:y:a.b.c", "\"b.c\" is not a sub-attribute name");
    }

    void invalidPaths()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const auto parsed = AttributePath::parse(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().status, 400);
        QCOMPARE(parsed.error().scimType, ScimType::InvalidPath);
        QCOMPARE(parsed.error().detail,
                 QStringLiteral("Invalid attribute path \"%1\": %2").arg(text, reason));
    }

    void toStringOfParts_data()
    {
        QTest::addColumn<QString>("urn");
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<QString>("sub");
        QTest::addColumn<QString>("expected");
        QTest::addRow("attribute") << QString() << QStringLiteral("title") << QString()
                                   << QStringLiteral("title");
        QTest::addRow("sub-attribute") << QString() << QStringLiteral("name") << QStringLiteral("familyName")
                                       << QStringLiteral("name.familyName");
        QTest::addRow("urn") << QStringLiteral("urn:a:b") << QStringLiteral("c") << QString()
                             << QStringLiteral("urn:a:b:c");
        QTest::addRow("urn and sub-attribute") << QStringLiteral("urn:a:b") << QStringLiteral("c")
                                               << QStringLiteral("d") << QStringLiteral("urn:a:b:c.d");
        QTest::addRow("urn alone") << QStringLiteral("urn:a:b") << QString() << QString()
                                   << QStringLiteral("urn:a:b");
        QTest::addRow("empty") << QString() << QString() << QString() << QString();
    }

    void toStringOfParts()
    {
        QFETCH(QString, urn);
        QFETCH(QString, attribute);
        QFETCH(QString, sub);
        QFETCH(QString, expected);
        const AttributePath path{urn, attribute, sub};
        QCOMPARE(path.toString(), expected);
        QCOMPARE(path.isEmpty(), urn.isEmpty() && attribute.isEmpty());
    }

    void equality()
    {
        const AttributePath a = *AttributePath::parse(u"name.givenName");
        QCOMPARE(a, *AttributePath::parse(u"name.givenName"));
        QVERIFY(!(a == *AttributePath::parse(u"name.GivenName")));
        QVERIFY(!(a == *AttributePath::parse(u"urn:ietf:params:scim:schemas:core:2.0:User:name.givenName")));
        QVERIFY(AttributePath{}.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestAttributePath)
#include "tst_attributepath.moc"
