#include "WindowsService.h"

#include <QDir>

#include <cstdio>

namespace muster {

namespace {

// ServiceMain receives no context: the one service of this process.
WindowsService* current = nullptr;

// How long the service manager waits for the next report before it gives up on the service.
constexpr DWORD StartWaitHintMs = 60000; // opening the store may migrate its schema
constexpr DWORD StopWaitHintMs = 30000;  // requests in flight finish, the store closes

} // namespace

WindowsService::WindowsService(std::function<void()> stopRequested)
    : m_stopRequested(std::move(stopRequested))
{
    m_status.dwServiceType = SERVICE_WIN32_OWN_PROCESS;
}

std::unique_ptr<WindowsService> WindowsService::connect(std::function<void()> stopRequested, QString& error)
{
    std::unique_ptr<WindowsService> service(new WindowsService(std::move(stopRequested)));
    current = service.get();
    // StartServiceCtrlDispatcherW keeps its thread until the service has stopped, and the service manager
    // runs the control handler on it: Qt's event loop stays on the main thread.
    service->m_dispatcher = std::thread([self = service.get()] {
        // For a service that has its own process the manager ignores the name in the table.
        static wchar_t anyName[] = L"";
        static const SERVICE_TABLE_ENTRYW table[] = {{anyName, &WindowsService::serviceMain},
                                                     {nullptr, nullptr}};
        if (!StartServiceCtrlDispatcherW(table)) {
            const std::lock_guard lock(self->m_mutex);
            self->m_connectError = GetLastError();
            self->m_phase = Phase::Failed;
            self->m_changed.notify_all();
        }
    });
    std::unique_lock lock(service->m_mutex);
    service->m_changed.wait(lock, [&service] { return service->m_phase != Phase::Connecting; });
    if (service->m_phase == Phase::Connected)
        return service;
    const DWORD code = service->m_connectError;
    lock.unlock();
    service->m_dispatcher.join();
    current = nullptr;
    error = code == ERROR_FAILED_SERVICE_CONTROLLER_CONNECT
                ? tr("\"service run\" is for the Windows service manager. Run muster-server without it to "
                     "serve from this console, or \"muster-server service install\" to install the service.")
                : tr("Cannot connect to the Windows service manager: %1").arg(qt_error_string(int(code)));
    return nullptr;
}

bool WindowsService::redirectOutput(const QString& file)
{
    const std::wstring path = QDir::toNativeSeparators(file).toStdWString();
    FILE* reopened = nullptr;
    if (_wfreopen_s(&reopened, path.c_str(), L"a", stdout) != 0 ||
        _wfreopen_s(&reopened, path.c_str(), L"a", stderr) != 0)
        return false;
    // Without a console Qt would send its log to the debugger.
    qputenv("QT_FORCE_STDERR_LOGGING", "1");
    return true;
}

WindowsService::~WindowsService()
{
    if (m_dispatcher.joinable())
        reportStopped(m_exitCode);
    current = nullptr;
}

void WINAPI WindowsService::serviceMain(DWORD argc, LPWSTR* argv)
{
    WindowsService* self = current;
    // argv[0] is the name the service was installed under.
    self->m_statusHandle =
        RegisterServiceCtrlHandlerExW(argc > 0 ? argv[0] : L"", &WindowsService::handleControl, self);
    std::unique_lock lock(self->m_mutex);
    if (!self->m_statusHandle) {
        self->m_connectError = GetLastError();
        self->m_phase = Phase::Failed;
        self->m_changed.notify_all();
        return;
    }
    self->report(SERVICE_START_PENDING, StartWaitHintMs);
    self->m_phase = Phase::Connected;
    self->m_changed.notify_all();
    // Returning from here would tell the manager the service is done: wait for the server to stop.
    self->m_changed.wait(lock, [self] { return self->m_phase == Phase::Stopped; });
    self->m_status.dwWin32ExitCode = self->m_exitCode == 0 ? NO_ERROR : ERROR_SERVICE_SPECIFIC_ERROR;
    self->m_status.dwServiceSpecificExitCode = DWORD(self->m_exitCode);
    self->report(SERVICE_STOPPED, 0);
}

DWORD WINAPI WindowsService::handleControl(DWORD control, DWORD, LPVOID, LPVOID context)
{
    auto* self = static_cast<WindowsService*>(context);
    switch (control) {
    case SERVICE_CONTROL_STOP:
    case SERVICE_CONTROL_SHUTDOWN:
        // Accepts no further control while stopping, so that a second STOP cannot end the drain early.
        self->report(SERVICE_STOP_PENDING, StopWaitHintMs);
        self->m_stopRequested();
        return NO_ERROR;
    case SERVICE_CONTROL_INTERROGATE:
        return NO_ERROR;
    default:
        return ERROR_CALL_NOT_IMPLEMENTED;
    }
}

void WindowsService::reportRunning()
{
    report(SERVICE_RUNNING, 0);
}

void WindowsService::reportStopped(int exitCode)
{
    {
        const std::lock_guard lock(m_mutex);
        m_exitCode = exitCode;
        m_phase = Phase::Stopped;
        m_changed.notify_all();
    }
    // The dispatcher returns once ServiceMain has reported SERVICE_STOPPED.
    if (m_dispatcher.joinable())
        m_dispatcher.join();
}

void WindowsService::report(DWORD state, DWORD waitHintMs)
{
    const std::lock_guard lock(m_statusMutex);
    // Once stopping, a late "running" from the main thread must not undo the stop report.
    if (state == SERVICE_RUNNING && m_status.dwCurrentState == SERVICE_STOP_PENDING)
        return;
    const bool pending = state == SERVICE_START_PENDING || state == SERVICE_STOP_PENDING;
    m_status.dwCurrentState = state;
    m_status.dwControlsAccepted =
        state == SERVICE_RUNNING ? SERVICE_ACCEPT_STOP | SERVICE_ACCEPT_SHUTDOWN : 0;
    m_status.dwCheckPoint = pending ? m_status.dwCheckPoint + 1 : 0;
    m_status.dwWaitHint = waitHintMs;
    SetServiceStatus(m_statusHandle, &m_status);
}

} // namespace muster
