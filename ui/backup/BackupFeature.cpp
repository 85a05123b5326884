#include "backup/BackupFeature.h"

#include "window/BusyTask.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace muster {

namespace {

const QString FolderKey = QStringLiteral("backup/folder");

} // namespace

BackupFeature* BackupFeature::install(MainWindow& window)
{
    return new BackupFeature(window);
}

BackupFeature::BackupFeature(MainWindow& window)
    : QObject(&window)
    , m_window(window)
    , m_backup(new QAction(tr("Back &Up Directory..."), this))
    , m_restore(new QAction(tr("&Restore From Backup..."), this))
{
    m_backup->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_backup->setStatusTip(tr("Save a copy of the whole directory, every tenant, while it keeps serving"));
    m_restore->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_restore->setStatusTip(tr("Replace the whole directory with a backup"));
    connect(m_backup, &QAction::triggered, this, &BackupFeature::askAndBackUp);
    connect(m_restore, &QAction::triggered, this, &BackupFeature::askAndRestore);

    // Above Quit, which stays last.
    QMenu* file = window.menu(MainWindow::Menu::File);
    QAction* quit = file->actions().isEmpty() ? nullptr : file->actions().last();
    file->insertActions(quit, {m_backup, m_restore});
    file->insertSeparator(quit);
    window.addActions({m_backup, m_restore});
}

QString BackupFeature::suggestedFileName()
{
    return QStringLiteral("muster-backup-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate));
}

QString BackupFeature::lastFolder() const
{
    const QString folder = QSettings().value(FolderKey).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void BackupFeature::rememberFolder(const QString& fileName) const
{
    QSettings().setValue(FolderKey, QFileInfo(fileName).absolutePath());
}

void BackupFeature::askAndBackUp()
{
    const QString fileName = QFileDialog::getSaveFileName(&m_window, tr("Back Up Directory"),
                                                          QDir(lastFolder()).filePath(suggestedFileName()),
                                                          tr("Muster backups (*.sqlite);;All files (*)"));
    if (fileName.isEmpty())
        return;
    rememberFolder(fileName);
    startBackup(fileName);
}

void BackupFeature::askAndRestore()
{
    const QString fileName = QFileDialog::getOpenFileName(&m_window, tr("Restore From Backup"), lastFolder(),
                                                          tr("Muster backups (*.sqlite);;All files (*)"));
    if (fileName.isEmpty())
        return;
    rememberFolder(fileName);
    confirmRestore(fileName);
}

QMessageBox* BackupFeature::confirmRestore(const QString& fileName)
{
    const QFileInfo file(fileName);
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Restore From Backup"),
                        tr("Replace the whole directory with the backup \"%1\"?").arg(file.fileName()),
                        QMessageBox::Cancel, &m_window);
    box->setObjectName(QStringLiteral("confirmRestore"));
    box->setInformativeText(
        tr("The backup was saved %1. Every tenant, with its users, groups and audit log, becomes what it was "
           "then; whatever changed since is lost. Back up the directory first to keep it.")
            .arg(QLocale().toString(file.lastModified(), QLocale::ShortFormat)));
    QPushButton* restore = box->addButton(tr("&Restore"), QMessageBox::DestructiveRole);
    // Enter must not replace the directory: Cancel is the default.
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(restore, &QPushButton::clicked, this, [this, fileName] { startRestore(fileName); });
    box->open();
    return box;
}

BusyTask* BackupFeature::startBackup(const QString& fileName)
{
    return start(true, fileName);
}

BusyTask* BackupFeature::startRestore(const QString& fileName)
{
    return start(false, fileName);
}

BusyTask* BackupFeature::start(bool backup, const QString& fileName)
{
    if (m_task) {
        const QString message = tr("A backup or restore is running; try again when it is done.");
        m_window.statusBar()->showMessage(message, 10000);
        emit messageShown(message);
        return nullptr;
    }
    const std::shared_ptr<Directory> directory = m_window.directory();
    const QString name = QFileInfo(fileName).fileName();
    BusyTask::Call call =
        backup ? BusyTask::Call([directory, fileName] { return directory->backup(fileName); })
               : BusyTask::Call([directory, fileName] { return directory->restore(fileName); });
    m_task = new BusyTask(std::move(call), backup ? tr("Back Up Directory") : tr("Restore From Backup"),
                          backup ? tr("Backing up the directory to %1...").arg(name)
                                 : tr("Restoring the directory from %1...").arg(name),
                          &m_window);
    connect(m_task, &BackgroundTask::finished, this,
            [this, backup, fileName, task = m_task.data()] { ended(backup, fileName, task); });
    m_backup->setEnabled(false);
    m_restore->setEnabled(false);
    m_task->start();
    return m_task;
}

void BackupFeature::ended(bool backup, const QString& fileName, BusyTask* task)
{
    m_task.clear();
    task->deleteLater();
    m_backup->setEnabled(true);
    m_restore->setEnabled(true);
    const QString name = QFileInfo(fileName).fileName();
    const Status& status = task->status();
    QString message;
    if (status) {
        message = backup ? tr("Backed up the directory to %1").arg(QDir::toNativeSeparators(fileName))
                         : tr("Restored the directory from %1").arg(name);
        m_window.statusBar()->showMessage(message, 10000);
    } else {
        message = backup ? tr("The directory could not be backed up to %1.").arg(name)
                         : tr("The directory could not be restored from %1. Nothing was changed.").arg(name);
        auto* box = new QMessageBox(QMessageBox::Warning,
                                    backup ? tr("Back Up Directory") : tr("Restore From Backup"), message,
                                    QMessageBox::Ok, &m_window);
        box->setObjectName(QStringLiteral("backupProblem"));
        box->setInformativeText(status.error().detail);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        message += u' ' + status.error().detail;
    }
    emit messageShown(message);
    if (backup)
        emit backupFinished(bool(status), message);
    else
        emit restoreFinished(bool(status), message);
}

} // namespace muster
