#pragma once

#include "directory/Directory.h"
#include "schema/AttributeDefinition.h"

#include <memory>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace muster {

class FormField;

// Picks the editor for an attribute by its definition: a table for multi-valued attributes, a search
// for references to users or groups by id, sub-fields for other complex attributes, a check box for
// booleans, a date and time for dateTimes, an editable list for canonical values, else a line edit.
class FieldFactory final {
public:
    struct Context {
        std::shared_ptr<Directory> directory; // for reference fields
        QString tenant;
    };

    static FormField* create(const AttributeDefinition& definition, const QString& path,
                             const Context& context, QWidget* parent);
    // The resource type a complex attribute points at by id ("value" and a "$ref" to it), or empty.
    static QString referencedType(const AttributeDefinition& definition, const SchemaRegistry& registry);
};

} // namespace muster
