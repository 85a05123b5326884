#pragma once

#include <QMetaObject>
#include <QObject>
#include <QThread>

#include <utility>

// Qt is not built with ThreadSanitizer: a blocking queued call and QThread::wait() synchronize inside
// QtCore, out of TSan's sight, so what one thread wrote before such a hand-off looks unordered with what
// the other thread reads after it. These helpers make the same hand-offs and tell TSan about the order;
// in every other build the annotations are empty.
#if defined(__SANITIZE_THREAD__)
#define MUSTER_THREAD_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define MUSTER_THREAD_SANITIZER 1
#endif
#endif

#ifdef MUSTER_THREAD_SANITIZER
extern "C" void __tsan_acquire(void* address);
extern "C" void __tsan_release(void* address);
#define MUSTER_NOT_THREAD_SANITIZED __attribute__((no_sanitize("thread")))
#else
#define MUSTER_NOT_THREAD_SANITIZED
#endif

namespace muster {

// What this thread did before is ordered before what another thread does after acquired(token).
inline void releasedTo(const void* token)
{
#ifdef MUSTER_THREAD_SANITIZER
    __tsan_release(const_cast<void*>(token));
#else
    Q_UNUSED(token);
#endif
}

inline void acquiredFrom(const void* token)
{
#ifdef MUSTER_THREAD_SANITIZER
    __tsan_acquire(const_cast<void*>(token));
#else
    Q_UNUSED(token);
#endif
}

// Runs `function` in the thread of `receiver` and returns when it has run (Qt::BlockingQueuedConnection).
// The lambda reads its own capture before it can acquire anything, and Qt copies it after the caller's
// release: that read alone is left out of TSan's view (MUSTER_NOT_THREAD_SANITIZED); `function` is not.
inline constexpr char BlockingCallToken = 0;

template <typename Function>
void invokeAndWait(QObject* receiver, Function&& function)
{
    releasedTo(&BlockingCallToken);
    // Hidden from clang-tidy's static analyzer (which defines __clang_analyzer__), that took the slot
    // object invokeMethod() allocates in Qt's header for a leak: Qt is a system header to it, and no system
    // function is assumed to take ownership; QtCore deletes it once called. A NOLINT would have to stand on
    // the first line of each caller that the report's path names, not here.
#ifndef __clang_analyzer__
    QMetaObject::invokeMethod(
        receiver,
        [&function]() MUSTER_NOT_THREAD_SANITIZED {
            acquiredFrom(&BlockingCallToken);
            std::forward<Function>(function)();
            releasedTo(&BlockingCallToken);
        },
        Qt::BlockingQueuedConnection);
#else
    Q_UNUSED(receiver);
    Q_UNUSED(function);
#endif
    acquiredFrom(&BlockingCallToken);
}

// For a thread that will be joined with joinThread(): its last work is ordered before the join.
inline void announceFinish(QThread* thread)
{
    QObject::connect(
        thread, &QThread::finished, thread, [thread] { releasedTo(thread); }, Qt::DirectConnection);
}

// Ends the event loop of a thread started after announceFinish(thread) and waits for it to finish.
inline void joinThread(QThread* thread)
{
    thread->quit();
    thread->wait();
    acquiredFrom(thread);
}

} // namespace muster
