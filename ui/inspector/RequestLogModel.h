#pragma once

#include "http/RequestRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace muster {

// The request inspector's list: the most recent request records, oldest first, as a table of time,
// client, User-Agent, method, path, status and duration. Bounded by a count and by the bytes of the
// bodies it holds, so that a busy server cannot grow it without limit; the oldest go first. Records
// are redacted (RequestRedactor) as they come in.
class RequestLogModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Time, Client, UserAgent, Method, Path, Status, Duration, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // RequestRecord::id (qulonglong)
        SortRole,                  // the raw value: QDateTime, QString, int or qint64 (ns)
        StatusRole,                // the HTTP status (int)
        MethodRole,                // the method (QString)
        PathRole,                  // the path and, after "?", the query (QString)
    };
    static constexpr int DefaultCapacity = 5000;
    static constexpr qint64 DefaultByteBudget = 64 * 1024 * 1024;

    explicit RequestLogModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Appends records (redacting them), then drops the oldest beyond the limits.
    void append(const QList<RequestRecord>& records);
    void clear();
    const RequestRecord& recordAt(int row) const { return m_records.at(row); }
    const QList<RequestRecord>& records() const { return m_records; }

    int capacity() const { return m_capacity; }
    void setCapacity(int capacity);
    qint64 byteBudget() const { return m_byteBudget; }
    void setByteBudget(qint64 bytes);

    // "a.b.c.d", without the "::ffff:" of IPv4 clients on an IPv6 socket.
    static QString clientAddress(const RequestRecord& record);
    static QByteArray header(const RequestRecord::Headers& headers, QByteArrayView name);
    static QString pathWithQuery(const RequestRecord& record);

private:
    void trim();
    static qint64 bytesOf(const RequestRecord& record);

    QList<RequestRecord> m_records;
    int m_capacity = DefaultCapacity;
    qint64 m_byteBudget = DefaultByteBudget;
    qint64 m_bytes = 0;
};

} // namespace muster
