#include "transfer/CsvWriter.h"

#include <QIODevice>

namespace muster {

CsvWriter::CsvWriter(QIODevice* device, QChar delimiter)
    : m_device(device)
    , m_delimiter(delimiter)
{}

bool CsvWriter::writeByteOrderMark()
{
    return m_device->write("\xEF\xBB\xBF", 3) == 3;
}

bool CsvWriter::writeRecord(const QStringList& fields)
{
    const QByteArray bytes = formatRecord(fields, m_delimiter).toUtf8();
    return m_device->write(bytes) == bytes.size();
}

QString CsvWriter::formatField(const QString& field, QChar delimiter)
{
    const bool needsQuotes = field.contains(delimiter) || field.contains(u'"') || field.contains(u'\n') ||
                             field.contains(u'\r') || field.startsWith(u' ') || field.endsWith(u' ');
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString CsvWriter::formatRecord(const QStringList& fields, QChar delimiter)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += delimiter;
        line += formatField(fields.at(i), delimiter);
    }
    // A record of one empty field would read as a blank line, which readers skip.
    if (fields.size() == 1 && fields.first().isEmpty())
        line = QStringLiteral("\"\"");
    return line + QStringLiteral("\r\n");
}

} // namespace muster
