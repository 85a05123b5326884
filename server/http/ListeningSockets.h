#pragma once

#include "common/Result.h"

#include <QHostAddress>
#include <QList>

namespace muster {

// Listening sockets that share one address and port through SO_REUSEPORT, so that each worker thread
// accepts on its own socket and the kernel spreads new connections over them (Linux).
class ListeningSockets final {
public:
    struct Opened {
        QList<qintptr> descriptors;
        quint16 port = 0;
    };

    // Whether this platform spreads connections over SO_REUSEPORT sockets (Linux does).
    static bool supported();
    // `count` listening sockets on `address` and `port` (0: a free port, the same for all). Fails when
    // anything else listens there, even a socket that would share the port with SO_REUSEPORT.
    static Result<Opened> open(const QHostAddress& address, quint16 port, int count);
    static void close(const QList<qintptr>& descriptors);
};

} // namespace muster
