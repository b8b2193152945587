#include "core/text/time_text.hpp"

#include <ctime>
#include <string>

namespace haven {

namespace {

// The moment split into fields in `zone`; false for a moment not recorded (0 or less).
bool split_time(std::int64_t unix_time, Zone zone, std::tm& tm) {
    if (unix_time <= 0) return false;
    const std::time_t t = static_cast<std::time_t>(unix_time);
    return zone == Zone::Utc ? gmtime_r(&t, &tm) != nullptr : localtime_r(&t, &tm) != nullptr;
}

} // namespace

std::string time_text(std::int64_t unix_time, Zone zone) {
    std::tm tm{};
    if (!split_time(unix_time, zone, tm)) return unix_time <= 0 ? "unknown" : std::to_string(unix_time);
    char text[64];
    const size_t n = zone == Zone::Utc ? std::strftime(text, sizeof text, "%Y-%m-%d %H:%M UTC", &tm)
                                       : std::strftime(text, sizeof text, "%Y-%m-%d %H:%M %Z", &tm);
    return n == 0 ? std::to_string(unix_time) : std::string(text, n);
}

std::string date_time_text(std::int64_t unix_time, Zone zone) {
    // Month names by hand: strftime's %B follows the locale, and "%-d" is not standard.
    static const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                          "July",    "August",   "September", "October", "November", "December"};
    std::tm tm{};
    if (!split_time(unix_time, zone, tm)) return unix_time <= 0 ? "unknown" : std::to_string(unix_time);
    char clock[64];
    const size_t n = zone == Zone::Utc ? std::strftime(clock, sizeof clock, "%H:%M UTC", &tm)
                                       : std::strftime(clock, sizeof clock, "%H:%M %Z", &tm);
    if (n == 0 || tm.tm_mon < 0 || tm.tm_mon > 11) return std::to_string(unix_time);
    return std::to_string(tm.tm_mday) + " " + kMonths[tm.tm_mon] + " " + std::to_string(tm.tm_year + 1900) + " at " +
           std::string(clock, n);
}

std::string iso_time_text(std::int64_t unix_time) {
    std::tm tm{};
    if (!split_time(unix_time, Zone::Utc, tm)) return unix_time <= 0 ? "unknown" : std::to_string(unix_time);
    char text[32];
    const size_t n = std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return n == 0 ? std::to_string(unix_time) : std::string(text, n);
}

} // namespace haven
