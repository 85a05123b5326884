#pragma once

#include "editor/FieldFactory.h"
#include "editor/FormField.h"

#include <QJsonObject>

namespace muster {

// A single-valued complex attribute (a user's name): a field per writable sub-attribute. Sub-attributes
// the form does not show keep the value they had.
class ComplexField final : public FormField {
    Q_OBJECT

public:
    ComplexField(const QString& path, const QString& label, const AttributeDefinition& definition,
                 const FieldFactory::Context& context, QWidget* parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;
    // Shows the message under the sub-field it names ("name.givenName ..."), else under the whole.
    void showError(const QString& detail) override;
    void focusError() override;

    const QList<FormField*>& subFields() const { return m_subFields; }

private:
    QList<FormField*> m_subFields;
    QStringList m_names; // sub-attribute name of each sub-field
    QJsonObject m_loaded;
};

} // namespace muster
