#include "transfer/ImportWizard.h"

#include "transfer/ColumnMappingPage.h"
#include "transfer/CsvUserConverter.h"
#include "transfer/ImportDryRunPage.h"
#include "transfer/ImportFilePage.h"
#include "transfer/ImportRunPage.h"

namespace muster {

ImportWizard::ImportWizard(std::shared_ptr<Directory> directory, OperationContext context, Source source,
                           QWidget* parent)
    : QWizard(parent)
    , m_directory(std::move(directory))
    , m_context(std::move(context))
    , m_source(source)
    , m_filePage(new ImportFilePage(source, this))
    , m_mappingPage(new ColumnMappingPage(this))
    , m_dryRunPage(new ImportDryRunPage(this))
    , m_runPage(new ImportRunPage(this))
{
    setWindowTitle(source == Source::Csv ? tr("Import Users from CSV") : tr("Import SCIM JSON"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    setPage(FilePageId, m_filePage);
    setPage(MappingPageId, m_mappingPage);
    setPage(DryRunPageId, m_dryRunPage);
    setPage(RunPageId, m_runPage);
    setStartId(FilePageId);
    resize(860, 600);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setCsvTable(CsvTable table)
{
    m_csvTable = std::move(table);
    m_mapping = CsvUserFields::guessAll(m_csvTable.header);
}

QList<ImportItem> ImportWizard::items() const
{
    if (m_source == Source::ScimJson)
        return m_jsonItems;
    return CsvUserConverter::toItems(m_csvTable, m_mapping);
}

int ImportWizard::nextId() const
{
    switch (currentId()) {
    case FilePageId:
        return m_source == Source::Csv ? MappingPageId : DryRunPageId;
    case MappingPageId:
        return DryRunPageId;
    case DryRunPageId:
        return RunPageId;
    default:
        return -1;
    }
}

void ImportWizard::reject()
{
    if (m_runPage->isRunning()) {
        m_runPage->cancel();
        return;
    }
    m_dryRunPage->cancel();
    QWizard::reject();
}

} // namespace muster
