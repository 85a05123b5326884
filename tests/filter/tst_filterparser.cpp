#include "query/FilterParser.h"

#include <QElapsedTimer>
#include <QTest>

using namespace muster;

namespace {

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// An independent prefix rendering of a tree, so that shape tests do not rely on Filter::toString():
// and(eq(a,"x"),pr(b)), not(...), emails[...]; integers plain, doubles with a "d" suffix.
QString shape(const Filter* filter)
{
    if (!filter)
        return QStringLiteral("<null>");
    switch (filter->kind) {
    case Filter::Kind::Comparison: {
        static const char* const Names[] = {"eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le", "pr"};
        QString out = QLatin1String(Names[int(filter->compare)]) + u'(' + filter->path.schemaUrn +
                      (filter->path.schemaUrn.isEmpty() ? QString() : QStringLiteral(":")) +
                      filter->path.attribute +
                      (filter->path.subAttribute.isEmpty() ? QString() : u'.' + filter->path.subAttribute);
        const QJsonValue& value = filter->value;
        switch (value.type()) {
        case QJsonValue::String:
            out += QStringLiteral(",\"") + value.toString() + u'"';
            break;
        case QJsonValue::Bool:
            out += value.toBool() ? QStringLiteral(",true") : QStringLiteral(",false");
            break;
        case QJsonValue::Null:
            out += QStringLiteral(",null");
            break;
        case QJsonValue::Double:
            if (value.toVariant().typeId() == QMetaType::LongLong)
                out += u',' + QString::number(value.toInteger());
            else
                out += u',' + QString::number(value.toDouble(), 'g', 17) + u'd';
            break;
        case QJsonValue::Undefined:
            break;
        default:
            out += QStringLiteral(",?");
        }
        return out + u')';
    }
    case Filter::Kind::Logical:
        return (filter->logical == LogicalOperator::And ? QStringLiteral("and(") : QStringLiteral("or(")) +
               shape(filter->left.get()) + u',' + shape(filter->right.get()) + u')';
    case Filter::Kind::Not:
        return QStringLiteral("not(") + shape(filter->operand.get()) + u')';
    case Filter::Kind::ValuePath:
        return filter->path.toString() + u'[' + shape(filter->operand.get()) + u']';
    }
    return QStringLiteral("<?>");
}

AttributePath path(const char* text)
{
    const auto parsed = AttributePath::parse(QString::fromUtf8(text));
    return parsed ? *parsed : AttributePath{};
}

FilterPtr cmp(const char* attribute, CompareOperator op, QJsonValue value = {})
{
    return Filter::comparison(path(attribute), op, std::move(value));
}

FilterPtr andOf(FilterPtr a, FilterPtr b)
{
    return Filter::logicalNode(LogicalOperator::And, std::move(a), std::move(b));
}

FilterPtr orOf(FilterPtr a, FilterPtr b)
{
    return Filter::logicalNode(LogicalOperator::Or, std::move(a), std::move(b));
}

} // namespace

class TestFilterParser : public QObject {
    Q_OBJECT

private:
    static void valid(const char* input, const char* canonical)
    {
        QTest::newRow(input) << text(input) << text(canonical);
    }
    static void same(const char* input) { valid(input, input); }

    static void invalid(const char* input, int position, const char* message)
    {
        QTest::newRow(input) << text(input) << position << text(message);
    }

private slots:
    void validFilters_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("canonical");

        // RFC 7644 §3.4.2.2, every example filter of the section.
        valid("userName Eq \"john\"", "userName eq \"john\"");
        same("Username eq \"john\"");
        same("userName eq \"bjensen\"");
        same("name.familyName co \"O'Malley\"");
        same("userName sw \"J\"");
        same("urn:ietf:params:scim:schemas:core:2.0:User:userName sw \"J\"");
        same("title pr");
        same("meta.lastModified gt \"2011-05-13T04:42:34Z\"");
        same("meta.lastModified ge \"2011-05-13T04:42:34Z\"");
        same("meta.lastModified lt \"2011-05-13T04:42:34Z\"");
        same("meta.lastModified le \"2011-05-13T04:42:34Z\"");
        same("title pr and userType eq \"Employee\"");
        same("title pr or userType eq \"Intern\"");
        same("schemas eq \"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"");
        same("userType eq \"Employee\" and (emails co \"example.com\" or emails.value co \"example.org\")");
        same("userType ne \"Employee\" and not (emails co \"example.com\" or emails.value co "
             "\"example.org\")");
        valid("userType eq \"Employee\" and (emails.type eq \"work\")",
              "userType eq \"Employee\" and emails.type eq \"work\"");
        same("userType eq \"Employee\" and emails[type eq \"work\" and value co \"@example.com\"]");
        same("emails[type eq \"work\" and value co \"@example.com\"] or ims[type eq \"xmpp\" and value co "
             "\"@foo.com\"]");
        // The RFC wraps its long examples over two lines.
        valid(
            "userType eq \"Employee\" and (emails co \"example.com\" or\n  emails.value co \"example.org\")",
            "userType eq \"Employee\" and (emails co \"example.com\" or emails.value co \"example.org\")");

        // Every operator.
        same("userName ne \"bjensen\"");
        same("displayName co \"Smith\"");
        same("userName ew \"@example.com\"");
        same("meta.created gt \"2020-01-01T00:00:00Z\"");
        same("level ge 10");
        same("level lt -3");
        same("level le 2.5");
        same("emails pr");

        // Operators and keywords in any case; attribute names are kept as written.
        valid("userName EQ \"x\"", "userName eq \"x\"");
        valid("userName nE \"x\"", "userName ne \"x\"");
        valid("title PR", "title pr");
        valid("title Pr", "title pr");
        valid("a CO \"x\" AND b SW \"y\"", "a co \"x\" and b sw \"y\"");
        valid("a Ew \"x\" Or b pR", "a ew \"x\" or b pr");
        valid("NOT (a pr)", "not (a pr)");
        valid("Not(a pr)", "not (a pr)");
        valid("a GT 1 aNd b Lt 2 oR c gE 3 AnD d LE 4", "a gt 1 and b lt 2 or c ge 3 and d le 4");
        valid("active eq TRUE", "active eq true");
        valid("active eq False", "active eq false");
        valid("manager eq NULL", "manager eq null");
        same("NAME.GIVENNAME co \"x\"");
        same("URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:USER:userName eq \"x\"");
        valid("Emails[Type EQ \"work\"]", "Emails[Type eq \"work\"]");

        // Literals of every kind.
        same("active eq true");
        same("active eq false");
        same("manager eq null");
        same("level eq 0");
        valid("level eq -0", "level eq 0");
        same("level eq 42");
        same("level eq -42");
        same("level eq 9223372036854775807");
        same("level eq -9223372036854775808");
        valid("level eq 9223372036854775808", "level eq 9223372036854776000");
        same("level eq 1.5");
        same("level eq -1.5");
        same("level eq 0.1");
        same("level eq 123456789.125");
        valid("level eq 1.0", "level eq 1");
        valid("level eq 1e3", "level eq 1000");
        valid("level eq 1E3", "level eq 1000");
        valid("level eq 2.5e-3", "level eq 0.0025");
        valid("level eq 1e-7", "level eq 1e-7");
        valid("level eq 1e21", "level eq 1e+21");
        valid("level eq 1.5E+10", "level eq 15000000000");
        valid("level eq -0.0", "level eq 0");
        same("userName eq \"\"");
        same("userName eq \"with \\\"quotes\\\"\"");
        same("userName eq \"back\\\\slash\"");
        valid("userName eq \"\\/\"", "userName eq \"/\"");
        same("userName eq \"\\b\\f\\n\\r\\t\"");
        valid("userName eq \"\\u0041\"", "userName eq \"A\"");
        valid("userName eq \"\\u00e9\\u00E9\"", "userName eq \"\xc3\xa9\xc3\xa9\"");
        valid("userName eq \"\\uD83D\\uDE00\"", "userName eq \"\xf0\x9f\x98\x80\"");
        valid("userName eq \"\\u0001\\u001F\"", "userName eq \"\\u0001\\u001f\"");
        same("userName eq \"J\xc3\xa9r\xc3\xb4me \xf0\x9f\x98\x80\"");
        same("userName eq \"(not) [and] or pr\"");
        same("userName eq \"   \"");

        // Attribute paths.
        same("members.$ref eq \"https://example.com/v2/Users/1\"");
        same("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq \"26118915\"");
        same("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber pr");
        same("name.givenName sw \"B\"");
        same("x-custom_attr1 pr");
        same("meta.resourceType eq \"User\"");

        // Whitespace: extra spaces, tabs and line breaks are tolerated where a space may stand.
        valid("  userName   eq\t\"x\"  ", "userName eq \"x\"");
        valid("(  a pr  )", "a pr");
        valid("a pr\n and\r\n b pr", "a pr and b pr");
        valid("emails[ type eq \"work\" ]", "emails[type eq \"work\"]");
        valid("emails [type eq \"work\"]", "emails[type eq \"work\"]");
        valid("not  (a pr)", "not (a pr)");
        valid("( a pr or b pr ) and c pr", "(a pr or b pr) and c pr");
        valid("\ta pr\t", "a pr");

        // Precedence and grouping: "and" binds tighter than "or"; both are left-associative.
        same("a pr or b pr and c pr");
        same("a pr and b pr or c pr");
        same("(a pr or b pr) and c pr");
        same("a pr and (b pr or c pr)");
        same("a pr or (b pr or c pr)");
        valid("(a pr or b pr) or c pr", "a pr or b pr or c pr");
        same("a pr and b pr and c pr");
        same("a pr and (b pr and c pr)");
        valid("(a pr and b pr) or (c pr and d pr)", "a pr and b pr or c pr and d pr");
        valid("((a pr))", "a pr");
        same("not (a pr) and b pr");
        same("not (a pr and b pr)");
        same("not (not (a pr))");
        valid("not ((a pr))", "not (a pr)");
        same("a pr or b pr and c pr or d pr");
        same("(a pr or b pr) and (c pr or d pr)");
        same("a pr and not (b pr or c pr) or d pr");
        same("emails[type eq \"work\" or type eq \"home\"] and active eq true");
        same("emails[not (type eq \"work\")]");
        same("emails[(type eq \"work\" or primary eq true) and value ew \".org\"]");
        valid("emails[type eq \"work\"] or (ims[type eq \"xmpp\"] and active eq true)",
              "emails[type eq \"work\"] or ims[type eq \"xmpp\"] and active eq true");
        same("not (emails[type eq \"work\"])");
        valid("(emails[value pr])", "emails[value pr]");
        same("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager[value eq \"x\"]");
    }

    void validFilters()
    {
        QFETCH(QString, input);
        QFETCH(QString, canonical);

        const auto parsed = FilterParser::parse(input);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().detail));
        QVERIFY(*parsed);
        QCOMPARE((*parsed)->toString(), canonical);

        // The canonical text parses back to the same tree, and prints the same again.
        const auto reparsed = FilterParser::parse(canonical);
        QVERIFY2(reparsed.ok(), qPrintable(reparsed.ok() ? QString() : reparsed.error().detail));
        QVERIFY2(Filter::equal(parsed->get(), reparsed->get()),
                 qPrintable(shape(parsed->get()) + QStringLiteral(" vs ") + shape(reparsed->get())));
        QCOMPARE((*reparsed)->toString(), canonical);
    }

    void treeShape_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        auto row = [](const char* input, const char* expected) {
            QTest::newRow(input) << text(input) << text(expected);
        };
        row("userName eq \"bjensen\"", "eq(userName,\"bjensen\")");
        row("a pr or b pr and c pr", "or(pr(a),and(pr(b),pr(c)))");
        row("a pr and b pr or c pr", "or(and(pr(a),pr(b)),pr(c))");
        row("a pr or b pr or c pr", "or(or(pr(a),pr(b)),pr(c))");
        row("a pr and b pr and c pr", "and(and(pr(a),pr(b)),pr(c))");
        row("a pr or (b pr or c pr)", "or(pr(a),or(pr(b),pr(c)))");
        row("(a pr or b pr) and c pr", "and(or(pr(a),pr(b)),pr(c))");
        row("a pr and (b pr or c pr)", "and(pr(a),or(pr(b),pr(c)))");
        row("a pr or b pr and c pr or d pr", "or(or(pr(a),and(pr(b),pr(c))),pr(d))");
        row("a pr and b pr or c pr and d pr", "or(and(pr(a),pr(b)),and(pr(c),pr(d)))");
        row("not (a pr) and b pr", "and(not(pr(a)),pr(b))");
        row("not (a pr or b pr) and c pr", "and(not(or(pr(a),pr(b))),pr(c))");
        row("a pr or not (b pr) and c pr", "or(pr(a),and(not(pr(b)),pr(c)))");
        row("NOT(not (a pr))", "not(not(pr(a)))");
        row("(((a pr)))", "pr(a)");
        row("userType eq \"Employee\" and emails[type eq \"work\" and value co \"@example.com\"]",
            "and(eq(userType,\"Employee\"),emails[and(eq(type,\"work\"),co(value,\"@example.com\"))])");
        row("emails[type eq \"work\" and value co \"@example.com\"] or ims[type eq \"xmpp\" and value co "
            "\"@foo.com\"]",
            "or(emails[and(eq(type,\"work\"),co(value,\"@example.com\"))],ims[and(eq(type,\"xmpp\"),co(value,"
            "\"@foo.com\"))])");
        row("emails[type eq \"work\" or type eq \"home\" and primary eq true]",
            "emails[or(eq(type,\"work\"),and(eq(type,\"home\"),eq(primary,true)))]");
        row("urn:ietf:params:scim:schemas:core:2.0:User:name.familyName co \"O'Malley\"",
            "co(urn:ietf:params:scim:schemas:core:2.0:User:name.familyName,\"O'Malley\")");
        row("level ge 10 and score lt 2.5", "and(ge(level,10),lt(score,2.5d))");
        row("level eq 9007199254740993", "eq(level,9007199254740993)");
        row("a eq null or b eq false", "or(eq(a,null),eq(b,false))");
    }

    void treeShape()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto parsed = FilterParser::parse(input);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().detail));
        QCOMPARE(shape(parsed->get()), expected);
    }

    void literals_data()
    {
        QTest::addColumn<QString>("literal");
        QTest::addColumn<QJsonValue>("expected");
        // QJsonValue keeps any whole number within qint64 range as an exact integer, however written.
        QTest::addColumn<bool>("integer");
        auto row = [](const char* literal, const QJsonValue& expected, bool integer = false) {
            QTest::newRow(literal) << text(literal) << expected << integer;
        };
        row("true", true);
        row("TRUE", true);
        row("false", false);
        row("null", QJsonValue(QJsonValue::Null));
        row("0", qint64(0), true);
        row("7", qint64(7), true);
        row("-7", qint64(-7), true);
        row("9007199254740993", qint64(9007199254740993LL), true); // beyond a double's exact range
        row("9223372036854775807", std::numeric_limits<qint64>::max(), true);
        row("-9223372036854775808", std::numeric_limits<qint64>::min(), true);
        row("9223372036854775808", 9223372036854775808.0);
        row("-9223372036854775809", -9223372036854775808.0);
        row("1.25", 1.25);
        row("-0.5", -0.5);
        row("1e2", 100.0, true);
        row("1E+2", 100.0, true);
        row("125e-2", 1.25);
        row("0.0", 0.0, true);
        row("1e-400", 0.0, true); // underflows to zero; only overflow is refused
        row("\"plain\"", QStringLiteral("plain"));
        row("\"\"", QString());
        row("\"a\\\"b\"", QStringLiteral("a\"b"));
        row("\"a\\\\b\"", QStringLiteral("a\\b"));
        row("\"a\\/b\"", QStringLiteral("a/b"));
        row("\"\\b\\f\\n\\r\\t\"", QStringLiteral("\b\f\n\r\t"));
        row("\"\\u0000\"", QString(QChar(0)));
        row("\"\\u20AC\\u20ac\"", QString::fromUtf8("\xe2\x82\xac\xe2\x82\xac"));
        row("\"\\uD834\\uDD1E\"", QString::fromUtf8("\xf0\x9d\x84\x9e"));
        row("\"\xf0\x9d\x84\x9e\"", QString::fromUtf8("\xf0\x9d\x84\x9e"));
        row("\"true\"", QStringLiteral("true"));
        row("\"42\"", QStringLiteral("42"));
    }

    void literals()
    {
        QFETCH(QString, literal);
        QFETCH(QJsonValue, expected);
        QFETCH(bool, integer);
        const auto parsed = FilterParser::parse(QString(QStringLiteral("attr eq ") + literal));
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().detail));
        const Filter& filter = **parsed;
        QCOMPARE(filter.kind, Filter::Kind::Comparison);
        QCOMPARE(filter.compare, CompareOperator::Eq);
        QCOMPARE(filter.value.type(), expected.type());
        if (expected.isDouble()) {
            const bool storedInteger = filter.value.toVariant().typeId() == QMetaType::LongLong;
            QCOMPARE(storedInteger, integer);
            if (integer)
                QCOMPARE(filter.value.toInteger(), expected.toInteger());
            else
                QCOMPARE(filter.value.toDouble(), expected.toDouble());
        } else {
            QCOMPARE(filter.value, expected);
        }
    }

    void lenientBareWords_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QJsonValue>("lenientValue"); // Undefined: refused in both syntaxes
        QTest::addColumn<bool>("strictParses");
        auto row = [](const char* input, const QJsonValue& value, bool strictParses = false) {
            QTest::newRow(input) << text(input) << value << strictParses;
        };
        row("userName sw O", QStringLiteral("O"));
        row("emails.value co example.com", QStringLiteral("example.com"));
        row("meta.created gt 2015-10-10T14:38:21.8617979-07:00",
            QStringLiteral("2015-10-10T14:38:21.8617979-07:00"));
        row("title eq Vice-President", QStringLiteral("Vice-President"));
        // JSON literals keep their meaning: a bare word is a string only when it is nothing else.
        row("active eq true", true, true);
        row("active eq True", true, true);
        row("count eq 42", qint64(42), true);
        row("x eq null", QJsonValue(QJsonValue::Null), true);
        row("userName eq \"quoted\"", QStringLiteral("quoted"), true);
        // Still refused: a number out of range, a missing value.
        row("n eq 1e999", QJsonValue(QJsonValue::Undefined));
        row("userName eq", QJsonValue(QJsonValue::Undefined));
    }

    void lenientBareWords()
    {
        QFETCH(QString, input);
        QFETCH(QJsonValue, lenientValue);
        QFETCH(bool, strictParses);
        QCOMPARE(FilterParser::parse(input, FilterSyntax::Strict).ok(), strictParses);
        const auto lenient = FilterParser::parse(input, FilterSyntax::Lenient);
        QCOMPARE(lenient.ok(), !lenientValue.isUndefined());
        if (!lenient)
            return;
        QCOMPARE((*lenient)->kind, Filter::Kind::Comparison);
        QCOMPARE((*lenient)->value, lenientValue);
    }

    void invalidFilters_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("message");

        // Missing or misplaced parts.
        invalid("", 1, "expected an attribute path, \"not\" or \"(\", found end of filter");
        invalid("   ", 4, "expected an attribute path, \"not\" or \"(\", found end of filter");
        invalid("userName", 9, "expected a comparison operator, found end of filter");
        invalid("userName xyz \"x\"", 10, "expected a comparison operator, found \"xyz\"");
        invalid("a ~eq \"x\"", 3, "expected a comparison operator, found \"~eq\"");
        invalid("userName = \"x\"", 10, "expected a comparison operator, found \"=\"");
        invalid("userName eq", 12,
                "expected a comparison value (a string, number, true, false or null), found end of filter");
        invalid("a eq ", 6,
                "expected a comparison value (a string, number, true, false or null), found end of filter");
        invalid("userName eq x", 13,
                "expected a comparison value (a string, number, true, false or null), found \"x\"");
        invalid("userName eq 'x'", 13,
                "expected a comparison value (a string, number, true, false or null), found \"'x'\"");
        invalid("a eq [", 6,
                "expected a comparison value (a string, number, true, false or null), found \"[\"");
        invalid("a eq truex", 6,
                "expected a comparison value (a string, number, true, false or null), found \"truex\"");
        invalid("title pr eq \"x\"", 10, "expected \"and\", \"or\" or end of filter, found \"eq\"");
        invalid("\"x\" eq a", 1, "expected an attribute path, \"not\" or \"(\", found string \"x\"");
        invalid("[type eq \"x\"]", 1, "expected an attribute path, \"not\" or \"(\", found \"[\"");

        // Missing spaces where the grammar needs one.
        invalid("userNameeq \"x\"", 12, "expected a comparison operator, found string \"x\"");
        invalid("userName eq\"x\"", 12, "expected a space before the comparison value, found string \"x\"");
        invalid("a eq)", 5, "expected a space before the comparison value, found \")\"");
        invalid("(a pr)and (b pr)", 7, "expected a space before \"and\", found \"and\"");
        invalid("a pr and(b pr)", 9, "expected a space after \"and\", found \"(\"");
        invalid("a eq \"x\"or b pr", 9, "expected a space before \"or\", found \"or\"");
        invalid("a eq \"x\"and(b pr)", 9, "expected a space before \"and\", found \"and\"");

        // Numbers that are not JSON numbers.
        const char* notALiteral =
            "expected a comparison value (a string, number, true, false or null), found ";
        for (const char* number :
             {"01", "+1", "1.", ".5", "1e", "1e+", "0x10", "1,5", "5and", "--1", "1.5.2"}) {
            const QString input = QStringLiteral("a eq ") + QLatin1String(number);
            QTest::newRow(qPrintable(input))
                << input << 6 << (text(notALiteral) + u'"' + QLatin1String(number) + u'"');
        }
        invalid("a eq 1e999", 6, "expected a number within the range of a double, found \"1e999\"");
        invalid("a eq -1e999", 6, "expected a number within the range of a double, found \"-1e999\"");

        // Strings that are not JSON strings.
        invalid("userName eq \"x", 15, "expected a closing quote, found end of filter");
        invalid("a eq \"x\\\"", 10, "expected a closing quote, found end of filter");
        invalid("a eq \"\\", 8, "expected an escape sequence, found end of filter");
        invalid("userName eq \"a\\qb\"", 15,
                "expected an escape sequence (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX), found \"\\q\"");
        invalid("a eq \"\\x41\"", 7,
                "expected an escape sequence (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX), found \"\\x\"");
        invalid("a eq \"\\u12\"", 11,
                "expected four hexadecimal digits after \"\\u\", found the end of the string");
        invalid("a eq \"\\u12g4\"", 11, "expected four hexadecimal digits after \"\\u\", found \"g\"");
        invalid("a eq \"\\U0041\"", 7,
                "expected an escape sequence (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX), found \"\\U\"");
        invalid("a eq \"\\uD83D\"", 13,
                "expected a \\u escape of a low surrogate after \"\\uD83D\", found the end of the string");
        invalid("a eq \"\\uD83Dx\"", 13,
                "expected a \\u escape of a low surrogate after \"\\uD83D\", found \"x\"");
        invalid("a eq \"\\uD83D\\u0041\"", 13,
                "expected a \\u escape of a low surrogate after \"\\uD83D\", found \"\\u0041\"");
        invalid("a eq \"\\uDE00\"", 7, "expected a high surrogate before a low surrogate, found \"\\uDE00\"");
        invalid("a eq \"tab\there\"", 10,
                "expected a character of the string or an escape sequence, found control character U+0009");
        invalid("a eq \"line\nbreak\"", 11,
                "expected a character of the string or an escape sequence, found control character U+000A");

        // Logical operators and grouping.
        invalid("a pr and", 9, "expected an attribute path, \"not\" or \"(\", found end of filter");
        invalid("a pr or", 8, "expected an attribute path, \"not\" or \"(\", found end of filter");
        invalid("and a pr", 1, "expected an attribute path, \"not\" or \"(\", found \"and\"");
        invalid("a pr and or b pr", 10, "expected an attribute path, \"not\" or \"(\", found \"or\"");
        invalid("a pr b pr", 6, "expected \"and\", \"or\" or end of filter, found \"b\"");
        invalid("a eq \"x\" \"y\"", 10, "expected \"and\", \"or\" or end of filter, found string \"y\"");
        invalid("a eq \"x\" && b pr", 10, "expected \"and\", \"or\" or end of filter, found \"&&\"");
        invalid("(a pr", 6, "expected \"and\", \"or\" or \")\", found end of filter");
        invalid("((a pr) or b pr", 16, "expected \"and\", \"or\" or \")\", found end of filter");
        invalid("a pr)", 5, "expected \"and\", \"or\" or end of filter, found \")\"");
        invalid("a eq \"x\")", 9, "expected \"and\", \"or\" or end of filter, found \")\"");
        invalid("()", 2, "expected an attribute path, \"not\" or \"(\", found \")\"");
        invalid("(a pr)(b pr)", 7, "expected \"and\", \"or\" or end of filter, found \"(\"");
        invalid("(a pr]", 6, "expected \"and\", \"or\" or \")\", found \"]\"");
        invalid("not a pr", 5, "expected \"(\" after \"not\", found \"a\"");
        invalid("not", 4, "expected \"(\" after \"not\", found end of filter");
        invalid("a pr and not b pr", 14, "expected \"(\" after \"not\", found \"b\"");
        invalid("not ()", 6, "expected an attribute path, \"not\" or \"(\", found \")\"");

        // Value paths.
        invalid("emails[type eq \"work\"", 22, "expected \"and\", \"or\" or \"]\", found end of filter");
        invalid("emails[]", 8, "expected an attribute path, \"not\" or \"(\", found \"]\"");
        invalid("emails[type eq \"work\"].value eq \"x\"", 23,
                "expected \"and\", \"or\" or end of filter, found \".value\"");
        invalid("emails[value[type pr]]", 13,
                "expected a comparison operator (value filters do not nest), found \"[\"");
        invalid("emails[type eq \"work\"]]", 23, "expected \"and\", \"or\" or end of filter, found \"]\"");
        invalid("emails[type eq \"work\") and a pr", 22, "expected \"and\", \"or\" or \"]\", found \")\"");
        invalid("emails[type pr] eq 1", 17, "expected \"and\", \"or\" or end of filter, found \"eq\"");

        // Attribute paths.
        invalid("1abc eq \"x\"", 1, "expected an attribute path, found \"1abc\"");
        invalid("name. eq \"x\"", 1, "expected an attribute path, found \"name.\"");
        invalid("name.givenName.x eq \"x\"", 1, "expected an attribute path, found \"name.givenName.x\"");
        invalid("urn:foo eq \"x\"", 1, "expected an attribute path, found \"urn:foo\"");
        invalid("a pr and user@name eq \"x\"", 10, "expected an attribute path, found \"user@name\"");
        // A long token is shown by its first 40 characters.
        const QString longWord = QStringLiteral("xyz").repeated(20);
        QTest::newRow("long token") << (QString(49, u'a') + u' ' + longWord) << 51
                                    << (QStringLiteral("expected a comparison operator, found \"") +
                                        longWord.left(40) + QStringLiteral("...\""));
    }

    void invalidFilters()
    {
        QFETCH(QString, input);
        QFETCH(int, position);
        QFETCH(QString, message);

        const auto parsed = FilterParser::parse(input);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().status, 400);
        QCOMPARE(parsed.error().scimType, ScimType::InvalidFilter);
        QCOMPARE(parsed.error().detail,
                 QStringLiteral("Invalid filter at position %1: %2").arg(position).arg(message));
    }

    void lengthLimit()
    {
        const QString prefix = QStringLiteral("userName eq \"");
        auto filterOfLength = [&](qsizetype length) {
            return QString(prefix + QString(length - prefix.size() - 1, u'x') + u'"');
        };

        const QString longest = filterOfLength(FilterParser::MaxLength);
        QCOMPARE(longest.size(), qsizetype(FilterParser::MaxLength));
        const auto accepted = FilterParser::parse(longest);
        QVERIFY(accepted.ok());
        QCOMPARE((*accepted)->value.toString().size(), FilterParser::MaxLength - prefix.size() - 1);

        const auto justOver = FilterParser::parse(filterOfLength(FilterParser::MaxLength + 1));
        QVERIFY(!justOver.ok());
        QCOMPARE(justOver.error().scimType, ScimType::InvalidFilter);
        QCOMPARE(justOver.error().detail,
                 QStringLiteral("Invalid filter: 65537 characters exceed the limit of 65536"));

        const auto hundredKiB = FilterParser::parse(filterOfLength(100 * 1024));
        QVERIFY(!hundredKiB.ok());
        QCOMPARE(hundredKiB.error().status, 400);
        QCOMPARE(hundredKiB.error().scimType, ScimType::InvalidFilter);
        QCOMPARE(hundredKiB.error().detail,
                 QStringLiteral("Invalid filter: 102400 characters exceed the limit of 65536"));
    }

    void depthLimit_data()
    {
        QTest::addColumn<QString>("open");  // one nesting level
        QTest::addColumn<QString>("close"); // what closes it
        QTest::addColumn<QString>("inner"); // the innermost filter
        QTest::newRow("parentheses") << QStringLiteral("(") << QStringLiteral(")") << QStringLiteral("a pr");
        QTest::newRow("not") << QStringLiteral("not (") << QStringLiteral(")") << QStringLiteral("a pr");
        QTest::newRow("NOT(") << QStringLiteral("NOT(") << QStringLiteral(")") << QStringLiteral("a pr");
        QTest::newRow("and groups") << QStringLiteral("a pr and (") << QStringLiteral(")")
                                    << QStringLiteral("b pr");
    }

    void depthLimit()
    {
        QFETCH(QString, open);
        QFETCH(QString, close);
        QFETCH(QString, inner);

        const QString deepest =
            open.repeated(FilterParser::MaxDepth) + inner + close.repeated(FilterParser::MaxDepth);
        const auto accepted = FilterParser::parse(deepest);
        QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().detail));
        // The tree is as deep as the text: count the levels back.
        int levels = 0;
        for (const Filter* node = accepted->get(); node;) {
            if (node->kind == Filter::Kind::Not) {
                ++levels;
                node = node->operand.get();
            } else if (node->kind == Filter::Kind::Logical) {
                ++levels;
                node = node->right.get();
            } else {
                break;
            }
        }
        QCOMPARE(levels, open.startsWith(u'(') ? 0 : FilterParser::MaxDepth);
        QCOMPARE(FilterParser::parse((*accepted)->toString()).ok(), true);

        // One more level is refused, at the parenthesis that opens it.
        const QString tooDeep =
            open.repeated(FilterParser::MaxDepth + 1) + inner + close.repeated(FilterParser::MaxDepth + 1);
        const auto refused = FilterParser::parse(tooDeep);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().scimType, ScimType::InvalidFilter);
        const int position = int(open.size()) * FilterParser::MaxDepth + int(open.indexOf(u'(')) + 1;
        QCOMPARE(refused.error().detail,
                 QStringLiteral(
                     "Invalid filter at position %1: expected at most 64 levels of parentheses, \"not\" "
                     "and value filters, found \"(\"")
                     .arg(position));
    }

    // Hostile nesting ends in an error, never in a stack overflow, and quickly.
    void hostileNesting_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("detail");
        const QString depthError = QStringLiteral("Invalid filter at position %1: expected at most 64 levels "
                                                  "of parentheses, \"not\" and value filters, "
                                                  "found \"(\"");
        QTest::newRow("100000 balanced parentheses")
            << QString(100000, u'(') + QStringLiteral("a pr") + QString(100000, u')')
            << QStringLiteral("Invalid filter: 200004 characters exceed the limit of 65536");
        QTest::newRow("30000 open parentheses") << QString(30000, u'(') << depthError.arg(65);
        QTest::newRow("10000 not") << QStringLiteral("not(").repeated(10000) << depthError.arg(65 * 4);
        QTest::newRow("30000 spaced parentheses")
            << QStringLiteral("( ").repeated(30000) << depthError.arg(129);
    }

    void hostileNesting()
    {
        QFETCH(QString, input);
        QFETCH(QString, detail);
        QElapsedTimer timer;
        timer.start();
        const auto parsed = FilterParser::parse(input);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().scimType, ScimType::InvalidFilter);
        QCOMPARE(parsed.error().detail, detail);
        QVERIFY(timer.elapsed() < 1000);
    }

    // A long flat chain is no nesting: it parses up to the length limit, prints and compares.
    void longChain()
    {
        QStringList terms;
        qsizetype length = 0;
        for (int i = 0; length < FilterParser::MaxLength - 40; ++i) {
            terms.append(QStringLiteral("id eq \"%1\"").arg(i));
            length += terms.last().size() + 4;
        }
        const QString input = terms.join(QStringLiteral(" or "));
        QVERIFY(input.size() <= FilterParser::MaxLength);
        const auto parsed = FilterParser::parse(input);
        QVERIFY(parsed.ok());

        // Left-leaning: the right operand of every "or" is one comparison, in order from the end.
        int count = 1;
        const Filter* node = parsed->get();
        while (node->kind == Filter::Kind::Logical) {
            QCOMPARE(node->logical, LogicalOperator::Or);
            QCOMPARE(node->right->value.toString(), QString::number(terms.size() - count));
            ++count;
            node = node->left.get();
        }
        QCOMPARE(count, terms.size());
        QCOMPARE(node->value.toString(), QStringLiteral("0"));

        QCOMPARE((*parsed)->toString(), input);
        const auto again = FilterParser::parse(input);
        QVERIFY(Filter::equal(parsed->get(), again->get()));
    }

    void canonicalText_data()
    {
        QTest::addColumn<FilterPtr>("filter");
        QTest::addColumn<QString>("expected");
        const FilterPtr a = cmp("a", CompareOperator::Pr);
        const FilterPtr b = cmp("b", CompareOperator::Pr);
        const FilterPtr c = cmp("c", CompareOperator::Pr);
        QTest::newRow("or of and") << orOf(andOf(a, b), c) << QStringLiteral("a pr and b pr or c pr");
        QTest::newRow("and of or") << andOf(orOf(a, b), c) << QStringLiteral("(a pr or b pr) and c pr");
        QTest::newRow("and of or right") << andOf(a, orOf(b, c)) << QStringLiteral("a pr and (b pr or c pr)");
        QTest::newRow("or right-nested") << orOf(a, orOf(b, c)) << QStringLiteral("a pr or (b pr or c pr)");
        QTest::newRow("and right-nested")
            << andOf(a, andOf(b, c)) << QStringLiteral("a pr and (b pr and c pr)");
        QTest::newRow("or left-nested") << orOf(orOf(a, b), c) << QStringLiteral("a pr or b pr or c pr");
        QTest::newRow("or of and right") << orOf(a, andOf(b, c)) << QStringLiteral("a pr or b pr and c pr");
        QTest::newRow("not of or") << Filter::notNode(orOf(a, b)) << QStringLiteral("not (a pr or b pr)");
        QTest::newRow("value path") << Filter::valuePath(
                                           path("emails"),
                                           andOf(cmp("type", CompareOperator::Eq, QStringLiteral("work")),
                                                 cmp("primary", CompareOperator::Eq, true)))
                                    << QStringLiteral("emails[type eq \"work\" and primary eq true]");
        QTest::newRow("pr drops a value")
            << cmp("title", CompareOperator::Pr, QStringLiteral("ignored")) << QStringLiteral("title pr");
        QTest::newRow("escapes") << cmp("a", CompareOperator::Eq, QStringLiteral("q\"b\\s/\x01\x7f"))
                                 << QStringLiteral("a eq \"q\\\"b\\\\s/\\u0001") + QChar(0x7f) + u'"';
        QTest::newRow("integer") << cmp("a", CompareOperator::Gt, qint64(-12345678901234))
                                 << QStringLiteral("a gt -12345678901234");
        QTest::newRow("double") << cmp("a", CompareOperator::Lt, 0.3) << QStringLiteral("a lt 0.3");
        QTest::newRow("tiny double") << cmp("a", CompareOperator::Lt, 1.5e-300)
                                     << QStringLiteral("a lt 1.5e-300");
        QTest::newRow("huge double") << cmp("a", CompareOperator::Lt, 2e300) << QStringLiteral("a lt 2e+300");
        QTest::newRow("null") << cmp("a", CompareOperator::Ne, QJsonValue(QJsonValue::Null))
                              << QStringLiteral("a ne null");
        QTest::newRow("urn path")
            << cmp("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value",
                   CompareOperator::Eq, QStringLiteral("x"))
            << QStringLiteral(
                   "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq \"x\"");
        QTest::newRow("operator names")
            << andOf(andOf(andOf(cmp("a", CompareOperator::Co, QStringLiteral("1")),
                                 cmp("b", CompareOperator::Sw, QStringLiteral("2"))),
                           cmp("c", CompareOperator::Ew, QStringLiteral("3"))),
                     cmp("d", CompareOperator::Le, qint64(4)))
            << QStringLiteral("a co \"1\" and b sw \"2\" and c ew \"3\" and d le 4");
    }

    void canonicalText()
    {
        QFETCH(FilterPtr, filter);
        QFETCH(QString, expected);
        QCOMPARE(filter->toString(), expected);
        const auto parsed = FilterParser::parse(expected);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().detail));
        if (filter->compare == CompareOperator::Pr && filter->kind == Filter::Kind::Comparison)
            QVERIFY(filter->value.isUndefined());
        QVERIFY(Filter::equal(filter.get(), parsed->get()));
    }

    void equality_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<bool>("equal");
        auto row = [](const char* name, const char* left, const char* right, bool equal) {
            QTest::newRow(name) << text(left) << text(right) << equal;
        };
        row("identical", "a eq \"x\"", "a eq \"x\"", true);
        row("operator case", "a EQ \"x\"", "a eq \"x\"", true);
        row("redundant parentheses", "(a pr) and ((b pr))", "a pr and b pr", true);
        row("integer and double by value", "a eq 1", "a eq 1.0", true);
        row("exponent by value", "a eq 1e2", "a eq 100", true);
        row("different numbers", "a eq 1", "a eq 1.5", false);
        row("large integers exact", "a eq 9007199254740993", "a eq 9007199254740992", false);
        row("integer and rounded double", "a eq 9007199254740993", "a eq 9007199254740993.0", false);
        row("string case", "a eq \"x\"", "a eq \"X\"", false);
        row("attribute case kept", "a eq \"x\"", "A eq \"x\"", false);
        row("string and number", "a eq \"1\"", "a eq 1", false);
        row("null and false", "a eq null", "a eq false", false);
        row("operators", "a eq \"x\"", "a ne \"x\"", false);
        row("paths", "a.b eq \"x\"", "a eq \"x\"", false);
        row("urn", "urn:x:y:a eq \"x\"", "a eq \"x\"", false);
        row("and or", "a pr and b pr", "a pr or b pr", false);
        row("grouping", "a pr or b pr or c pr", "a pr or (b pr or c pr)", false);
        row("not", "not (a pr)", "a pr", false);
        row("value path", "emails[type eq \"x\"]", "emails.type eq \"x\"", false);
        row("value path paths", "emails[type eq \"x\"]", "ims[type eq \"x\"]", false);
    }

    void equality()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(bool, equal);
        const auto a = FilterParser::parse(left);
        const auto b = FilterParser::parse(right);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(Filter::equal(a->get(), b->get()), equal);
        QCOMPARE(Filter::equal(b->get(), a->get()), equal);
        QVERIFY(Filter::equal(a->get(), a->get()));
        QVERIFY(!Filter::equal(a->get(), nullptr));
        QVERIFY(Filter::equal(nullptr, nullptr));
    }

    void operatorNames()
    {
        const QList<std::pair<CompareOperator, QString>> expected = {
            {CompareOperator::Eq, QStringLiteral("eq")}, {CompareOperator::Ne, QStringLiteral("ne")},
            {CompareOperator::Co, QStringLiteral("co")}, {CompareOperator::Sw, QStringLiteral("sw")},
            {CompareOperator::Ew, QStringLiteral("ew")}, {CompareOperator::Gt, QStringLiteral("gt")},
            {CompareOperator::Ge, QStringLiteral("ge")}, {CompareOperator::Lt, QStringLiteral("lt")},
            {CompareOperator::Le, QStringLiteral("le")}, {CompareOperator::Pr, QStringLiteral("pr")},
        };
        for (const auto& [op, name] : expected) {
            QCOMPARE(Filter::operatorName(op), name);
            const QString input = QStringLiteral("a ") + name.toUpper() +
                                  (op == CompareOperator::Pr ? QString() : QStringLiteral(" 1"));
            const auto parsed = FilterParser::parse(input);
            QVERIFY(parsed.ok());
            QCOMPARE((*parsed)->compare, op);
        }
    }

    void patchPaths_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("urn");
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<QString>("attributeSub");
        QTest::addColumn<QString>("filter"); // canonical text, empty for none
        QTest::addColumn<QString>("sub");
        auto row = [](const char* input, const char* urn, const char* attribute, const char* attributeSub,
                      const char* filter, const char* sub) {
            QTest::newRow(input) << text(input) << text(urn) << text(attribute) << text(attributeSub)
                                 << text(filter) << text(sub);
        };
        const char* enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
        row("members", "", "members", "", "", "");
        row("name.familyName", "", "name", "familyName", "", "");
        row("members.$ref", "", "members", "$ref", "", "");
        row("members[value eq \"2819c223\"]", "", "members", "", "value eq \"2819c223\"", "");
        row("members[value eq \"2819c223-7f76-453a-919d-413861904646\"].displayName", "", "members", "",
            "value eq \"2819c223-7f76-453a-919d-413861904646\"", "displayName");
        row("emails[type eq \"work\"].value", "", "emails", "", "type eq \"work\"", "value");
        row("addresses[type eq \"work\" and primary eq true].locality", "", "addresses", "",
            "type eq \"work\" and primary eq true", "locality");
        row("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value", enterprise, "manager",
            "value", "", "");
        row("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber", enterprise,
            "employeeNumber", "", "", "");
        row("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0", "User", "", "", "");
        row("urn:ietf:params:scim:schemas:core:2.0:User:name.givenName",
            "urn:ietf:params:scim:schemas:core:2.0:User", "name", "givenName", "", "");
        row("emails[TYPE EQ \"work\" OR Type Eq \"home\"]", "", "emails", "",
            "TYPE eq \"work\" or Type eq \"home\"", "");
        row("emails[not (type eq \"work\")].display", "", "emails", "", "not (type eq \"work\")", "display");
        row("x509Certificates[value pr]", "", "x509Certificates", "", "value pr", "");
        row("members[value eq \"a\" or value eq \"b\"]", "", "members", "",
            "value eq \"a\" or value eq \"b\"", "");
        row("emails[ type eq \"work\" ].value", "", "emails", "", "type eq \"work\"", "value");
        row("urn:ietf:params:scim:schemas:core:2.0:User:emails[type eq \"work\"].value",
            "urn:ietf:params:scim:schemas:core:2.0:User", "emails", "", "type eq \"work\"", "value");
    }

    void patchPaths()
    {
        QFETCH(QString, input);
        QFETCH(QString, urn);
        QFETCH(QString, attribute);
        QFETCH(QString, attributeSub);
        QFETCH(QString, filter);
        QFETCH(QString, sub);
        const auto parsed = FilterParser::parsePatchPath(input);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().detail));
        QCOMPARE(parsed->attribute.schemaUrn, urn);
        QCOMPARE(parsed->attribute.attribute, attribute);
        QCOMPARE(parsed->attribute.subAttribute, attributeSub);
        QCOMPARE(parsed->valueFilter ? parsed->valueFilter->toString() : QString(), filter);
        QCOMPARE(parsed->subAttribute, sub);
    }

    void invalidPatchPaths_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("message");
        invalid("", 1, "expected an attribute path, found end of path");
        invalid("1emails", 1, "expected an attribute path, found \"1emails\"");
        invalid("name.", 1, "expected an attribute path, found \"name.\"");
        invalid("emails x", 8, "expected \"[\" or end of path, found \"x\"");
        invalid("emails \"x\"", 8, "expected \"[\" or end of path, found string \"x\"");
        invalid("emails[type eq \"work\"", 22, "expected \"and\", \"or\" or \"]\", found end of path");
        invalid("emails[type eq \"work\"].", 23, "expected a sub-attribute name after \".\", found \".\"");
        invalid("emails[type eq \"work\"].value.x", 23,
                "expected a sub-attribute name after \".\", found \".value.x\"");
        invalid("emails[type eq \"work\"].urn:a:b:c", 23,
                "expected a sub-attribute name after \".\", found \".urn:a:b:c\"");
        invalid("emails[type eq \"work\"] .value", 24,
                "expected \".\" and a sub-attribute name, or end of path, found \".value\"");
        invalid("emails[type eq \"work\"]x", 23,
                "expected \".\" and a sub-attribute name, or end of path, found \"x\"");
        invalid("emails[type eq \"work\"][value pr]", 23,
                "expected \".\" and a sub-attribute name, or end of path, found \"[\"");
        invalid("emails[type eq \"work\"].value x", 30,
                "expected \".\" and a sub-attribute name, or end of path, found \"x\"");
        invalid("emails[]", 8, "expected an attribute path, \"not\" or \"(\", found \"]\"");
        invalid("emails[value[x pr]]", 13,
                "expected a comparison operator (value filters do not nest), found \"[\"");
        invalid("emails[type eq]", 15, "expected a space before the comparison value, found \"]\"");
        invalid("emails[type eq \"work]", 22, "expected a closing quote, found end of path");
        invalid("emails[type eq \"work\" and]", 26,
                "expected an attribute path, \"not\" or \"(\", found \"]\"");
        invalid("members[value eq \"a\"]) or x pr", 22,
                "expected \".\" and a sub-attribute name, or end of path, found \")\"");
    }

    void invalidPatchPaths()
    {
        QFETCH(QString, input);
        QFETCH(int, position);
        QFETCH(QString, message);
        const auto parsed = FilterParser::parsePatchPath(input);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().status, 400);
        QCOMPARE(parsed.error().scimType, ScimType::InvalidPath);
        QCOMPARE(parsed.error().detail,
                 QStringLiteral("Invalid path at position %1: %2").arg(position).arg(message));
    }

    void patchPathLength()
    {
        const QString longPath = QStringLiteral("members[value eq \"") +
                                 QString(FilterParser::MaxLength, u'x') + QStringLiteral("\"]");
        const auto parsed = FilterParser::parsePatchPath(longPath);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().scimType, ScimType::InvalidPath);
        QCOMPARE(
            parsed.error().detail,
            QStringLiteral("Invalid path: %1 characters exceed the limit of 65536").arg(longPath.size()));
    }

    // Trees are immutable and shared: parsing the same text twice gives equal, independent trees.
    void independentTrees()
    {
        const QString input = QStringLiteral("emails[type eq \"work\"] and not (active eq false)");
        const auto first = FilterParser::parse(input);
        const auto second = FilterParser::parse(input);
        QVERIFY(first.ok() && second.ok());
        QVERIFY(first->get() != second->get());
        QVERIFY(Filter::equal(first->get(), second->get()));
        QCOMPARE((*first)->left->kind, Filter::Kind::ValuePath);
        QCOMPARE((*first)->left->path.attribute, QStringLiteral("emails"));
        QCOMPARE((*first)->right->kind, Filter::Kind::Not);
    }
};

QTEST_APPLESS_MAIN(TestFilterParser)
#include "tst_filterparser.moc"
