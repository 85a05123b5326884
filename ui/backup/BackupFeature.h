#pragma once

#include "window/BusyTask.h"

#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QAction;
class QMessageBox;
QT_END_NAMESPACE

namespace muster {

class MainWindow;

// Backups in the window's File menu: Back Up Directory... (Ctrl+Shift+B) writes a consistent copy of
// the whole directory, every tenant, while it keeps serving; Restore From Backup... (Ctrl+Shift+R)
// replaces the whole directory with one after a confirmation. Both run off the GUI thread behind a
// busy dialog; the tables and the tenant list follow a restore on their own (Directory::restored).
// A directory kept in memory or in PostgreSQL has no file to copy: the directory's message says so.
class BackupFeature final : public QObject {
    Q_OBJECT

public:
    // Adds the actions to the window's File menu; the feature lives as long as the window.
    static BackupFeature* install(MainWindow& window);

    QAction* backupAction() const { return m_backup; }
    QAction* restoreAction() const { return m_restore; }

    // Without asking for a file or a confirmation; null, with a message, while another one runs.
    BusyTask* startBackup(const QString& fileName);
    BusyTask* startRestore(const QString& fileName);
    // Asks whether to replace the directory with the backup in `fileName` (QDialog::open).
    QMessageBox* confirmRestore(const QString& fileName);

    // "muster-backup-<date>.sqlite", the name the save dialog offers.
    static QString suggestedFileName();

signals:
    // A message was shown (a problem, or what was done), for the status bar and for tests.
    void messageShown(const QString& message);
    void backupFinished(bool succeeded, const QString& message);
    void restoreFinished(bool succeeded, const QString& message);

private:
    explicit BackupFeature(MainWindow& window);
    void askAndBackUp();
    void askAndRestore();
    QString lastFolder() const;
    void rememberFolder(const QString& fileName) const;
    BusyTask* start(bool backup, const QString& fileName);
    void ended(bool backup, const QString& fileName, BusyTask* task);

    MainWindow& m_window;
    QAction* m_backup;
    QAction* m_restore;
    QPointer<BusyTask> m_task;
};

} // namespace muster
