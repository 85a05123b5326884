#pragma once

#include "transfer/ExportJob.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QLineEdit;
class QRadioButton;
QT_END_NAMESPACE

namespace muster {

// Asks what to export: the format (CSV or SCIM JSON), the scope (what the page shows, or the selected
// rows) and the file.
class ExportDialog final : public QDialog {
    Q_OBJECT

public:
    // `shown`: resources in the page's current view; `selected`: rows selected in it.
    ExportDialog(const QString& resourceType, qint64 shown, qint64 selected, QWidget* parent = nullptr);

    ExportJob::Format format() const;
    bool selectionOnly() const;
    QString fileName() const;

    QRadioButton* csvButton() const { return m_csv; }
    QRadioButton* jsonButton() const { return m_json; }
    QRadioButton* selectionButton() const { return m_selection; }
    QLineEdit* fileEdit() const { return m_file; }

private:
    void browse();
    void updateSuffix();

    QString m_resourceType;
    QRadioButton* m_csv;
    QRadioButton* m_json;
    QRadioButton* m_view;
    QRadioButton* m_selection;
    QLineEdit* m_file;
    QDialogButtonBox* m_buttons;
};

} // namespace muster
