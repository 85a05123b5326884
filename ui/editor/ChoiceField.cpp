#include "editor/ChoiceField.h"

#include <QComboBox>
#include <QLineEdit>

namespace muster {

ChoiceField::ChoiceField(const QString& path, const QString& label, const QStringList& choices,
                         QWidget* parent)
    : FormField(path, label, parent)
    , m_combo(new QComboBox(this))
{
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->addItem(QString());
    m_combo->addItems(choices);
    setEditor(m_combo);
    connect(m_combo, &QComboBox::currentTextChanged, this, &FormField::edited);
}

QJsonValue ChoiceField::value() const
{
    const QString text = m_combo->currentText();
    return text.trimmed().isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
}

void ChoiceField::setValue(const QJsonValue& value)
{
    const QSignalBlocker blocker(m_combo);
    m_combo->setCurrentText(value.toString());
}

} // namespace muster
