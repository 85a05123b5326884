#include "scim/QueryParameters.h"

#include <QUrl>

namespace muster {

namespace {

QString decoded(QString encoded)
{
    encoded.replace(u'+', u' ');
    return QUrl::fromPercentEncoding(encoded.toUtf8());
}

} // namespace

QueryParameters::QueryParameters(const QUrlQuery& query)
{
    const auto items = query.queryItems(QUrl::FullyEncoded);
    m_items.reserve(items.size());
    for (const auto& [name, value] : items)
        m_items.append({decoded(name), decoded(value)});
}

std::optional<QString> QueryParameters::value(QStringView name) const
{
    for (const auto& [key, value] : m_items) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

} // namespace muster
