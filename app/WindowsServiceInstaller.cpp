#include "WindowsServiceInstaller.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QThread>
#include <qt_windows.h>

#include <aclapi.h>
#include <iterator>
#include <memory>
#include <sddl.h>
#include <type_traits>

namespace muster {

const wchar_t* const WindowsServiceInstaller::ServiceName = L"MusterServer";

namespace {

// Closes a service manager or service handle.
struct ServiceHandleCloser {
    void operator()(SC_HANDLE handle) const { CloseServiceHandle(handle); }
};
using ServiceHandle = std::unique_ptr<std::remove_pointer_t<SC_HANDLE>, ServiceHandleCloser>;

ScimError windowsError(const QString& what, DWORD code = GetLastError())
{
    QString detail = what + QStringLiteral(": ") + qt_error_string(int(code));
    if (code == ERROR_ACCESS_DENIED)
        detail += u' ' + WindowsServiceInstaller::tr("Run it in a terminal opened as administrator.");
    return ScimError::internal(detail);
}

// The data folder, readable and writable by the service (LOCAL SERVICE), SYSTEM and Administrators
// only: it holds the directory's users and the token hashes, and %ProgramData% lets every user read.
// The protected list replaces the inherited one on the folder and on what is already inside it.
Status protectDataDirectory(const QString& folder)
{
    if (!QDir().mkpath(folder))
        return ScimError::internal(WindowsServiceInstaller::tr("Cannot create the folder %1").arg(folder));
    // D: DACL, P: protected; OICI: inherited by files and folders; FA: full access, M-like rights for
    // LOCAL SERVICE (read, write, delete; not the right to change permissions).
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(
            L"D:P(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;0x1301BF;;;LS)", SDDL_REVISION_1, &descriptor,
            nullptr))
        return windowsError(WindowsServiceInstaller::tr("Cannot describe the folder's permissions"));
    BOOL present = FALSE;
    BOOL defaulted = FALSE;
    PACL acl = nullptr;
    GetSecurityDescriptorDacl(descriptor, &present, &acl, &defaulted);
    std::wstring path = QDir::toNativeSeparators(folder).toStdWString();
    const DWORD result = SetNamedSecurityInfoW(
        path.data(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION, nullptr,
        nullptr, acl, nullptr);
    LocalFree(descriptor);
    if (result != ERROR_SUCCESS)
        return windowsError(WindowsServiceInstaller::tr("Cannot set the permissions of %1").arg(folder),
                            result);
    return {};
}

// Waits until the service reports `state`; its process id, once stopped, is in `processId`.
bool waitForState(SC_HANDLE service, DWORD state, int timeoutMs, DWORD* processId = nullptr)
{
    const QDeadlineTimer deadline(timeoutMs);
    SERVICE_STATUS_PROCESS status = {};
    DWORD needed = 0;
    while (QueryServiceStatusEx(service, SC_STATUS_PROCESS_INFO, reinterpret_cast<LPBYTE>(&status),
                                sizeof status, &needed)) {
        if (processId && status.dwProcessId != 0)
            *processId = status.dwProcessId;
        if (status.dwCurrentState == state)
            return true;
        if (deadline.hasExpired())
            return false;
        QThread::msleep(250);
    }
    return false;
}

// Stops the service if it runs, and waits until its process has ended, so that its files are free.
Status stopAndWait(SC_HANDLE service)
{
    SERVICE_STATUS status = {};
    DWORD processId = 0;
    if (ControlService(service, SERVICE_CONTROL_STOP, &status) ||
        GetLastError() == ERROR_SERVICE_CANNOT_ACCEPT_CTRL) {
        if (!waitForState(service, SERVICE_STOPPED, 60000, &processId))
            return ScimError::internal(
                WindowsServiceInstaller::tr("The service %1 did not stop within a minute")
                    .arg(QString::fromWCharArray(WindowsServiceInstaller::ServiceName)));
    }
    // The process ends just after it reports "stopped".
    if (processId != 0) {
        if (HANDLE process = OpenProcess(SYNCHRONIZE, FALSE, processId)) {
            WaitForSingleObject(process, 10000);
            CloseHandle(process);
        }
    }
    return {};
}

} // namespace

Status WindowsServiceInstaller::install(const QString& commandLine, const QString& dataDirectory)
{
    const ServiceHandle manager(
        OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT | SC_MANAGER_CREATE_SERVICE));
    if (!manager)
        return windowsError(tr("Cannot open the Windows service manager"));
    if (const Status folder = protectDataDirectory(dataDirectory); !folder)
        return folder;

    const std::wstring binaryPath = commandLine.toStdWString();
    const std::wstring displayName = QStringLiteral("Muster Server").toStdWString();
    // LOCAL SERVICE: a least-privileged built-in account with no password to manage; it reaches the
    // network as an anonymous user, which a server listening for identity providers does not need.
    const wchar_t* const account = L"NT AUTHORITY\\LocalService";
    ServiceHandle service(CreateServiceW(manager.get(), ServiceName, displayName.c_str(),
                                         SERVICE_CHANGE_CONFIG | SERVICE_START | SERVICE_QUERY_STATUS,
                                         SERVICE_WIN32_OWN_PROCESS, SERVICE_AUTO_START, SERVICE_ERROR_NORMAL,
                                         binaryPath.c_str(), nullptr, nullptr, nullptr, account, nullptr));
    if (!service && GetLastError() == ERROR_SERVICE_EXISTS) {
        // Installed before: this version's program and options, taken by a restart below.
        service.reset(
            OpenServiceW(manager.get(), ServiceName,
                         SERVICE_CHANGE_CONFIG | SERVICE_START | SERVICE_STOP | SERVICE_QUERY_STATUS));
        if (service && !ChangeServiceConfigW(service.get(), SERVICE_WIN32_OWN_PROCESS, SERVICE_AUTO_START,
                                             SERVICE_ERROR_NORMAL, binaryPath.c_str(), nullptr, nullptr,
                                             nullptr, account, nullptr, displayName.c_str()))
            return windowsError(tr("Cannot update the service %1").arg(QString::fromWCharArray(ServiceName)));
        if (service) {
            if (const Status stopped = stopAndWait(service.get()); !stopped)
                return stopped;
        }
    }
    if (!service)
        return windowsError(tr("Cannot create the service %1").arg(QString::fromWCharArray(ServiceName)));

    std::wstring description = tr("Muster's SCIM 2.0 directory server. Data: %1")
                                   .arg(QDir::toNativeSeparators(dataDirectory))
                                   .toStdWString();
    SERVICE_DESCRIPTIONW describe = {description.data()};
    ChangeServiceConfig2W(service.get(), SERVICE_CONFIG_DESCRIPTION, &describe);
    // Restarted a minute after a crash, three times a day at most; an orderly stop is not a failure.
    SC_ACTION restart[] = {{SC_ACTION_RESTART, 60000},
                           {SC_ACTION_RESTART, 60000},
                           {SC_ACTION_RESTART, 60000},
                           {SC_ACTION_NONE, 0}};
    SERVICE_FAILURE_ACTIONSW failureActions = {};
    failureActions.dwResetPeriod = 24 * 60 * 60;
    failureActions.cActions = DWORD(std::size(restart));
    failureActions.lpsaActions = restart;
    ChangeServiceConfig2W(service.get(), SERVICE_CONFIG_FAILURE_ACTIONS, &failureActions);
    // Only the privilege every process needs: the server opens files and sockets, nothing more.
    wchar_t privileges[] = L"SeChangeNotifyPrivilege\0";
    SERVICE_REQUIRED_PRIVILEGES_INFOW required = {privileges};
    ChangeServiceConfig2W(service.get(), SERVICE_CONFIG_REQUIRED_PRIVILEGES_INFO, &required);

    if (!StartServiceW(service.get(), 0, nullptr))
        return windowsError(
            tr("Installed the service %1, but it did not start").arg(QString::fromWCharArray(ServiceName)));
    if (!waitForState(service.get(), SERVICE_RUNNING, 90000))
        return ScimError::internal(
            tr("Installed the service %1, but it did not report running; see %2")
                .arg(QString::fromWCharArray(ServiceName),
                     QDir::toNativeSeparators(
                         QDir(dataDirectory).filePath(QStringLiteral("muster-server.log")))));
    return {};
}

Status WindowsServiceInstaller::uninstall()
{
    const ServiceHandle manager(OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT));
    if (!manager)
        return windowsError(tr("Cannot open the Windows service manager"));
    const ServiceHandle service(
        OpenServiceW(manager.get(), ServiceName, SERVICE_STOP | SERVICE_QUERY_STATUS | DELETE));
    if (!service) {
        if (GetLastError() == ERROR_SERVICE_DOES_NOT_EXIST)
            return {}; // nothing to remove: the installer's uninstall runs this either way
        return windowsError(tr("Cannot open the service %1").arg(QString::fromWCharArray(ServiceName)));
    }
    if (const Status stopped = stopAndWait(service.get()); !stopped)
        return stopped;
    if (!DeleteService(service.get()) && GetLastError() != ERROR_SERVICE_MARKED_FOR_DELETE)
        return windowsError(tr("Cannot delete the service %1").arg(QString::fromWCharArray(ServiceName)));
    return {};
}

} // namespace muster
