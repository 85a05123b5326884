#include "auth/FileTokenStore.h"
#include "auth/MemoryTokenStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace muster;

// Both token stores behave alike; FileTokenStore also persists and follows its file.
class TestTokenStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::shared_ptr<TokenStore> makeStore(const QString& kind)
    {
        if (kind == QLatin1String("memory"))
            return std::make_shared<MemoryTokenStore>();
        auto store = FileTokenStore::open(m_dir.filePath(QStringLiteral("tokens-%1.json").arg(++m_files)));
        return store ? *store : nullptr;
    }

    static void addKinds()
    {
        QTest::addColumn<QString>("kind");
        QTest::addRow("memory") << QStringLiteral("memory");
        QTest::addRow("file") << QStringLiteral("file");
    }

private slots:
    void createAndAuthenticate_data() { addKinds(); }
    void createAndAuthenticate()
    {
        QFETCH(QString, kind);
        auto store = makeStore(kind);
        QVERIFY(store);
        const auto created = store->create(QStringLiteral("Entra ID"), QStringLiteral("default"));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().detail));
        QVERIFY(
            QRegularExpression(QStringLiteral("^mst_[A-Za-z0-9_-]{43}$")).match(created->secret).hasMatch());
        QCOMPARE(created->token.hash, MemoryTokenStore::hashOf(created->secret.toLatin1()));
        QCOMPARE(created->token.name, QStringLiteral("Entra ID"));

        const auto found = store->authenticate(created->secret.toLatin1());
        QVERIFY(found);
        QCOMPARE(found->id, created->token.id);
        QCOMPARE(found->tenant, QStringLiteral("default"));
        QVERIFY(found->lastUsed);

        QVERIFY(!store->authenticate(created->secret.toLatin1() + "x"));
        QVERIFY(!store->authenticate(QByteArray()));
        QVERIFY(!store->authenticate(created->token.hash));

        const auto second = store->create(QStringLiteral("Okta"), QStringLiteral("default"));
        QVERIFY(second);
        QVERIFY(second->secret != created->secret);
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<int>("expiresInSeconds"); // 0: none
        QTest::addColumn<QString>("detail");
        for (const char* kind : {"memory", "file"}) {
            const QString k = QString::fromLatin1(kind);
            QTest::addRow("%s: no name", kind)
                << k << QString() << QStringLiteral("default") << 0 << QStringLiteral("needs a name");
            QTest::addRow("%s: blank name", kind) << k << QStringLiteral("  ") << QStringLiteral("default")
                                                  << 0 << QStringLiteral("needs a name");
            QTest::addRow("%s: no tenant", kind)
                << k << QStringLiteral("x") << QString() << 0 << QStringLiteral("needs a tenant");
            QTest::addRow("%s: expired already", kind)
                << k << QStringLiteral("x") << QStringLiteral("default") << -60
                << QStringLiteral("in the past");
        }
    }
    void rejectsBadInput()
    {
        QFETCH(QString, kind);
        QFETCH(QString, name);
        QFETCH(QString, tenant);
        QFETCH(int, expiresInSeconds);
        QFETCH(QString, detail);
        auto store = makeStore(kind);
        std::optional<QDateTime> expires;
        if (expiresInSeconds)
            expires = QDateTime::currentDateTimeUtc().addSecs(expiresInSeconds);
        const auto created = store->create(name, tenant, expires);
        QVERIFY(!created);
        QCOMPARE(created.error().status, 400);
        QCOMPARE(created.error().scimType, ScimType::InvalidValue);
        QVERIFY2(created.error().detail.contains(detail), qPrintable(created.error().detail));
        QVERIFY(store->list().isEmpty());
    }

    void listByTenantAndRevoke_data() { addKinds(); }
    void listByTenantAndRevoke()
    {
        QFETCH(QString, kind);
        auto store = makeStore(kind);
        const auto a = store->create(QStringLiteral("a"), QStringLiteral("default"));
        const auto b = store->create(QStringLiteral("b"), QStringLiteral("acme"));
        const auto c = store->create(QStringLiteral("c"), QStringLiteral("default"));
        QVERIFY(a && b && c);
        QCOMPARE(store->list().size(), 3);
        const QList<ApiToken> defaults = store->list(QStringLiteral("default"));
        QCOMPARE(defaults.size(), 2);
        QCOMPARE(defaults.at(0).name, QStringLiteral("a")); // oldest first
        QCOMPARE(defaults.at(1).name, QStringLiteral("c"));
        QCOMPARE(store->list(QStringLiteral("acme")).size(), 1);

        QVERIFY(store->revoke(a->token.id));
        QVERIFY(!store->authenticate(a->secret.toLatin1()));
        QVERIFY(store->authenticate(c->secret.toLatin1()));
        const Status again = store->revoke(a->token.id);
        QVERIFY(!again);
        QCOMPARE(again.error().status, 404);
        QCOMPARE(store->list().size(), 2);
    }

    void expiredTokensAreRefused_data() { addKinds(); }
    void expiredTokensAreRefused()
    {
        QFETCH(QString, kind);
        auto store = makeStore(kind);
        const auto created = store->create(QStringLiteral("short-lived"), QStringLiteral("default"),
                                           QDateTime::currentDateTimeUtc().addMSecs(800));
        QVERIFY(created);
        QVERIFY(store->authenticate(created->secret.toLatin1()));
        QThread::msleep(900);
        QVERIFY(!store->authenticate(created->secret.toLatin1()));
        QCOMPARE(store->list().size(), 1); // still listed, so that it can be seen and revoked
    }

    void fileKeepsOnlyHashes()
    {
        const QString path = m_dir.filePath(QStringLiteral("hashes.json"));
        auto store = FileTokenStore::open(path);
        QVERIFY(store);
        const auto created = (*store)->create(QStringLiteral("Okta"), QStringLiteral("default"));
        QVERIFY(created);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(!content.contains(created->secret.toLatin1()));
        QVERIFY(content.contains(created->token.hash.toHex()));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        // Another process (here: another instance) opening the file knows the token.
        auto reopened = FileTokenStore::open(path);
        QVERIFY(reopened);
        const auto found = (*reopened)->authenticate(created->secret.toLatin1());
        QVERIFY(found);
        QCOMPARE(found->name, QStringLiteral("Okta"));
    }

    void fileChangesFromAnotherProcessAreFollowed()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared.json"));
        auto server = FileTokenStore::open(path);
        auto cli = FileTokenStore::open(path);
        QVERIFY(server && cli);
        const auto created = (*cli)->create(QStringLiteral("new"), QStringLiteral("default"));
        QVERIFY(created);
        QTRY_VERIFY_WITH_TIMEOUT((*server)->authenticate(created->secret.toLatin1()).has_value(), 3000);
        QVERIFY((*cli)->revoke(created->token.id));
        QTRY_VERIFY_WITH_TIMEOUT(!(*server)->authenticate(created->secret.toLatin1()).has_value(), 3000);
    }

    void malformedFileIsRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addRow("not json") << QByteArray("tokens: yes");
        QTest::addRow("no tokens array") << QByteArray("{\"version\":1}");
        QTest::addRow("entry without hash") << QByteArray(
            "{\"version\":1,\"tokens\":[{\"id\":\"1\",\"tenant\":\"default\",\"name\":\"x\"}]}");
        QTest::addRow("short hash") << QByteArray(
            "{\"version\":1,\"tokens\":[{\"id\":\"1\",\"tenant\":\"default\",\"sha256\":\"abcd\"}]}");
    }
    void malformedFileIsRefused()
    {
        QFETCH(QByteArray, content);
        const QString path = m_dir.filePath(QStringLiteral("bad-%1.json").arg(++m_files));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const auto store = FileTokenStore::open(path);
        QVERIFY(!store);
        QCOMPARE(store.error().scimType, ScimType::InvalidSyntax);
        QVERIFY2(store.error().detail.contains(path), qPrintable(store.error().detail));
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
