#pragma once

#include "undo/DirectoryCommand.h"

namespace muster {

// A user or group created in the app. Undo deletes it (if nobody changed it since); redo brings it
// back with the same id, so that later steps in the history still find it, and sets the password it
// was created with again.
class CreateResourceCommand final : public DirectoryCommand {
public:
    CreateResourceCommand(std::shared_ptr<Directory> directory, OperationContext context, UndoLedger* ledger,
                          CommandTarget created, QString password = {});
    ~CreateResourceCommand() override;

    void undo() override;
    const CommandTarget& target() const { return m_target; }

protected:
    void reapply() override;

private:
    CommandTarget m_target;
    QString m_password;
};

} // namespace muster
