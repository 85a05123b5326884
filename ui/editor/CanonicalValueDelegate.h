#pragma once

#include <QStyledItemDelegate>

namespace muster {

// Edits a cell with an editable combo box of canonical values ("work", "home", ...), taking other
// text as well.
class CanonicalValueDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    CanonicalValueDelegate(QStringList values, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    QStringList m_values;
};

} // namespace muster
