#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace muster {

// One column of a users or groups table: what it shows and how the store sorts by it.
struct ResourceColumn {
    Q_DECLARE_TR_FUNCTIONS(ResourceColumn)

public:
    enum class Kind {
        Text,         // the attribute's value as text
        PrimaryValue, // a multi-valued attribute: the primary element's "value", else the first's
        Boolean,      // shown as a check state
        DateTime,     // shown in the user's locale
        MemberCount,  // a group's number of direct members (not sortable)
    };

    QString key;   // stable name for settings (column layout) and the column chooser
    QString title; // translated header
    QString path;  // attribute path in the resource JSON: "name.givenName", "urn:...:User:department"
    Kind kind = Kind::Text;
    bool visibleByDefault = true;

    bool sortable() const { return kind != Kind::MemberCount; }
    // The SCIM attribute path the store sorts by ("emails.value" for a PrimaryValue column).
    QString sortPath() const;

    // The columns of the Users and Groups tables, titles translated.
    static QList<ResourceColumn> userColumns();
    static QList<ResourceColumn> groupColumns();
};

} // namespace muster
