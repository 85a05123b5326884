#pragma once

#include "schema/Schema.h"

#include <QCoreApplication>

namespace muster {

// The names people read for schema attributes and schemas: translated for the RFC 7643 ones, and
// for custom ones made from the attribute name ("costCenter" becomes "Cost center").
class AttributeLabels final {
    Q_DECLARE_TR_FUNCTIONS(AttributeLabels)

public:
    static QString attribute(const QString& name);
    // A sub-attribute: "type" of emails and "type" of addresses read the same.
    static QString subAttribute(const QString& name) { return attribute(name); }
    static QString schema(const Schema& schema);
    // "costCenter" -> "Cost center"
    static QString fromName(const QString& name);
};

} // namespace muster
