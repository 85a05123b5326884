#include "BenchmarkData.h"
#include "directory/Directory.h"
#include "resource/ResourceCanonicalizer.h"
#include "store/MemoryStore.h"

#include <QJsonDocument>
#include <QTest>

using namespace muster;

// One resource's life: canonicalize (ingest + validate), serialize, parse, and the Directory's create,
// get, replace and remove on a MemoryStore, for a minimal and a full user.
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

    void replace_data() { addUserRows(); }
    void replace()
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
};

QTEST_GUILESS_MAIN(BenchResource)
#include "bench_resource.moc"
