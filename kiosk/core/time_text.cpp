#include "time_text.hpp"

#include <ctime>

namespace haven {

std::string time_text(std::int64_t unix_time, Zone zone) {
    if (unix_time <= 0) return "unknown";
    const std::time_t t = static_cast<std::time_t>(unix_time);
    std::tm tm{};
    const bool split = zone == Zone::Utc ? gmtime_r(&t, &tm) != nullptr : localtime_r(&t, &tm) != nullptr;
    char text[64];
    if (!split || std::strftime(text, sizeof text, zone == Zone::Utc ? "%Y-%m-%d %H:%M UTC" : "%Y-%m-%d %H:%M %Z", &tm) == 0)
        return std::to_string(unix_time);
    return text;
}

} // namespace haven
