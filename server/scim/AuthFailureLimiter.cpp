#include "scim/AuthFailureLimiter.h"

namespace muster {

AuthFailureLimiter::AuthFailureLimiter(int maxFailures, std::chrono::seconds window, qsizetype maxAddresses)
    : m_maxFailures(std::max(0, maxFailures))
    , m_windowMs(qint64(window.count()) * 1000)
    , m_maxAddresses(std::max<qsizetype>(1, maxAddresses))
{}

qint64 AuthFailureLimiter::blockedSeconds(const QHostAddress& address, qint64 nowMs) const
{
    if (!isEnabled())
        return 0;
    QMutexLocker locker(&m_mutex);
    const auto window = m_windows.constFind(address);
    if (window == m_windows.constEnd() || window->failures < m_maxFailures)
        return 0;
    const qint64 leftMs = window->startMs + m_windowMs - nowMs;
    return leftMs <= 0 ? 0 : (leftMs + 999) / 1000;
}

void AuthFailureLimiter::recordFailure(const QHostAddress& address, qint64 nowMs)
{
    if (!isEnabled())
        return;
    QMutexLocker locker(&m_mutex);
    auto window = m_windows.find(address);
    if (window == m_windows.end()) {
        if (m_windows.size() >= m_maxAddresses) {
            m_windows.removeIf(
                [&](const auto& entry) { return entry.value().startMs + m_windowMs <= nowMs; });
            if (m_windows.size() >= m_maxAddresses)
                m_windows.clear();
        }
        window = m_windows.insert(address, Window{nowMs, 0});
    } else if (window->startMs + m_windowMs <= nowMs) {
        *window = Window{nowMs, 0};
    }
    ++window->failures;
}

} // namespace muster
