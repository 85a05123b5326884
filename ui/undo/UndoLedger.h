#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <optional>

namespace muster {

// What the undo commands of one window share. Each resource's version as the app's own last write
// left it: the next undo or redo step on that resource expects it (If-Match), whichever command
// makes the step, so that steps of several commands on one resource follow each other while a change
// made by anyone else in between is noticed. And the way a step that cannot be made is reported.
class UndoLedger final : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    std::optional<quint64> version(const QString& tenant, const QString& resourceType,
                                   const QString& id) const;
    void setVersion(const QString& tenant, const QString& resourceType, const QString& id, quint64 version);

    void reportDropped(const QString& message) { emit dropped(message); }

signals:
    // A step could not be made; the message says why and what happens to the command.
    void dropped(const QString& message);

private:
    static QString keyOf(const QString& tenant, const QString& resourceType, const QString& id);

    QHash<QString, quint64> m_versions;
};

} // namespace muster
