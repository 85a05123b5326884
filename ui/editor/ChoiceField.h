#pragma once

#include "editor/FormField.h"

QT_BEGIN_NAMESPACE
class QComboBox;
QT_END_NAMESPACE

namespace muster {

// A string attribute with canonical values: an editable combo box that offers them and takes any
// other text too (RFC 7643 §2.3.1 lets a service provider accept more).
class ChoiceField final : public FormField {
    Q_OBJECT

public:
    ChoiceField(const QString& path, const QString& label, const QStringList& choices,
                QWidget* parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;
    QComboBox* comboBox() const { return m_combo; }

private:
    QComboBox* m_combo;
};

} // namespace muster
