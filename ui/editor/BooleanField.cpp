#include "editor/BooleanField.h"

#include <QCheckBox>

namespace muster {

BooleanField::BooleanField(const QString& path, const QString& label, QWidget* parent)
    : FormField(path, label, parent)
    , m_box(new QCheckBox(label, this))
{
    setEditor(m_box);
    connect(m_box, &QCheckBox::clicked, this, [this] {
        m_hasValue = true;
        emit edited();
    });
}

QJsonValue BooleanField::value() const
{
    return m_hasValue ? QJsonValue(m_box->isChecked()) : QJsonValue(QJsonValue::Undefined);
}

void BooleanField::setValue(const QJsonValue& value)
{
    m_hasValue = value.isBool();
    m_box->setChecked(value.toBool());
}

} // namespace muster
