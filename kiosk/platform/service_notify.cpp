#include "service_notify.hpp"

#include "core/session/frame_pacer.hpp"  // kForever

#include <systemd/sd-daemon.h>
#include <unistd.h>

#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace haven::platform {
namespace {

template <typename Number>
bool parse_number(const char* text, Number& out) {
    if (text == nullptr || *text == '\0') return false;
    const char* end = text + std::strlen(text);
    const auto [stop, error] = std::from_chars(text, end, out);
    return error == std::errc() && stop == end;
}

// The watchdog interval systemd set for this service, if it is meant for this process.
Seconds watchdog_interval_from_environment() {
    uint64_t usec = 0;
    // sd_watchdog_enabled() covers the plain case: we are the service's main process.
    if (sd_watchdog_enabled(0, &usec) > 0) return static_cast<Seconds>(usec) / 1e6;

    // Under cage or xinit the main process is our parent, which passes its environment on
    // unchanged; sd_watchdog_enabled() refuses that because WATCHDOG_PID is not ours.
    pid_t watched = 0;
    if (!parse_number(std::getenv("WATCHDOG_PID"), watched) || watched != ::getppid()) return 0;
    if (!parse_number(std::getenv("WATCHDOG_USEC"), usec) || usec == 0) return 0;
    return static_cast<Seconds>(usec) / 1e6;
}

} // namespace

ServiceNotifier::ServiceNotifier() : interval_(watchdog_interval_from_environment()) {}

void ServiceNotifier::ready() { sd_notify(0, "READY=1\nSTATUS=Showing content"); }

void ServiceNotifier::keep_alive(Seconds now) {
    if (interval_ <= 0 || (sent_any_ && now < next_keep_alive())) return;
    sd_notify(0, "WATCHDOG=1");
    last_sent_ = now;
    sent_any_ = true;
}

Seconds ServiceNotifier::next_keep_alive() const {
    if (interval_ <= 0) return kForever;
    // Half the interval leaves the other half for a slow frame or a late wake-up.
    return sent_any_ ? last_sent_ + interval_ / 2 : 0;
}

void ServiceNotifier::stopping() { sd_notify(0, "STOPPING=1"); }

} // namespace haven::platform
