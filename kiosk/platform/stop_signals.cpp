#include "stop_signals.hpp"

#include <csignal>
#include <pthread.h>

namespace haven::platform {
namespace {

// SIGUSR2 is Haven's own: the destructor sends it to end the waiting thread.
sigset_t watched_signals() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGUSR2);
    return set;
}

} // namespace

StopSignals::StopSignals(std::function<void()> wake) {
    const sigset_t set = watched_signals();
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    waiter_ = std::thread([this, wake = std::move(wake)] {
        const sigset_t watched = watched_signals();
        for (;;) {
            int sig = 0;
            if (sigwait(&watched, &sig) != 0) continue;
            if (sig == SIGUSR2) return;
            signal_ = sig;
            requested_ = true;
            if (wake) wake();
        }
    });
}

StopSignals::~StopSignals() {
    pthread_kill(waiter_.native_handle(), SIGUSR2);
    waiter_.join();
}

} // namespace haven::platform
