#pragma once

#include <QHash>
#include <QHostAddress>
#include <QMutex>

#include <chrono>

namespace muster {

// Slows down token guessing: a client address whose authentication failed `maxFailures` times within
// one window is answered 429 until that window ends, whatever it sends, a valid token included (the
// answer then tells a guesser nothing). Windows are fixed, per address, and start at the first failure.
// At most `maxAddresses` addresses are tracked; beyond that, ended windows are dropped, then all (a
// flood from many addresses must not grow memory without bound). Thread safe.
class AuthFailureLimiter final {
public:
    AuthFailureLimiter(int maxFailures, std::chrono::seconds window, qsizetype maxAddresses = 10'000);

    bool isEnabled() const { return m_maxFailures > 0; }
    // Whole seconds until `address` may authenticate again; 0: it may now.
    qint64 blockedSeconds(const QHostAddress& address, qint64 nowMs) const;
    void recordFailure(const QHostAddress& address, qint64 nowMs);

private:
    struct Window {
        qint64 startMs = 0;
        int failures = 0;
    };

    const int m_maxFailures;
    const qint64 m_windowMs;
    const qsizetype m_maxAddresses;
    mutable QMutex m_mutex;
    QHash<QHostAddress, Window> m_windows;
};

} // namespace muster
