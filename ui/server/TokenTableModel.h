#pragma once

#include "auth/ApiToken.h"

#include <QAbstractTableModel>
#include <QList>

namespace muster {

// The bearer tokens of the token file as a table: name, tenant, created, last used, expiry. Never
// the secrets, which are not kept.
class TokenTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Tenant, Created, LastUsed, Expires, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // the token id (QString)
        SortRole,                  // the raw value (QString or QDateTime)
    };

    explicit TokenTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the tokens shown. The same tokens in the same order only update their cells (last
    // used changes often), so that the selection stays.
    void setTokens(QList<ApiToken> tokens);
    const QList<ApiToken>& tokens() const { return m_tokens; }
    // The row of a token id; -1 when absent.
    int rowOf(const QString& id) const;

private:
    QList<ApiToken> m_tokens;
};

} // namespace muster
