#include "browser/ResourceBrowser.h"

#include "browser/ResourceDetailsHtml.h"
#include "models/ResourceTableModel.h"
#include "search/SearchIndex.h"
#include "search/SearchQuery.h"

#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace muster {

namespace {

constexpr int SearchDelayMs = 250;
constexpr quint32 StateVersion = 1;

} // namespace

ResourceBrowser::ResourceBrowser(std::shared_ptr<Directory> directory, const QString& resourceType,
                                 QList<ResourceColumn> columns, QWidget* parent)
    : QWidget(parent)
    , m_directory(std::move(directory))
    , m_resourceType(resourceType)
    , m_model(new ResourceTableModel(m_directory, resourceType, std::move(columns), this))
    , m_search(new QLineEdit(this))
    , m_searchError(new QLabel(this))
    , m_indexStatus(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_searchTimer(new QTimer(this))
{
    const bool users = resourceType == QLatin1String("User");
    m_search->setPlaceholderText(
        users ? tr("Search users: words, or a SCIM filter such as department eq \"Sales\"")
              : tr("Search groups: words, or a SCIM filter"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(users ? tr("Search users") : tr("Search groups"));
    m_searchError->setWordWrap(true);
    m_searchError->setVisible(false);
    m_searchError->setForegroundRole(QPalette::BrightText);
    m_searchError->setAutoFillBackground(true);
    m_searchError->setBackgroundRole(QPalette::Highlight);
    m_indexStatus->setVisible(false);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAccessibleName(users ? tr("Users") : tr("Groups"));
    m_table->setWordWrap(false);
    for (int column = 0; column < m_model->columns().size(); ++column)
        m_table->setColumnHidden(column, !m_model->columns().at(column).visibleByDefault);
    m_details->setAccessibleName(tr("Details"));
    m_details->setOpenLinks(false);

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_searchError);
    layout->addWidget(m_indexStatus);
    layout->addWidget(m_splitter, 1);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &ResourceBrowser::applySearch);
    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ResourceBrowser::applySearch);
    // The clear button does not emit textEdited.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            applySearch();
    });
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &ResourceBrowser::showColumnMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showDetails();
        emit selectionChanged();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ResourceBrowser::showDetails);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { emit activated(m_model->idAt(index.row())); });
    // The shown resource may have been changed by someone else.
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &ResourceBrowser::showDetails);
    // Searches work meanwhile, through the store; the words are answered faster once this is done.
    connect(m_model->searchIndex(), &SearchIndex::progress, this, [this](qint64 loaded, qint64 total) {
        m_indexStatus->setText(tr("Preparing the search: %1 of %2 read…")
                                   .arg(QLocale().toString(loaded), QLocale().toString(total)));
        m_indexStatus->setVisible(loaded < total);
    });
    connect(m_model->searchIndex(), &SearchIndex::ready, m_indexStatus, &QLabel::hide);
    connect(m_model, &ResourceTableModel::queryFailed, this, [this](const QString& message) {
        m_searchError->setText(message);
        m_searchError->setVisible(true);
    });
}

ResourceBrowser::~ResourceBrowser() = default;

QString ResourceBrowser::searchError() const
{
    return m_searchError->isVisible() ? m_searchError->text() : QString();
}

void ResourceBrowser::applySearch()
{
    m_searchTimer->stop();
    // Plain words go to the model's search index; a SCIM filter to the store, unless the index narrows it
    // to a few candidates (ResourceTableModel decides).
    const QStringList words = SearchQuery::plainWords(m_search->text().trimmed());
    if (!words.isEmpty()) {
        m_searchError->setVisible(false);
        m_model->setPlainWords(words);
        return;
    }
    const auto filter = SearchQuery::interpret(m_search->text(), m_resourceType);
    if (!filter) {
        m_searchError->setText(filter.error().detail);
        m_searchError->setVisible(true);
        return;
    }
    m_searchError->setVisible(false);
    m_model->setFilter(*filter);
}

QStringList ResourceBrowser::selectedIds() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QStringList ids;
    for (const int row : std::as_const(rows)) {
        const QString id = m_model->idAt(row);
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

QString ResourceBrowser::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : QString();
}

bool ResourceBrowser::select(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void ResourceBrowser::setTenant(const QString& tenant)
{
    m_model->setTenant(tenant);
    showDetails();
}

void ResourceBrowser::showColumnMenu(const QPoint& position)
{
    QMenu menu(this);
    for (int column = 0; column < m_model->columns().size(); ++column) {
        QAction* action = menu.addAction(m_model->columns().at(column).title);
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(column));
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { m_table->setColumnHidden(column, !shown); });
    }
    menu.exec(m_table->horizontalHeader()->mapToGlobal(position));
}

void ResourceBrowser::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    const std::optional<Resource> resource =
        current.isValid() ? m_model->resourceAt(current.row()) : std::nullopt;
    if (!resource) {
        m_details->clear();
        return;
    }
    // The page holds what the table shows; the details show the whole resource, members included.
    const auto full = m_directory->get({m_model->tenant(), QString()}, m_resourceType, resource->id);
    m_details->setHtml(ResourceDetailsHtml::render(full ? *full : *resource));
}

QByteArray ResourceBrowser::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << StateVersion << m_table->horizontalHeader()->saveState() << m_splitter->saveState();
    return state;
}

void ResourceBrowser::restoreState(const QByteArray& state)
{
    QDataStream stream(state);
    quint32 version = 0;
    QByteArray header;
    QByteArray splitter;
    stream >> version >> header >> splitter;
    if (stream.status() != QDataStream::Ok || version != StateVersion)
        return;
    m_table->horizontalHeader()->restoreState(header);
    m_splitter->restoreState(splitter);
}

} // namespace muster
