#pragma once

#include "server/RequestRateMeter.h"

#include <QObject>

QT_BEGIN_NAMESPACE
class QLabel;
class QTimer;
QT_END_NAMESPACE

namespace muster {

class EmbeddedServer;

// The server's fields in the main window's status bar: its state, requests per second (updated
// every second from the transport's metrics) and its base URL.
class ServerStatusFields final : public QObject {
    Q_OBJECT

public:
    ServerStatusFields(EmbeddedServer* server, QWidget* parent);

    QLabel* stateField() const { return m_state; }
    QLabel* rateField() const { return m_rate; }
    QLabel* urlField() const { return m_url; }

    // Reads the metrics now instead of at the next second (tests).
    void updateRate();

private:
    void updateState();

    EmbeddedServer* m_server;
    QLabel* m_state;
    QLabel* m_rate;
    QLabel* m_url;
    QTimer* m_timer;
    RequestRateMeter m_meter;
};

} // namespace muster
