#include "audit/AuditLogPage.h"

#include "audit/AuditLogExportJob.h"
#include "audit/AuditLogModel.h"
#include "window/MainWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace muster {

namespace {

constexpr int FilterDelayMs = 250;

} // namespace

AuditLogPage::AuditLogPage(std::shared_ptr<Directory> directory, QWidget* parent)
    : QWidget(parent)
    , m_directory(std::move(directory))
    , m_model(new AuditLogModel(m_directory, this))
    , m_search(new QLineEdit(this))
    , m_actor(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_fromEnabled(new QCheckBox(tr("&From:"), this))
    , m_from(new QDateEdit(QDate::currentDate().addDays(-7), this))
    , m_toEnabled(new QCheckBox(tr("&To:"), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_loadOlder(new QPushButton(tr("Load &older entries"), this))
    , m_export(new QPushButton(tr("E&xport CSV..."), this))
    , m_filterTimer(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Search the log: actor, action, type, resource ID, attribute"));
    m_search->setAccessibleName(tr("Search the audit log"));
    m_search->setClearButtonEnabled(true);

    m_actor->setEditable(true);
    m_actor->setInsertPolicy(QComboBox::NoInsert);
    m_actor->lineEdit()->setPlaceholderText(tr("Any actor"));
    m_actor->setAccessibleName(tr("Actor"));
    m_actor->setToolTip(tr("Show only what this actor did (part of the name is enough)"));
    m_actor->setMinimumContentsLength(16);
    m_action->setAccessibleName(tr("Action"));
    m_action->setToolTip(tr("Show only this action"));
    m_action->addItem(tr("Any action"), QString());
    // Every action the Directory records: "update" is a group losing a deleted member, "restore" a
    // deleted resource brought back.
    for (const char16_t* action : {u"create", u"replace", u"patch", u"update", u"delete", u"restore"})
        m_action->addItem(QString::fromUtf16(action), QString::fromUtf16(action));

    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_from->setAccessibleName(tr("First day shown"));
    m_to->setAccessibleName(tr("Last day shown"));
    m_fromEnabled->setAccessibleName(tr("Only entries from a day on"));
    m_toEnabled->setAccessibleName(tr("Only entries up to a day"));
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Audit log"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(AuditLogModel::ChangedColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(AuditLogModel::TimeColumn, 150);
    m_table->setColumnWidth(AuditLogModel::NameColumn, 180);
    m_table->setColumnWidth(AuditLogModel::ResourceColumn, 260);

    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_loadOlder->setToolTip(tr("Read further back in the log"));
    connect(m_loadOlder, &QPushButton::clicked, this, [this] { m_model->fetchMore({}); });
    m_export->setToolTip(tr("Save every entry the filter matches as a CSV file"));
    connect(m_export, &QPushButton::clicked, this, &AuditLogPage::askAndExport);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(FilterDelayMs);
    connect(m_filterTimer, &QTimer::timeout, this, &AuditLogPage::applyFilter);
    const auto later = [this] { m_filterTimer->start(); };
    connect(m_search, &QLineEdit::textChanged, this, later);
    connect(m_search, &QLineEdit::returnPressed, this, &AuditLogPage::applyFilter);
    connect(m_actor, &QComboBox::currentTextChanged, this, later);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditLogPage::applyFilter);
    connect(m_fromEnabled, &QCheckBox::toggled, this, &AuditLogPage::applyFilter);
    connect(m_toEnabled, &QCheckBox::toggled, this, &AuditLogPage::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, later);
    connect(m_to, &QDateEdit::dateChanged, this, later);
    connect(m_model, &AuditLogModel::loaded, this, [this] {
        updateStatus();
        updateChoices();
    });

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_actor, 1);
    filters->addWidget(m_action);
    filters->addWidget(m_fromEnabled);
    filters->addWidget(m_from);
    filters->addWidget(m_toEnabled);
    filters->addWidget(m_to);
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_status, 1);
    footer->addWidget(m_loadOlder);
    footer->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);

    updateStatus();
    updateChoices();
}

AuditLogPage::~AuditLogPage() = default;

AuditLogPage* AuditLogPage::install(MainWindow& window)
{
    auto* page = new AuditLogPage(window.directory(), &window);
    page->setTenant(window.tenant());
    window.addPage(page, tr("&Audit log"));
    connect(&window, &MainWindow::tenantChanged, page, &AuditLogPage::setTenant);
    return page;
}

QString AuditLogPage::statusText() const
{
    return m_status->text();
}

void AuditLogPage::setTenant(const QString& tenant)
{
    if (!tenant.isEmpty())
        m_model->setTenant(tenant);
}

AuditLogFilter AuditLogPage::filter() const
{
    AuditLogFilter filter;
    filter.text = m_search->text().trimmed();
    filter.actor = m_actor->currentText().trimmed();
    filter.action = m_action->currentData().toString();
    if (m_fromEnabled->isChecked())
        filter.from = m_from->date();
    if (m_toEnabled->isChecked())
        filter.to = m_to->date();
    return filter;
}

void AuditLogPage::applyFilter()
{
    m_filterTimer->stop();
    m_model->setFilter(filter());
}

void AuditLogPage::updateStatus()
{
    const int rows = m_model->rowCount();
    const bool more = m_model->canFetchMore({});
    m_loadOlder->setEnabled(more);
    QString text = m_model->filter().isEmpty() ? tr("%n entry(s) shown", nullptr, rows)
                                               : tr("%n matching entry(s) shown", nullptr, rows);
    if (more && m_model->searchedBackTo().isValid()) {
        text += u"; " + tr("read back to %1").arg(AuditLogModel::timeText(m_model->searchedBackTo()));
    } else if (!more) {
        text += u"; " + tr("that is the whole log");
    }
    m_status->setText(text + u'.');
}

void AuditLogPage::updateChoices()
{
    // New actors join the choices; what is typed stays.
    const QSignalBlocker blocker(m_actor);
    const QString typed = m_actor->currentText();
    for (const QString& actor : m_model->actors()) {
        if (m_actor->findText(actor, Qt::MatchFixedString | Qt::MatchCaseSensitive) < 0)
            m_actor->addItem(actor);
    }
    m_actor->setCurrentText(typed);
    for (const QString& action : m_model->actions()) {
        if (m_action->findData(action) < 0)
            m_action->addItem(action, action);
    }
}

AuditLogExportJob* AuditLogPage::startExport(const QString& fileName)
{
    if (m_exportJob)
        return nullptr;
    m_exportJob = std::make_unique<AuditLogExportJob>(m_directory, m_model->tenant(), filter(), fileName);
    m_export->setEnabled(false);
    connect(m_exportJob.get(), &AuditLogExportJob::finished, this, [this] {
        AuditLogExportJob* job = m_exportJob.release();
        job->deleteLater();
        m_export->setEnabled(true);
        const QString file = QFileInfo(job->fileName()).fileName();
        if (job->succeeded()) {
            const QString message =
                tr("Exported %n audit entry(s) to %1.", nullptr, int(job->exported())).arg(file);
            m_status->setText(message);
            emit exportFinished(true, message);
        } else {
            const QString message = tr("The export to %1 failed: %2").arg(file, job->errorMessage());
            QMessageBox::warning(this, tr("Export Audit Log"), message);
            emit exportFinished(false, message);
        }
    });
    m_exportJob->start();
    return m_exportJob.get();
}

void AuditLogPage::askAndExport()
{
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export Audit Log"), tr("audit-log.csv"),
                                                          tr("CSV files (*.csv)"));
    if (!fileName.isEmpty())
        startExport(fileName);
}

} // namespace muster
