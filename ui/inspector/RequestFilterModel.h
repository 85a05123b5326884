#pragma once

#include <QSortFilterProxyModel>

namespace muster {

// The request inspector's filter over RequestLogModel: a status class, a method and text in the path
// (any case), all of which must match. Sorts by the raw values.
class RequestFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    enum class StatusClass { Any, Success, Redirection, ClientError, ServerError, AnyError };

    explicit RequestFilterModel(QObject* parent = nullptr);

    void setStatusClass(StatusClass statusClass);
    StatusClass statusClass() const { return m_statusClass; }
    // Empty: any method.
    void setMethod(const QString& method);
    const QString& method() const { return m_method; }
    void setPathText(const QString& text);
    const QString& pathText() const { return m_pathText; }

    static bool matches(StatusClass statusClass, int status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    StatusClass m_statusClass = StatusClass::Any;
    QString m_method;
    QString m_pathText;
};

} // namespace muster
