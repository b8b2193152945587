#pragma once
// A day on the calendar, as content gives it (`reviewed = 2026-12-01`): no time, no time zone.
// Information governance dates a card by the day it was reviewed and the day its next review
// falls due; comparing those with today needs nothing finer.

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace haven {

struct CalendarDate {
    int year = 0;
    int month = 0;  // 1..12
    int day = 0;    // 1..31

    auto operator<=>(const CalendarDate&) const = default;
};

// True for a day that exists (2026-02-29 does not), in years 1..9999.
bool is_valid_date(const CalendarDate& date);

// "2026-12-01" exactly (four, two and two digits); nullopt for anything else or a day that
// does not exist.
std::optional<CalendarDate> parse_iso_date(std::string_view text);

// The same day a year later; 29 February becomes 28 February (and 9999 stays in 9999).
CalendarDate one_year_after(const CalendarDate& date);

std::string iso_text(const CalendarDate& date);   // "2026-12-01"
std::string long_text(const CalendarDate& date);  // "1 December 2026", as a reader says it

} // namespace haven
