#pragma once
// Tells systemd how the kiosk is doing: READY=1 once the window is up, WATCHDOG=1 from the
// live loop so a hung loop (a stuck GL driver, a deadlock) is killed and restarted, and
// STOPPING=1 on the way out. Outside systemd (a developer's terminal, tests, scripted runs)
// every call does nothing.
//
// Haven usually is not the service's main process: under cage or xinit it is their child,
// and systemd tells only the main process's PID in WATCHDOG_PID. So the watchdog counts as
// ours when WATCHDOG_PID is this process or its parent (the unit needs NotifyAccess=all for
// systemd to accept our messages).

#include "core/session/clock.hpp"

namespace haven::platform {

class ServiceNotifier {
public:
    // Reads NOTIFY_SOCKET, WATCHDOG_USEC and WATCHDOG_PID once.
    ServiceNotifier();

    // The kiosk shows its content: systemd may consider the service started.
    void ready();

    // How often systemd expects a sign of life; 0 when no watchdog watches this process.
    Seconds watchdog_interval() const { return interval_; }

    // Sends WATCHDOG=1 when half the interval has passed since the last one (the first call
    // always sends). Call it every time the loop wakes; it costs nothing in between.
    void keep_alive(Seconds now);

    // When keep_alive() next has something to send: the loop must be awake by then.
    // kForever when there is no watchdog, so an idle kiosk still sleeps for good.
    Seconds next_keep_alive() const;

    // The kiosk is shutting down on purpose (SIGTERM, window closed).
    void stopping();

private:
    Seconds interval_ = 0;
    Seconds last_sent_ = 0;
    bool sent_any_ = false;
};

} // namespace haven::platform
