#include "editor/ComplexField.h"

#include "editor/AttributeLabels.h"

#include <QFormLayout>
#include <QFrame>
#include <QLabel>

namespace muster {

ComplexField::ComplexField(const QString& path, const QString& label, const AttributeDefinition& definition,
                           const FieldFactory::Context& context, QWidget* parent)
    : FormField(path, label, parent)
{
    auto* frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAccessibleName(label);
    auto* layout = new QFormLayout(frame);
    for (const AttributeDefinition& sub : definition.subAttributes) {
        if (sub.mutability == Mutability::ReadOnly || sub.mutability == Mutability::WriteOnly)
            continue;
        FormField* field = FieldFactory::create(sub, path + u'.' + sub.name, context, frame);
        field->editor()->setAccessibleName(QStringLiteral("%1: %2").arg(label, field->label()));
        layout->addRow(field->label() + u':', field);
        if (auto* rowLabel = qobject_cast<QLabel*>(layout->labelForField(field)))
            rowLabel->setBuddy(field);
        m_subFields.append(field);
        m_names.append(sub.name);
        connect(field, &FormField::edited, this, &FormField::edited);
    }
    setEditor(frame);
    if (!m_subFields.isEmpty())
        frame->setFocusProxy(m_subFields.first());
}

QJsonValue ComplexField::value() const
{
    QJsonObject object = m_loaded;
    for (int i = 0; i < m_subFields.size(); ++i) {
        const QJsonValue value = m_subFields.at(i)->value();
        if (value.isUndefined())
            object.remove(m_names.at(i));
        else
            object.insert(m_names.at(i), value);
    }
    return object.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(object);
}

void ComplexField::setValue(const QJsonValue& value)
{
    m_loaded = value.toObject();
    for (int i = 0; i < m_subFields.size(); ++i)
        m_subFields.at(i)->setValue(m_loaded.value(m_names.at(i)));
}

void ComplexField::showError(const QString& detail)
{
    for (FormField* field : std::as_const(m_subFields)) {
        field->showError(QString());
    }
    if (!detail.isEmpty()) {
        for (FormField* field : std::as_const(m_subFields)) {
            const QString& subPath = field->path();
            if (detail.startsWith(subPath) &&
                (detail.size() == subPath.size() || !detail.at(subPath.size()).isLetterOrNumber())) {
                FormField::showError(QString());
                field->showError(detail);
                return;
            }
        }
    }
    FormField::showError(detail);
}

void ComplexField::focusError()
{
    for (FormField* field : std::as_const(m_subFields)) {
        if (!field->errorText().isEmpty()) {
            field->focusError();
            return;
        }
    }
    FormField::focusError();
}

} // namespace muster
