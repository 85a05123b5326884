#pragma once

#include <QString>
#include <QVariantList>

namespace muster {

// A piece of SQL with positional "?" placeholders and the values bound to them, in order. Values from
// clients only ever travel in `bindings`, never in `sql`.
struct SqlFragment {
    QString sql;
    QVariantList bindings;
};

} // namespace muster
