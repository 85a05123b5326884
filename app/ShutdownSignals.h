#pragma once

#include <QObject>

namespace muster {

// Turns SIGTERM and SIGINT (Ctrl+C, and the console close events on Windows) into a Qt signal
// delivered on the main thread, so that the server can finish in-flight requests and close its store
// instead of dying mid-write. A second signal while shutting down ends the process at once.
class ShutdownSignals final : public QObject {
    Q_OBJECT

public:
    explicit ShutdownSignals(QObject* parent = nullptr);
    ~ShutdownSignals() override;
    Q_DISABLE_COPY_MOVE(ShutdownSignals)

    // The same request as SIGTERM, made by the program itself (the Windows service manager's stop). On
    // the main thread; nothing happens while no ShutdownSignals exists.
    static void requestShutdown();

signals:
    void shutdownRequested();

private slots:
    void onSignal();

private:
    bool m_requested = false;
};

} // namespace muster
