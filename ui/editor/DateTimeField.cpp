#include "editor/DateTimeField.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>

namespace muster {

DateTimeField::DateTimeField(const QString& path, const QString& label, QWidget* parent)
    : FormField(path, label, parent)
    , m_set(new QCheckBox(tr("Set"), this))
    , m_edit(new QDateTimeEdit(QDateTime::currentDateTimeUtc(), this))
{
    m_edit->setTimeSpec(Qt::UTC);
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    m_edit->setCalendarPopup(true);
    m_edit->setEnabled(false);
    m_edit->setAccessibleName(label);
    m_set->setAccessibleName(tr("%1 has a value").arg(label));

    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_set);
    layout->addWidget(m_edit, 1);
    setEditor(row);
    row->setFocusProxy(m_set);
    connect(m_set, &QCheckBox::toggled, m_edit, &QWidget::setEnabled);
    connect(m_set, &QCheckBox::clicked, this, &FormField::edited);
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &FormField::edited);
}

QJsonValue DateTimeField::value() const
{
    if (!m_set->isChecked())
        return QJsonValue::Undefined;
    return m_edit->dateTime().toUTC().toString(Qt::ISODate);
}

void DateTimeField::setValue(const QJsonValue& value)
{
    const QDateTime instant = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    m_set->setChecked(instant.isValid());
    if (instant.isValid())
        m_edit->setDateTime(instant.toUTC());
}

} // namespace muster
