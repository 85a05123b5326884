#pragma once

// Windows only (app/CMakeLists.txt).

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace muster {

// `muster-server service install|uninstall`: registers muster-server with the Windows service manager
// as "MusterServer", started with Windows as LOCAL SERVICE, restarted after a failure, with its data in a
// folder that only LOCAL SERVICE, SYSTEM and Administrators may open. Both need an administrator.
class WindowsServiceInstaller final {
    Q_DECLARE_TR_FUNCTIONS(WindowsServiceInstaller)

public:
    static const wchar_t* const ServiceName;

    // Creates the service, or updates the one there (a new version, other options) and restarts it, and
    // starts it.
    // `commandLine` is the program and its "service run" arguments (ServiceCommandLine::join).
    static Status install(const QString& commandLine, const QString& dataDirectory);

    // Stops the service, waits for its process to end, and deletes it. The data folder stays.
    static Status uninstall();
};

} // namespace muster
