#pragma once

#include "transfer/CsvReader.h"
#include "transfer/CsvUserField.h"
#include "transfer/ImportItem.h"

namespace muster {

// Turns the rows of a users CSV file into import items: each mapped, non-empty cell becomes its SCIM
// attribute (an empty cell changes nothing). Values are trimmed; "active" takes yes/no, true/false,
// 1/0, enabled/disabled, active/inactive.
class CsvUserConverter final {
    Q_DECLARE_TR_FUNCTIONS(CsvUserConverter)

public:
    // `mapping` has one field per column of the header.
    static ImportItem toItem(const CsvRecord& record, const QList<CsvUserField>& mapping);
    static QList<ImportItem> toItems(const CsvTable& table, const QList<CsvUserField>& mapping);
};

} // namespace muster
