#pragma once

#include "editor/FieldFactory.h"
#include "schema/ResourceType.h"

#include <QJsonObject>
#include <QTabWidget>

namespace muster {

class FormField;

// The attributes of one resource type as a form generated from its schemas: a General tab with the
// core schema's single-valued attributes and externalId, a tab with the multi-valued ones, and a tab
// per schema extension. ReadOnly attributes are left out (the dialog shows them apart), and so are
// the password (set on its own) and a group's members (the membership editor's).
class SchemaForm final : public QTabWidget {
    Q_OBJECT

public:
    SchemaForm(const SchemaRegistry& registry, const ResourceType& type, const FieldFactory::Context& context,
               QWidget* parent = nullptr);

    // Shows a resource (as the Directory returns it); an empty object for a new one.
    void setResource(const QJsonObject& json);
    // The resource as SCIM JSON: the one shown, with every field's value (attributes the form does
    // not show are kept).
    QJsonObject toJson() const;

    const QList<FormField*>& fields() const { return m_fields; }
    // The field for an attribute path ("userName", "name.givenName", "urn:...:User:manager"), or null.
    FormField* field(const QString& path) const;

    // Shows a message of the core's under the field it names and brings that field into view (with
    // `focus`, gives it the focus too); false, and nothing shown, when it names none of the fields.
    bool showError(const QString& detail, bool focus = true);
    void clearErrors();

signals:
    void edited();

private:
    struct Binding {
        FormField* field;
        QString extension; // the extension URN, empty for core and common attributes
        QString name;      // the attribute name
    };
    QWidget* addPage(const QString& title);
    void addField(QWidget* page, const AttributeDefinition& definition, const QString& extension);

    const SchemaRegistry& m_registry;
    const ResourceType& m_type;
    FieldFactory::Context m_context;
    QJsonObject m_loaded;
    QList<FormField*> m_fields;
    QList<Binding> m_bindings;
};

} // namespace muster
