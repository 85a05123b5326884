#include "SeededDatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace muster;

// Writes a SQLite database of N benchmark users to a file, e.g. <data>/muster.db for muster-server
// (startup.sh). The users come from the benchmarks' seed cache, which is filled first if needed.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    bool sizeOk = false;
    const int size = arguments.value(1).toInt(&sizeOk);
    if (arguments.size() != 3 || !sizeOk || size <= 0) {
        err << "usage: bench_seed_sqlite <users> <target.db>" << Qt::endl;
        return 2;
    }
    const QString target = arguments.at(2);
    const Result<QString> seeded = SeededDatabase::sqliteSeed(size);
    if (!seeded) {
        err << seeded.error().detail << Qt::endl;
        return 1;
    }
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(target + suffix);
    if (!QFile::copy(*seeded, target)) {
        err << "cannot copy " << *seeded << " to " << target << Qt::endl;
        return 1;
    }
    // QFile::copy keeps the cache's permissions; the server writes to its database.
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return 0;
}
