#pragma once
// SIGTERM and SIGINT end the kiosk cleanly. The signals are blocked in every thread and
// taken by one waiting thread, which sets a flag and wakes the main loop; the loop itself
// never polls, so an idle kiosk sleeps until it is needed.
//
// Construct this before any other thread starts, so that every thread inherits the mask.

#include <atomic>
#include <functional>
#include <thread>

namespace haven::platform {

class StopSignals {
public:
    explicit StopSignals(std::function<void()> wake);
    ~StopSignals();
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;

    bool requested() const { return requested_.load(); }
    int signal() const { return signal_.load(); }

private:
    std::atomic<bool> requested_{false};
    std::atomic<int> signal_{0};
    std::thread waiter_;
};

} // namespace haven::platform
