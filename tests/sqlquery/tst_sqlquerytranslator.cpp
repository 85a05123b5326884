#include "PostgresTestDatabase.h"
#include "SqlQueryFixture.h"
#include "query/CompiledFilter.h"
#include "query/DateTimeInstant.h"
#include "query/FilterParser.h"
#include "query/ResourceComparator.h"
#include "store/sql/DatabaseUrl.h"
#include "store/sql/SqlQueryPostgresFunctions.h"
#include "store/sql/SqlQueryTranslator.h"
#include "store/sql/SqliteFunctions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace muster;
using namespace muster::sqlqueryfixture;

// A differential test: every filter and sort runs as SQL (SQLite, and PostgreSQL when the test fixture
// provides a server) over the same canonical resources that CompiledFilter and ResourceComparator see,
// and must select and order exactly as they do.
class TestSqlQueryTranslator : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<SchemaRegistry> m_registry;
    Resources m_data;
    QString m_sqlite;       // connection names
    QString m_postgres;     // empty without a PostgreSQL server
    QString m_postgresUrl;  // the scratch database
    QString m_postgresSkip; // why the PostgreSQL rows skip

    static QString json(const QJsonObject& object)
    {
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

    const QList<QJsonObject>& resourcesOf(const QString& type) const
    {
        return type == u"Group" ? m_data.groups : m_data.users;
    }

    // Runs a statement with its values; nullopt (with a warning) on failure.
    static std::optional<QSqlQuery> run(const QString& connection, const QString& sql,
                                        const QVariantList& bindings = {})
    {
        QSqlQuery query(QSqlDatabase::database(connection));
        if (!query.prepare(sql)) {
            qWarning("prepare failed: %s\n%s", qPrintable(query.lastError().text()), qPrintable(sql));
            return std::nullopt;
        }
        for (const QVariant& value : bindings)
            query.addBindValue(value);
        if (!query.exec()) {
            qWarning("exec failed: %s\n%s", qPrintable(query.lastError().text()), qPrintable(sql));
            return std::nullopt;
        }
        return query;
    }

    static bool execute(const QString& connection, const QString& sql)
    {
        QSqlQuery query(QSqlDatabase::database(connection));
        if (!query.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return false;
        }
        return true;
    }

    static std::optional<QStringList> column(const QString& connection, const QString& sql,
                                             const QVariantList& bindings = {})
    {
        auto query = run(connection, sql, bindings);
        if (!query)
            return std::nullopt;
        QStringList values;
        while (query->next())
            values.append(query->value(0).toString());
        return values;
    }

    bool createAndLoad(const QString& connection, SqlDialect dialect)
    {
        const bool sqlite = dialect == SqlDialect::Sqlite;
        const QString jsonType = sqlite ? QStringLiteral("TEXT") : QStringLiteral("JSONB");
        const QString jsonValue = sqlite ? QStringLiteral("?") : QStringLiteral("CAST(? AS jsonb)");
        if (!execute(connection,
                     QStringLiteral("CREATE TABLE resources (tenant TEXT NOT NULL, type TEXT NOT NULL,"
                                    " id TEXT NOT NULL, json %1 NOT NULL, PRIMARY KEY (tenant, type, id))")
                         .arg(jsonType)) ||
            !execute(connection,
                     QStringLiteral("CREATE TABLE members (tenant TEXT NOT NULL, group_id TEXT NOT NULL,"
                                    " member_id TEXT NOT NULL, position BIGINT NOT NULL, json %1 NOT NULL)")
                         .arg(jsonType)))
            return false;
        const auto insert = [&](const QString& tenant, const QString& type, QJsonObject resource) {
            const QString id = resource.value(QLatin1String("id")).toString();
            const QJsonArray members = resource.take(QLatin1String("members")).toArray();
            bool ok =
                run(connection,
                    QStringLiteral("INSERT INTO resources (tenant, type, id, json) VALUES (?, ?, ?, %1)")
                        .arg(jsonValue),
                    {tenant, type, id, json(resource)})
                    .has_value();
            for (qsizetype i = 0; ok && i < members.size(); ++i) {
                const QJsonObject member = members.at(i).toObject();
                ok = run(connection,
                         QStringLiteral("INSERT INTO members (tenant, group_id, member_id, position, json)"
                                        " VALUES (?, ?, ?, ?, %1)")
                             .arg(jsonValue),
                         {tenant, id, member.value(QLatin1String("value")).toString(), qint64(i),
                          json(member)})
                         .has_value();
            }
            return ok;
        };
        bool ok = true;
        for (const QJsonObject& user : std::as_const(m_data.users))
            ok = ok && insert(DefaultTenant, QStringLiteral("User"), user);
        for (const QJsonObject& group : std::as_const(m_data.groups))
            ok = ok && insert(DefaultTenant, QStringLiteral("Group"), group);
        for (const QJsonObject& user : std::as_const(m_data.otherUsers))
            ok = ok && insert(OtherTenant, QStringLiteral("User"), user);
        for (const QJsonObject& group : std::as_const(m_data.otherGroups))
            ok = ok && insert(OtherTenant, QStringLiteral("Group"), group);
        return ok;
    }

    QString connectionOf(SqlDialect dialect) const
    {
        return dialect == SqlDialect::Sqlite ? m_sqlite : m_postgres;
    }

    static void filterRows(const QList<FilterCase>& cases)
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("expect");
        for (const FilterCase& row : cases)
            QTest::addRow("%s", row.filter) << QString::fromUtf8(row.filter) << int(row.expect);
    }

    // The ids SQL selects for `where` in the default tenant, sorted.
    std::optional<QStringList> selectedIds(SqlDialect dialect, const QString& type,
                                           const SqlFragment& where) const
    {
        QVariantList bindings{DefaultTenant, type};
        bindings += where.bindings;
        auto ids =
            column(connectionOf(dialect),
                   QStringLiteral("SELECT r.id FROM resources r WHERE r.tenant = ? AND r.type = ? AND (") +
                       where.sql + u')',
                   bindings);
        if (ids)
            std::sort(ids->begin(), ids->end());
        return ids;
    }

    void compareFilter(SqlDialect dialect, const QString& type)
    {
        QFETCH(QString, filter);
        QFETCH(int, expect);
        const auto parsed = FilterParser::parse(filter);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().detail));
        const ResourceType& resourceType = *m_registry->resourceType(type);
        const auto compiled = CompiledFilter::compile(*m_registry, resourceType, *parsed);
        QVERIFY2(compiled.ok(), qPrintable(compiled.ok() ? QString() : compiled.error().detail));

        const QList<QJsonObject>& resources = resourcesOf(type);
        QStringList expected;
        for (const QJsonObject& resource : resources) {
            if (compiled->matches(resource))
                expected.append(resource.value(QLatin1String("id")).toString());
        }
        std::sort(expected.begin(), expected.end());
        switch (Expect(expect)) {
        case Expect::Mixed:
            QVERIFY2(!expected.isEmpty() && expected.size() < resources.size(),
                     qPrintable(QStringLiteral("not mixed: %1").arg(expected.join(u','))));
            break;
        case Expect::None:
            QVERIFY2(expected.isEmpty(), qPrintable(expected.join(u',')));
            break;
        case Expect::All:
            QCOMPARE(expected.size(), resources.size());
            break;
        }

        const auto where = SqlQueryTranslator(*m_registry, resourceType, dialect).where(*parsed);
        QVERIFY2(where.ok(), qPrintable(where.ok() ? QString() : where.error().detail));
        const auto actual = selectedIds(dialect, type, *where);
        QVERIFY2(actual.has_value(), qPrintable(where->sql));
        if (*actual != expected)
            qWarning("SQL: %s", qPrintable(where->sql));
        QCOMPARE(*actual, expected);
    }

    void compareSort(SqlDialect dialect)
    {
        QFETCH(QString, type);
        QFETCH(QString, sortBy);
        QFETCH(bool, descending);
        const auto path = AttributePath::parse(sortBy);
        QVERIFY(path.ok());
        const SortSpec sort{*path, descending ? SortOrder::Descending : SortOrder::Ascending};
        const ResourceType& resourceType = *m_registry->resourceType(type);
        const auto comparator = ResourceComparator::create(*m_registry, resourceType, sort);
        QVERIFY2(comparator.ok(), qPrintable(comparator.ok() ? QString() : comparator.error().detail));

        QList<QJsonObject> resources = resourcesOf(type);
        std::sort(resources.begin(), resources.end(), *comparator);
        QStringList expected;
        for (const QJsonObject& resource : std::as_const(resources))
            expected.append(resource.value(QLatin1String("id")).toString());

        const auto order = SqlQueryTranslator(*m_registry, resourceType, dialect).orderBy(sort);
        QVERIFY2(order.ok(), qPrintable(order.ok() ? QString() : order.error().detail));
        QVariantList bindings{DefaultTenant, type};
        bindings += order->bindings;
        const auto actual = column(
            connectionOf(dialect),
            QStringLiteral("SELECT r.id FROM resources r WHERE r.tenant = ? AND r.type = ? ORDER BY ") +
                order->sql,
            bindings);
        QVERIFY2(actual.has_value(), qPrintable(order->sql));
        if (*actual != expected)
            qWarning("SQL: %s", qPrintable(order->sql));
        QCOMPARE(*actual, expected);
    }

    // SQL never carries the client's text; the table survives a value written to end the statement.
    void clientTextIsBound(SqlDialect dialect)
    {
        const QString attack = QStringLiteral("X'); DROP TABLE resources; --");
        const ResourceType& users = *m_registry->resourceType(u"User");
        const auto before = column(connectionOf(dialect), QStringLiteral("SELECT COUNT(*) FROM resources"));
        QVERIFY(before.has_value());
        for (const char* attribute : {"externalId", "userName", "emails.value", "title"}) {
            for (CompareOperator op : {CompareOperator::Eq, CompareOperator::Co, CompareOperator::Gt}) {
                const FilterPtr filter =
                    Filter::comparison(*AttributePath::parse(QString::fromLatin1(attribute)), op, attack);
                const auto where = SqlQueryTranslator(*m_registry, users, dialect).where(filter);
                QVERIFY(where.ok());
                QVERIFY2(!where->sql.contains(QLatin1String("DROP"), Qt::CaseInsensitive),
                         qPrintable(where->sql));
                QVERIFY2(!where->sql.contains(QLatin1String("X'")), qPrintable(where->sql));
                const bool bound =
                    std::any_of(where->bindings.cbegin(), where->bindings.cend(), [&](const QVariant& v) {
                        return v.toString().contains(QLatin1String("drop table resources"),
                                                     Qt::CaseInsensitive);
                    });
                QVERIFY2(bound, attribute);
                const auto ids = selectedIds(dialect, QStringLiteral("User"), *where);
                QVERIFY(ids.has_value());
                if (op == CompareOperator::Eq && qstrcmp(attribute, "externalId") == 0)
                    QCOMPARE(*ids, QStringList{QStringLiteral("c10")});
            }
        }
        const auto after = column(connectionOf(dialect), QStringLiteral("SELECT COUNT(*) FROM resources"));
        QCOMPARE(after, before);
    }

    // "a or b or ..." as long as a filter gets: no recursion limit of the database is reached.
    void longChains(SqlDialect dialect)
    {
        const ResourceType& users = *m_registry->resourceType(u"User");
        const auto id = *AttributePath::parse(u"id");
        const auto userName = *AttributePath::parse(u"userName");
        FilterPtr chain = Filter::comparison(id, CompareOperator::Eq, QStringLiteral("u5"));
        for (int i = 0; i < 6000; ++i)
            chain =
                Filter::logicalNode(LogicalOperator::Or, chain,
                                    Filter::comparison(userName, CompareOperator::Eq, QString::number(i)));
        chain = Filter::logicalNode(LogicalOperator::Or, chain,
                                    Filter::comparison(id, CompareOperator::Eq, QStringLiteral("c07")));
        const auto where = SqlQueryTranslator(*m_registry, users, dialect).where(chain);
        QVERIFY(where.ok());
        const auto ids = selectedIds(dialect, QStringLiteral("User"), *where);
        QVERIFY(ids.has_value());
        QCOMPARE(*ids, (QStringList{QStringLiteral("c07"), QStringLiteral("u5")}));

        FilterPtr nested = Filter::comparison(userName, CompareOperator::Pr);
        for (int i = 0; i < 200; ++i)
            nested = Filter::notNode(nested);
        const auto negated = SqlQueryTranslator(*m_registry, users, dialect).where(nested);
        QVERIFY(negated.ok());
        const auto all = selectedIds(dialect, QStringLiteral("User"), *negated);
        QVERIFY(all.has_value());
        QCOMPARE(all->size(), m_data.users.size());
    }

    // Filters nested as deeply as FilterParser allows still run, and still agree with CompiledFilter.
    void deepFilters(SqlDialect dialect)
    {
        const int depth = FilterParser::MaxDepth;
        const QString quote = QStringLiteral("\"");
        // `open` wrapped around `innermost` as often as the parser takes (at most `levels` times).
        const auto nest = [&](const QString& open, const QString& innermost, int levels,
                              int extraClosing = 0) {
            for (; levels > 0; --levels) {
                QString text = innermost;
                for (int i = 0; i < levels; ++i)
                    text = open.arg(i % 2 ? QStringLiteral("title pr")
                                          : QStringLiteral("emails.type eq ") + quote +
                                                QStringLiteral("work") + quote) +
                           text + u')' + QString(extraClosing, u')');
                if (FilterParser::parse(text).ok())
                    return text;
            }
            return QString();
        };
        const QString enterprise =
            QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User pr");
        const QString valuePath = QStringLiteral("emails[not (type eq ") + quote + QStringLiteral("home") +
                                  quote + QStringLiteral(") and value pr]");
        const QStringList filters{
            nest(QStringLiteral("not (%1 and "), QStringLiteral("userName pr"), depth),
            nest(QStringLiteral("%1 or (not (nickName pr) and "), enterprise, depth / 2),
            nest(QStringLiteral("not (%1 or "), valuePath, depth - 1),
            nest(QStringLiteral("(%1 and (not (name pr) or "), QStringLiteral("emails pr"), depth / 2, 1),
            nest(QStringLiteral("not (%1 or not (not (x509Certificates pr) and "), enterprise, depth / 3, 1),
            nest(QStringLiteral("(%1 and (not (name pr) or "),
                 QStringLiteral("urn:example:params:scim:schemas:extension:profile:2.0:User pr"), depth / 2,
                 1),
            nest(QStringLiteral("(%1 and (not (name pr) or "),
                 QStringLiteral("devices[not (kind eq ") + quote + QStringLiteral("x") + quote +
                     QStringLiteral(" or (lastSeen pr and (primary pr or (value sw ") + quote +
                     QStringLiteral("l") + quote + QStringLiteral(" and not (token pr)))))]"),
                 depth / 2 - 4, 1),
        };
        const ResourceType& users = *m_registry->resourceType(u"User");
        for (const QString& text : filters) {
            QVERIFY(text.count(u'(') > depth / 2);
            const auto parsed = FilterParser::parse(text);
            QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? text : parsed.error().detail));
            const auto compiled = CompiledFilter::compile(*m_registry, users, *parsed);
            QVERIFY(compiled.ok());
            QStringList expected;
            for (const QJsonObject& user : std::as_const(m_data.users)) {
                if (compiled->matches(user))
                    expected.append(user.value(QLatin1String("id")).toString());
            }
            std::sort(expected.begin(), expected.end());
            const auto where = SqlQueryTranslator(*m_registry, users, dialect).where(*parsed);
            QVERIFY(where.ok());
            const auto actual = selectedIds(dialect, QStringLiteral("User"), *where);
            QVERIFY2(actual.has_value(), qPrintable(text));
            QCOMPARE(*actual, expected);
        }
    }

    // The folding, instants and order that the database's functions give, against Qt's and
    // CompiledFilter's.
    void functions(SqlDialect dialect)
    {
        const QString connection = connectionOf(dialect);
        // Every character Unicode has, in slices: muster_fold is QString::toCaseFolded.
        QString all;
        for (char32_t codePoint = 1; codePoint <= 0x10FFFF; ++codePoint) {
            if (codePoint < 0xD800 || codePoint > 0xDFFF)
                all += QString::fromUcs4(&codePoint, 1);
        }
        constexpr qsizetype Slice = 60000;
        for (qsizetype from = 0, length = 0; from < all.size(); from += length) {
            length = std::min(Slice, all.size() - from);
            if (from + length < all.size() && all.at(from + length).isLowSurrogate())
                ++length;
            const QString slice = all.mid(from, length);
            auto folded = run(connection, QStringLiteral("SELECT muster_fold(?), ?"), {slice, slice});
            QVERIFY(folded && folded->next());
            // Noncharacters (U+FFFE) come back from the driver as U+FFFD whatever SQL does with them.
            const QString expectedFold = folded->value(1).toString().toCaseFolded();
            QCOMPARE(folded->value(1).toString().size(), slice.size());
            // QCOMPARE shows the start of a string only: first the position where they part.
            const QString actualFold = folded->value(0).toString();
            const auto differ = std::mismatch(actualFold.cbegin(), actualFold.cend(), expectedFold.cbegin(),
                                              expectedFold.cend());
            QCOMPARE(differ.first - actualFold.cbegin(), expectedFold.size());
            QCOMPARE(folded->value(0).toString(), expectedFold);
        }
        const auto ascii =
            column(connection, QStringLiteral("SELECT muster_fold(?)"), {QStringLiteral("MiXeD 42")});
        QCOMPARE(ascii, QStringList{QStringLiteral("mixed 42")});
        auto null = run(connection, QStringLiteral("SELECT muster_fold(NULL)"));
        QVERIFY(null && null->next());
        QVERIFY(null->value(0).isNull());
        if (dialect == SqlDialect::Sqlite) {
            auto number = run(connection, QStringLiteral("SELECT muster_fold(42), typeof(muster_fold(42))"));
            QVERIFY(number && number->next());
            QCOMPARE(number->value(1).toString(), QStringLiteral("integer"));
        }

        // muster_instant reads as CompiledFilter reads: where compile accepts a literal, the instant is
        // the one DateTimeInstant gives and matches itself; where compile refuses it, NULL.
        const QStringList texts{QStringLiteral("2011-05-13T04:42:34Z"),
                                QStringLiteral("2011-05-13T04:42:34.5Z"),
                                QStringLiteral("2011-05-13T04:42:34.123456Z"),
                                QStringLiteral("2011-05-13T04:42:34.9999+02:00"),
                                QStringLiteral("2011-05-13T04:42:34-0530"),
                                QStringLiteral("2011-05-13"),
                                QStringLiteral("2011-05-13T10:00"),
                                QStringLiteral("2011-05-13T10:00Z"),
                                QStringLiteral("2011-05-13t10:00:00z"),
                                QStringLiteral("2011-02-29T00:00:00Z"),
                                QStringLiteral("2012-02-29T00:00:00Z"),
                                QStringLiteral("0000-02-29T00:00:00Z"),
                                QStringLiteral("0000-01-01T00:00:00Z"),
                                QStringLiteral("9999-12-31T23:59:59.999-23:59"),
                                QStringLiteral("1900-02-29T00:00:00Z"),
                                QStringLiteral("2000-02-29T00:00:00Z"),
                                QStringLiteral("2011-05-13T24:00:00Z"),
                                QStringLiteral("2011-05-13T23:59:60Z"),
                                QStringLiteral("2011-05-13T10:00:00.Z"),
                                QStringLiteral("2011-05-13 10:00:00Z"),
                                QStringLiteral("2011-5-13"),
                                QStringLiteral(""),
                                QStringLiteral("soon"),
                                QStringLiteral("2011-05-13T10:00:00+01"),
                                QStringLiteral("2011-05-13T10:00:00Z "),
                                QStringLiteral("2011-05-13Z"),
                                QStringLiteral("2011-05-13+01:00"),
                                QStringLiteral("2011-05-13T10:00:00+24:00"),
                                QStringLiteral("1969-12-31T23:59:59.999Z"),
                                QString::fromUtf8("\xd9\xa1\xd9\xa9\xd9\xa7\xd9\xa0-01-01"),
                                QStringLiteral("2011-13-01"),
                                QStringLiteral("2011-04-31"),
                                QStringLiteral("2011-05-13T10:60:00Z")};
        const ResourceType& users = *m_registry->resourceType(u"User");
        for (const QString& text : texts) {
            const auto filter = FilterParser::parse(QStringLiteral("meta.created eq \"%1\"").arg(text));
            QVERIFY(filter.ok());
            const auto compiled = CompiledFilter::compile(*m_registry, users, *filter);
            const std::optional<qint64> instant = DateTimeInstant::toMsecs(QStringView(text));
            QCOMPARE(instant.has_value(), compiled.ok());
            if (compiled.ok()) {
                const QJsonObject resource{
                    {QStringLiteral("meta"), QJsonObject{{QStringLiteral("created"), text}}}};
                QVERIFY2(compiled->matches(resource), qPrintable(text));
            }
            auto read = run(connection, QStringLiteral("SELECT muster_instant(?)"), {text});
            QVERIFY(read && read->next());
            if (instant)
                QCOMPARE(read->value(0).toLongLong(), *instant);
            else
                QVERIFY2(read->value(0).isNull(), qPrintable(text));
        }

        // UTF-16 order, as QString::compare: strings from characters on both sides of U+FFFF.
        const QList<char32_t> pool{U'a',    U'B',    0xE000,  0xFF21, 0xFF41, 0xFFFD,
                                   0x1F600, 0x10400, 0x10428, 0xDF,   0x7FF};
        QStringList strings;
        QRandomGenerator random(7);
        for (int i = 0; i < 300; ++i) {
            QString text;
            for (int n = random.bounded(1, 5); n > 0; --n) {
                const char32_t codePoint = pool.at(random.bounded(int(pool.size())));
                text += QString::fromUcs4(&codePoint, 1);
            }
            strings.append(text);
        }
        QVERIFY(execute(connection, QStringLiteral("CREATE TEMPORARY TABLE ordered (s TEXT)")));
        for (const QString& text : std::as_const(strings))
            QVERIFY(run(connection, QStringLiteral("INSERT INTO ordered (s) VALUES (?)"), {text}));
        const auto sorted =
            column(connection,
                   dialect == SqlDialect::Sqlite
                       ? QStringLiteral("SELECT s FROM ordered ORDER BY s COLLATE muster_utf16")
                       : QStringLiteral("SELECT s FROM ordered ORDER BY muster_utf16_key(s) COLLATE \"C\""));
        QVERIFY(execute(connection, QStringLiteral("DROP TABLE ordered")));
        QVERIFY(sorted.has_value());
        std::sort(strings.begin(), strings.end(),
                  [](const QString& a, const QString& b) { return a.compare(b) < 0; });
        QCOMPARE(*sorted, strings);
    }

    bool skipPostgres() { return m_postgres.isEmpty(); }

private slots:
    void initTestCase()
    {
        m_registry = sqlqueryfixture::registry();
        QVERIFY(m_registry);
        m_data = sqlqueryfixture::resources(*m_registry);
        QCOMPARE(m_data.users.size(), 21);
        QCOMPARE(m_data.groups.size(), 9);

        m_sqlite =
            QStringLiteral("tst_sqlquerytranslator-%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
        {
            QSqlDatabase sqlite = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_sqlite);
            sqlite.setDatabaseName(QStringLiteral(":memory:"));
            QVERIFY2(sqlite.open(), qPrintable(sqlite.lastError().text()));
            const Status installed = SqliteFunctions::install(sqlite);
            QVERIFY2(installed.ok(), qPrintable(installed.ok() ? QString() : installed.error().detail));
        }
        QVERIFY(createAndLoad(m_sqlite, SqlDialect::Sqlite));

        const std::optional<QString> server = PostgresTestDatabase::url();
        if (!server) {
            m_postgresSkip =
                QStringLiteral("No PostgreSQL: MUSTER_TEST_POSTGRES_URL_FILE is not set or names no "
                               "file (run through CTest, which starts the postgres fixture)");
            return;
        }
        m_postgresUrl = PostgresTestDatabase::createScratchDatabase(QStringLiteral("sqlquery"));
        QVERIFY2(!m_postgresUrl.isEmpty(),
                 "the PostgreSQL fixture is up but no scratch database was created");
        const auto url = DatabaseUrl::parse(m_postgresUrl);
        QVERIFY(url.ok());
        m_postgres = m_sqlite + QStringLiteral("-postgres");
        {
            QSqlDatabase postgres = QSqlDatabase::addDatabase(url->driverName(), m_postgres);
            url->applyTo(postgres);
            QVERIFY2(postgres.open(), qPrintable(postgres.lastError().text()));
            const Status installed = SqlQueryPostgresFunctions::install(postgres);
            QVERIFY2(installed.ok(), qPrintable(installed.ok() ? QString() : installed.error().detail));
        }
        const auto encoding = column(m_postgres, QStringLiteral("SELECT current_setting('server_encoding')"));
        QCOMPARE(encoding, QStringList{QStringLiteral("UTF8")});
        QVERIFY(createAndLoad(m_postgres, SqlDialect::Postgres));
    }

    void cleanupTestCase()
    {
        if (!m_postgres.isEmpty()) {
            QSqlDatabase::database(m_postgres).close();
            QSqlDatabase::removeDatabase(m_postgres);
        }
        if (!m_postgresUrl.isEmpty())
            QVERIFY(PostgresTestDatabase::dropScratchDatabase(m_postgresUrl));
        if (!m_sqlite.isEmpty()) {
            QSqlDatabase::database(m_sqlite).close();
            QSqlDatabase::removeDatabase(m_sqlite);
        }
    }

    void sqliteUsers_data() { filterRows(sqlqueryfixture::userFilters()); }
    void sqliteUsers() { compareFilter(SqlDialect::Sqlite, QStringLiteral("User")); }
    void sqliteGroups_data() { filterRows(sqlqueryfixture::groupFilters()); }
    void sqliteGroups() { compareFilter(SqlDialect::Sqlite, QStringLiteral("Group")); }

    void postgresUsers_data()
    {
        if (skipPostgres())
            QSKIP(qPrintable(m_postgresSkip));
        filterRows(sqlqueryfixture::userFilters());
    }
    void postgresUsers() { compareFilter(SqlDialect::Postgres, QStringLiteral("User")); }
    void postgresGroups_data()
    {
        if (skipPostgres())
            QSKIP(qPrintable(m_postgresSkip));
        filterRows(sqlqueryfixture::groupFilters());
    }
    void postgresGroups() { compareFilter(SqlDialect::Postgres, QStringLiteral("Group")); }

    void sorts_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("sortBy");
        QTest::addColumn<bool>("descending");
        for (SqlDialect dialect : {SqlDialect::Sqlite, SqlDialect::Postgres}) {
            if (dialect == SqlDialect::Postgres && skipPostgres())
                continue;
            const char* name = dialect == SqlDialect::Sqlite ? "sqlite" : "postgres";
            for (const SortCase& row : sqlqueryfixture::sorts())
                QTest::addRow("%s %s %s %s", name, row.type, row.sortBy,
                              row.descending ? "descending" : "ascending")
                    << int(dialect) << QString::fromUtf8(row.type) << QString::fromUtf8(row.sortBy)
                    << row.descending;
        }
    }
    void sorts()
    {
        QFETCH(int, dialect);
        compareSort(SqlDialect(dialect));
    }

    // Invalid filters and sorts fail with CompiledFilter's and ResourceComparator's errors, in both dialects.
    void invalidFilters_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("filter");
        for (const InvalidCase& row : sqlqueryfixture::invalidFilters())
            QTest::addRow("%s %s", row.type, row.text)
                << QString::fromUtf8(row.type) << QString::fromUtf8(row.text);
    }
    void invalidFilters()
    {
        QFETCH(QString, type);
        QFETCH(QString, filter);
        const auto parsed = FilterParser::parse(filter);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().detail));
        const ResourceType& resourceType = *m_registry->resourceType(type);
        const auto compiled = CompiledFilter::compile(*m_registry, resourceType, *parsed);
        QVERIFY(!compiled.ok());
        QCOMPARE(compiled.error().scimType, ScimType::InvalidFilter);
        for (SqlDialect dialect : {SqlDialect::Sqlite, SqlDialect::Postgres}) {
            const auto where = SqlQueryTranslator(*m_registry, resourceType, dialect).where(*parsed);
            QVERIFY(!where.ok());
            QCOMPARE(where.error(), compiled.error());
        }
        const auto none = SqlQueryTranslator(*m_registry, resourceType, SqlDialect::Sqlite).where(nullptr);
        QVERIFY(!none.ok());
        QCOMPARE(none.error(), CompiledFilter::compile(*m_registry, resourceType, nullptr).error());
    }

    void invalidSorts_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("sortBy");
        for (const InvalidCase& row : sqlqueryfixture::invalidSorts())
            QTest::addRow("%s %s", row.type, row.text)
                << QString::fromUtf8(row.type) << QString::fromUtf8(row.text);
    }
    void invalidSorts()
    {
        QFETCH(QString, type);
        QFETCH(QString, sortBy);
        const auto path = AttributePath::parse(sortBy);
        QVERIFY(path.ok());
        const SortSpec sort{*path, SortOrder::Ascending};
        const ResourceType& resourceType = *m_registry->resourceType(type);
        const auto comparator = ResourceComparator::create(*m_registry, resourceType, sort);
        QVERIFY(!comparator.ok());
        for (SqlDialect dialect : {SqlDialect::Sqlite, SqlDialect::Postgres}) {
            const auto order = SqlQueryTranslator(*m_registry, resourceType, dialect).orderBy(sort);
            QVERIFY(!order.ok());
            QCOMPARE(order.error(), comparator.error());
        }
    }

    // Without the members' order, sorting by members is refused rather than guessed.
    void sortByMembersNeedsTheirOrder()
    {
        SqlQueryTranslator::Columns columns;
        columns.memberPosition.clear();
        const SqlQueryTranslator translator(*m_registry, *m_registry->resourceType(u"Group"),
                                            SqlDialect::Sqlite, columns);
        const auto order =
            translator.orderBy(SortSpec{*AttributePath::parse(u"members"), SortOrder::Ascending});
        QVERIFY(!order.ok());
        QCOMPARE(order.error().scimType, ScimType::InvalidPath);
        QVERIFY(
            translator.orderBy(SortSpec{*AttributePath::parse(u"displayName"), SortOrder::Ascending}).ok());
    }

    void sqliteClientTextIsBound() { clientTextIsBound(SqlDialect::Sqlite); }
    void postgresClientTextIsBound()
    {
        if (skipPostgres())
            QSKIP(qPrintable(m_postgresSkip));
        clientTextIsBound(SqlDialect::Postgres);
    }

    void sqliteLongChains() { longChains(SqlDialect::Sqlite); }
    void postgresLongChains()
    {
        if (skipPostgres())
            QSKIP(qPrintable(m_postgresSkip));
        longChains(SqlDialect::Postgres);
    }

    void sqliteDeepFilters() { deepFilters(SqlDialect::Sqlite); }
    void postgresDeepFilters()
    {
        if (skipPostgres())
            QSKIP(qPrintable(m_postgresSkip));
        deepFilters(SqlDialect::Postgres);
    }

    void sqliteFunctions() { functions(SqlDialect::Sqlite); }
    void postgresFunctions()
    {
        if (skipPostgres())
            QSKIP(qPrintable(m_postgresSkip));
        functions(SqlDialect::Postgres);
    }

    void installNeedsSqlite()
    {
        QSqlDatabase closed =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_sqlite + QStringLiteral("-closed"));
        QVERIFY(!SqliteFunctions::install(closed).ok());
        closed = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_sqlite + QStringLiteral("-closed"));
    }
};

QTEST_GUILESS_MAIN(TestSqlQueryTranslator)
#include "tst_sqlquerytranslator.moc"
