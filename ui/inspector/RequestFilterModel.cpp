#include "inspector/RequestFilterModel.h"

#include "inspector/RequestLogModel.h"

namespace muster {

RequestFilterModel::RequestFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RequestLogModel::SortRole);
    setDynamicSortFilter(true);
}

void RequestFilterModel::setStatusClass(StatusClass statusClass)
{
    if (statusClass == m_statusClass)
        return;
    m_statusClass = statusClass;
    invalidateRowsFilter();
}

void RequestFilterModel::setMethod(const QString& method)
{
    if (method == m_method)
        return;
    m_method = method;
    invalidateRowsFilter();
}

void RequestFilterModel::setPathText(const QString& text)
{
    if (text == m_pathText)
        return;
    m_pathText = text;
    invalidateRowsFilter();
}

bool RequestFilterModel::matches(StatusClass statusClass, int status)
{
    switch (statusClass) {
    case StatusClass::Any:
        return true;
    case StatusClass::Success:
        return status >= 200 && status < 300;
    case StatusClass::Redirection:
        return status >= 300 && status < 400;
    case StatusClass::ClientError:
        return status >= 400 && status < 500;
    case StatusClass::ServerError:
        return status >= 500 && status < 600;
    case StatusClass::AnyError:
        return status >= 400;
    }
    return true;
}

bool RequestFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!matches(m_statusClass, index.data(RequestLogModel::StatusRole).toInt()))
        return false;
    if (!m_method.isEmpty() &&
        index.data(RequestLogModel::MethodRole).toString().compare(m_method, Qt::CaseInsensitive) != 0)
        return false;
    return m_pathText.isEmpty() ||
           index.data(RequestLogModel::PathRole).toString().contains(m_pathText, Qt::CaseInsensitive);
}

} // namespace muster
