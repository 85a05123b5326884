#pragma once

#include "editor/FormField.h"
#include "schema/AttributeDefinition.h"

QT_BEGIN_NAMESPACE
class QPushButton;
class QTableView;
QT_END_NAMESPACE

namespace muster {

class MultiValuedModel;

// A multi-valued attribute as a small table with Add and Remove (also Insert and Delete in the
// table); the "type" column offers the canonical values, "primary" is a check box that only one row
// can have. Tab leaves the table; the arrow keys move inside it.
class MultiValuedField final : public FormField {
    Q_OBJECT

public:
    MultiValuedField(const QString& path, const QString& label, const AttributeDefinition& definition,
                     QWidget* parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;
    // Also selects the row a message such as "emails[1].value ..." names.
    void showError(const QString& detail) override;
    void focusError() override;

    MultiValuedModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }

    // Adds an empty row and starts editing its first cell.
    void addRow();
    void removeSelectedRows();

private:
    MultiValuedModel* m_model;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
};

} // namespace muster
