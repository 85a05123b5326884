#pragma once

#include "schema/AttributeDefinition.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>

namespace muster {

// The values of one multi-valued attribute (emails, addresses, roles, ...) as an editable table: a
// column per writable sub-attribute (value first, primary last), booleans as check boxes, and at most
// one row marked primary: checking one clears the others. A multi-valued attribute of simple values
// is a table with one "value" column. Sub-attributes the table does not show are kept as they were.
class MultiValuedModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit MultiValuedModel(const AttributeDefinition& definition, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

    // The sub-attribute shown in a column (the attribute itself for simple values).
    const AttributeDefinition& columnDefinition(int column) const { return m_columns.at(column); }
    int columnOf(const QString& subAttribute) const;

    void setValues(const QJsonArray& values);
    // The rows that hold something, as SCIM JSON.
    QJsonArray values() const;
    // The row of the value at `valueIndex` in values() (the index the core's messages give), or -1.
    int rowOfValue(int valueIndex) const;

private:
    bool isComplex() const { return m_definition.type == AttributeType::Complex; }
    QString keyOf(int column) const;
    bool holdsValue(int row) const;

    AttributeDefinition m_definition;
    QList<AttributeDefinition> m_columns;
    QList<QJsonObject> m_rows;
};

} // namespace muster
