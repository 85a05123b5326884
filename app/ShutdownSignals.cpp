#include "ShutdownSignals.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cstdlib>

#if defined(Q_OS_UNIX)
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <qt_windows.h>
#endif

namespace muster {

namespace {

ShutdownSignals* instance = nullptr;

#if defined(Q_OS_UNIX)
// The self-pipe: a signal handler may only write(); the notifier reads on the main thread.
int pipeFds[2] = {-1, -1};

void handleSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(pipeFds[1], &byte, 1);
}
#elif defined(Q_OS_WIN)
BOOL WINAPI handleConsoleEvent(DWORD event)
{
    // Logoff and shutdown reach services only: the service manager stops one (WindowsService), and a user
    // logging off must not stop it at all.
    if (event == CTRL_LOGOFF_EVENT || event == CTRL_SHUTDOWN_EVENT)
        return FALSE;
    if (instance)
        QMetaObject::invokeMethod(instance, "onSignal", Qt::QueuedConnection);
    return TRUE;
}
#endif

} // namespace

ShutdownSignals::ShutdownSignals(QObject* parent)
    : QObject(parent)
{
    instance = this;
#if defined(Q_OS_UNIX)
    if (::pipe(pipeFds) == 0) {
        ::fcntl(pipeFds[0], F_SETFD, FD_CLOEXEC);
        ::fcntl(pipeFds[1], F_SETFD, FD_CLOEXEC);
        ::fcntl(pipeFds[1], F_SETFL, O_NONBLOCK);
        auto* notifier = new QSocketNotifier(pipeFds[0], QSocketNotifier::Read, this);
        connect(notifier, &QSocketNotifier::activated, this, [this] {
            char buffer[16];
            [[maybe_unused]] const auto read = ::read(pipeFds[0], buffer, sizeof buffer);
            onSignal();
        });
        struct sigaction action = {};
        action.sa_handler = handleSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGTERM, &action, nullptr);
        ::sigaction(SIGINT, &action, nullptr);
    }
#elif defined(Q_OS_WIN)
    SetConsoleCtrlHandler(handleConsoleEvent, TRUE);
#endif
}

ShutdownSignals::~ShutdownSignals()
{
#if defined(Q_OS_UNIX)
    ::signal(SIGTERM, SIG_DFL);
    ::signal(SIGINT, SIG_DFL);
#elif defined(Q_OS_WIN)
    SetConsoleCtrlHandler(handleConsoleEvent, FALSE);
#endif
    instance = nullptr;
}

void ShutdownSignals::requestShutdown()
{
    if (instance)
        instance->onSignal();
}

void ShutdownSignals::onSignal()
{
    if (m_requested)
        std::_Exit(130); // asked twice: the user wants out now
    m_requested = true;
    emit shutdownRequested();
}

} // namespace muster
