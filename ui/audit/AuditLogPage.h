#pragma once

#include "audit/AuditLogFilter.h"
#include "directory/Directory.h"

#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
QT_END_NAMESPACE

namespace muster {

class AuditLogExportJob;
class AuditLogModel;
class MainWindow;

// The audit log page: who did what to which resource and when, newest first, filtered by words, actor,
// action and a range of dates, loaded as it scrolls, live as writes happen, exportable as CSV.
class AuditLogPage final : public QWidget {
    Q_OBJECT

public:
    explicit AuditLogPage(std::shared_ptr<Directory> directory, QWidget* parent = nullptr);
    ~AuditLogPage() override;

    // Adds the page to the window and follows its tenant.
    static AuditLogPage* install(MainWindow& window);

    AuditLogModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchBox() const { return m_search; }
    QComboBox* actorBox() const { return m_actor; }
    QComboBox* actionBox() const { return m_action; }
    QCheckBox* fromCheck() const { return m_fromEnabled; }
    QDateEdit* fromEdit() const { return m_from; }
    QCheckBox* toCheck() const { return m_toEnabled; }
    QDateEdit* toEdit() const { return m_to; }
    QPushButton* loadOlderButton() const { return m_loadOlder; }
    QString statusText() const;

    void setTenant(const QString& tenant);
    // The filter the controls describe.
    AuditLogFilter filter() const;
    // Applies the controls now (typing applies them after a short pause).
    void applyFilter();

    // Writes what the filter matches (the whole log, not only the rows loaded) to a CSV file.
    AuditLogExportJob* startExport(const QString& fileName);

signals:
    void exportFinished(bool succeeded, const QString& message);

private:
    void updateStatus();
    void updateChoices();
    void askAndExport();

    std::shared_ptr<Directory> m_directory;
    AuditLogModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_actor;
    QComboBox* m_action;
    QCheckBox* m_fromEnabled;
    QDateEdit* m_from;
    QCheckBox* m_toEnabled;
    QDateEdit* m_to;
    QTableView* m_table;
    QLabel* m_status;
    QPushButton* m_loadOlder;
    QPushButton* m_export;
    QTimer* m_filterTimer;
    std::unique_ptr<AuditLogExportJob> m_exportJob;
};

} // namespace muster
