#pragma once

#include "undo/DirectoryCommand.h"

namespace muster {

// Users and groups deleted in the app, or brought back from the recently deleted ones (`restore`):
// the two are each other's undo. Deleting takes the resource's version into account (If-Match);
// bringing back restores it with its id and memberships (Directory::restoreDeleted), without its
// password. A resource that cannot take a step is reported and leaves the command; the command
// leaves the history when none is left.
class DeleteResourcesCommand final : public DirectoryCommand {
public:
    enum class Kind { Delete, Restore };

    // `targets` with the versions they have now: deleted ones with the version they had, restored
    // ones with the version they came back with.
    DeleteResourcesCommand(std::shared_ptr<Directory> directory, OperationContext context, UndoLedger* ledger,
                           Kind kind, QList<CommandTarget> targets);

    void undo() override;
    const QList<CommandTarget>& targets() const { return m_targets; }

protected:
    void reapply() override;

private:
    // Deletes (`remove`) or restores every target.
    void step(bool remove, bool undoing);

    Kind m_kind;
    QList<CommandTarget> m_targets;
};

} // namespace muster
