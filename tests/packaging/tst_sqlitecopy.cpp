#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <sqlite3.h>

// Muster calls the SQLite C API on the connections Qt's SQLite plugin opens (core/store/sql): functions,
// a VFS, prepared statements, backups. That is sound only when the plugin and Muster run the same SQLite
// library. Qt's stock plugin on Windows and macOS carries a copy of its own; the release build builds the
// plugin against the SQLite Muster links (.github/workflows/release.yml), and this test, which every
// platform's build runs, tells the two apart.
class TestSqliteCopy : public QObject {
    Q_OBJECT

private slots:
    void pluginRunsTheLinkedSqlite()
    {
        QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")), "Qt's SQLite plugin is missing");
        const QString name = QStringLiteral("sqlite-copy");
        {
            QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            database.setDatabaseName(QStringLiteral(":memory:"));
            QVERIFY2(database.open(), qPrintable(database.lastError().text()));
            QSqlQuery query(database);
            QVERIFY(query.exec(QStringLiteral("SELECT sqlite_source_id(), sqlite_version()")));
            QVERIFY(query.next());
            // The source id names the exact check-in and build: two copies of one version still differ
            // when they were amalgamated from different trees.
            QCOMPARE(query.value(0).toString(), QString::fromLatin1(sqlite3_sourceid()));
            QCOMPARE(query.value(1).toString(), QString::fromLatin1(sqlite3_libversion()));
        }
        QSqlDatabase::removeDatabase(name);
    }
};

QTEST_GUILESS_MAIN(TestSqliteCopy)
#include "tst_sqlitecopy.moc"
