#pragma once

#include "http/RequestRecord.h"

#include <QList>
#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;
QT_END_NAMESPACE

namespace muster {

class EmbeddedServer;
class RequestFilterModel;
class RequestLogModel;
class RequestStream;

// The Requests page: the server's requests as they happen (time, client, User-Agent, method, path,
// status, duration), filtered by status class, method and path; the selected one's request and
// response in full, redacted and with JSON indented; Clear; and an export of the rows shown as HAR.
class RequestInspector final : public QWidget {
    Q_OBJECT

public:
    explicit RequestInspector(EmbeddedServer* server, QWidget* parent = nullptr);
    ~RequestInspector() override;

    RequestLogModel* model() const { return m_model; }
    RequestFilterModel* filterModel() const { return m_filter; }
    QTableView* table() const { return m_table; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* methodFilter() const { return m_method; }
    QLineEdit* pathFilter() const { return m_path; }
    QPlainTextEdit* requestView() const { return m_requestText; }
    QPlainTextEdit* responseView() const { return m_responseText; }

    // The records the filter shows, in the table's order.
    QList<RequestRecord> shownRecords() const;
    // Writes shownRecords() as HAR; false (the person was told) when the file cannot be written.
    bool exportHar(const QString& path);
    // Asks where, then exports.
    void exportHarInteractively();
    void clear();
    // Moves records received since the last update into the list now (they arrive in batches).
    void flushPending();

signals:
    void message(const QString& text);

private:
    void listen();
    void record(const RequestRecord& record);
    void showCurrent();
    void updateCount();
    void setPaused(bool paused);

    EmbeddedServer* m_server;
    QPointer<RequestStream> m_stream;
    RequestLogModel* m_model;
    RequestFilterModel* m_filter;
    QComboBox* m_status;
    QComboBox* m_method;
    QLineEdit* m_path;
    QPushButton* m_pause;
    QPushButton* m_clear;
    QPushButton* m_export;
    QLabel* m_count;
    QTableView* m_table;
    QPlainTextEdit* m_requestText;
    QPlainTextEdit* m_responseText;
    QTimer* m_flushTimer;
    QList<RequestRecord> m_pending;
    bool m_paused = false;
};

} // namespace muster
