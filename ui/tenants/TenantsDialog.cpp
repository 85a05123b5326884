#include "tenants/TenantsDialog.h"

#include "tenants/TenantContents.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace muster {

TenantsDialog::TenantsDialog(std::shared_ptr<Directory> directory, const QString& shownTenant,
                             QWidget* parent)
    : QDialog(parent)
    , m_directory(std::move(directory))
    , m_table(new QTableWidget(0, 3, this))
    , m_new(new QPushButton(tr("&New Tenant..."), this))
    , m_remove(new QPushButton(tr("&Remove..."), this))
    , m_show(new QPushButton(tr("&Show"), this))
{
    setWindowTitle(tr("Tenants"));
    m_table->setHorizontalHeaderLabels({tr("Tenant"), tr("Users"), tr("Groups")});
    m_table->setAccessibleName(tr("Tenants"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false);
    m_new->setAccessibleName(tr("New tenant"));
    m_new->setToolTip(tr("Create a tenant (Insert)"));
    m_remove->setAccessibleName(tr("Remove the selected tenant"));
    m_remove->setToolTip(tr("Remove the selected tenant with its users, groups and audit log (Delete)"));
    m_show->setAccessibleName(tr("Show the selected tenant"));
    m_show->setToolTip(tr("Show the selected tenant in the window (Enter)"));

    auto* hint = new QLabel(tr("Each tenant is a separate directory with its own users, groups, tokens and "
                               "audit log. The default tenant cannot be removed."),
                            this);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Enter belongs to the table (show the tenant), not to whichever button would become the default.
    for (QPushButton* button : {m_new, m_remove, m_show, buttons->button(QDialogButtonBox::Close)})
        button->setAutoDefault(false);
    auto* actions = new QVBoxLayout;
    actions->addWidget(m_new);
    actions->addWidget(m_remove);
    actions->addWidget(m_show);
    actions->addStretch(1);
    auto* body = new QHBoxLayout;
    body->addWidget(m_table, 1);
    body->addLayout(actions);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_new, &QPushButton::clicked, this, &TenantsDialog::newRequested);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_remove->isEnabled())
            emit removeRequested(selectedTenant());
    });
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (!selectedTenant().isEmpty())
            emit showRequested(selectedTenant());
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TenantsDialog::updateButtons);
    connect(m_table, &QTableWidget::cellActivated, this, [this] { m_show->click(); });
    auto* insert = new QShortcut(QKeySequence(Qt::Key_Insert), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(insert, &QShortcut::activated, m_new, &QPushButton::click);
    auto* remove = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, m_remove, &QPushButton::click);

    reload();
    selectTenant(shownTenant);
    resize(520, 340);
}

QString TenantsDialog::selectedTenant() const
{
    const QTableWidgetItem* item = m_table->item(m_table->currentRow(), NameColumn);
    return item && item->isSelected() ? item->text() : QString();
}

void TenantsDialog::selectTenant(const QString& tenant)
{
    const QList<QTableWidgetItem*> found = m_table->findItems(tenant, Qt::MatchExactly);
    for (const QTableWidgetItem* item : found) {
        if (item->column() == NameColumn) {
            m_table->selectRow(item->row());
            m_table->setCurrentCell(item->row(), NameColumn);
            return;
        }
    }
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
}

void TenantsDialog::reload()
{
    const QString selected = selectedTenant();
    QStringList tenants = m_directory->tenants();
    tenants.sort(Qt::CaseInsensitive);
    m_table->setRowCount(0);
    m_table->setRowCount(int(tenants.size()));
    const QLocale locale;
    for (int row = 0; row < tenants.size(); ++row) {
        const TenantContents contents = TenantContents::of(*m_directory, tenants.at(row));
        m_table->setItem(row, NameColumn, new QTableWidgetItem(tenants.at(row)));
        for (const auto& [column, count] :
             {std::pair{UsersColumn, contents.users}, std::pair{GroupsColumn, contents.groups}}) {
            auto* item = new QTableWidgetItem(locale.toString(count));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnToContents(UsersColumn);
    m_table->resizeColumnToContents(GroupsColumn);
    selectTenant(selected.isEmpty() ? ResourceStore::DefaultTenant : selected);
    updateButtons();
}

void TenantsDialog::updateButtons()
{
    const QString tenant = selectedTenant();
    m_remove->setEnabled(!tenant.isEmpty() && tenant != ResourceStore::DefaultTenant);
    m_show->setEnabled(!tenant.isEmpty());
}

} // namespace muster
