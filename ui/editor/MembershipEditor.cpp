#include "editor/MembershipEditor.h"

#include "editor/CandidateListModel.h"
#include "editor/CandidateSearch.h"
#include "editor/MemberListModel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace muster {

namespace {

void setUpTable(QTableView* table, const QString& accessibleName)
{
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
}

QString labelOf(const Resource& group)
{
    const QString displayName = group.json.value(QStringLiteral("displayName")).toString();
    return displayName.isEmpty() ? group.id : displayName;
}

} // namespace

MembershipEditor::MembershipEditor(std::shared_ptr<Directory> directory, const QString& tenant,
                                   const Resource& group, QWidget* parent)
    : QDialog(parent)
    , m_directory(std::move(directory))
    , m_group(group)
    , m_members(new MemberListModel(this))
    , m_candidates(new CandidateListModel(this))
    , m_search(
          new CandidateSearch(m_directory, tenant, {QStringLiteral("User"), QStringLiteral("Group")}, this))
    , m_searchBox(new QLineEdit(this))
    , m_memberTable(new QTableView(this))
    , m_candidateTable(new QTableView(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_count(new QLabel(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Members of %1").arg(labelOf(group)));
    setAccessibleName(windowTitle());
    m_members->setMembers(group.json.value(QStringLiteral("members")).toArray());
    m_memberTable->setModel(m_members);
    m_candidateTable->setModel(m_candidates);
    setUpTable(m_memberTable, tr("Members"));
    setUpTable(m_candidateTable, tr("Users and groups found"));
    m_searchBox->setPlaceholderText(tr("Find users and groups to add"));
    m_searchBox->setAccessibleName(tr("Find users and groups to add"));
    m_searchBox->setClearButtonEnabled(true);
    m_add->setToolTip(tr("Add the selected users and groups (Enter in the list)"));
    m_remove->setToolTip(tr("Remove the selected members (Delete)"));
    m_add->setAutoDefault(false);
    m_remove->setAutoDefault(false);
    m_add->setEnabled(false);
    m_remove->setEnabled(false);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_error->setAccessibleName(tr("Problem"));
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_error->setPalette(palette);

    auto* membersLabel = new QLabel(tr("Mem&bers:"), this);
    membersLabel->setBuddy(m_memberTable);
    auto* left = new QVBoxLayout;
    left->addWidget(membersLabel);
    left->addWidget(m_memberTable, 1);
    auto* leftButtons = new QHBoxLayout;
    leftButtons->addWidget(m_remove);
    leftButtons->addWidget(m_count, 1);
    left->addLayout(leftButtons);

    auto* searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_searchBox);
    auto* right = new QVBoxLayout;
    right->addWidget(searchLabel);
    right->addWidget(m_searchBox);
    right->addWidget(m_candidateTable, 1);
    auto* rightButtons = new QHBoxLayout;
    rightButtons->addWidget(m_add);
    rightButtons->addStretch(1);
    right->addLayout(rightButtons);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setToolTip(tr("Save the changes (Ctrl+Enter)"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    setTabOrder(m_memberTable, m_remove);
    setTabOrder(m_remove, m_searchBox);
    setTabOrder(m_searchBox, m_candidateTable);
    setTabOrder(m_candidateTable, m_add);
    resize(820, 520);

    connect(m_searchBox, &QLineEdit::textEdited, m_search, &CandidateSearch::setText);
    // Down from the search goes to the matches, as in a completer.
    auto* toMatches =
        new QShortcut(QKeySequence(Qt::Key_Down), m_searchBox, nullptr, nullptr, Qt::WidgetShortcut);
    connect(toMatches, &QShortcut::activated, this, [this] {
        m_candidateTable->setFocus(Qt::TabFocusReason);
        if (m_candidates->rowCount() > 0 && !m_candidateTable->selectionModel()->hasSelection())
            m_candidateTable->selectRow(std::max(0, m_candidateTable->currentIndex().row()));
    });
    // Enter in the search box adds the first match rather than saving.
    connect(m_searchBox, &QLineEdit::returnPressed, this, [this] {
        m_search->searchNow();
        if (m_candidates->rowCount() > 0 && !m_candidateTable->selectionModel()->hasSelection())
            m_candidateTable->selectRow(0);
        addSelectedCandidates();
    });
    connect(m_search, &CandidateSearch::resultsChanged, this, [this] {
        m_candidates->setCandidates(m_search->results());
        if (!m_search->error().isEmpty()) {
            m_error->setText(m_search->error());
            m_error->setVisible(true);
        }
    });
    connect(m_candidateTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        // The row Enter or a double click names joins, selected or not.
        if (!m_candidateTable->selectionModel()->isRowSelected(index.row(), {}))
            m_candidateTable->selectRow(index.row());
        addSelectedCandidates();
    });
    connect(m_add, &QPushButton::clicked, this, &MembershipEditor::addSelectedCandidates);
    connect(m_remove, &QPushButton::clicked, this, &MembershipEditor::removeSelectedMembers);
    auto* removeKey =
        new QShortcut(QKeySequence::Delete, m_memberTable, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &MembershipEditor::removeSelectedMembers);
    connect(m_candidateTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_add->setEnabled(m_candidateTable->selectionModel()->hasSelection()); });
    connect(m_candidates, &QAbstractItemModel::modelReset, this,
            [this] { m_add->setEnabled(m_candidateTable->selectionModel()->hasSelection()); });
    connect(m_memberTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_remove->setEnabled(m_memberTable->selectionModel()->hasSelection()); });
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &MembershipEditor::save);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &MembershipEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    updateExcluded();
    updateCount();
    m_search->searchNow();
    m_searchBox->setFocus();
}

QString MembershipEditor::error() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void MembershipEditor::addSelectedCandidates()
{
    QList<int> rows;
    for (const QModelIndex& index : m_candidateTable->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    for (const int row : std::as_const(rows))
        m_members->add(m_candidates->candidateAt(row));
    if (!rows.isEmpty()) {
        m_memberTable->scrollToBottom();
        updateExcluded();
        updateCount();
    }
}

void MembershipEditor::removeSelectedMembers()
{
    QList<int> rows;
    for (const QModelIndex& index : m_memberTable->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : std::as_const(rows))
        m_members->removeMemberAt(row);
    if (!rows.isEmpty()) {
        updateExcluded();
        updateCount();
    }
}

void MembershipEditor::updateExcluded()
{
    QSet<QString> excluded{m_group.id};
    for (const QString& id : m_members->ids())
        excluded.insert(id);
    m_candidates->setExcluded(excluded);
}

void MembershipEditor::updateCount()
{
    const int added = int(m_members->addedIds().size());
    const int removed = int(m_members->removedIds().size());
    QString text = tr("%n member(s)", nullptr, m_members->rowCount());
    if (added > 0 || removed > 0)
        text += QStringLiteral(" (") + tr("%n to add", nullptr, added) + QStringLiteral(", ") +
                tr("%n to remove", nullptr, removed) + u')';
    m_count->setText(text);
}

void MembershipEditor::keyPressEvent(QKeyEvent* event)
{
    // Enter adds what the search found (the search box and the matches handle it); it never saves.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ControlModifier)) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void MembershipEditor::save()
{
    m_error->setVisible(false);
    const QStringList added = m_members->addedIds();
    const QStringList removed = m_members->removedIds();
    if ((added.isEmpty() && removed.isEmpty()) || !m_saveHandler) {
        accept();
        return;
    }
    const Status saved = m_saveHandler(added, removed);
    if (!saved) {
        m_error->setText(saved.error().detail);
        m_error->setVisible(true);
        return;
    }
    accept();
}

} // namespace muster
