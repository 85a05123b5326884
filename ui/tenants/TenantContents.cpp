#include "tenants/TenantContents.h"

#include <QCoreApplication>
#include <QLocale>

namespace muster {

TenantContents TenantContents::of(const Directory& directory, const QString& tenant)
{
    return {std::max<qint64>(0, directory.store().count(tenant, QStringLiteral("User"))),
            std::max<qint64>(0, directory.store().count(tenant, QStringLiteral("Group")))};
}

QString TenantContents::describe() const
{
    // Whole phrases per number, as the app ships no English plural forms for "%n user(s)".
    const QString userCount = users == 1 ? tr("1 user") : tr("%1 users").arg(QLocale().toString(users));
    const QString groupCount = groups == 1 ? tr("1 group") : tr("%1 groups").arg(QLocale().toString(groups));
    return tr("%1 and %2").arg(userCount, groupCount);
}

} // namespace muster
