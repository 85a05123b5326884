#include "trash/RecentlyDeletedModel.h"

#include <QLocale>

namespace muster {

RecentlyDeletedModel::RecentlyDeletedModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int RecentlyDeletedModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_deleted.size());
}

int RecentlyDeletedModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecentlyDeletedModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeletedResource& deleted = m_deleted.at(index.row());
    if (role == IdRole)
        return deleted.id;
    if (role == ResourceTypeRole)
        return deleted.resourceType;
    if (role == Qt::ToolTipRole && index.column() == DeletedColumn)
        return QLocale().toString(deleted.deletedAt.toLocalTime(), QLocale::LongFormat);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DeletedColumn:
        return QLocale().toString(deleted.deletedAt.toLocalTime(), QLocale::ShortFormat);
    case TypeColumn:
        if (deleted.resourceType == QLatin1String("User"))
            return tr("User");
        if (deleted.resourceType == QLatin1String("Group"))
            return tr("Group");
        return deleted.resourceType;
    case NameColumn:
        return deleted.label();
    case DeletedByColumn:
        return deleted.deletedBy;
    case IdColumn:
        return deleted.id;
    default:
        return {};
    }
}

QVariant RecentlyDeletedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DeletedColumn:
        return tr("Deleted");
    case TypeColumn:
        return tr("Type");
    case NameColumn:
        return tr("Name");
    case DeletedByColumn:
        return tr("Deleted by");
    case IdColumn:
        return tr("ID");
    default:
        return {};
    }
}

void RecentlyDeletedModel::setDeleted(const QList<DeletedResource>& deleted)
{
    beginResetModel();
    m_deleted = deleted;
    endResetModel();
}

int RecentlyDeletedModel::rowOf(const QString& resourceType, const QString& id) const
{
    for (int row = 0; row < m_deleted.size(); ++row) {
        if (m_deleted.at(row).id == id && m_deleted.at(row).resourceType == resourceType)
            return row;
    }
    return -1;
}

} // namespace muster
