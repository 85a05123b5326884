#pragma once

#include <QList>
#include <QString>
#include <QUrlQuery>

#include <optional>
#include <utility>

namespace muster {

// A request's query string decoded once: names matched case-insensitively (clients write "startindex"
// as often as "startIndex"), '+' read as a space as in HTML forms (Entra ID sends
// "filter=userName+eq+%22x%22"), then percent-decoding. A name without a value ("?cursor") is present
// with an empty value.
class QueryParameters final {
public:
    explicit QueryParameters(const QUrlQuery& query);

    // The first value given for `name`; nullopt when the parameter is absent.
    std::optional<QString> value(QStringView name) const;
    bool contains(QStringView name) const { return value(name).has_value(); }

private:
    QList<std::pair<QString, QString>> m_items;
};

} // namespace muster
