#include "transfer/ImportReportModel.h"

#include "transfer/CsvWriter.h"

namespace muster {

ImportReportModel::ImportReportModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ImportReportModel::setDryRun(bool dryRun)
{
    m_dryRun = dryRun;
    if (!m_outcomes.isEmpty())
        emit dataChanged(index(0, OutcomeColumn), index(rowCount() - 1, OutcomeColumn));
}

void ImportReportModel::clear()
{
    beginResetModel();
    m_outcomes.clear();
    m_counts = {};
    endResetModel();
    emit countsChanged();
}

void ImportReportModel::append(const QList<ImportOutcome>& outcomes)
{
    if (outcomes.isEmpty())
        return;
    const int first = int(m_outcomes.size());
    beginInsertRows({}, first, first + int(outcomes.size()) - 1);
    for (const ImportOutcome& outcome : outcomes) {
        switch (outcome.action) {
        case ImportOutcome::Action::Create:
            ++m_counts.created;
            break;
        case ImportOutcome::Action::Update:
            ++m_counts.updated;
            break;
        case ImportOutcome::Action::Unchanged:
            ++m_counts.unchanged;
            break;
        case ImportOutcome::Action::Skip:
            ++m_counts.skipped;
            break;
        case ImportOutcome::Action::Fail:
            ++m_counts.failed;
            break;
        }
        if (outcome.warning)
            ++m_counts.warnings;
        m_outcomes.append(outcome);
    }
    endInsertRows();
    emit countsChanged();
}

QString ImportReportModel::summary() const
{
    QStringList parts;
    if (m_dryRun) {
        parts << tr("%n to create", nullptr, int(m_counts.created))
              << tr("%n to update", nullptr, int(m_counts.updated))
              << tr("%n unchanged", nullptr, int(m_counts.unchanged))
              << tr("%n to skip", nullptr, int(m_counts.skipped));
    } else {
        parts << tr("%n created", nullptr, int(m_counts.created))
              << tr("%n updated", nullptr, int(m_counts.updated))
              << tr("%n unchanged", nullptr, int(m_counts.unchanged))
              << tr("%n skipped", nullptr, int(m_counts.skipped))
              << tr("%n failed", nullptr, int(m_counts.failed));
    }
    if (m_counts.warnings > 0)
        parts << tr("%n with warnings", nullptr, int(m_counts.warnings));
    return parts.join(QStringLiteral(", "));
}

QString ImportReportModel::details(const ImportOutcome& outcome) const
{
    QStringList parts;
    if (outcome.action == ImportOutcome::Action::Update && !outcome.changed.isEmpty())
        parts.append(tr("Changes: %1.").arg(outcome.changed.join(QStringLiteral(", "))));
    parts += outcome.messages;
    return parts.join(u' ');
}

bool ImportReportModel::writeCsv(QIODevice* device, bool problemsOnly) const
{
    CsvWriter writer(device);
    QStringList header{QStringLiteral("line"), QStringLiteral("outcome"), QStringLiteral("type"),
                       QStringLiteral("name"), QStringLiteral("id"),      QStringLiteral("details")};
    header += m_sourceHeader;
    if (!writer.writeByteOrderMark() || !writer.writeRecord(header))
        return false;
    for (const ImportOutcome& outcome : m_outcomes) {
        if (problemsOnly && !outcome.problem())
            continue;
        QStringList row{QString::number(outcome.line),
                        ImportOutcome::actionKeyword(outcome.action),
                        outcome.resourceType,
                        outcome.name,
                        outcome.id,
                        details(outcome)};
        row += outcome.sourceFields;
        if (!writer.writeRecord(row))
            return false;
    }
    return true;
}

int ImportReportModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_outcomes.size());
}

int ImportReportModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportReportModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportOutcome& outcome = m_outcomes.at(index.row());
    switch (role) {
    case ProblemRole:
        return outcome.problem();
    case ActionRole:
        return int(outcome.action);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case LineColumn:
            return outcome.line;
        case OutcomeColumn:
            return outcome.warning && outcome.imported()
                       ? tr("%1 (with warnings)").arg(ImportOutcome::actionName(outcome.action, m_dryRun))
                       : ImportOutcome::actionName(outcome.action, m_dryRun);
        case TypeColumn:
            return outcome.resourceType == QLatin1String("Group") ? tr("Group") : tr("User");
        case NameColumn:
            return outcome.name;
        case DetailsColumn:
            return details(outcome);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ImportReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case OutcomeColumn:
        return tr("Outcome");
    case TypeColumn:
        return tr("Type");
    case NameColumn:
        return tr("Name");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace muster
