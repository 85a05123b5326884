#pragma once

#include <QString>
#include <QStringList>

namespace muster {

// The command line that the Windows service manager starts muster-server with, made from the one that
// installed the service. Portable, so that its rules are tested on every system.
class ServiceCommandLine final {
public:
    struct Service {
        QStringList arguments; // "service run" and the options the server needs, paths made absolute
        QString dataDirectory; // where the directory and the tokens live
    };

    // `installArguments` are the installing command's arguments without the program. "service install"
    // becomes "service run"; the options naming files or folders are made absolute against
    // `workingDirectory` (a service starts in the system folder); without --data the service keeps its
    // data in `defaultDataDirectory`.
    static Service fromInstallArguments(const QStringList& installArguments, const QString& workingDirectory,
                                        const QString& defaultDataDirectory);

    // One argument quoted so that CommandLineToArgvW and the C runtime split it back unchanged.
    static QString quote(const QString& argument);

    // A program (always quoted) and its arguments as one command line: a service's "binary path".
    static QString join(const QString& program, const QStringList& arguments);
};

} // namespace muster
