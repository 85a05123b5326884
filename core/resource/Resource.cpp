#include "resource/Resource.h"

namespace muster {

QString Resource::etag() const
{
    return etagFor(version);
}

QString Resource::etagFor(quint64 version)
{
    return QStringLiteral("W/\"%1\"").arg(version);
}

std::optional<quint64> Resource::versionFromEtag(QStringView etag)
{
    QStringView text = etag.trimmed();
    if (text.startsWith(u"W/"))
        text = text.mid(2);
    if (text.size() >= 2 && text.startsWith(u'"') && text.endsWith(u'"'))
        text = text.mid(1, text.size() - 2);
    bool ok = false;
    const quint64 version = text.toULongLong(&ok);
    if (!ok || text.isEmpty() || !text.front().isDigit())
        return std::nullopt;
    return version;
}

} // namespace muster
