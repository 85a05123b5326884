#pragma once

#include "directory/Directory.h"
#include "transfer/CsvReader.h"
#include "transfer/CsvUserField.h"
#include "transfer/DirectoryImporter.h"

#include <QWizard>

#include <memory>

namespace muster {

class ColumnMappingPage;
class ImportDryRunPage;
class ImportFilePage;
class ImportRunPage;

// The import of users from CSV, or of users and groups from SCIM JSON: pick the file, map the CSV
// columns to attributes, see what a dry run says about every row, then import with progress and
// Cancel, and save a report.
class ImportWizard final : public QWizard {
    Q_OBJECT

public:
    enum class Source { Csv, ScimJson };
    enum PageId { FilePageId, MappingPageId, DryRunPageId, RunPageId };

    ImportWizard(std::shared_ptr<Directory> directory, OperationContext context, Source source,
                 QWidget* parent = nullptr);
    ~ImportWizard() override;

    Source source() const { return m_source; }
    const std::shared_ptr<Directory>& directory() const { return m_directory; }
    const OperationContext& context() const { return m_context; }

    ImportFilePage* filePage() const { return m_filePage; }
    ColumnMappingPage* mappingPage() const { return m_mappingPage; }
    ImportDryRunPage* dryRunPage() const { return m_dryRunPage; }
    ImportRunPage* runPage() const { return m_runPage; }

    // What the file page read.
    void setCsvTable(CsvTable table);
    const CsvTable& csvTable() const { return m_csvTable; }
    void setJsonItems(QList<ImportItem> items) { m_jsonItems = std::move(items); }

    void setMapping(QList<CsvUserField> mapping) { m_mapping = std::move(mapping); }
    const QList<CsvUserField>& mapping() const { return m_mapping; }
    void setOptions(DirectoryImporter::Options options) { m_options = options; }
    DirectoryImporter::Options options() const { return m_options; }

    // The items to import: the CSV rows through the mapping, or the JSON resources.
    QList<ImportItem> items() const;

    int nextId() const override;

public slots:
    // While the import runs, Cancel (or Escape) stops it and keeps the wizard open to show what was done.
    void reject() override;

private:
    std::shared_ptr<Directory> m_directory;
    OperationContext m_context;
    Source m_source;
    CsvTable m_csvTable;
    QList<ImportItem> m_jsonItems;
    QList<CsvUserField> m_mapping;
    DirectoryImporter::Options m_options;
    ImportFilePage* m_filePage;
    ColumnMappingPage* m_mappingPage;
    ImportDryRunPage* m_dryRunPage;
    ImportRunPage* m_runPage;
};

} // namespace muster
