#include "editor/TextField.h"

#include <QLineEdit>
#include <QLocale>

namespace muster {

TextField::TextField(const QString& path, const QString& label, AttributeType type, QWidget* parent)
    : FormField(path, label, parent)
    , m_type(type)
    , m_edit(new QLineEdit(this))
{
    switch (type) {
    case AttributeType::Reference:
        m_edit->setPlaceholderText(tr("https://..."));
        break;
    case AttributeType::Binary:
        m_edit->setPlaceholderText(tr("Base64-encoded data"));
        break;
    case AttributeType::Integer:
        m_edit->setPlaceholderText(tr("A whole number"));
        break;
    case AttributeType::Decimal:
        m_edit->setPlaceholderText(tr("A number"));
        break;
    default:
        break;
    }
    setEditor(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &FormField::edited);
}

QJsonValue TextField::value() const
{
    const QString text = m_edit->text();
    if (text.trimmed().isEmpty())
        return QJsonValue::Undefined;
    bool ok = false;
    if (m_type == AttributeType::Integer) {
        const qint64 number = text.trimmed().toLongLong(&ok);
        if (ok)
            return QJsonValue(number);
    } else if (m_type == AttributeType::Decimal) {
        const double number = QLocale().toDouble(text.trimmed(), &ok);
        if (ok)
            return QJsonValue(number);
        const double cNumber = text.trimmed().toDouble(&ok);
        if (ok)
            return QJsonValue(cNumber);
    }
    return QJsonValue(text);
}

void TextField::setValue(const QJsonValue& value)
{
    if (value.isDouble()) {
        m_edit->setText(m_type == AttributeType::Integer ? QString::number(value.toInteger())
                                                         : QLocale().toString(value.toDouble(), 'g', 17));
    } else {
        m_edit->setText(value.toString());
    }
}

} // namespace muster
