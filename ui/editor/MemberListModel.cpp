#include "editor/MemberListModel.h"

#include "editor/CandidateListModel.h"

#include <QFont>
#include <QJsonObject>

namespace muster {

MemberListModel::MemberListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int MemberListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int MemberListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member& member = m_members.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return member.candidate.label;
        case TypeColumn:
            return CandidateListModel::typeLabel(member.candidate.resourceType);
        case IdColumn:
            return member.candidate.id;
        default:
            return {};
        }
    case Qt::FontRole:
        if (member.added) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return member.added ? tr("Added: joins when you save") : QVariant();
    case IdRole:
        return member.candidate.id;
    case AddedRole:
        return member.added;
    default:
        return {};
    }
}

QVariant MemberListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case IdColumn:
        return tr("ID");
    default:
        return {};
    }
}

void MemberListModel::setMembers(const QJsonArray& members)
{
    beginResetModel();
    m_members.clear();
    m_rowOf.clear();
    m_removed.clear();
    for (const QJsonValue& element : members) {
        const QJsonObject object = element.toObject();
        Member member;
        member.candidate.id = object.value(QStringLiteral("value")).toString();
        member.candidate.resourceType = object.value(QStringLiteral("type")).toString();
        member.candidate.label = object.value(QStringLiteral("display")).toString();
        if (member.candidate.label.isEmpty())
            member.candidate.label = member.candidate.id;
        if (member.candidate.id.isEmpty() || m_rowOf.contains(member.candidate.id))
            continue;
        m_rowOf.insert(member.candidate.id, int(m_members.size()));
        m_members.append(member);
    }
    endResetModel();
}

bool MemberListModel::add(const Candidate& candidate)
{
    if (candidate.id.isEmpty() || m_rowOf.contains(candidate.id))
        return false;
    const int row = int(m_members.size());
    beginInsertRows({}, row, row);
    // A member removed and added again is simply kept.
    const bool wasMember = m_removed.remove(candidate.id) > 0;
    m_members.append({candidate, !wasMember});
    m_rowOf.insert(candidate.id, row);
    endInsertRows();
    return true;
}

void MemberListModel::removeMemberAt(int row)
{
    if (row < 0 || row >= m_members.size())
        return;
    beginRemoveRows({}, row, row);
    const Member member = m_members.takeAt(row);
    m_rowOf.remove(member.candidate.id);
    if (!member.added)
        m_removed.insert(member.candidate.id, member.candidate);
    reindex(row);
    endRemoveRows();
}

void MemberListModel::reindex(int from)
{
    for (int row = from; row < m_members.size(); ++row)
        m_rowOf.insert(m_members.at(row).candidate.id, row);
}

QStringList MemberListModel::ids() const
{
    QStringList ids;
    ids.reserve(m_members.size());
    for (const Member& member : m_members)
        ids.append(member.candidate.id);
    return ids;
}

QStringList MemberListModel::addedIds() const
{
    QStringList ids;
    for (const Member& member : m_members) {
        if (member.added)
            ids.append(member.candidate.id);
    }
    return ids;
}

QStringList MemberListModel::removedIds() const
{
    QStringList ids = m_removed.keys();
    ids.sort();
    return ids;
}

} // namespace muster
