// Linked into every test of the ThreadSanitizer build (tests/CMakeLists.txt), nowhere else.
//
// Qt 6.4's QProcess starts its child with clone(CLONE_VM | CLONE_VFORK): the child runs in the parent's
// memory until it calls exec. Clang 14's ThreadSanitizer intercepts clone() as a fork and resets its
// thread state in the child, which with shared memory is the parent's own state: the parent then stops
// in TSan's internal check "CHECK failed: tsan_rtl.cpp:234 ((!thr->slot)) != (0)" inside
// QProcess::start(), so no test that starts a process (muster-server, openssl, pg_ctl) could run.
// This clone() replaces the runtime's (a weak symbol) and passes the same call on without CLONE_VM: the
// child gets a copy of the memory, as after fork(), and CLONE_VFORK still holds the parent until exec.

#include <cstdarg>
#include <sched.h>
#include <sys/types.h>

extern "C" int __interceptor_clone(int (*function)(void*), void* stack, int flags, void* argument,
                                   int* parentTid, void* tls, pid_t* childTid);

extern "C" int clone(int (*function)(void*), void* stack, int flags, void* argument, ...) noexcept
{
    va_list rest;
    va_start(rest, argument);
    int* parentTid = va_arg(rest, int*);
    void* tls = va_arg(rest, void*);
    pid_t* childTid = va_arg(rest, pid_t*);
    va_end(rest);
    if ((flags & CLONE_VM) != 0 && (flags & CLONE_VFORK) != 0)
        flags &= ~CLONE_VM;
    return __interceptor_clone(function, stack, flags, argument, parentTid, tls, childTid);
}
