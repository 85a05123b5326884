#pragma once

#include "transfer/ImportOutcome.h"

#include <QAbstractTableModel>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace muster {

// The outcomes of a dry run or an import as a table (line, outcome, type, name, details), filled as
// batches arrive, with counts per outcome and a CSV report to save.
class ImportReportModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { LineColumn, OutcomeColumn, TypeColumn, NameColumn, DetailsColumn, ColumnCount };
    enum Role {
        ProblemRole = Qt::UserRole + 1, // bool: skipped, failed or with a warning
        ActionRole,                     // int: ImportOutcome::Action
    };
    struct Counts {
        qint64 created = 0;
        qint64 updated = 0;
        qint64 unchanged = 0;
        qint64 skipped = 0;
        qint64 failed = 0;
        qint64 warnings = 0;
    };

    explicit ImportReportModel(QObject* parent = nullptr);

    // The wording of the outcomes ("Would create" for a dry run).
    void setDryRun(bool dryRun);
    bool dryRun() const { return m_dryRun; }
    // The header of the CSV file imported, so that the report repeats each row as it was read.
    void setSourceHeader(const QStringList& header) { m_sourceHeader = header; }

    void clear();
    void append(const QList<ImportOutcome>& outcomes);
    const QList<ImportOutcome>& outcomes() const { return m_outcomes; }
    const Counts& counts() const { return m_counts; }
    // "12 to create, 3 to update, ..." (or "12 created, ..." after an import).
    QString summary() const;

    // The report as CSV: line, outcome, type, name, id, details, then (for rows skipped, failed or with
    // warnings) the source row's own columns.
    // With `problemsOnly`, only rows skipped, failed or with a warning.
    bool writeCsv(QIODevice* device, bool problemsOnly) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void countsChanged();

private:
    QString details(const ImportOutcome& outcome) const;

    QList<ImportOutcome> m_outcomes;
    Counts m_counts;
    bool m_dryRun = true;
    QStringList m_sourceHeader;
};

} // namespace muster
