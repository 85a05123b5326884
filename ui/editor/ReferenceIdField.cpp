#include "editor/ReferenceIdField.h"

#include "editor/ResourcePickerDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace muster {

ReferenceIdField::ReferenceIdField(const QString& path, const QString& label,
                                   std::shared_ptr<Directory> directory, QString tenant, QString resourceType,
                                   QWidget* parent)
    : FormField(path, label, parent)
    , m_directory(std::move(directory))
    , m_tenant(std::move(tenant))
    , m_resourceType(std::move(resourceType))
    , m_id(new QLineEdit(this))
    , m_choose(new QPushButton(tr("Choose..."), this))
    , m_target(new QLabel(this))
{
    m_id->setPlaceholderText(tr("ID"));
    m_id->setAccessibleName(tr("%1 ID").arg(label));
    m_choose->setAccessibleName(tr("Choose %1").arg(label));
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_id, 1);
    layout->addWidget(m_choose);
    layout->addWidget(m_target, 1);
    setEditor(row);
    row->setFocusProxy(m_id);
    connect(m_id, &QLineEdit::textEdited, this, [this] {
        describeTarget();
        emit edited();
    });
    connect(m_choose, &QPushButton::clicked, this, &ReferenceIdField::choose);
}

QJsonValue ReferenceIdField::value() const
{
    const QString id = m_id->text().trimmed();
    if (id.isEmpty())
        return QJsonValue::Undefined;
    QJsonObject object = id == m_loaded.value(QStringLiteral("value")).toString() ? m_loaded : QJsonObject();
    object.insert(QStringLiteral("value"), id);
    return object;
}

void ReferenceIdField::setValue(const QJsonValue& value)
{
    m_loaded = value.toObject();
    m_id->setText(m_loaded.value(QStringLiteral("value")).toString());
    describeTarget();
}

QString ReferenceIdField::targetLabel() const
{
    return m_target->text();
}

void ReferenceIdField::choose()
{
    auto* picker = new ResourcePickerDialog(m_directory, m_tenant, m_resourceType, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [this, picker] {
        m_id->setText(picker->chosen().id);
        describeTarget();
        emit edited();
        m_id->setFocus(Qt::OtherFocusReason);
    });
    picker->open();
}

void ReferenceIdField::describeTarget()
{
    const QString id = m_id->text().trimmed();
    if (id.isEmpty()) {
        m_target->clear();
        return;
    }
    const auto target = m_directory->get({m_tenant, QString()}, m_resourceType, id);
    if (!target) {
        m_target->setText(m_resourceType == QLatin1String("User") ? tr("(no such user)")
                                                                  : tr("(no such group)"));
        return;
    }
    const QString displayName = target->json.value(QStringLiteral("displayName")).toString();
    m_target->setText(displayName.isEmpty() ? target->json.value(QStringLiteral("userName")).toString()
                                            : displayName);
}

} // namespace muster
