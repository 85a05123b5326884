#include "store/StoreFactory.h"

#include "store/MemoryStore.h"
#include "store/sql/DatabaseUrl.h"
#include "store/sql/SqlStore.h"

#include <QDir>
#include <QFileInfo>

namespace muster {

namespace {

bool isMemory(const QString& location)
{
    return location.trimmed() == QLatin1String("memory");
}

} // namespace

Result<std::shared_ptr<ResourceStore>> StoreFactory::open(std::shared_ptr<const SchemaRegistry> registry,
                                                          const QString& location, SqlStoreOptions sqlOptions)
{
    if (isMemory(location))
        return std::shared_ptr<ResourceStore>(std::make_shared<MemoryStore>(std::move(registry)));

    const auto url = DatabaseUrl::parse(location.trimmed());
    if (!url)
        return url.error();
    sqlOptions.dialect = url->dialect;
    if (url->dialect == SqlDialect::Sqlite) {
        sqlOptions.sqliteFile = url->databaseName;
        if (sqlOptions.sqliteFile != QLatin1String(":memory:")) {
            // A first start creates the folder: the user's data folder does not exist yet.
            const QFileInfo file(sqlOptions.sqliteFile);
            if (!QDir().mkpath(file.absolutePath())) {
                return ScimError{503, ScimType::None,
                                 QStringLiteral("cannot create the folder %1").arg(file.absolutePath())};
            }
            sqlOptions.sqliteFile = file.absoluteFilePath();
        }
    } else {
        sqlOptions.postgresUrl = location.trimmed();
    }
    auto store = SqlStore::open(std::move(registry), std::move(sqlOptions));
    if (!store)
        return store.error();
    return std::shared_ptr<ResourceStore>(std::move(*store));
}

QString StoreFactory::describe(const QString& location)
{
    if (isMemory(location))
        return QStringLiteral("memory");
    const auto url = DatabaseUrl::parse(location.trimmed());
    if (!url)
        return QStringLiteral("(invalid store location)");
    return url->dialect == SqlDialect::Sqlite
               ? QStringLiteral("sqlite:") + QFileInfo(url->databaseName).absoluteFilePath()
               : url->redacted();
}

} // namespace muster
