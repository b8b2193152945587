#pragma once
// A moment as staff read it: "2026-11-21 13:05 UTC", or in the machine's own time zone
// ("2026-11-21 14:05 CET"). "unknown" for 0 or less, which stands for "not recorded".

#include <cstdint>
#include <string>

namespace haven {

enum class Zone { Utc, Local };

std::string time_text(std::int64_t unix_time, Zone zone);

// The same moment in words, for sentences: "3 March 2025 at 10:00 UTC" (English month names).
std::string date_time_text(std::int64_t unix_time, Zone zone);

// The moment for logs that outlive time zone changes: "2026-12-02T20:31:05Z" (UTC, ISO 8601).
std::string iso_time_text(std::int64_t unix_time);

} // namespace haven
