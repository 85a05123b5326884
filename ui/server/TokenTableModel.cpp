#include "server/TokenTableModel.h"

#include <QLocale>

#include <algorithm>

namespace muster {

namespace {

QString shortDateTime(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

TokenTableModel::TokenTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int TokenTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tokens.size());
}

int TokenTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TokenTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApiToken& token = m_tokens.at(index.row());
    if (role == IdRole)
        return token.id;
    if (role == SortRole) {
        switch (Column(index.column())) {
        case Name:
            return token.name;
        case Tenant:
            return token.tenant;
        case Created:
            return token.created;
        case LastUsed:
            return token.lastUsed ? QVariant(*token.lastUsed) : QVariant();
        case Expires:
            return token.expires ? QVariant(*token.expires) : QVariant();
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return token.name;
    case Tenant:
        return token.tenant;
    case Created:
        return shortDateTime(token.created);
    case LastUsed:
        return token.lastUsed ? shortDateTime(*token.lastUsed) : tr("never");
    case Expires:
        if (!token.expires)
            return tr("never");
        return token.isExpired(QDateTime::currentDateTimeUtc())
                   ? tr("%1 (expired)").arg(shortDateTime(*token.expires))
                   : shortDateTime(*token.expires);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TokenTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Tenant:
        return tr("Tenant");
    case Created:
        return tr("Created");
    case LastUsed:
        return tr("Last used");
    case Expires:
        return tr("Expires");
    case ColumnCount:
        break;
    }
    return {};
}

void TokenTableModel::setTokens(QList<ApiToken> tokens)
{
    const bool sameRows = tokens.size() == m_tokens.size() &&
                          std::equal(tokens.cbegin(), tokens.cend(), m_tokens.cbegin(),
                                     [](const ApiToken& a, const ApiToken& b) { return a.id == b.id; });
    if (!sameRows) {
        beginResetModel();
        m_tokens = std::move(tokens);
        endResetModel();
        return;
    }
    m_tokens = std::move(tokens);
    if (!m_tokens.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int TokenTableModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_tokens.size(); ++row) {
        if (m_tokens.at(row).id == id)
            return row;
    }
    return -1;
}

} // namespace muster
