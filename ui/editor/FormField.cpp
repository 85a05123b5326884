#include "editor/FormField.h"

#include <QLabel>
#include <QVBoxLayout>

namespace muster {

FormField::FormField(QString path, QString label, QWidget* parent)
    : QWidget(parent)
    , m_path(std::move(path))
    , m_label(std::move(label))
    , m_error(new QLabel(this))
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    m_error->setObjectName(QStringLiteral("fieldError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);
    // The error reads in the palette's warning color where the style has one.
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_error->setPalette(palette);
    m_layout->addWidget(m_error);
}

void FormField::setEditor(QWidget* editor)
{
    m_editor = editor;
    m_layout->insertWidget(0, editor);
    setFocusProxy(editor);
    if (editor->accessibleName().isEmpty())
        editor->setAccessibleName(m_label);
}

void FormField::showError(const QString& detail)
{
    m_error->setText(detail);
    m_error->setVisible(!detail.isEmpty());
    if (m_editor)
        m_editor->setAccessibleDescription(detail);
}

void FormField::focusError()
{
    if (m_editor)
        m_editor->setFocus(Qt::OtherFocusReason);
}

QString FormField::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

} // namespace muster
