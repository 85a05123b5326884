#include "editor/CandidateListModel.h"

namespace muster {

CandidateListModel::CandidateListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int CandidateListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int CandidateListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CandidateListModel::typeLabel(const QString& resourceType)
{
    if (resourceType == QLatin1String("User"))
        return tr("User");
    if (resourceType == QLatin1String("Group"))
        return tr("Group");
    return resourceType;
}

QVariant CandidateListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Candidate& candidate = m_shown.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return candidate.label;
        case TypeColumn:
            return typeLabel(candidate.resourceType);
        case DetailColumn:
            return candidate.detail;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return tr("ID: %1").arg(candidate.id);
    case IdRole:
        return candidate.id;
    case ResourceTypeRole:
        return candidate.resourceType;
    default:
        return {};
    }
}

QVariant CandidateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case DetailColumn:
        return tr("User name");
    default:
        return {};
    }
}

void CandidateListModel::setCandidates(const QList<Candidate>& candidates)
{
    m_all = candidates;
    rebuild();
}

void CandidateListModel::setExcluded(const QSet<QString>& ids)
{
    m_excluded = ids;
    rebuild();
}

Candidate CandidateListModel::candidateAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? m_shown.at(row) : Candidate();
}

void CandidateListModel::rebuild()
{
    beginResetModel();
    m_shown.clear();
    for (const Candidate& candidate : std::as_const(m_all)) {
        if (!m_excluded.contains(candidate.id))
            m_shown.append(candidate);
    }
    endResetModel();
}

} // namespace muster
