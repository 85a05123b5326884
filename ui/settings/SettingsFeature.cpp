#include "settings/SettingsFeature.h"

#include "settings/SettingsDialog.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>

namespace muster {

void SettingsFeature::install(MainWindow& window)
{
    QMenu* file = window.menu(MainWindow::Menu::File);
    QAction* settings = new QAction(QCoreApplication::translate("SettingsFeature", "S&ettings..."), &window);
    settings->setShortcut(QKeySequence::Preferences);
    if (settings->shortcut().isEmpty())
        settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    QObject::connect(settings, &QAction::triggered, &window, [&window] {
        SettingsDialog dialog(&window);
        dialog.exec();
    });
    // Before Quit, which stays last.
    file->insertAction(file->actions().isEmpty() ? nullptr : file->actions().last(), settings);
    file->insertSeparator(file->actions().last());
}

} // namespace muster
