#include "core/session/reading_time.hpp"

#include <algorithm>

namespace haven {

Seconds reading_time(double words, Seconds shortest, Seconds longest) {
    const Seconds needed = kTakeInSeconds + std::max(0.0, words) / kSlowWordsPerSecond;
    return std::clamp(needed, shortest, std::max(shortest, longest));
}

} // namespace haven
