#pragma once

#include "transfer/ImportWizard.h"

#include <QWizardPage>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace muster {

// The import's first page: the file to read (with a template to start from, for CSV). Leaving it reads
// and checks the whole file; what is wrong with it is said here.
class ImportFilePage final : public QWizardPage {
    Q_OBJECT

public:
    ImportFilePage(ImportWizard::Source source, QWidget* parent = nullptr);

    QLineEdit* pathEdit() const { return m_path; }
    QString errorText() const;

    bool isComplete() const override;
    bool validatePage() override;

    // Writes the users CSV template (the header of every column the import knows).
    static bool writeTemplate(const QString& fileName, QString* error = nullptr);

private:
    ImportWizard* importWizard() const { return static_cast<ImportWizard*>(wizard()); }
    void browse();
    void saveTemplate();

    ImportWizard::Source m_source;
    QLineEdit* m_path;
    QLabel* m_error;
};

} // namespace muster
