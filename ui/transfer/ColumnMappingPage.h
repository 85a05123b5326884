#pragma once

#include "transfer/CsvUserField.h"
#include "transfer/ImportWizard.h"

#include <QWizardPage>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
QT_END_NAMESPACE

namespace muster {

// Which attribute each CSV column fills: guessed from the header, changed with one combo box per
// column. An attribute goes to one column at a time. Rows need a userName (to create users) or an
// externalId (to find them).
class ColumnMappingPage final : public QWizardPage {
    Q_OBJECT

public:
    explicit ColumnMappingPage(QWidget* parent = nullptr);

    QList<QComboBox*> comboBoxes() const { return m_combos; }
    QCheckBox* createMissingGroups() const { return m_createGroups; }
    QList<CsvUserField> mapping() const;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    ImportWizard* importWizard() const { return static_cast<ImportWizard*>(wizard()); }
    void fieldChosen(int column);
    void updateHint();

    QWidget* m_rows;
    QGridLayout* m_grid;
    QList<QComboBox*> m_combos;
    QList<QWidget*> m_rowWidgets;
    QCheckBox* m_createGroups;
    QLabel* m_hint;
};

} // namespace muster
