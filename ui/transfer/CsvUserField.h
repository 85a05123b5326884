#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace muster {

// What a column of a users CSV file holds.
enum class CsvUserField {
    Ignore,
    UserName,
    GivenName,
    FamilyName,
    DisplayName,
    Email,
    Phone,
    Title,
    Department,
    EmployeeNumber,
    Active,
    ExternalId,
    Password,
    Groups,
};

// The columns of users CSV files: their names in the template and in exports, their titles, and the
// guess of what a column holds from its header.
class CsvUserFields final {
    Q_DECLARE_TR_FUNCTIONS(CsvUserFields)

public:
    // Every field but Ignore, in template order.
    static QList<CsvUserField> all();
    // The column name in the template and in exports: "userName", "givenName", ...
    static QString key(CsvUserField field);
    // Translated, for the column mapping.
    static QString title(CsvUserField field);
    // The field a header names: the keys, and the usual spellings of spreadsheets and directories
    // ("First name", "E-mail", "surname", "mobile", "memberOf", ...), ignoring case, spaces and
    // punctuation. Ignore when nothing fits.
    static CsvUserField guess(const QString& header);
    // One guess per column; a field goes to the first column that names it, later ones are ignored.
    static QList<CsvUserField> guessAll(const QStringList& header);
    // The template's header: every field's key.
    static QStringList templateHeader();
    // Group names in one cell are separated by semicolons or vertical bars.
    static QStringList splitGroups(const QString& cell);
};

} // namespace muster
