#pragma once

#include "editor/FormField.h"

QT_BEGIN_NAMESPACE
class QCheckBox;
QT_END_NAMESPACE

namespace muster {

// A boolean attribute as a check box. An attribute that had no value keeps having none until the
// box is clicked, so that opening and saving a resource changes nothing.
class BooleanField final : public FormField {
    Q_OBJECT

public:
    BooleanField(const QString& path, const QString& label, QWidget* parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;
    QCheckBox* checkBox() const { return m_box; }

private:
    QCheckBox* m_box;
    bool m_hasValue = false;
};

} // namespace muster
