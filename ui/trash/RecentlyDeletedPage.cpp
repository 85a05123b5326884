#include "trash/RecentlyDeletedPage.h"

#include "trash/RecentlyDeletedModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace muster {

namespace {

constexpr int ReloadDelayMs = 300;

} // namespace

RecentlyDeletedPage::RecentlyDeletedPage(std::shared_ptr<Directory> directory, QWidget* parent)
    : QWidget(parent)
    , m_directory(std::move(directory))
    , m_model(new RecentlyDeletedModel(this))
    , m_table(new QTableView(this))
    , m_restore(new QPushButton(tr("&Restore"), this))
    , m_empty(new QLabel(tr("Nothing was deleted recently."), this))
    , m_note(new QLabel(this))
{
    auto* intro = new QLabel(tr("Restoring brings a user or group back with the same ID, so that identity "
                                "providers find it again, and puts it back in the groups that still exist. "
                                "A restored user has no password: set a new one."),
                             this);
    intro->setWordWrap(true);

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Recently deleted"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(RecentlyDeletedModel::DeletedColumn, 150);
    m_table->setColumnWidth(RecentlyDeletedModel::NameColumn, 220);
    m_restore->setToolTip(tr("Bring the selected users and groups back (Enter)"));
    m_restore->setEnabled(false);
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_note->setAccessibleName(tr("Restored"));
    m_empty->setVisible(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_restore);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_note);
    layout->addLayout(buttons);

    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(ReloadDelayMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, &RecentlyDeletedPage::reload);
    // Deletes and restores arrive from any thread, the server's too.
    connect(m_directory.get(), &Directory::resourceChanged, this, [this](const ResourceChange& change) {
        if (change.tenant != m_tenant || change.kind == ResourceChange::Kind::Updated)
            return;
        if (isVisible())
            m_reloadTimer.start();
        else
            m_stale = true;
    });
    connect(m_directory.get(), &Directory::restored, this, &RecentlyDeletedPage::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_restore->setEnabled(m_table->selectionModel()->hasSelection()); });
    connect(m_table, &QTableView::activated, this, &RecentlyDeletedPage::restoreSelected);
    connect(m_restore, &QPushButton::clicked, this, &RecentlyDeletedPage::restoreSelected);
    reload();
}

void RecentlyDeletedPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void RecentlyDeletedPage::setTenant(const QString& tenant)
{
    if (tenant == m_tenant)
        return;
    m_tenant = tenant;
    setNote(QString());
    reload();
}

void RecentlyDeletedPage::reload()
{
    m_reloadTimer.stop();
    m_stale = false;
    // The selection follows its resources through the reload.
    QList<QPair<QString, QString>> selected;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        selected.append({index.data(RecentlyDeletedModel::ResourceTypeRole).toString(),
                         index.data(RecentlyDeletedModel::IdRole).toString()});
    m_model->setDeleted(m_directory->recentlyDeleted({m_tenant, QString()}, Limit));
    for (const auto& [type, id] : std::as_const(selected)) {
        const int row = m_model->rowOf(type, id);
        if (row >= 0)
            m_table->selectionModel()->select(m_model->index(row, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    m_empty->setVisible(m_model->rowCount() == 0);
    m_restore->setEnabled(m_table->selectionModel()->hasSelection());
}

bool RecentlyDeletedPage::select(const QString& resourceType, const QString& id)
{
    const int row = m_model->rowOf(resourceType, id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void RecentlyDeletedPage::setNote(const QString& text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

QString RecentlyDeletedPage::note() const
{
    return m_note->isVisible() ? m_note->text() : QString();
}

void RecentlyDeletedPage::restoreSelected()
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows.append(m_table->currentIndex().row());
    std::sort(rows.begin(), rows.end());
    QList<DeletedResource> deleted;
    for (const int row : std::as_const(rows))
        deleted.append(m_model->deletedAt(row));
    if (!deleted.isEmpty())
        emit restoreRequested(deleted);
}

} // namespace muster
