#include "editor/MultiValuedModel.h"

#include "editor/AttributeLabels.h"

#include <QLocale>

#include <algorithm>

namespace muster {

namespace {

const QString ValueKey = QStringLiteral("value");
const QString PrimaryKey = QStringLiteral("primary");

// value, display, type, the rest in schema order, primary.
int columnRank(const AttributeDefinition& sub)
{
    if (sub.name == ValueKey)
        return 0;
    if (sub.name == QLatin1String("display"))
        return 1;
    if (sub.name == QLatin1String("type"))
        return 2;
    if (sub.name == PrimaryKey)
        return 4;
    return 3;
}

QString textOf(const QJsonValue& value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return value.toString();
}

} // namespace

MultiValuedModel::MultiValuedModel(const AttributeDefinition& definition, QObject* parent)
    : QAbstractTableModel(parent)
    , m_definition(definition)
{
    if (isComplex()) {
        for (const AttributeDefinition& sub : definition.subAttributes) {
            if (sub.mutability != Mutability::ReadOnly && sub.mutability != Mutability::WriteOnly)
                m_columns.append(sub);
        }
        std::stable_sort(m_columns.begin(), m_columns.end(),
                         [](const AttributeDefinition& a, const AttributeDefinition& b) {
                             return columnRank(a) < columnRank(b);
                         });
    } else {
        AttributeDefinition value = definition;
        value.multiValued = false;
        value.name = ValueKey;
        m_columns.append(value);
    }
}

int MultiValuedModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MultiValuedModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString MultiValuedModel::keyOf(int column) const
{
    return m_columns.at(column).name;
}

int MultiValuedModel::columnOf(const QString& subAttribute) const
{
    for (int column = 0; column < m_columns.size(); ++column) {
        if (m_columns.at(column).name.compare(subAttribute, Qt::CaseInsensitive) == 0)
            return column;
    }
    return -1;
}

QVariant MultiValuedModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonValue value = m_rows.at(index.row()).value(keyOf(index.column()));
    const bool isBoolean = m_columns.at(index.column()).type == AttributeType::Boolean;
    if (isBoolean) {
        if (role == Qt::CheckStateRole)
            return value.toBool() ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole)
            return value.toBool() ? tr("Yes") : tr("No");
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::AccessibleTextRole)
        return textOf(value);
    return {};
}

bool MultiValuedModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const AttributeDefinition& column = m_columns.at(index.column());
    QJsonObject& row = m_rows[index.row()];
    if (column.type == AttributeType::Boolean) {
        if (role != Qt::CheckStateRole)
            return false;
        const bool checked = value.value<Qt::CheckState>() == Qt::Checked || value.toInt() == Qt::Checked;
        if (checked) {
            row.insert(column.name, true);
        } else {
            row.remove(column.name);
        }
        emit dataChanged(index, index, {Qt::CheckStateRole, Qt::AccessibleTextRole});
        // Only one value may be the primary one (RFC 7643 §2.4).
        if (checked && column.name == PrimaryKey) {
            for (int other = 0; other < m_rows.size(); ++other) {
                if (other != index.row() && m_rows.at(other).value(PrimaryKey).toBool()) {
                    m_rows[other].remove(PrimaryKey);
                    const QModelIndex otherIndex = this->index(other, index.column());
                    emit dataChanged(otherIndex, otherIndex, {Qt::CheckStateRole, Qt::AccessibleTextRole});
                }
            }
        }
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString();
    if (text.trimmed().isEmpty()) {
        row.remove(column.name);
    } else if (column.type == AttributeType::Integer) {
        bool ok = false;
        const qint64 number = text.trimmed().toLongLong(&ok);
        row.insert(column.name, ok ? QJsonValue(number) : QJsonValue(text));
    } else if (column.type == AttributeType::Decimal) {
        bool ok = false;
        const double number = QLocale().toDouble(text.trimmed(), &ok);
        row.insert(column.name, ok ? QJsonValue(number) : QJsonValue(text));
    } else {
        row.insert(column.name, text);
    }
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, Qt::AccessibleTextRole});
    return true;
}

Qt::ItemFlags MultiValuedModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_columns.at(index.column()).type == AttributeType::Boolean)
        flags |= Qt::ItemIsUserCheckable;
    else
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant MultiValuedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section < 0 || section >= m_columns.size())
        return {};
    return isComplex() ? AttributeLabels::subAttribute(m_columns.at(section).name)
                       : AttributeLabels::attribute(m_definition.name);
}

bool MultiValuedModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || row > m_rows.size() || count < 1)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_rows.insert(row, QJsonObject());
    endInsertRows();
    return true;
}

bool MultiValuedModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_rows.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    return true;
}

void MultiValuedModel::setValues(const QJsonArray& values)
{
    beginResetModel();
    m_rows.clear();
    for (const QJsonValue& value : values)
        m_rows.append(isComplex() ? value.toObject() : QJsonObject{{ValueKey, value}});
    endResetModel();
}

bool MultiValuedModel::holdsValue(int row) const
{
    // A row with nothing but "primary" holds no value.
    QJsonObject content = m_rows.at(row);
    content.remove(PrimaryKey);
    return !content.isEmpty();
}

QJsonArray MultiValuedModel::values() const
{
    QJsonArray values;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (holdsValue(row))
            values.append(isComplex() ? QJsonValue(m_rows.at(row)) : m_rows.at(row).value(ValueKey));
    }
    return values;
}

int MultiValuedModel::rowOfValue(int valueIndex) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (holdsValue(row) && valueIndex-- == 0)
            return row;
    }
    return -1;
}

} // namespace muster
