#pragma once

#include "editor/FormField.h"

QT_BEGIN_NAMESPACE
class QCheckBox;
class QDateTimeEdit;
QT_END_NAMESPACE

namespace muster {

// A dateTime attribute: a check box that says whether it has a value, and the instant in UTC.
class DateTimeField final : public FormField {
    Q_OBJECT

public:
    DateTimeField(const QString& path, const QString& label, QWidget* parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;
    QDateTimeEdit* dateTimeEdit() const { return m_edit; }

private:
    QCheckBox* m_set;
    QDateTimeEdit* m_edit;
};

} // namespace muster
