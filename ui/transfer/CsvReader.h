#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace muster {

// One record of a CSV file and the physical line it starts on (1-based): a quoted field may span
// several lines, and reports must point at the line a person sees in an editor.
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

// A CSV file read whole: its first record as the header and the records after it.
struct CsvTable {
    QChar delimiter = u',';
    QStringList header;
    QList<CsvRecord> records;
};

// An RFC 4180 reader: fields separated by a delimiter, records by CRLF, LF or CR; a field in double
// quotes may hold delimiters, line breaks and doubled quotes. Deliberately lenient where files from
// spreadsheets differ from the RFC without ambiguity: blank lines are skipped, a quote inside an
// unquoted field is taken literally, the last record needs no line break. Ambiguous input (text after
// a closing quote, a quote never closed) is an error naming the line.
class CsvReader final {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // Decodes UTF-8 with or without a byte order mark; invalid UTF-8 (or a UTF-16 file) is an error.
    static Result<QString> decode(const QByteArray& data);
    // The delimiter of the first record: ';' or a tab when it has more of those than commas, else ','.
    static QChar detectDelimiter(QStringView text);
    // Every record of `text`.
    static Result<QList<CsvRecord>> parse(QStringView text, QChar delimiter);
    // decode, detect the delimiter unless given, parse; the first record is the header. An empty file
    // is an error.
    static Result<CsvTable> read(const QByteArray& data, std::optional<QChar> delimiter = std::nullopt);
};

} // namespace muster
