#pragma once

#include "store/AuditEntry.h"

#include <QDate>

namespace muster {

// Which audit entries the audit log page shows: words anywhere (actor, action, type, id, changed
// attributes), an actor, an action, and a range of local dates (both ends included; null: open).
struct AuditLogFilter {
    QString text;
    QString actor;  // part of the actor, case-insensitive; empty: any
    QString action; // exactly, case-insensitive; empty: any
    QDate from;
    QDate to;

    bool isEmpty() const;
    bool matches(const AuditEntry& entry) const;
    // The first instant of `from` (local time), in UTC; null without `from`. Entries are written in
    // time order, so a scan from the newest back can stop at the first entry older than this.
    QDateTime earliest() const;

    friend bool operator==(const AuditLogFilter&, const AuditLogFilter&) = default;
};

} // namespace muster
