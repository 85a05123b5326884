#include "editor/ResourcePickerDialog.h"

#include "editor/CandidateListModel.h"
#include "editor/CandidateSearch.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace muster {

ResourcePickerDialog::ResourcePickerDialog(std::shared_ptr<Directory> directory, const QString& tenant,
                                           const QString& resourceType, QWidget* parent)
    : QDialog(parent)
    , m_searcher(new CandidateSearch(std::move(directory), tenant, {resourceType}, this))
    , m_model(new CandidateListModel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
{
    const bool users = resourceType == QLatin1String("User");
    setWindowTitle(users ? tr("Choose a user") : tr("Choose a group"));
    m_search->setPlaceholderText(users ? tr("Type part of a user name or display name")
                                       : tr("Type part of a display name"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Matches"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&hoose"));
    auto* layout = new QVBoxLayout(this);
    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    layout->addWidget(searchLabel);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(480, 400);

    connect(m_search, &QLineEdit::textEdited, m_searcher, &CandidateSearch::setText);
    connect(m_searcher, &CandidateSearch::resultsChanged, this, [this] {
        m_model->setCandidates(m_searcher->results());
        if (m_model->rowCount() > 0)
            m_table->selectRow(0);
    });
    connect(m_table, &QTableView::activated, this, &ResourcePickerDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &ResourcePickerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_searcher->searchNow();
}

void ResourcePickerDialog::accept()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    m_chosen = m_model->candidateAt(current.row());
    QDialog::accept();
}

} // namespace muster
