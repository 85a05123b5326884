#pragma once

// Windows only (app/CMakeLists.txt).

#include <QCoreApplication>
#include <QString>
#include <qt_windows.h>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace muster {

// muster-server as Windows starts it from the service manager ("service run"): a thread of the process
// talks the Service Control Manager's protocol, turns STOP and SHUTDOWN into the same orderly stop that
// SIGTERM or Ctrl+C asks for, and reports the service as starting, running, stopping and stopped.
class WindowsService final {
    Q_DECLARE_TR_FUNCTIONS(WindowsService)

public:
    // Connects to the service manager. Null, with the reason in `error`, when the process was not started
    // by it (from a console, say). `stopRequested` runs on the service manager's thread.
    static std::unique_ptr<WindowsService> connect(std::function<void()> stopRequested, QString& error);

    // Sends stdout, stderr and Qt's log to `file`, appended: a service has no console.
    static bool redirectOutput(const QString& file);

    // Reports the service stopped, with exit code 1 unless reportStopped() came first.
    ~WindowsService();
    Q_DISABLE_COPY_MOVE(WindowsService)

    // The server listens.
    void reportRunning();
    // The last report: the server has stopped and its store is closed; the process may end any moment.
    void reportStopped(int exitCode);

private:
    explicit WindowsService(std::function<void()> stopRequested);

    static void WINAPI serviceMain(DWORD argc, LPWSTR* argv);
    static DWORD WINAPI handleControl(DWORD control, DWORD eventType, LPVOID eventData, LPVOID context);
    void report(DWORD state, DWORD waitHintMs);

    enum class Phase { Connecting, Connected, Failed, Stopped };

    std::function<void()> m_stopRequested;
    std::thread m_dispatcher;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    Phase m_phase = Phase::Connecting;
    DWORD m_connectError = ERROR_SUCCESS;
    int m_exitCode = 1;       // a process that ends before reportStopped() failed
    std::mutex m_statusMutex; // the handler and the main thread both report
    SERVICE_STATUS_HANDLE m_statusHandle = nullptr;
    SERVICE_STATUS m_status = {};
};

} // namespace muster
