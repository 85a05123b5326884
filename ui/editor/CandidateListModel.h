#pragma once

#include "editor/Candidate.h"

#include <QAbstractTableModel>
#include <QSet>

namespace muster {

// Search results as a table (name, type, user name), leaving out the ids in excluded() (for example
// a group's members and the group itself).
class CandidateListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, DetailColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ResourceTypeRole };

    explicit CandidateListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCandidates(const QList<Candidate>& candidates);
    void setExcluded(const QSet<QString>& ids);
    const QSet<QString>& excluded() const { return m_excluded; }
    Candidate candidateAt(int row) const;

    static QString typeLabel(const QString& resourceType);

private:
    void rebuild();

    QList<Candidate> m_all;
    QList<Candidate> m_shown;
    QSet<QString> m_excluded;
};

} // namespace muster
