#pragma once

#include "directory/DeletedResource.h"

#include <QAbstractTableModel>

namespace muster {

// The resources deleted in a tenant (Directory::recentlyDeleted), newest first: when, what, who.
class RecentlyDeletedModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { DeletedColumn, TypeColumn, NameColumn, DeletedByColumn, IdColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ResourceTypeRole };

    explicit RecentlyDeletedModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setDeleted(const QList<DeletedResource>& deleted);
    const DeletedResource& deletedAt(int row) const { return m_deleted.at(row); }
    int rowOf(const QString& resourceType, const QString& id) const;

private:
    QList<DeletedResource> m_deleted;
};

} // namespace muster
