#include "query/FilterParser.h"
#include "search/FilterTerms.h"
#include "search/ResourceFacts.h"
#include "search/SearchIndex.h"
#include "search/SearchQuery.h"

#include <QTest>

using namespace muster;

// The terms through which the search index narrows a SCIM filter: only what every match must have in
// userName, displayName or an e-mail address (for groups: the name), and nothing where a store's own
// lookup by key answers faster.
class TestFilterTerms : public QObject {
    Q_OBJECT

private:
    // "sw:ann eq:x" for terms that are all required, "(co:a | sw:b)" for either of two, "not(co:a)" for none,
    // "?" for what the index cannot tell, in the order of the filter.
    static QString text(const FilterTerms::Condition& condition)
    {
        using Kind = FilterTerms::Condition::Kind;
        if (condition.kind == Kind::Term) {
            const FilterTerms::Term& term = condition.term;
            return Filter::operatorName(term.compare) + u':' +
                   (term.compare == CompareOperator::Pr ? term.attribute : term.text);
        }
        if (condition.kind == Kind::Element)
            return condition.attribute + u'[' + text(condition.children.front()) + u']';
        if (condition.kind == Kind::Unknown)
            return QStringLiteral("?");
        if (condition.kind == Kind::Fact) {
            static const QStringList tests{QStringLiteral("pr"), QStringLiteral("true"),
                                           QStringLiteral("false"), QStringLiteral("instant")};
            const FilterTerms::Fact& fact = condition.fact;
            QString described = tests.at(int(fact.test)) + u':' + fact.attribute;
            if (fact.test == FilterTerms::Fact::Test::Instant)
                described += u' ' + Filter::operatorName(fact.compare) + u' ' + QString::number(fact.msecs);
            return described;
        }
        QStringList children;
        for (const FilterTerms::Condition& child : condition.children)
            children.append(text(child));
        if (condition.kind == Kind::Not)
            return QStringLiteral("not(") + children.join(u' ') + u')';
        return condition.kind == Kind::All ? children.join(u' ')
                                           : u'(' + children.join(QStringLiteral(" | ")) + u')';
    }

    static QString termsOf(const QString& type, const QString& filter)
    {
        static const std::shared_ptr<const SchemaRegistry> registry = SchemaRegistry::builtIn();
        const ResourceType* resourceType = registry->resourceType(type);
        const Result<FilterPtr> parsed = FilterParser::parse(filter, FilterSyntax::Lenient);
        if (!resourceType || !parsed)
            return QStringLiteral("error");
        const std::optional<FilterTerms::Condition> condition = FilterTerms::of(
            *registry, *resourceType, **parsed,
            SearchQuery::plainTextAttributes(type) + SearchIndex::filterAttributes(*registry, type),
            ResourceFacts(*registry, type).held());
        return condition ? text(*condition) : QString();
    }

private slots:
    void of_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("terms");
        const QString user = QStringLiteral("User");
        QTest::newRow("co") << user << QStringLiteral("displayName co \"Ann\"") << QStringLiteral("co:Ann");
        QTest::newRow("sw") << user << QStringLiteral("userName sw \"ann\"") << QStringLiteral("sw:ann");
        QTest::newRow("ew") << user << QStringLiteral("emails.value ew \".org\"")
                            << QStringLiteral("ew:.org");
        QTest::newRow("eq") << user << QStringLiteral("displayName eq \"Ann Lee\"")
                            << QStringLiteral("eq:Ann Lee");
        QTest::newRow("names in any case, in a URN")
            << user << QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User:DISPLAYNAME co \"x\"")
            << QStringLiteral("co:x");
        QTest::newRow("emails stands for its values")
            << user << QStringLiteral("emails co \"@x\"") << QStringLiteral("co:@x");
        QTest::newRow("both sides of and")
            << user << QStringLiteral("displayName co \"a\" and (active eq true and userName ew \"b\")")
            << QStringLiteral("co:a true:active ew:b");
        QTest::newRow("a value path")
            << user << QStringLiteral("emails[type eq \"work\" and value sw \"ann\"]")
            << QStringLiteral("emails[eq:work sw:ann]");
        QTest::newRow("a value path naming emails.value")
            << user << QStringLiteral("emails[emails.value co \"ann\"]") << QStringLiteral("emails[co:ann]");
        QTest::newRow("another sub-attribute of emails")
            << user << QStringLiteral("emails.display co \"ann\"") << QStringLiteral("co:ann");
        QTest::newRow("a filter-only attribute")
            << user << QStringLiteral("NAME.familyName ew \"x\" and title eq \"y\"")
            << QStringLiteral("ew:x eq:y");
        QTest::newRow("any string attribute")
            << user << QStringLiteral("name.formatted co \"x\" and phoneNumbers.value sw \"y\"")
            << QStringLiteral("co:x sw:y");
        QTest::newRow("meta's strings")
            << user << QStringLiteral("meta.resourceType eq \"User\" and meta.version sw \"W/\"")
            << QStringLiteral("eq:User sw:W/");
        QTest::newRow("attributes the index lacks")
            << user
            << QStringLiteral("schemas eq \"urn:ietf:params:scim:schemas:core:2.0:User\" and groups.display "
                              "co \"x\" and id co \"y\" and "
                              "password eq \"z\"")
            << QString();
        QTest::newRow("a binary attribute")
            << user << QStringLiteral("x509Certificates.value eq \"AAAA\"") << QString();
        QTest::newRow("a dateTime attribute")
            << user << QStringLiteral("meta.lastModified eq \"2026-01-01T00:00:00Z\"")
            << QStringLiteral("instant:meta.lastModified eq 1767225600000");
        QTest::newRow("an extension's attribute")
            << user
            << QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:"
                              "User:department co \"x\"")
            << QStringLiteral("co:x");
        QTest::newRow("another extension's attribute, in a complex one")
            << user
            << QStringLiteral(
                   "urn:ietf:params:scim:schemas:extension:enterprise:2.0:"
                   "User:employeeNumber co \"x\" or urn:ietf:params:scim:schemas:extension:enterprise:"
                   "2.0:User:manager.value eq \"y\"")
            << QStringLiteral("(co:x | eq:y)");
        QTest::newRow("orderings")
            << user << QStringLiteral("title gt \"M\" and (nickName ge \"a\" or name.familyName lt \"b\")")
            << QStringLiteral("gt:M (ge:a | lt:b)");
        QTest::newRow("an ordering under not")
            << user << QStringLiteral("not (title le \"M\")") << QStringLiteral("not(le:M)");
        QTest::newRow("ne: none equal")
            << user << QStringLiteral("title ne \"Lead\" and emails.type ne \"work\"")
            << QStringLiteral("not(eq:Lead) not(eq:work)");
        QTest::newRow("ne in a value path: the element's value differs")
            << user << QStringLiteral("emails[type ne \"work\"] or title eq \"x\"")
            << QStringLiteral("(emails[not(eq:work)] | eq:x)");
        QTest::newRow("a case-exact attribute: exact")
            << user << QStringLiteral("not (externalId co \"Ab\") and externalId gt \"a\"")
            << QStringLiteral("not(co:Ab) gt:a");
        QTest::newRow("an element's boolean")
            << user << QStringLiteral("emails[primary eq true]") << QStringLiteral("emails[eq:true]");
        QTest::newRow("an element's pr, under not")
            << user << QStringLiteral("not (addresses[locality pr])")
            << QStringLiteral("not(addresses[pr:addresses.locality])");
        QTest::newRow("a value path's and: one element")
            << user << QStringLiteral("emails[type eq \"work\" and primary eq \"False\"]")
            << QStringLiteral("emails[eq:work eq:false]");
        QTest::newRow("a value path's and with what the index cannot tell")
            << user << QStringLiteral("emails[type eq \"work\" and display gt 5]")
            << QStringLiteral("emails[eq:work ?]");
        QTest::newRow("an element's boolean, a literal CompiledFilter rejects")
            << user << QStringLiteral("emails[primary eq \"yes\"] or userName sw \"a\"") << QString();
        QTest::newRow("an element's ne on a boolean")
            << user << QStringLiteral("emails[primary ne true] or userName sw \"a\"")
            << QStringLiteral("(emails[not(eq:true)] | sw:a)");
        QTest::newRow("an element's eq null")
            << user << QStringLiteral("emails[display eq null] or userName sw \"a\"")
            << QStringLiteral("(emails[not(pr:emails.display)] | sw:a)");
        QTest::newRow("a group's members: left to the store")
            << QStringLiteral("Group") << QStringLiteral("members.display co \"x\"") << QString();
        QTest::newRow("or") << user << QStringLiteral("displayName co \"a\" or userName co \"b\"")
                            << QStringLiteral("(co:a | co:b)");
        QTest::newRow("or of three") << user
                                     << QStringLiteral("displayName co \"a\" or (userName co \"b\" or "
                                                       "title eq \"c\")")
                                     << QStringLiteral("(co:a | co:b | eq:c)");
        QTest::newRow("and with a side the index cannot test")
            << user << QStringLiteral("displayName co \"a\" and schemas eq \"m\"")
            << QStringLiteral("co:a ?");
        QTest::newRow("or with a side the index cannot test")
            << user << QStringLiteral("displayName co \"a\" or schemas eq \"m\"") << QString();
        QTest::newRow("not") << user << QStringLiteral("not (displayName co \"a\")")
                             << QStringLiteral("not(co:a)");
        QTest::newRow("not beside a term")
            << user << QStringLiteral("not (displayName co \"a\") and userName sw \"b\"")
            << QStringLiteral("not(co:a) sw:b");
        QTest::newRow("not of an or with a side the index cannot test")
            << user << QStringLiteral("not (displayName co \"a\" or schemas eq \"m\")")
            << QStringLiteral("not((co:a | ?))");
        QTest::newRow("not of an and with a side the index cannot test")
            << user << QStringLiteral("not (displayName co \"a\" and schemas eq \"m\")") << QString();
        QTest::newRow("... beside a term")
            << user << QStringLiteral("not (displayName co \"a\" and schemas eq \"m\") and userName sw \"b\"")
            << QStringLiteral("not(co:a ?) sw:b");
        QTest::newRow("not of a case-exact attribute")
            << user << QStringLiteral("not (externalId co \"a\")") << QStringLiteral("not(co:a)");
        QTest::newRow("not of a case-exact attribute, or another")
            << user << QStringLiteral("not (externalId co \"a\" or title eq \"b\")")
            << QStringLiteral("not((co:a | eq:b))");
        QTest::newRow("not of a text with a line break: compared value by value")
            << user << QStringLiteral("not (title co \"a\\nb\")") << QStringLiteral("not(co:a\nb)");
        QTest::newRow("not of a value path's and")
            << user << QStringLiteral("not (emails[type eq \"work\" and value co \"x\"])")
            << QStringLiteral("not(emails[eq:work co:x])");
        QTest::newRow("not of a value path")
            << user << QStringLiteral("not (emails[value co \"x\"])") << QStringLiteral("not(emails[co:x])");
        QTest::newRow("not in a value path")
            << user << QStringLiteral("emails[not (value co \"x\")]") << QStringLiteral("emails[not(co:x)]");
        QTest::newRow("not not: a and not b")
            << user << QStringLiteral("not (not (title sw \"a\") or schemas eq \"m\")")
            << QStringLiteral("not((not(sw:a) | ?))");
        QTest::newRow("not not: a or not b")
            << user << QStringLiteral("not (not (title sw \"a\") and schemas eq \"m\")") << QString();
        QTest::newRow("and beside an or") << user
                                          << QStringLiteral("displayName co \"a\" and (userName co \"b\" or "
                                                            "userName co \"c\")")
                                          << QStringLiteral("co:a (co:b | co:c)");
        QTest::newRow("or of ands") << user
                                    << QStringLiteral("(displayName co \"a\" and userName sw \"b\") or "
                                                      "(emails ew \"c\" and active eq true)")
                                    << QStringLiteral("(co:a sw:b | ew:c true:active)");
        QTest::newRow("an or in a value path")
            << user << QStringLiteral("emails[value sw \"a\" or value ew \"b\"]")
            << QStringLiteral("emails[(sw:a | ew:b)]");
        QTest::newRow("value paths under or")
            << user << QStringLiteral("emails[type eq \"work\" and value co \"a\"] or userName eq \"b\"")
            << QStringLiteral("(emails[eq:work co:a] | eq:b)");
        QTest::newRow("keys under or: the store looks them up")
            << user << QStringLiteral("userName eq \"a\" or emails.value eq \"b\"") << QString();
        QTest::newRow("an ordering and pr")
            << user << QStringLiteral("displayName gt \"a\" and displayName pr")
            << QStringLiteral("gt:a pr:displayName");
        QTest::newRow("ne") << user << QStringLiteral("displayName ne \"a\"") << QStringLiteral("not(eq:a)");
        QTest::newRow("eq null") << user << QStringLiteral("displayName eq null")
                                 << QStringLiteral("not(pr:displayName)");
        QTest::newRow("ne null") << user << QStringLiteral("nickName ne null")
                                 << QStringLiteral("pr:nickName");
        QTest::newRow("pr") << user << QStringLiteral("title pr") << QStringLiteral("pr:title");
        QTest::newRow("pr on a complex attribute")
            << user << QStringLiteral("EMAILS pr") << QStringLiteral("pr:emails");
        QTest::newRow("pr on an extension's sub-attribute")
            << user
            << QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value pr")
            << QStringLiteral("pr:urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value");
        QTest::newRow("pr on a whole extension: left to the store")
            << user << QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User pr")
            << QString();
        QTest::newRow("pr in a value path: some element's")
            << user << QStringLiteral("emails[value pr]") << QStringLiteral("emails[pr:emails.value]");
        QTest::newRow("not pr and a boolean") << user << QStringLiteral("not (title pr) and active eq false")
                                              << QStringLiteral("not(pr:title) false:active");
        QTest::newRow("a quoted boolean")
            << user << QStringLiteral("active eq \"True\"") << QStringLiteral("true:active");
        QTest::newRow("a boolean that is none") << user << QStringLiteral("active eq \"yes\"") << QString();
        QTest::newRow("a boolean ne")
            << user << QStringLiteral("active ne true") << QStringLiteral("not(true:active)");
        QTest::newRow("a boolean sub-attribute")
            << user << QStringLiteral("emails.primary eq true") << QStringLiteral("true:emails.primary");
        QTest::newRow("a dateTime, another offset")
            << user << QStringLiteral("meta.created gt \"2026-01-01T00:00:00.5+01:00\"")
            << QStringLiteral("instant:meta.created gt 1767222000500");
        QTest::newRow("a dateTime ne") << user << QStringLiteral("meta.lastModified ne \"2026-01-01\"")
                                       << QStringLiteral("not(instant:meta.lastModified eq 1767225600000)");
        QTest::newRow("a dateTime that is none")
            << user << QStringLiteral("meta.created gt \"yesterday\"") << QString();
        QTest::newRow("an or of facts and a term")
            << user << QStringLiteral("title pr or active eq false or userName sw \"a\"")
            << QStringLiteral("(pr:title | false:active | sw:a)");
        QTest::newRow("userName eq: the store looks it up")
            << user << QStringLiteral("displayName co \"a\" and userName eq \"b\"") << QString();
        QTest::newRow("an e-mail eq in a value path: the store looks it up")
            << user << QStringLiteral("displayName co \"a\" and emails[value eq \"b\"]") << QString();
        QTest::newRow("externalId eq: the store looks it up")
            << user << QStringLiteral("displayName co \"a\" and externalId eq \"b\"") << QString();
        QTest::newRow("a key eq under or stays with the index")
            << user << QStringLiteral("displayName co \"a\" and (userName eq \"b\" or displayName eq \"c\")")
            << QStringLiteral("co:a (eq:b | eq:c)");
        QTest::newRow("a group's name")
            << QStringLiteral("Group") << QStringLiteral("displayName sw \"Sales\"")
            << QStringLiteral("sw:Sales");
        QTest::newRow("a group's member: the store looks it up")
            << QStringLiteral("Group") << QStringLiteral("displayName sw \"S\" and members.value eq \"u1\"")
            << QString();
    }

    void of()
    {
        QFETCH(QString, type);
        QFETCH(QString, filter);
        QFETCH(QString, terms);
        QCOMPARE(termsOf(type, filter), terms);
    }

    // Each term names the attribute whose values the index looks in, as the index spells it.
    void termAttributes_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("attribute");
        QTest::newRow("core") << QStringLiteral("USERNAME co \"a\"") << QStringLiteral("userName");
        QTest::newRow("a complex attribute's value")
            << QStringLiteral("emails co \"a\"") << QStringLiteral("emails.value");
        QTest::newRow("a sub-attribute")
            << QStringLiteral("phonenumbers.TYPE eq \"work\"") << QStringLiteral("phoneNumbers.type");
        QTest::newRow("in a value path")
            << QStringLiteral("addresses[locality sw \"a\"]") << QStringLiteral("addresses.locality");
        QTest::newRow("common") << QStringLiteral("externalId co \"a\"") << QStringLiteral("externalId");
        QTest::newRow("an extension's")
            << QStringLiteral(
                   "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:COSTCENTER eq \"a\"")
            << QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:costCenter");
        QTest::newRow("an extension's, unqualified")
            << QStringLiteral("organization co \"a\"")
            << QStringLiteral("urn:ietf:params:scim:schemas:extension:"
                              "enterprise:2.0:User:organization");
    }

    void termAttributes()
    {
        QFETCH(QString, filter);
        QFETCH(QString, attribute);
        static const std::shared_ptr<const SchemaRegistry> registry = SchemaRegistry::builtIn();
        const ResourceType* user = registry->resourceType(u"User");
        const QString type = QStringLiteral("User");
        const std::optional<FilterTerms::Condition> condition = FilterTerms::of(
            *registry, *user, **FilterParser::parse(filter, FilterSyntax::Lenient),
            SearchQuery::plainTextAttributes(type) + SearchIndex::filterAttributes(*registry, type));
        QVERIFY(condition);
        // A value path's terms are what one element must meet.
        const FilterTerms::Condition& term = condition->kind == FilterTerms::Condition::Kind::Element
                                                 ? condition->children.front()
                                                 : *condition;
        QCOMPARE(term.kind, FilterTerms::Condition::Kind::Term);
        QCOMPARE(term.term.attribute, attribute);
    }
};

QTEST_GUILESS_MAIN(TestFilterTerms)
#include "tst_filterterms.moc"
