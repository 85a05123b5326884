#include "editor/FieldFactory.h"

#include "editor/AttributeLabels.h"
#include "editor/BooleanField.h"
#include "editor/ChoiceField.h"
#include "editor/ComplexField.h"
#include "editor/DateTimeField.h"
#include "editor/MultiValuedField.h"
#include "editor/ReferenceIdField.h"
#include "editor/TextField.h"

namespace muster {

QString FieldFactory::referencedType(const AttributeDefinition& definition, const SchemaRegistry& registry)
{
    if (definition.type != AttributeType::Complex || definition.multiValued ||
        !definition.subAttribute(u"value"))
        return {};
    const AttributeDefinition* reference = definition.subAttribute(u"$ref");
    if (!reference)
        return {};
    for (const QString& referenceType : reference->referenceTypes) {
        if (const ResourceType* type = registry.resourceType(referenceType))
            return type->name;
    }
    return {};
}

FormField* FieldFactory::create(const AttributeDefinition& definition, const QString& path,
                                const Context& context, QWidget* parent)
{
    const QString label = AttributeLabels::attribute(definition.name);
    if (definition.multiValued)
        return new MultiValuedField(path, label, definition, parent);
    if (definition.type == AttributeType::Complex) {
        const QString target =
            context.directory ? referencedType(definition, context.directory->registry()) : QString();
        if (!target.isEmpty())
            return new ReferenceIdField(path, label, context.directory, context.tenant, target, parent);
        return new ComplexField(path, label, definition, context, parent);
    }
    if (definition.type == AttributeType::Boolean)
        return new BooleanField(path, label, parent);
    if (definition.type == AttributeType::DateTime)
        return new DateTimeField(path, label, parent);
    if (definition.type == AttributeType::String && !definition.canonicalValues.isEmpty())
        return new ChoiceField(path, label, definition.canonicalValues, parent);
    return new TextField(path, label, definition.type, parent);
}

} // namespace muster
