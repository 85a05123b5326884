#pragma once

#include "directory/Directory.h"
#include "undo/CommandTarget.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

#include <memory>

namespace muster {

class UndoLedger;

// An undoable change made through the Directory. The change is made before the command is pushed
// (so that its errors reach the dialog that asked for it); the push's redo() does nothing, later
// redos call reapply(). Each step expects the version the app's own last write left (UndoLedger),
// so that it never overwrites a change made by someone else in between. A step that cannot be made
// explains itself through the ledger and makes the command obsolete, which takes it out of the
// QUndoStack.
class DirectoryCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(DirectoryCommand)

public:
    DirectoryCommand(std::shared_ptr<Directory> directory, OperationContext context, UndoLedger* ledger,
                     const QString& text);

    void redo() final;

    const OperationContext& context() const { return m_context; }

protected:
    // Makes the change again after an undo.
    virtual void reapply() = 0;

    Directory& directory() const { return *m_directory; }
    // Notes the version the change left `target` at (subclasses call it for the change made before
    // the push).
    void remember(const CommandTarget& target);
    // Reports why a step failed and takes the command out of the history.
    void drop(const QString& message);
    // Reports why a step failed for part of the command.
    void report(const QString& message);
    // What to tell about a step on `target` that the directory refused.
    QString problem(const ScimError& error, const CommandTarget& target, bool undoing) const;
    // Deletes `target` if it still has the expected version; false (and `message` says why) otherwise.
    bool removeTarget(CommandTarget& target, bool undoing, QString& message);
    // Brings `target` back from the deleted resources.
    bool restoreTarget(CommandTarget& target, bool undoing, QString& message);
    // Applies a PATCH body to `target`, if it still has the expected version unless `checkVersion` is
    // false (for changes that touch only what they name, such as member ids).
    bool patchTarget(CommandTarget& target, const QJsonObject& body, bool undoing, QString& message,
                     bool checkVersion = true);

private:
    std::optional<quint64> expectedVersion(const CommandTarget& target) const;
    void record(CommandTarget& target, quint64 version);

    std::shared_ptr<Directory> m_directory;
    OperationContext m_context;
    QPointer<UndoLedger> m_ledger;
    bool m_pushed = false;
};

} // namespace muster
