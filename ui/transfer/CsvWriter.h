#pragma once

#include <QStringList>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace muster {

// Writes RFC 4180 CSV in UTF-8: records end with CRLF; a field is quoted when it holds the delimiter,
// a quote, a line break, or leading or trailing spaces, and its quotes are doubled.
class CsvWriter final {
public:
    explicit CsvWriter(QIODevice* device, QChar delimiter = u',');

    // A UTF-8 byte order mark, so that spreadsheet programs do not guess another encoding.
    bool writeByteOrderMark();
    bool writeRecord(const QStringList& fields);

    static QString formatField(const QString& field, QChar delimiter = u',');
    // One record with its CRLF.
    static QString formatRecord(const QStringList& fields, QChar delimiter = u',');

private:
    QIODevice* m_device;
    QChar m_delimiter;
};

} // namespace muster
