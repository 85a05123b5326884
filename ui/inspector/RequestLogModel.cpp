#include "inspector/RequestLogModel.h"

#include "inspector/RequestRedactor.h"

#include <QLocale>

namespace muster {

RequestLogModel::RequestLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int RequestLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int RequestLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RequestLogModel::clientAddress(const RequestRecord& record)
{
    bool isIpv4 = false;
    const quint32 ipv4 = record.peer.toIPv4Address(&isIpv4);
    return isIpv4 ? QHostAddress(ipv4).toString() : record.peer.toString();
}

QByteArray RequestLogModel::header(const RequestRecord::Headers& headers, QByteArrayView name)
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString RequestLogModel::pathWithQuery(const RequestRecord& record)
{
    return record.query.isEmpty() ? record.path : record.path + u'?' + record.query;
}

QVariant RequestLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequestRecord& record = m_records.at(index.row());
    switch (role) {
    case IdRole:
        return qulonglong(record.id);
    case StatusRole:
        return record.status;
    case MethodRole:
        return QString::fromLatin1(record.method);
    case PathRole:
        return pathWithQuery(record);
    case Qt::TextAlignmentRole:
        return index.column() == Status || index.column() == Duration
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case SortRole:
        switch (Column(index.column())) {
        case Time:
            return record.time;
        case Client:
            return clientAddress(record);
        case UserAgent:
            return QString::fromUtf8(header(record.requestHeaders, "user-agent"));
        case Method:
            return QString::fromLatin1(record.method);
        case Path:
            return pathWithQuery(record);
        case Status:
            return record.status;
        case Duration:
            return record.durationNs;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Time:
            return role == Qt::ToolTipRole
                       ? QLocale().toString(record.time.toLocalTime(), QLocale::LongFormat)
                       : record.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
        case Client:
            return clientAddress(record);
        case UserAgent:
            return QString::fromUtf8(header(record.requestHeaders, "user-agent"));
        case Method:
            return QString::fromLatin1(record.method);
        case Path:
            return pathWithQuery(record);
        case Status:
            return record.status;
        case Duration:
            return tr("%1 ms").arg(QLocale().toString(double(record.durationNs) / 1e6, 'f', 1));
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Client:
        return tr("Client");
    case UserAgent:
        return tr("User-Agent");
    case Method:
        return tr("Method");
    case Path:
        return tr("Path");
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration");
    case ColumnCount:
        break;
    }
    return {};
}

void RequestLogModel::append(const QList<RequestRecord>& records)
{
    // Of a batch larger than the capacity only the newest would stay anyway.
    const qsizetype skip = std::max<qsizetype>(0, records.size() - m_capacity);
    if (records.size() == skip)
        return;
    const int first = int(m_records.size());
    beginInsertRows({}, first, first + int(records.size() - skip) - 1);
    for (qsizetype i = skip; i < records.size(); ++i) {
        m_records.append(RequestRedactor::redact(records.at(i)));
        m_bytes += bytesOf(m_records.constLast());
    }
    endInsertRows();
    trim();
}

void RequestLogModel::clear()
{
    if (m_records.isEmpty())
        return;
    beginResetModel();
    m_records.clear();
    m_bytes = 0;
    endResetModel();
}

void RequestLogModel::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    trim();
}

void RequestLogModel::setByteBudget(qint64 bytes)
{
    m_byteBudget = std::max<qint64>(0, bytes);
    trim();
}

void RequestLogModel::trim()
{
    // The newest record stays even when it alone exceeds the budget.
    qsizetype drop = 0;
    qint64 bytes = m_bytes;
    while (m_records.size() - drop > 1 && (m_records.size() - drop > m_capacity || bytes > m_byteBudget)) {
        bytes -= bytesOf(m_records.at(drop));
        ++drop;
    }
    if (drop == 0)
        return;
    beginRemoveRows({}, 0, int(drop) - 1);
    m_records.remove(0, drop);
    m_bytes = bytes;
    endRemoveRows();
}

qint64 RequestLogModel::bytesOf(const RequestRecord& record)
{
    qint64 bytes = record.requestBody.size() + record.responseBody.size();
    for (const auto& [name, value] : record.requestHeaders)
        bytes += name.size() + value.size();
    for (const auto& [name, value] : record.responseHeaders)
        bytes += name.size() + value.size();
    return bytes;
}

} // namespace muster
