#include "transfer/CsvReader.h"

#include <QStringDecoder>

namespace muster {

namespace {

constexpr QChar Quote = u'"';

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

ScimError syntaxError(const QString& detail)
{
    return ScimError::badRequest(ScimType::InvalidSyntax, detail);
}

} // namespace

Result<QString> CsvReader::decode(const QByteArray& data)
{
    QByteArrayView bytes(data);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return syntaxError(tr("The file is UTF-16; save it as UTF-8 and try again."));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return syntaxError(tr("The file is not valid UTF-8; save it as UTF-8 and try again."));
    return text;
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == Quote)
            quoted = !quoted; // a doubled quote toggles twice: still right
        else if (quoted)
            continue;
        else if (isLineBreak(c))
            break;
        else if (c == u',')
            ++commas;
        else if (c == u';')
            ++semicolons;
        else if (c == u'\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return u';';
    if (tabs > commas)
        return u'\t';
    return u',';
}

Result<QList<CsvRecord>> CsvReader::parse(QStringView text, QChar delimiter)
{
    enum class State {
        FieldStart,  // nothing of the current field read yet
        Unquoted,    // inside a field that did not start with a quote
        Quoted,      // inside a quoted field
        QuoteInside, // read a quote inside a quoted field: closing, or the first of a doubled pair
    };
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    State state = State::FieldStart;
    int line = 1;
    int quoteLine = 0; // where the open quoted field started, for the error
    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
    };
    const auto endRecord = [&] {
        records.append(std::move(record));
        record = CsvRecord{};
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        const bool lineBreak = isLineBreak(c);
        // CRLF is one line break.
        const bool crlf = c == u'\r' && i + 1 < size && text[i + 1] == u'\n';
        if (state == State::FieldStart && record.fields.isEmpty() && !lineBreak)
            record.line = line;
        switch (state) {
        case State::FieldStart:
            if (c == Quote) {
                quoteLine = line;
                state = State::Quoted;
            } else if (c == delimiter) {
                endField();
            } else if (lineBreak) {
                if (!record.fields.isEmpty()) { // after a delimiter: the last field is empty
                    endField();
                    endRecord();
                } // else a blank line
            } else {
                field.append(c);
                state = State::Unquoted;
            }
            break;
        case State::Unquoted:
            if (c == delimiter) {
                endField();
                state = State::FieldStart;
            } else if (lineBreak) {
                endField();
                endRecord();
                state = State::FieldStart;
            } else {
                field.append(c);
            }
            break;
        case State::Quoted:
            if (c == Quote) {
                state = State::QuoteInside;
            } else if (crlf) {
                field.append(u'\n'); // line breaks inside fields read the same on every system
                ++i;
            } else {
                field.append(c == u'\r' ? QChar(u'\n') : c);
            }
            break;
        case State::QuoteInside:
            if (c == Quote) {
                field.append(Quote);
                state = State::Quoted;
            } else if (c == delimiter) {
                endField();
                state = State::FieldStart;
            } else if (lineBreak) {
                endField();
                endRecord();
                state = State::FieldStart;
            } else {
                return syntaxError(tr("Line %1: \"%2\" follows a closing quote; a quote inside a quoted "
                                      "field must be doubled.")
                                       .arg(line)
                                       .arg(c));
            }
            break;
        }
        if (lineBreak) {
            if (crlf && state != State::Quoted)
                ++i;
            ++line;
        }
    }
    switch (state) {
    case State::Quoted:
        return syntaxError(
            tr("Line %1: a quoted field is not closed before the end of the file.").arg(quoteLine));
    case State::Unquoted:
    case State::QuoteInside:
        endField();
        endRecord();
        break;
    case State::FieldStart:
        if (!record.fields.isEmpty()) {
            endField();
            endRecord();
        }
        break;
    }
    return records;
}

Result<CsvTable> CsvReader::read(const QByteArray& data, std::optional<QChar> delimiter)
{
    const Result<QString> text = decode(data);
    if (!text)
        return text.error();
    CsvTable table;
    table.delimiter = delimiter ? *delimiter : detectDelimiter(*text);
    Result<QList<CsvRecord>> records = parse(*text, table.delimiter);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return syntaxError(tr("The file is empty: it needs a header line naming the columns."));
    table.header = records->takeFirst().fields;
    table.records = std::move(records).value();
    return table;
}

} // namespace muster
