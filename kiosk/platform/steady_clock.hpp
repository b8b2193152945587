#pragma once
// Real time for the live kiosk: monotonic, so a clock change on the machine never makes the
// idle timer or an animation jump.

#include "core/session/clock.hpp"

#include <chrono>

namespace haven::platform {

class SteadyClock final : public Clock {
public:
    Seconds now() const override {
        return std::chrono::duration<Seconds>(std::chrono::steady_clock::now() - start_).count();
    }

private:
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

} // namespace haven::platform
