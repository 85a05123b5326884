#include "editor/MultiValuedField.h"

#include "editor/CanonicalValueDelegate.h"
#include "editor/MultiValuedModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace muster {

MultiValuedField::MultiValuedField(const QString& path, const QString& label,
                                   const AttributeDefinition& definition, QWidget* parent)
    : FormField(path, label, parent)
    , m_model(new MultiValuedModel(definition, this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_table->setModel(m_model);
    m_table->setAccessibleName(label);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 6);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const AttributeDefinition& sub = m_model->columnDefinition(column);
        if (!sub.canonicalValues.isEmpty())
            m_table->setItemDelegateForColumn(column,
                                              new CanonicalValueDelegate(sub.canonicalValues, m_table));
    }
    m_add->setAccessibleName(tr("Add to %1").arg(label));
    m_add->setToolTip(tr("Add a row (Insert)"));
    m_remove->setAccessibleName(tr("Remove from %1").arg(label));
    m_remove->setToolTip(tr("Remove the selected rows (Delete)"));
    m_remove->setEnabled(false);

    auto* box = new QWidget(this);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    setEditor(box);
    box->setFocusProxy(m_table);

    auto* insert = new QShortcut(QKeySequence(Qt::Key_Insert), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(insert, &QShortcut::activated, this, &MultiValuedField::addRow);
    auto* remove = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &MultiValuedField::removeSelectedRows);
    connect(m_add, &QPushButton::clicked, this, &MultiValuedField::addRow);
    connect(m_remove, &QPushButton::clicked, this, &MultiValuedField::removeSelectedRows);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_remove->setEnabled(m_table->selectionModel()->hasSelection()); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FormField::edited);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &FormField::edited);
}

QJsonValue MultiValuedField::value() const
{
    const QJsonArray values = m_model->values();
    return values.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(values);
}

void MultiValuedField::setValue(const QJsonValue& value)
{
    m_model->setValues(value.toArray());
}

void MultiValuedField::showError(const QString& detail)
{
    FormField::showError(detail);
    if (detail.isEmpty())
        return;
    // "emails[1].value must be ..." names the value by its index among those sent.
    static const QRegularExpression indexed(QStringLiteral("^[^\\s\\[]*\\[(\\d+)\\](?:\\.(\\w+))?"));
    const QRegularExpressionMatch match = indexed.match(detail);
    if (!match.hasMatch())
        return;
    const int row = m_model->rowOfValue(match.captured(1).toInt());
    if (row < 0)
        return;
    const int column = std::max(0, m_model->columnOf(match.captured(2)));
    m_table->setCurrentIndex(m_model->index(row, column));
}

void MultiValuedField::focusError()
{
    m_table->setFocus(Qt::OtherFocusReason);
}

void MultiValuedField::addRow()
{
    const int row = m_model->rowCount();
    m_model->insertRows(row, 1);
    const QModelIndex first = m_model->index(row, 0);
    m_table->setCurrentIndex(first);
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->edit(first);
}

void MultiValuedField::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedIndexes()) {
        if (!rows.contains(index.row()))
            rows.append(index.row());
    }
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows.append(m_table->currentIndex().row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : std::as_const(rows))
        m_model->removeRows(row, 1);
}

} // namespace muster
