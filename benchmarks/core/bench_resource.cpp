#include "BenchmarkData.h"
#include "BenchmarkRows.h"
#include "FixedRunTimer.h"
#include "directory/Directory.h"
#include "resource/ResourceCanonicalizer.h"
#include "store/MemoryStore.h"

#include <QJsonDocument>
#include <QTest>

using namespace muster;

// The Resource suite, one resource's life: canonicalize (ingest + validate), validate alone, serialize,
// parse, and the Directory's create, get, update (replace) and delete on a MemoryStore, for a minimal
// and a full user.
class BenchResource : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<SchemaRegistry> m_registry = SchemaRegistry::builtIn();

    static void addUserRows()
    {
        QTest::addColumn<bool>("full");
        QTest::addRow("minimal user") << false;
        QTest::addRow("full user") << true;
    }

    static QJsonObject userFor(bool full, int index)
    {
        return full ? benchdata::fullUser(index) : benchdata::minimalUser(index);
    }

    std::unique_ptr<Directory> makeDirectory() const
    {
        DirectoryOptions options;
        options.passwordStrength = PasswordHasher::Strength::Fast;
        return std::make_unique<Directory>(m_registry, std::make_shared<MemoryStore>(m_registry), options);
    }

private slots:
    void canonicalize_data() { addUserRows(); }
    void canonicalize()
    {
        QFETCH(bool, full);
        const ResourceCanonicalizer canonicalizer(*m_registry,
                                                  *m_registry->resourceType(QStringLiteral("User")));
        const QJsonObject input = userFor(full, 1);
        QBENCHMARK {
            const auto canonical = canonicalizer.canonicalize(input);
            if (!canonical)
                QFAIL(qPrintable(canonical.error().detail));
        }
    }

    void validate_data() { addUserRows(); }
    // Canonicalizing what is canonical already (a resource read back, re-sent unchanged): the checks
    // without the renaming and coercing.
    void validate()
    {
        QFETCH(bool, full);
        const ResourceCanonicalizer canonicalizer(*m_registry,
                                                  *m_registry->resourceType(QStringLiteral("User")));
        const auto canonical = canonicalizer.canonicalize(userFor(full, 1));
        QVERIFY(canonical.ok());
        QCOMPARE(*canonicalizer.canonicalize(*canonical), *canonical);
        QBENCHMARK {
            const auto validated = canonicalizer.canonicalize(*canonical);
            if (!validated)
                QFAIL(qPrintable(validated.error().detail));
        }
    }

    void serialize_data() { addUserRows(); }
    void serialize()
    {
        QFETCH(bool, full);
        auto directory = makeDirectory();
        const auto created = directory->create({}, QStringLiteral("User"), userFor(full, 1));
        QVERIFY(created.ok());
        QByteArray bytes;
        QBENCHMARK {
            bytes = QJsonDocument(created->json).toJson(QJsonDocument::Compact);
        }
        QVERIFY(!bytes.isEmpty());
    }

    void parse_data() { addUserRows(); }
    void parse()
    {
        QFETCH(bool, full);
        const QByteArray bytes = QJsonDocument(userFor(full, 1)).toJson(QJsonDocument::Compact);
        QBENCHMARK {
            const QJsonDocument document = QJsonDocument::fromJson(bytes);
            if (!document.isObject())
                QFAIL("not an object");
        }
    }

    void create_data() { addUserRows(); }
    void create()
    {
        QFETCH(bool, full);
        auto directory = makeDirectory();
        int index = 0;
        QBENCHMARK {
            const auto created = directory->create({}, QStringLiteral("User"), userFor(full, ++index));
            if (!created)
                QFAIL(qPrintable(created.error().detail));
        }
    }

    void get_data() { addUserRows(); }
    void get()
    {
        QFETCH(bool, full);
        auto directory = makeDirectory();
        const auto created = directory->create({}, QStringLiteral("User"), userFor(full, 1));
        QVERIFY(created.ok());
        QBENCHMARK {
            const auto read = directory->get({}, QStringLiteral("User"), created->id);
            if (!read)
                QFAIL("not found");
        }
    }

    void update_data() { addUserRows(); }
    // PUT of the whole user with one attribute changed.
    void update()
    {
        QFETCH(bool, full);
        auto directory = makeDirectory();
        const auto created = directory->create({}, QStringLiteral("User"), userFor(full, 1));
        QVERIFY(created.ok());
        QJsonObject changed = userFor(full, 1);
        int round = 0;
        QBENCHMARK {
            changed.insert(QStringLiteral("title"), QString::number(++round));
            const auto replaced = directory->replace({}, QStringLiteral("User"), created->id, changed);
            if (!replaced)
                QFAIL(qPrintable(replaced.error().detail));
        }
    }

    void remove_data() { addUserRows(); }
    // Each delete can run only once: users created outside the measurement, then a fixed run of deletes.
    void remove()
    {
        QFETCH(bool, full);
        auto directory = makeDirectory();
        QStringList ids;
        for (int index = 0; index < benchrows::fixedRunLength(2000); ++index) {
            const auto created = directory->create({}, QStringLiteral("User"), userFor(full, index));
            QVERIFY(created.ok());
            ids.append(created->id);
        }
        const FixedRunTimer timer;
        for (const QString& id : std::as_const(ids)) {
            if (!directory->remove({}, QStringLiteral("User"), id))
                QFAIL("delete failed");
        }
        timer.report(int(ids.size()));
        QCOMPARE(directory->store().count(ResourceStore::DefaultTenant, QStringLiteral("User")), 0);
    }
};

QTEST_GUILESS_MAIN(BenchResource)
#include "bench_resource.moc"
