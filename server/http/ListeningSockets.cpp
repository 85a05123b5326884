#include "http/ListeningSockets.h"

#ifdef Q_OS_LINUX
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace muster {

#ifdef Q_OS_LINUX

namespace {

struct SocketAddress {
    sockaddr_storage storage{};
    socklen_t length = 0;
    int family = AF_INET;
    bool dualStack = false;
};

SocketAddress socketAddress(const QHostAddress& address, quint16 port)
{
    SocketAddress result;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        auto* ipv4 = reinterpret_cast<sockaddr_in*>(&result.storage);
        ipv4->sin_family = AF_INET;
        ipv4->sin_port = htons(port);
        ipv4->sin_addr.s_addr = htonl(address.toIPv4Address());
        result.length = sizeof(sockaddr_in);
        result.family = AF_INET;
        return result;
    }
    auto* ipv6 = reinterpret_cast<sockaddr_in6*>(&result.storage);
    ipv6->sin6_family = AF_INET6;
    ipv6->sin6_port = htons(port);
    if (address == QHostAddress::Any) {
        ipv6->sin6_addr = in6addr_any;
        result.dualStack = true;
    } else {
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&ipv6->sin6_addr, &bytes, sizeof(bytes));
    }
    result.length = sizeof(sockaddr_in6);
    result.family = AF_INET6;
    return result;
}

QString describe(const QHostAddress& address, quint16 port, int error)
{
    const QString where = QStringLiteral("%1 port %2").arg(address.toString()).arg(port);
    switch (error) {
    case EADDRINUSE:
        return QStringLiteral("Port %1 on %2 is already in use.").arg(port).arg(address.toString());
    case EACCES:
        return QStringLiteral("No permission to listen on %1.").arg(where);
    case EADDRNOTAVAIL:
        return QStringLiteral("The address %1 is not an address of this machine.").arg(address.toString());
    default:
        return QStringLiteral("Cannot listen on %1: %2")
            .arg(where, QString::fromLocal8Bit(std::strerror(error)));
    }
}

// A socket bound to the address; -1 with errno set on failure.
int boundSocket(const SocketAddress& address, bool reusePort)
{
    const int descriptor = ::socket(address.family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (descriptor < 0)
        return -1;
    const int on = 1;
    const int off = 0;
    ::setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on)); // as QTcpServer does on Unix
    if (reusePort)
        ::setsockopt(descriptor, SOL_SOCKET, SO_REUSEPORT, &on, sizeof(on));
    if (address.family == AF_INET6)
        ::setsockopt(descriptor, IPPROTO_IPV6, IPV6_V6ONLY, address.dualStack ? &off : &on, sizeof(int));
    if (::bind(descriptor, reinterpret_cast<const sockaddr*>(&address.storage), address.length) != 0) {
        const int error = errno;
        ::close(descriptor);
        errno = error;
        return -1;
    }
    return descriptor;
}

} // namespace

bool ListeningSockets::supported()
{
    return true;
}

Result<ListeningSockets::Opened> ListeningSockets::open(const QHostAddress& address, quint16 port, int count)
{
    // A probe without SO_REUSEPORT finds any listener already on the port (SO_REUSEPORT alone would
    // quietly share the port with another server of the same user) and picks the port when 0 is asked.
    SocketAddress target = socketAddress(address, port);
    const int probe = boundSocket(target, false);
    if (probe < 0)
        return ScimError::internal(describe(address, port, errno));
    sockaddr_storage bound{};
    socklen_t boundLength = sizeof(bound);
    ::getsockname(probe, reinterpret_cast<sockaddr*>(&bound), &boundLength);
    const quint16 boundPort =
        ntohs(bound.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6*>(&bound)->sin6_port
                                          : reinterpret_cast<sockaddr_in*>(&bound)->sin_port);
    ::close(probe);

    target = socketAddress(address, boundPort);
    Opened opened;
    opened.port = boundPort;
    for (int i = 0; i < count; ++i) {
        const int descriptor = boundSocket(target, true);
        if (descriptor < 0 || ::listen(descriptor, SOMAXCONN) != 0) {
            const int error = errno;
            if (descriptor >= 0)
                ::close(descriptor);
            close(opened.descriptors);
            return ScimError::internal(describe(address, boundPort, error));
        }
        opened.descriptors.append(descriptor);
    }
    return opened;
}

void ListeningSockets::close(const QList<qintptr>& descriptors)
{
    for (const qintptr descriptor : descriptors)
        ::close(int(descriptor));
}

#else

bool ListeningSockets::supported()
{
    return false;
}

Result<ListeningSockets::Opened> ListeningSockets::open(const QHostAddress&, quint16, int)
{
    return ScimError::internal(
        QStringLiteral("Shared listening sockets are not supported on this platform."));
}

void ListeningSockets::close(const QList<qintptr>&) {}

#endif

} // namespace muster
