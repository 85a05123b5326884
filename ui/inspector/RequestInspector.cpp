#include "inspector/RequestInspector.h"

#include "http/HttpTransport.h"
#include "http/RequestStream.h"
#include "inspector/HarExport.h"
#include "inspector/RequestDetailsText.h"
#include "inspector/RequestFilterModel.h"
#include "inspector/RequestLogModel.h"
#include "runtime/ServerInstance.h"
#include "server/EmbeddedServer.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace muster {

namespace {

// Records arrive one by one from the worker threads; the list takes them in batches so that a busy
// server does not redraw the table for every request.
constexpr int FlushDelayMs = 100;

} // namespace

RequestInspector::RequestInspector(EmbeddedServer* server, QWidget* parent)
    : QWidget(parent)
    , m_server(server)
    , m_model(new RequestLogModel(this))
    , m_filter(new RequestFilterModel(this))
    , m_status(new QComboBox(this))
    , m_method(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_pause(new QPushButton(tr("Pa&use"), this))
    , m_clear(new QPushButton(tr("&Clear"), this))
    , m_export(new QPushButton(tr("E&xport HAR..."), this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_requestText(new QPlainTextEdit(this))
    , m_responseText(new QPlainTextEdit(this))
    , m_flushTimer(new QTimer(this))
{
    m_filter->setSourceModel(m_model);

    using StatusClass = RequestFilterModel::StatusClass;
    m_status->addItem(tr("Any status"), int(StatusClass::Any));
    m_status->addItem(tr("2xx success"), int(StatusClass::Success));
    m_status->addItem(tr("3xx redirection"), int(StatusClass::Redirection));
    m_status->addItem(tr("4xx client error"), int(StatusClass::ClientError));
    m_status->addItem(tr("5xx server error"), int(StatusClass::ServerError));
    m_status->addItem(tr("4xx or 5xx: any error"), int(StatusClass::AnyError));
    m_status->setAccessibleName(tr("Status filter"));
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatusClass(StatusClass(m_status->currentData().toInt()));
        updateCount();
    });

    m_method->addItem(tr("Any method"), QString());
    for (const char* method : {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})
        m_method->addItem(QString::fromLatin1(method), QString::fromLatin1(method));
    m_method->setAccessibleName(tr("Method filter"));
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setMethod(m_method->currentData().toString());
        updateCount();
    });

    m_path->setPlaceholderText(tr("Text in the path, e.g. /Users"));
    m_path->setClearButtonEnabled(true);
    m_path->setAccessibleName(tr("Path filter"));
    connect(m_path, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setPathText(text.trimmed());
        updateCount();
    });

    m_pause->setCheckable(true);
    m_pause->setAccessibleName(tr("Pause recording"));
    m_pause->setToolTip(tr("While paused, the server does not record requests for this list"));
    connect(m_pause, &QPushButton::toggled, this, &RequestInspector::setPaused);
    m_clear->setAccessibleName(tr("Clear the list"));
    connect(m_clear, &QPushButton::clicked, this, &RequestInspector::clear);
    m_export->setAccessibleName(tr("Export the requests shown as HAR"));
    connect(m_export, &QPushButton::clicked, this, &RequestInspector::exportHarInteractively);
    m_count->setAccessibleName(tr("Number of requests"));

    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(RequestLogModel::Path, QHeaderView::Stretch);
    // No sort until a header is clicked: the list stays in arrival order.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Requests"));
    m_table->setColumnWidth(RequestLogModel::Time,
                            m_table->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00.000__")));
    m_table->setColumnWidth(RequestLogModel::UserAgent, m_table->fontMetrics().horizontalAdvance(u'M') * 16);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RequestInspector::showCurrent);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit* view : {m_requestText, m_responseText}) {
        view->setReadOnly(true);
        view->setFont(fixed);
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
        view->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    }
    m_requestText->setAccessibleName(tr("Request"));
    m_requestText->setPlaceholderText(tr("Select a request to see it here"));
    m_responseText->setAccessibleName(tr("Response"));

    auto* filters = new QHBoxLayout;
    auto* statusLabel = new QLabel(tr("St&atus:"), this);
    statusLabel->setBuddy(m_status);
    auto* methodLabel = new QLabel(tr("&Method:"), this);
    methodLabel->setBuddy(m_method);
    auto* pathLabel = new QLabel(tr("&Path:"), this);
    pathLabel->setBuddy(m_path);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addWidget(methodLabel);
    filters->addWidget(m_method);
    filters->addWidget(pathLabel);
    filters->addWidget(m_path, 1);
    filters->addWidget(m_pause);
    filters->addWidget(m_clear);
    filters->addWidget(m_export);

    auto* details = new QSplitter(Qt::Horizontal, this);
    details->addWidget(m_requestText);
    details->addWidget(m_responseText);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_count);

    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(FlushDelayMs);
    connect(m_flushTimer, &QTimer::timeout, this, &RequestInspector::flushPending);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RequestInspector::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RequestInspector::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RequestInspector::updateCount);
    connect(m_server, &EmbeddedServer::started, this, &RequestInspector::listen);
    listen();
    updateCount();
}

RequestInspector::~RequestInspector() = default;

void RequestInspector::listen()
{
    if (!m_server->isRunning())
        return;
    m_stream = m_server->instance()->transport().requestStream();
    if (!m_paused)
        connect(m_stream, &RequestStream::recorded, this, &RequestInspector::record);
}

void RequestInspector::setPaused(bool paused)
{
    m_paused = paused;
    if (!m_stream)
        return;
    // Disconnected, the transport stops building records (RequestStream::hasListeners).
    disconnect(m_stream, &RequestStream::recorded, this, &RequestInspector::record);
    if (!paused)
        connect(m_stream, &RequestStream::recorded, this, &RequestInspector::record);
}

void RequestInspector::record(const RequestRecord& record)
{
    m_pending.append(record);
    if (m_pending.size() > m_model->capacity())
        m_pending.removeFirst();
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void RequestInspector::flushPending()
{
    m_flushTimer->stop();
    if (m_pending.isEmpty())
        return;
    const QScrollBar* scroll = m_table->verticalScrollBar();
    const bool following = scroll->value() == scroll->maximum();
    const QList<RequestRecord> batch = std::exchange(m_pending, {});
    m_model->append(batch);
    if (following)
        m_table->scrollToBottom();
}

void RequestInspector::clear()
{
    m_pending.clear();
    m_model->clear();
    showCurrent();
}

void RequestInspector::showCurrent()
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    if (!current.isValid()) {
        m_requestText->clear();
        m_responseText->clear();
        return;
    }
    const RequestRecord& record = m_model->recordAt(current.row());
    m_requestText->setPlainText(RequestDetailsText::request(record));
    m_responseText->setPlainText(RequestDetailsText::response(record));
}

void RequestInspector::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    m_count->setText(shown == total ? tr("%n request(s)", nullptr, total)
                                    : tr("%1 of %n request(s) shown", nullptr, total).arg(shown));
    m_export->setEnabled(shown > 0);
}

QList<RequestRecord> RequestInspector::shownRecords() const
{
    QList<RequestRecord> records;
    records.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row)
        records.append(m_model->recordAt(m_filter->mapToSource(m_filter->index(row, 0)).row()));
    return records;
}

bool RequestInspector::exportHar(const QString& path)
{
    const QList<RequestRecord> records = shownRecords();
    if (const Status saved = HarExport::save(path, records); !saved) {
        QMessageBox box(QMessageBox::Warning, tr("Export HAR"), tr("The requests could not be exported."),
                        QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("harExportError"));
        box.setInformativeText(saved.error().detail);
        box.exec();
        return false;
    }
    emit message(
        tr("%n request(s) exported to %1", nullptr, int(records.size())).arg(QDir::toNativeSeparators(path)));
    return true;
}

void RequestInspector::exportHarInteractively()
{
    flushPending();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export HAR"), QDir::home().filePath(QStringLiteral("muster-requests.har")),
        tr("HTTP Archive (*.har);;All files (*)"));
    if (!path.isEmpty())
        exportHar(path);
}

} // namespace muster
