// Writes users through a Directory on a SqlStore of one SQLite file until it is killed. Each write is
// announced on stdout before the call and reported after the Directory acknowledged it, one unbuffered
// line each, so that whoever kills the process knows which writes were acknowledged and which one per
// thread was in flight:
//   ready
//   doing <writer> create <userName>     created <writer> <id> <version> <userName>
//   doing <writer> patch <id>            patched <writer> <id> <version>
//   doing <writer> delete <id>           deleted <writer> <id>
// Usage: durability_store_writer <file> <normal|full> <round> <seed>
// Each writer thread changes only the users it created. A write the Directory refuses ends the process
// with status 3.

#include "directory/Directory.h"
#include "store/StoreFactory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QThread>

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

using namespace muster;

namespace {

constexpr int Writers = 4;

// One write(2) per line: a line shorter than PIPE_BUF reaches the pipe whole, and what reached the
// pipe survives the writer's SIGKILL.
void printLine(const QString& line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t chunk =
            ::write(STDOUT_FILENO, bytes.constData() + written, size_t(bytes.size() - written));
        if (chunk <= 0)
            std::_Exit(4);
        written += chunk;
    }
}

[[noreturn]] void refused(const QString& what, const ScimError& error)
{
    std::fprintf(stderr, "%s refused: %d %s\n", qPrintable(what), error.status, qPrintable(error.detail));
    std::fflush(stderr);
    std::_Exit(3);
}

void writeUntilKilled(Directory& directory, int writer, int round, quint32 seed)
{
    QRandomGenerator random(seed + quint32(writer) * 7919u);
    const OperationContext context{ResourceStore::DefaultTenant, QStringLiteral("durability-writer")};
    struct Written {
        QString id;
        quint64 version;
    };
    QList<Written> users;
    for (int serial = 1;; ++serial) {
        const quint32 dice = random.bounded(10);
        if (dice < 2 && !users.isEmpty()) {
            const qsizetype slot = random.bounded(users.size());
            const QJsonObject patch{
                {QStringLiteral("schemas"),
                 QJsonArray{QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp")}},
                {QStringLiteral("Operations"),
                 QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                        {QStringLiteral("path"), QStringLiteral("title")},
                                        {QStringLiteral("value"), QStringLiteral("Title %1").arg(serial)}}}}};
            printLine(QStringLiteral("doing %1 patch %2").arg(writer).arg(users.at(slot).id));
            const auto patched = directory.patch(context, QStringLiteral("User"), users.at(slot).id, patch);
            if (!patched)
                refused(QStringLiteral("PATCH"), patched.error());
            users[slot].version = patched->version;
            printLine(QStringLiteral("patched %1 %2 %3").arg(writer).arg(patched->id).arg(patched->version));
        } else if (dice < 3 && !users.isEmpty()) {
            const qsizetype slot = random.bounded(users.size());
            const QString id = users.takeAt(slot).id;
            printLine(QStringLiteral("doing %1 delete %2").arg(writer).arg(id));
            if (const Status removed = directory.remove(context, QStringLiteral("User"), id); !removed)
                refused(QStringLiteral("DELETE"), removed.error());
            printLine(QStringLiteral("deleted %1 %2").arg(writer).arg(id));
        } else {
            const QString userName =
                QStringLiteral("r%1-t%2-n%3@store.example").arg(round).arg(writer).arg(serial);
            const QJsonObject user{
                {QStringLiteral("schemas"),
                 QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
                {QStringLiteral("userName"), userName},
                {QStringLiteral("displayName"), QStringLiteral("Store Crash %1").arg(serial)},
                {QStringLiteral("emails"), QJsonArray{QJsonObject{{QStringLiteral("value"), userName},
                                                                  {QStringLiteral("primary"), true}}}},
            };
            printLine(QStringLiteral("doing %1 create %2").arg(writer).arg(userName));
            const auto created = directory.create(context, QStringLiteral("User"), user);
            if (!created)
                refused(QStringLiteral("POST"), created.error());
            users.append({created->id, created->version});
            printLine(QStringLiteral("created %1 %2 %3 %4")
                          .arg(writer)
                          .arg(created->id)
                          .arg(created->version)
                          .arg(userName));
        }
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 5) {
        std::fprintf(stderr, "usage: durability_store_writer <file> <normal|full> <round> <seed>\n");
        return 2;
    }
    SqlStoreOptions options;
    options.synchronous = arguments.at(2) == QLatin1String("full") ? SqlStoreOptions::Synchronous::Full
                                                                   : SqlStoreOptions::Synchronous::Normal;
    const int round = arguments.at(3).toInt();
    const quint32 seed = arguments.at(4).toUInt();

    const std::shared_ptr<SchemaRegistry> registry = SchemaRegistry::builtIn();
    auto store = StoreFactory::open(registry, QStringLiteral("sqlite:") + arguments.at(1), options);
    if (!store) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(arguments.at(1)),
                     qPrintable(store.error().detail));
        return 1;
    }
    DirectoryOptions directoryOptions;
    directoryOptions.passwordStrength = PasswordHasher::Strength::Fast;
    Directory directory(registry, std::move(*store), directoryOptions);

    printLine(QStringLiteral("ready"));
    QList<QThread*> writers;
    for (int writer = 0; writer < Writers; ++writer) {
        writers.append(QThread::create(
            [&directory, writer, round, seed] { writeUntilKilled(directory, writer, round, seed); }));
        writers.last()->start();
    }
    for (QThread* writer : std::as_const(writers))
        writer->wait();
    return 0;
}
