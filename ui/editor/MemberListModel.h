#pragma once

#include "editor/Candidate.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonArray>
#include <QStringList>

namespace muster {

// A group's members while they are being edited: the members it has (users and nested groups) less
// those removed, plus those added (shown in bold until saved). addedIds() and removedIds() are what
// saving changes.
class MemberListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, IdColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, AddedRole };

    explicit MemberListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The group's "members" as the Directory returns them (value, type, display).
    void setMembers(const QJsonArray& members);
    // False when it is a member already.
    bool add(const Candidate& candidate);
    void removeMemberAt(int row);
    bool contains(const QString& id) const { return m_rowOf.contains(id); }
    QStringList ids() const;

    QStringList addedIds() const;
    QStringList removedIds() const;
    bool hasChanges() const { return !addedIds().isEmpty() || !m_removed.isEmpty(); }

private:
    struct Member {
        Candidate candidate;
        bool added = false;
    };
    void reindex(int from);

    QList<Member> m_members;
    QHash<QString, int> m_rowOf;
    QHash<QString, Candidate> m_removed; // members the group had, by id
};

} // namespace muster
