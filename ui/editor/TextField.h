#pragma once

#include "editor/FormField.h"
#include "schema/AttributeDefinition.h"

QT_BEGIN_NAMESPACE
class QLineEdit;
QT_END_NAMESPACE

namespace muster {

// A single-valued string, reference, binary, integer or decimal attribute as a line edit. Numbers that
// do not read as numbers are sent as typed, so that the core's message explains what is expected.
class TextField final : public FormField {
    Q_OBJECT

public:
    TextField(const QString& path, const QString& label, AttributeType type, QWidget* parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;
    QLineEdit* lineEdit() const { return m_edit; }

private:
    AttributeType m_type;
    QLineEdit* m_edit;
};

} // namespace muster
