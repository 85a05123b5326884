#pragma once

#include <QJsonArray>
#include <QJsonValue>

namespace muster {

// Calls `visit` with `value`, or with each element if it is an array, until one returns true: how a filter
// sees a multi-valued attribute (CompiledFilter, and the desktop app's search index, which must agree).
template <typename Visit>
bool anyElement(const QJsonValue& value, const Visit& visit)
{
    if (!value.isArray())
        return visit(value);
    const QJsonArray array = value.toArray();
    for (const QJsonValue item : array) {
        if (visit(item))
            return true;
    }
    return false;
}

} // namespace muster
