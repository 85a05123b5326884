#include "transfer/ColumnMappingPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace muster {

ColumnMappingPage::ColumnMappingPage(QWidget* parent)
    : QWizardPage(parent)
    , m_rows(new QWidget(this))
    , m_grid(new QGridLayout(m_rows))
    , m_createGroups(new QCheckBox(tr("&Create missing groups"), this))
    , m_hint(new QLabel(this))
{
    setTitle(tr("Map the columns"));
    setSubTitle(tr("Choose the attribute each column fills. The guesses come from the column names."));

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_rows);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_createGroups->setToolTip(tr("Groups named in the groups column that do not exist are created; "
                                  "otherwise they are left out with a warning"));
    m_hint->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_createGroups);
    layout->addWidget(m_hint);
}

void ColumnMappingPage::initializePage()
{
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
    m_combos.clear();

    const CsvTable& table = importWizard()->csvTable();
    const QList<CsvUserField> guessed = importWizard()->mapping();
    const auto addHeading = [this](const QString& text, int column) {
        auto* heading = new QLabel(u"<b>" + text.toHtmlEscaped() + u"</b>", m_rows);
        m_grid->addWidget(heading, 0, column);
        m_rowWidgets.append(heading);
    };
    addHeading(tr("Column"), 0);
    addHeading(tr("First row"), 1);
    addHeading(tr("Imported as"), 2);
    for (qsizetype column = 0; column < table.header.size(); ++column) {
        const QString header = table.header.at(column);
        const QString sample = table.records.isEmpty() || column >= table.records.first().fields.size()
                                   ? QString()
                                   : table.records.first().fields.at(column).simplified();
        auto* name = new QLabel(header.isEmpty() ? tr("(column %1)").arg(column + 1) : header, m_rows);
        auto* example = new QLabel(sample, m_rows);
        example->setForegroundRole(QPalette::PlaceholderText);
        auto* combo = new QComboBox(m_rows);
        combo->addItem(CsvUserFields::title(CsvUserField::Ignore), int(CsvUserField::Ignore));
        for (const CsvUserField field : CsvUserFields::all())
            combo->addItem(CsvUserFields::title(field), int(field));
        combo->setCurrentIndex(combo->findData(int(guessed.value(column, CsvUserField::Ignore))));
        combo->setAccessibleName(tr("Attribute for column %1").arg(name->text()));
        name->setBuddy(combo);
        const int row = int(column) + 1;
        m_grid->addWidget(name, row, 0);
        m_grid->addWidget(example, row, 1);
        m_grid->addWidget(combo, row, 2);
        m_rowWidgets << name << example << combo;
        m_combos.append(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, column] { fieldChosen(int(column)); });
    }
    m_grid->setColumnStretch(1, 1);
    m_grid->setRowStretch(int(table.header.size()) + 1, 1);
    m_createGroups->setChecked(importWizard()->options().createMissingGroups);
    updateHint();
}

QList<CsvUserField> ColumnMappingPage::mapping() const
{
    QList<CsvUserField> fields;
    for (const QComboBox* combo : m_combos)
        fields.append(CsvUserField(combo->currentData().toInt()));
    return fields;
}

void ColumnMappingPage::fieldChosen(int column)
{
    const CsvUserField chosen = CsvUserField(m_combos.at(column)->currentData().toInt());
    if (chosen != CsvUserField::Ignore) {
        for (qsizetype other = 0; other < m_combos.size(); ++other) {
            QComboBox* combo = m_combos.at(other);
            if (other != column && CsvUserField(combo->currentData().toInt()) == chosen)
                combo->setCurrentIndex(combo->findData(int(CsvUserField::Ignore)));
        }
    }
    updateHint();
    emit completeChanged();
}

void ColumnMappingPage::updateHint()
{
    const QList<CsvUserField> fields = mapping();
    const bool userName = fields.contains(CsvUserField::UserName);
    const bool externalId = fields.contains(CsvUserField::ExternalId);
    m_createGroups->setEnabled(fields.contains(CsvUserField::Groups));
    if (!userName && !externalId)
        m_hint->setText(tr("Map a column to User name (or External ID) so that rows can be matched."));
    else if (!userName)
        m_hint->setText(tr("Without a User name column, rows can only update users found by External ID."));
    else
        m_hint->clear();
}

bool ColumnMappingPage::isComplete() const
{
    const QList<CsvUserField> fields = mapping();
    return fields.contains(CsvUserField::UserName) || fields.contains(CsvUserField::ExternalId);
}

bool ColumnMappingPage::validatePage()
{
    importWizard()->setMapping(mapping());
    DirectoryImporter::Options options = importWizard()->options();
    options.createMissingGroups = m_createGroups->isEnabled() && m_createGroups->isChecked();
    importWizard()->setOptions(options);
    return true;
}

} // namespace muster
