#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
QT_END_NAMESPACE

namespace muster {

class ImportReportModel;

// A dry run's or an import's progress and outcomes: a progress bar, a summary, the outcomes table
// (optionally only the problems), and a button that saves the report as CSV.
class ImportReportView final : public QWidget {
    Q_OBJECT

public:
    explicit ImportReportView(QWidget* parent = nullptr);

    ImportReportModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QProgressBar* progressBar() const { return m_progress; }
    QCheckBox* problemsOnly() const { return m_problemsOnly; }
    QPushButton* saveButton() const { return m_save; }

    void setProgress(qint64 done, qint64 total);
    // The line above the table: what is going on, or what came out.
    void setStatus(const QString& text);
    QString status() const;

    // Writes the report (only the problems when that box is ticked); false with a message on failure.
    bool saveReport(const QString& fileName, QString* error = nullptr) const;

private:
    void askAndSave();

    ImportReportModel* m_model;
    QSortFilterProxyModel* m_problemsFilter;
    QLabel* m_status;
    QProgressBar* m_progress;
    QTableView* m_table;
    QCheckBox* m_problemsOnly;
    QPushButton* m_save;
};

} // namespace muster
