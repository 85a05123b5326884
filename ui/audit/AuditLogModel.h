#pragma once

#include "audit/AuditLogFilter.h"
#include "audit/AuditLogReader.h"
#include "directory/Directory.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <memory>
#include <optional>

namespace muster {

// One tenant's audit log as a table, newest first, loaded lazily: a page of matching entries at
// first, more through fetchMore() as the view scrolls down (canFetchMore() until the oldest entry).
// Writes announced by Directory::resourceChanged bring their entries in at the top.
class AuditLogModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        ActorColumn,
        ActionColumn,
        TypeColumn,
        NameColumn,
        ResourceColumn,
        ChangedColumn,
        VersionColumn,
        ColumnCount
    };
    enum Role {
        SequenceRole = Qt::UserRole + 1, // qint64
        TimeRole,                        // QDateTime (UTC)
    };
    // Matching entries added by one fetchMore(), and entries read at most to find them.
    static constexpr int PageSize = 200;
    static constexpr int ScanBudget = 20000;

    AuditLogModel(std::shared_ptr<Directory> directory, QObject* parent = nullptr);

    QString tenant() const { return m_tenant; }
    void setTenant(const QString& tenant);
    const AuditLogFilter& filter() const { return m_filter; }
    void setFilter(const AuditLogFilter& filter);

    const AuditEntry& entryAt(int row) const { return m_entries.at(row); }
    // The newest sequence number seen; new entries come after it.
    qint64 newestSequence() const { return m_newest; }
    // Time of the oldest entry read; null before any.
    QDateTime searchedBackTo() const;
    // Actors and actions of the entries loaded, sorted, for the filter's choices.
    QStringList actors() const;
    QStringList actions() const;
    // Reads the entries written since the last look now, instead of after the short delay.
    void refresh();
    // Reads everything from the start again.
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // "Actor", "create" ... as shown; "3 → 4" for versions.
    static QString changedText(const AuditEntry& entry);
    static QString versionText(const AuditEntry& entry);
    static QString timeText(const QDateTime& utc);

signals:
    // After rows came in at the end (fetchMore) or at the top (live), or a reset.
    void loaded();

private:
    void onResourceChanged(const ResourceChange& change);
    // The resource's userName or displayName as it is now (the log keeps only ids), read once.
    QString resourceName(const AuditEntry& entry) const;

    std::shared_ptr<Directory> m_directory;
    QString m_tenant = ResourceStore::DefaultTenant;
    AuditLogFilter m_filter;
    std::optional<AuditLogReader> m_reader;
    QList<AuditEntry> m_entries; // newest first
    qint64 m_newest = 0;
    bool m_fetching = false;
    mutable QHash<QString, QString> m_names; // "type/id" -> name; empty once known to be gone
    QTimer m_liveTimer;
};

} // namespace muster
