#include "ChangesFromAnotherThread.h"
#include "ServerProcess.h"
#include "directory/ChangeFollower.h"
#include "directory/Directory.h"
#include "schema/SchemaUrns.h"
#include "store/StoreFactory.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace muster;
using muster::test::ServerProcess;

// A Directory in this process follows the SQLite file that a running muster-server writes to, as the
// desktop app does: what a SCIM client changes through the server arrives here within a second.
class TestChangesAcrossProcesses : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<ResourceChange>(); }

    void serverWritesReachAFollowingDirectory()
    {
        QTemporaryDir data;
        ServerProcess server;
        QVERIFY2(server.start({QStringLiteral("--data"), data.path()}), qPrintable(server.output()));

        const auto registry = SchemaRegistry::builtIn();
        auto store = StoreFactory::open(registry, QStringLiteral("sqlite:") +
                                                      data.filePath(QStringLiteral("muster.db")));
        QVERIFY2(store, qPrintable(store ? QString() : store.error().detail));
        Directory directory(registry, *store);
        test::ChangesFromAnotherThread changes(directory); // before the follower's thread starts
        ChangeFollower follower(directory, std::chrono::milliseconds(100));

        const ServerProcess::Reply created =
            server.request("POST", QStringLiteral("/scim/v2/Users"),
                           QJsonObject{{QStringLiteral("schemas"), QJsonArray{urns::User}},
                                       {QStringLiteral("userName"), QStringLiteral("ivy")}});
        QCOMPARE(created.status, 201);
        const QString id = created.json().value(QStringLiteral("id")).toString();
        QTRY_COMPARE_WITH_TIMEOUT(changes.count(), 1, 1000);
        ResourceChange change = changes.takeFirst();
        QCOMPARE(change.kind, ResourceChange::Kind::Created);
        QCOMPARE(change.id, id);
        // What was reported is readable here at once, in the version reported.
        QCOMPARE(directory.get(OperationContext{}, QStringLiteral("User"), id)->version, change.version);

        QCOMPARE(server.request("DELETE", QStringLiteral("/scim/v2/Users/") + id).status, 204);
        QTRY_COMPARE_WITH_TIMEOUT(changes.count(), 1, 1000);
        change = changes.takeFirst();
        QCOMPARE(change.kind, ResourceChange::Kind::Removed);
        QCOMPARE(change.id, id);
        QCOMPARE(server.terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(TestChangesAcrossProcesses)
#include "tst_changesacrossprocesses.moc"
